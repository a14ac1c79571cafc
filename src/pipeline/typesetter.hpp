// One issue, typeset: document tree + style sheet + page template -> positioned pages.
#pragma once

#include "font/font_db.hpp"
#include "frame/paged_doc.hpp"
#include "input/document.hpp"
#include "para/paragraph_builder.hpp"
#include "style/page_template.hpp"
#include "style/style_sheet.hpp"

namespace folio::pipeline {

struct TypesetContext {
  const style::StyleSheet& sheet;
  const style::PageTemplate& page;
  const font::FontDb& fonts;
  const para::ParagraphBuilder& builder;
};

frame::PagedDoc typeset(const input::Document& doc, const TypesetContext& ctx);

}  // namespace folio::pipeline
