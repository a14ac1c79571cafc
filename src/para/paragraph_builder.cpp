#include "para/paragraph_builder.hpp"

#include <algorithm>
#include <optional>

#include "para/item_list.hpp"
#include "para/line_packer.hpp"
#include "para/paragraph_text.hpp"

namespace folio::para {

std::vector<frame::Frame> ParagraphBuilder::build(const ParagraphSpec& spec) const {
  const ParagraphText text = assemble_text(spec, fonts_);
  if (text.text.empty()) return {};
  const PieceShaper shaper(fonts_, shapes_, spec, text);
  const bool ragged = spec.align != style::Align::Justify;
  const ItemList list = build_items(spec, text, shaper, spec.hyphenate ? &hyphenators_ : nullptr, ragged);

  const style::BreakParams& bp = spec.breaking;
  BreakerParams params;
  params.tolerance = bp.tolerance;
  params.line_penalty = bp.line_penalty;
  params.adj_demerits = bp.adj_demerits;
  params.double_hyphen_demerits = bp.double_hyphen_demerits;
  params.final_hyphen_demerits = bp.final_hyphen_demerits;
  params.emergency_stretch = bp.emergency_stretch;
  params.max_hyphen_run = bp.max_hyphen_run;
  const std::vector<Sp> widths{spec.measure - spec.left_indent - spec.right_indent};

  BreakResult result;
  if (ragged) {
    // Ragged lines: the empty space at the line end is the only stretch (TeX's \rightskip),
    // so total-fit evens out the rag instead of filling lines greedily.
    const Sp size = spec.spans.empty() ? pt(10) : spec.spans.front().style.size;
    params.emergency_stretch = 3 * size;
    params.tolerance = 10000;
    params.adj_demerits = 0;
    std::optional<BreakResult> even;
    if (spec.even_rag || spec.balance) even = break_lines(list.items, widths, params);
    result = even ? *even : break_lines_in_passes(list.items, widths, -1, params);
  } else {
    result = break_lines_in_passes(list.items, widths, bp.pretolerance, params);
  }
  int loose = 0;
  std::vector<frame::Frame> lines = pack_lines(spec, text, shaper, list, result.breaks, &loose);
  if (loose > 0 && spec.loose == ParagraphSpec::LooseLines::RagParagraph) {
    ParagraphSpec ragged_spec = spec;  // a list item with a river is set ragged as a whole
    ragged_spec.align = style::Align::Left;
    return build(ragged_spec);
  }
  return lines;
}

ContentWidths ParagraphBuilder::measure(const ParagraphSpec& spec) const {
  ParagraphSpec unbounded = spec;
  // So wide that no word counts as too wide for the line (which would let it break anywhere).
  unbounded.measure = pt(1000000);
  const ParagraphText text = assemble_text(unbounded, fonts_);
  ContentWidths out;
  if (text.text.empty()) return out;
  const PieceShaper shaper(fonts_, shapes_, unbounded, text);
  const ItemList list = build_items(unbounded, text, shaper, spec.hyphenate ? &hyphenators_ : nullptr, true);
  Sp piece = 0, line = 0;  // the unbreakable piece and the line so far
  const auto opportunity = [&](Sp at_break) {
    out.min = std::max(out.min, piece + at_break);
    piece = 0;
  };
  for (const Item& item : list.items) {
    switch (item.type) {
      case Item::Type::Box:
        piece += item.width;
        line += item.width;
        break;
      case Item::Type::Glue:
        opportunity(0);
        line += item.width;
        break;
      case Item::Type::Penalty:
        if (item.penalty >= kInfPenalty) break;
        opportunity(item.flagged ? item.width : 0);
        if (item.penalty <= -kInfPenalty) {  // a forced break: <br>, or the paragraph's end
          out.max = std::max(out.max, line);
          line = 0;
        }
        break;
    }
  }
  opportunity(0);
  out.max = std::max({out.max, line, out.min});
  const Sp indents = spec.left_indent + spec.right_indent;
  out.min += indents;
  out.max += indents;
  return out;
}

}  // namespace folio::para
