// A font file's table directory checked against its size before folio relies on it: Fontconfig
// lists a file cut short (a failed copy, a full disk) under a made-up family, and the render
// would quietly set another weight in its place. Part of docs/limits.md's "every input failure is an error".
#pragma once

#include <string>

namespace folio::font {

// "" when every table the file's directory lists lies inside the file; else what is wrong, e.g.
// "table 'glyf' runs past the end of the file".
std::string font_file_damage(const std::string& path, int index);

}  // namespace folio::font
