// The blocks set as the galley: each block in its paragraph style (body, body-first,
// headings, list items with their markers, quotes, code), tables, handed to the galley's
// vertical rules with the footnotes, which follow the lines that refer to them.
#pragma once

#include <functional>
#include <vector>

#include "compose/context.hpp"
#include "compose/galley.hpp"
#include "input/document.hpp"

namespace folio::compose {

// Called after each paragraph or block enters the galley, with what is set so far: pages that are
// complete can be made (and their blocks taken) while the rest is still being set.
using Grew = std::function<void(GalleyBuilder& galley)>;

// `notes`: the footnotes, set (compose/notes.hpp). The body is read a part at a time when
// it is kept so (input::Document::parts). `release`: the document itself, to free each block once
// it is set; null to keep them.
Galley set_body(const input::Document& doc, std::vector<GalleyInsert> notes, const Context& cx,
                const Grew& grew = {}, input::Document* release = nullptr);

}  // namespace folio::compose
