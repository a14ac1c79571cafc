#include "para/paragraph_builder.hpp"

#include <algorithm>
#include <optional>

#include "common/utf8.hpp"
#include "para/item_list.hpp"
#include "para/line_packer.hpp"
#include "para/paragraph_text.hpp"

namespace folio::para {
namespace {

// A paragraph longer than this is set a window at a time, so the breaker's memory (items, sums,
// passive nodes: up to ~400 bytes per byte of text, for a word cut at every character) stays
// bounded whatever the paragraph's length (docs/limits.md). Each window's last line is set
// again at the start of the next one: only that line is chosen without seeing what follows.
constexpr std::size_t kWindowBytes = 32 * 1024;

std::size_t text_size(const ParagraphSpec& spec) {
  std::size_t n = 0;
  for (const Span& s : spec.spans) n += s.text.size();
  return n;
}

// The paragraph's settings without its text (copied whole, so a setting added later is kept).
ParagraphSpec settings_of(const ParagraphSpec& spec) {
  ParagraphSpec out = spec;
  out.spans.clear();
  out.spans.shrink_to_fit();
  return out;
}

// Appends the text of spec.spans from (span, offset) on to `out` until it holds at least
// `bytes` (or up to the end of a code point more); moves the position past what it took.
void take_text(const ParagraphSpec& spec, std::size_t& span, std::size_t& offset, std::size_t bytes,
               std::vector<Span>& out) {
  for (std::size_t have = 0; span < spec.spans.size() && have < bytes;) {
    const std::string& text = spec.spans[span].text;
    std::size_t cut = std::min(text.size(), offset + (bytes - have));
    while (cut < text.size() && is_utf8_continuation(static_cast<unsigned char>(text[cut]))) ++cut;
    if (cut > offset) out.push_back(Span{text.substr(offset, cut - offset), spec.spans[span].style});
    have += cut - offset;
    offset = cut;
    if (offset == text.size()) {
      ++span;
      offset = 0;
    }
  }
}

// The spans from text offset `from` on.
std::vector<Span> spans_from(std::vector<Span>& spans, std::size_t from) {
  std::vector<Span> out;
  for (Span& s : spans) {
    if (from >= s.text.size()) {
      from -= s.text.size();
      continue;
    }
    s.text.erase(0, from);
    out.push_back(std::move(s));
    from = 0;
  }
  return out;
}

}  // namespace

std::vector<frame::Frame> ParagraphBuilder::build(const ParagraphSpec& spec) const {
  if (text_size(spec) <= kWindowBytes) return set(spec, true).lines;
  std::vector<frame::Frame> lines;
  ParagraphSpec window = settings_of(spec);
  std::size_t span = 0, offset = 0;  // where the text not in any window yet starts
  std::size_t carried = 0;           // bytes at the front of window.spans left by the last window
  for (;;) {
    take_text(spec, span, offset, kWindowBytes - std::min(carried, kWindowBytes / 2), window.spans);
    const bool last = span == spec.spans.size();
    Lines part = set(window, last);
    if (!last && part.lines.empty()) part = set(window, true);  // one unbreakable line: keep it whole
    for (frame::Frame& line : part.lines) lines.push_back(std::move(line));
    if (last) return lines;
    window.spans = spans_from(window.spans, part.resume);
    carried = 0;
    for (const Span& s : window.spans) carried += s.text.size();
    window.first_indent = 0;
  }
}

ParagraphBuilder::Lines ParagraphBuilder::set(const ParagraphSpec& spec, bool ends_paragraph) const {
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
  Lines out;
  out.resume = text.text.size();
  if (!ends_paragraph) {
    // The last line is left for the next window; it starts at the first text after the break
    // before it (the glue and penalties there vanish at a line start).
    result.breaks.pop_back();
    if (result.breaks.empty()) return {};
    out.resume = text.text.size();
    for (std::size_t k = result.breaks.back().index + 1; k < list.items.size(); ++k) {
      if (list.sources[k].kind == ItemSource::Kind::Text) {
        out.resume = list.sources[k].start;
        break;
      }
    }
  }
  int loose = 0;
  out.lines = pack_lines(spec, text, shaper, list, result.breaks, ends_paragraph, &loose);
  if (loose > 0 && spec.loose == ParagraphSpec::LooseLines::RagParagraph) {
    ParagraphSpec ragged_spec = spec;  // a list item with a river is set ragged as a whole
    ragged_spec.align = style::Align::Left;
    return set(ragged_spec, ends_paragraph);
  }
  return out;
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
