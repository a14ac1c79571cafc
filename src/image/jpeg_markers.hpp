// Whether a JPEG file is whole, from its markers alone: every segment inside the file, and the
// entropy-coded data of its scans running on to the end-of-image marker. A walk over the bytes
// (a truncated file has no EOI; a cut segment runs past the end), where decoding the picture
// to find out would cost as much as the rest of a page's typesetting.
#pragma once

#include <string>
#include <string_view>

namespace folio::image {

// Empty when the file is whole; else what is wrong, in libjpeg's words where it has them
// ("Premature end of JPEG file").
std::string jpeg_structure_problem(std::string_view bytes);

}  // namespace folio::image
