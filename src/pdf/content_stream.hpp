// A page's content stream: filled rules, then all text in one BT/ET block with TJ arrays of
// each font's codes (2-byte CIDs, or a Type3 font's bytes). TJ adjustments come from absolute target positions, so rounding never
// accumulates along a line.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "frame/flatten.hpp"
#include "frame/frame.hpp"

namespace folio::pdf {

struct ContentFont {
  frame::FontId id = 0;                            // the runs naming this id are set in it
  std::string resource;                            // "F0": the page's /Font resource name
  std::function<double(std::uint32_t)> width1000 = {};  // advance in 1000/em, as /W says
  std::map<std::uint32_t, std::uint32_t> codes = {};  // glyph id -> code; empty: the glyph id itself
  int code_bytes = 2;                              // 2: a CID of a Type0 font; 1: a Type3 font's code
};

struct PageContent {
  std::string stream;      // uncompressed operators
  std::vector<int> fonts;  // indices into the fonts argument the page uses, ascending
};

// `fonts` has one entry per PagedDoc::fonts (entries of unused fonts are never called); a run
// naming a font not among them is a std::invalid_argument. Coordinates turn from frame space
// (top-left, y down) to PDF space (bottom-left, y up).
PageContent page_content(const frame::Frame& page, Sp page_height, const std::vector<ContentFont>& fonts);
// The same for a page already flattened.
PageContent page_content(const frame::Flat& page, Sp page_height, const std::vector<ContentFont>& fonts);

}  // namespace folio::pdf
