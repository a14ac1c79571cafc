// Flate compression of PDF streams (/FlateDecode: zlib format) with libdeflate, at the level
// bench/flate_levels chose: about 4 times faster than zlib at its default level, which PoDoFo
// used, for files of the same size (bench/README.md). Every stream folio writes goes through
// here: content streams (page_streams.hpp), and fonts, ToUnicode maps and colour glyphs'
// images (create_stream in pdf_objects.hpp).
#pragma once

#include <podofo/podofo.h>

#include <string>
#include <string_view>

namespace folio::pdf {

// libdeflate's level 6: 0.7% larger than zlib's default on 124 pages, 4 times faster; level 1
// would be 8 times faster but 25% larger, level 9 not smaller enough to pay 3 times the time.
constexpr int kFlateLevel = 6;

// `bytes` in the zlib format at kFlateLevel. Deterministic, and safe on any number of threads
// at once (each has its own compressor).
std::string flate(std::string_view bytes);

// Makes `object` a stream holding `compressed` (what flate() returned) with /Filter /FlateDecode.
void set_flate_stream(PoDoFo::PdfObject& object, const std::string& compressed);

}  // namespace folio::pdf
