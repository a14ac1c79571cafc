// The blocks set as the galley: each block in its paragraph style (body, body-first,
// headings, list items with their markers, quotes, code), tables, handed to the galley's
// vertical rules with the footnotes, which follow the lines that refer to them.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "compose/context.hpp"
#include "compose/galley.hpp"
#include "input/document.hpp"

namespace folio::compose {

// Called after each paragraph or block enters the galley, with what is set so far: pages that are
// complete can be made (and their blocks taken) while the rest is still being set.
using Grew = std::function<void(GalleyBuilder& galley)>;

// `notes`: the footnotes, set (compose/notes.hpp). `release`: `blocks` itself, to free
// each block once it is set; null to keep them.
Galley set_body(const std::vector<input::Block>& blocks, std::vector<GalleyInsert> notes, const Context& cx,
                const Grew& grew = {}, std::vector<input::Block>* release = nullptr);

// A heading the galley will list (one that sets at least one line), found before the body is
// set: the contents list on page 1 must know its entries before the first page is made.
struct BodyHeading {
  int level = 1;
  std::string title;
};
std::vector<BodyHeading> body_headings(const std::vector<input::Block>& blocks, const Context& cx);

}  // namespace folio::compose
