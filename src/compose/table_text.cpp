#include "compose/table_text.hpp"

#include <algorithm>

namespace folio::compose {
namespace {

style::Align cell_align(input::ColumnAlign align, const style::ParagraphStyle& st) {
  switch (align) {
    case input::ColumnAlign::Left:
      return style::Align::Left;
    case input::ColumnAlign::Center:
      return style::Align::Center;
    case input::ColumnAlign::Right:
      return style::Align::Right;
    case input::ColumnAlign::Default:
      break;
  }
  // Justified text in a cell a few words wide would open rivers: set flush left.
  return st.align == style::Align::Justify ? style::Align::Left : st.align;
}

Sp scale(Sp v, Sp to, Sp from) { return static_cast<Sp>(static_cast<__int128>(v) * to / from); }

}  // namespace

TableStyles scaled_styles(const TableStyles& base, Sp size) {
  TableStyles out = base;
  const Sp from = base.cell.size;
  for (style::ParagraphStyle* st : {&out.header, &out.cell}) {
    st->size = scale(st->size, size, from);
    st->leading = scale(st->leading, size, from);
  }
  return out;
}

para::ParagraphSpec TableText::spec(std::size_t row, std::size_t column, const TableStyles& styles,
                                    Sp measure) const {
  const style::ParagraphStyle& st = row == 0 ? styles.header : styles.cell;
  const input::TableRow& r = row == 0 ? table_.header : table_.rows[row - 1];
  para::ParagraphSpec spec;
  spec.spans = cx_.styler.spans(r.cells[column], st);
  spec.style = st.name;
  spec.measure = measure;
  spec.align = cell_align(table_.columns[column], st);
  spec.even_rag = true;
  spec.hyphenate = st.hyphenate;
  spec.hyphen_min_word = st.hyphen_min_word;
  spec.lang = cx_.lang;
  spec.breaking = cx_.sheet.breaking;
  return spec;
}

std::vector<ColumnExtent> TableText::extents(const TableStyles& styles) const {
  std::vector<ColumnExtent> out(table_.columns.size());
  for (std::size_t row = 0; row <= table_.rows.size(); ++row)
    for (std::size_t c = 0; c < out.size(); ++c) {
      para::ParagraphSpec s = spec(row, c, styles, 0);
      s.hyphenate = false;  // a column's minimum is its widest word
      const para::ContentWidths w = cx_.builder.measure(s);
      out[c].min = std::max(out[c].min, w.min);
      out[c].max = std::max(out[c].max, w.max);
    }
  return out;
}

CellLines TableText::set(const TableStyles& styles, const std::vector<Sp>& widths, bool break_words) const {
  CellLines out(table_.rows.size() + 1);
  for (std::size_t row = 0; row < out.size(); ++row)
    for (std::size_t c = 0; c < widths.size(); ++c) {
      para::ParagraphSpec s = spec(row, c, styles, widths[c]);
      if (break_words) s.hyphenate = true;
      out[row].push_back(cx_.builder.build(s));
    }
  return out;
}

}  // namespace folio::compose
