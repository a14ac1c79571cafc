#include "para/line_packer.hpp"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "para/glyph_text.hpp"
#include "para/line_decorations.hpp"

namespace folio::para {
namespace {

using Kind = ItemSource::Kind;

// A glyph's advance or offset in the 32 bits frame::Glyph keeps (±32,767 pt), clamped: only a
// glyph set absurdly large or spaced absurdly wide would reach it.
std::int32_t glyph_sp(Sp v) {
  return static_cast<std::int32_t>(std::clamp<Sp>(v, INT32_MIN, INT32_MAX));
}

// `v` widened or narrowed by font expansion `h_scale`. Many glyphs are not (their text takes no
// expansion, or their line is set at its natural width), and most offsets are 0: those are
// spared the rounding, as they are themselves.
Sp expanded(Sp v, double h_scale) {
  if (h_scale == 1.0 || v == 0) return v;
  return static_cast<Sp>(std::llround(static_cast<double>(v) * h_scale));
}

// What goes on one line, in logical order: text of one piece, or space (an empty range: CJK
// glue or the indent, which stand for no text).
struct Chunk {
  bool space = false;
  bool indent = false;
  bool expandable = false;  // text whose glyphs take font expansion
  bool hyphen = false;      // the inserted hyphen is shaped after the range (the line's last word)
  int piece = -1;
  std::size_t start = 0, end = 0;
  const std::vector<text::ShapedGlyph>* glyphs = nullptr;  // text: its shape, held by the shape cache
  Sp width = 0;  // natural
  Sp stretch = 0, shrink = 0;
};

// The glyph run being set. Its glyphs gather in buffers kept from line to line and go into the
// line at their exact size when the run ends: grown in place, a run took several reallocations,
// and one more to give back its spare room.
struct OpenRun {
  bool open = false;
  frame::Point at;
  frame::Role role = frame::Role::None;
  Sp rise = 0;
  frame::GlyphRun run;
};

class LinePacker {
 public:
  LinePacker(const ParagraphSpec& spec, const ParagraphText& text, const PieceShaper& shaper)
      : spec_(spec), text_(text), shaper_(shaper) {}

  frame::Frame pack(const ItemList& list, std::size_t from, const LineBreak& br, bool last) {
    collect(list, from, br);
    std::vector<Chunk>& chunks = chunks_;
    frame::LineInfo info;
    info.style = spec_.style;
    info.measure = spec_.measure;
    info.hyphenated = br.hyphenated;
    info.last_of_paragraph = last;
    const bool justify = spec_.align == style::Align::Justify;
    const double expansion = justify ? spec_.breaking.expansion : 0.0;
    Sp text = 0, fixed = 0, spaces = 0, space_stretch = 0, space_shrink = 0;
    for (const Chunk& c : chunks) {
      (c.space ? spaces : c.expandable ? text : fixed) += c.width;
      space_stretch += c.stretch;
      space_shrink += c.shrink;
    }
    const Sp natural = text + fixed + spaces;
    const Sp flex = static_cast<Sp>(static_cast<double>(text) * expansion);
    info.natural_width = natural;
    const Sp measure = spec_.measure - spec_.left_indent - spec_.right_indent;
    const bool ends_paragraph = last || list.sources[br.index].kind == Kind::HardBreak;
    double r = 0;
    if (natural > measure && space_shrink + flex > 0) {
      r = std::max(-1.0, static_cast<double>(measure - natural) / static_cast<double>(space_shrink + flex));
    } else if (!ends_paragraph && justify && space_stretch + flex > 0) {
      r = static_cast<double>(measure - natural) / static_cast<double>(space_stretch + flex);
      // No rivers: where the glyphs' share leaves the spaces wider than the limit allows, the
      // line is set ragged, at natural spacing. A word space stretches by half its width at ratio
      // 1 (item_list.cpp), so it reaches `max_space_stretch` times its width at ratio
      // 2 (max - 1); CJK glue, which has no width of its own, is measured the same way.
      const Sp space_share = measure - natural - flex;
      const double limit = 2 * (spec_.breaking.max_space_stretch - 1);
      if (space_stretch > 0 && static_cast<double>(space_share) > limit * static_cast<double>(space_stretch)) {
        r = 0;
        ++loose_;
      }
    }
    info.ratio = r;
    for (const Chunk& c : chunks) {  // in logical order, as it reads
      if (!c.space)
        info.text += chunk_text(c);
      else if (c.end > c.start)
        info.text += spec_.keep_spaces ? text_.text.substr(c.start, c.end - c.start) : " ";
    }
    // Glyphs take the adjustment first, up to the expansion limit (up to 2% is invisible,
    // uneven word spaces are not); the spaces take the rest, so the line fills its measure.
    const Sp delta = r == 0 ? 0 : measure - natural;
    const Sp text_delta = std::clamp(delta, -flex, flex);
    scale_ = text > 0 ? 1 + static_cast<double>(text_delta) / static_cast<double>(text) : 1;
    const Sp set_text = static_cast<Sp>(std::llround(static_cast<double>(text) * scale_));
    const Sp space_delta = r == 0 ? 0 : measure - set_text - fixed - spaces;
    const Sp space_flex = space_delta >= 0 ? space_stretch : space_shrink;
    Sp set_width = 0, given = 0, flex_seen = 0;
    for (Chunk& c : chunks) {
      if (c.space && space_flex > 0) {
        // Distribute by cumulative share so the rounding never drifts.
        flex_seen += space_delta >= 0 ? c.stretch : c.shrink;
        const Sp share =
            static_cast<Sp>(std::llround(static_cast<double>(space_delta) * static_cast<double>(flex_seen) /
                                         static_cast<double>(space_flex)));
        c.width += share - given;
        given = share;
      } else if (c.expandable) {
        c.width = expanded(c.width, scale_);
      }
      set_width += c.width;
    }
    // Right-to-left paragraphs read `left` as the start, their right side.
    const bool rtl = text_.bidi->rtl();
    style::Align align = spec_.align;
    if (align == style::Align::Justify) align = ends_paragraph || r == 0 ? style::Align::Left : align;
    if (rtl && align == style::Align::Left) align = style::Align::Right;
    else if (rtl && align == style::Align::Right) align = style::Align::Left;
    Sp x = spec_.left_indent;
    if (align == style::Align::Center) x += (measure - set_width) / 2;
    if (align == style::Align::Right) x += measure - set_width;
    // Without right-to-left text every line reads left to right: its chunks are in visual
    // order already.
    if (text_.bidi->left_to_right()) return place(chunks, x, std::move(info));
    return place(visual_order(chunks), x, std::move(info));
  }

 private:
  // The line's chunks into chunks_, each text chunk shaped (once: its width now, its glyphs
  // when placed).
  void collect(const ItemList& list, std::size_t from, const LineBreak& br) {
    std::vector<Chunk>& chunks = chunks_;
    chunks.clear();
    // A break discards the glue and penalties after it, up to the next box.
    while (from < br.index && list.items[from].type != Item::Type::Box) ++from;
    for (std::size_t i = from; i < br.index; ++i) {
      const ItemSource& src = list.sources[i];
      const Item& item = list.items[i];
      if (src.kind == Kind::Indent) {
        Chunk c;
        c.space = c.indent = true;
        c.width = item.width;
        chunks.push_back(c);
      } else if (src.kind == Kind::Space || src.kind == Kind::CjkGlue) {
        Chunk c;
        c.space = true;
        c.piece = src.piece;
        c.start = src.start;
        c.end = src.end;
        c.width = item.width;
        c.stretch = item.stretch;
        c.shrink = item.shrink;
        chunks.push_back(c);
      } else if (src.kind == Kind::Text) {
        // Boxes of one piece that touch are one shaping unit: a word is shaped whole unless
        // the line ends inside it.
        if (!chunks.empty() && !chunks.back().space && chunks.back().piece == src.piece &&
            chunks.back().end == src.start)
          chunks.back().end = src.end;
        else {
          Chunk c;
          c.piece = src.piece;
          c.start = src.start;
          c.end = src.end;
          c.expandable = expandable(text_, shaper_, src.piece);
          chunks.push_back(c);
        }
      }
    }
    if (br.hyphenated && list.sources[br.index].kind == Kind::Hyphen && !chunks.empty() &&
        !chunks.back().space) {
      Chunk& c = chunks.back();
      c.hyphen = true;
      hyphenated_.assign(text_.text, c.start, c.end - c.start);
      hyphenated_ += '-';
    }
    for (Chunk& c : chunks)
      if (!c.space) {
        c.glyphs = &shaper_.shape(c.piece, chunk_text(c));
        c.width = shaper_.width(c.piece, *c.glyphs);
      }
  }

  // The text a text chunk is shaped from: its range, or the line's hyphenated last word.
  std::string_view chunk_text(const Chunk& c) const {
    if (c.hyphen) return hyphenated_;
    return std::string_view(text_.text).substr(c.start, c.end - c.start);
  }

  // The line's chunks in visual order, left to right: ICU's runs of the line (rules L1-L2),
  // each run's chunks in its direction. The indent stays at the paragraph's start side.
  std::vector<Chunk> visual_order(std::vector<Chunk> chunks) const {
    std::optional<Chunk> indent;
    if (!chunks.empty() && chunks.front().indent) {
      indent = chunks.front();
      chunks.erase(chunks.begin());
    }
    std::vector<Chunk> out;
    if (!chunks.empty()) {
      std::size_t start = chunks.front().start, end = chunks.back().end;
      for (const Chunk& c : chunks) start = std::min(start, c.start), end = std::max(end, c.end);
      for (const text::VisualRun& run : text_.bidi->line_runs(start, end)) {
        std::vector<Chunk> in_run;
        for (const Chunk& c : chunks)
          if (c.start >= run.start && c.start < run.end) in_run.push_back(c);
        if (run.rtl) std::reverse(in_run.begin(), in_run.end());
        out.insert(out.end(), in_run.begin(), in_run.end());
      }
      // Glue standing for no text sits where its neighbour's run put it (it has no run of its own
      // when it ends the line's text).
      for (const Chunk& c : chunks)
        if (c.start == end) (text_.bidi->rtl() ? out.insert(out.begin(), c) : out.insert(out.end(), c));
    }
    if (indent) text_.bidi->rtl() ? out.push_back(*indent) : void(out.insert(out.begin(), *indent));
    return out;
  }

  // Runs in visual order, then underlines, then links; a run's point is its pen start on the
  // baseline, raised by its span's rise.
  frame::Frame place(const std::vector<Chunk>& chunks, Sp x, frame::LineInfo info) {
    frame::Frame line;
    std::vector<Fragment> underlines, strikes, links;
    frame::GlyphRun& run = run_.run;
    Fragment* underline = nullptr;
    Fragment* strike = nullptr;
    Fragment* link = nullptr;
    int link_id = -1;
    for (const Chunk& c : chunks) {
      if (c.space) {
        if (run_.open && !run.glyphs.empty()) {
          frame::Glyph& last = run.glyphs.back();
          last.x_advance = glyph_sp(last.x_advance + c.width);
        }
        x += c.width;
        continue;
      }
      const SpanStyle& st = shaper_.style(c.piece);
      const font::Face& face = shaper_.face(c.piece);
      const font::FaceId face_id = text_.pieces[c.piece].face;
      const double h_scale = c.expandable ? scale_ : 1.0;
      if (!run_.open || run.font != face_id || run.size != st.size || run.color != st.color || run_.rise != st.rise ||
          run.h_scale != h_scale || run_.role != st.role) {
        close_run(line);
        run_.open = true;
        run_.at = frame::Point{x, -st.rise};
        run_.role = st.role;
        run_.rise = st.rise;
        run.font = face_id;
        run.size = st.size;
        run.color = st.color;
        run.h_scale = h_scale;
      }
      const Sp start_x = x;
      const std::vector<text::ShapedGlyph>& glyphs = *c.glyphs;
      glyph_texts(chunk_text(c), glyphs, text_.pieces[c.piece].level % 2 == 1, texts_);
      for (std::size_t g = 0; g < glyphs.size(); ++g) {
        const text::ShapedGlyph& sg = glyphs[g];
        frame::Glyph lg;
        lg.gid = sg.gid;
        lg.x_advance = glyph_sp(expanded(shaper_.advance(c.piece, sg), h_scale));
        lg.x_offset = glyph_sp(expanded(shaper_.scale(c.piece, sg.x_offset), h_scale));
        lg.y_offset = glyph_sp(shaper_.scale(c.piece, sg.y_offset));
        x += lg.x_advance;
        run.push(lg, texts_.of(g));
      }
      extend_underline(underlines, underline, shaper_, c.piece, start_x, x);
      extend_strike(strikes, strike, shaper_, c.piece, start_x, x);
      extend_link(links, link, link_id, st, face, start_x, x);
    }
    close_run(line);
    for (const Fragment& u : underlines)
      line.add(frame::Point{u.x, u.offset}, frame::Rule{u.width, u.thickness, u.color});
    for (const Fragment& u : strikes)
      line.add(frame::Point{u.x, u.offset}, frame::Rule{u.width, u.thickness, u.color});
    for (const Fragment& l : links)
      line.add(frame::Point{l.x, -l.ascent}, frame::Link{l.width, l.ascent + l.descent, l.uri, l.anchor});
    line.line = std::move(info);
    // Every line of the issue is kept until the PDF is written: no room to spare in any of them
    // (a vector grown by doubling is a quarter empty on average; docs/limits.md, "Pages"). The
    // runs are made at their size (close_run).
    line.items.shrink_to_fit();
    return line;
  }

  // Adds the open run to `line`: copies of its buffers, which allocate just what they hold.
  void close_run(frame::Frame& line) {
    if (!run_.open) return;
    frame::GlyphRun& r = run_.run;
    line.add(run_.at, frame::GlyphRun{r.font, r.size, r.color, r.h_scale, r.glyphs, r.text}, run_.role);
    r.glyphs.clear();
    r.text.clear();
    run_.open = false;
  }

  const ParagraphSpec& spec_;
  const ParagraphText& text_;
  const PieceShaper& shaper_;
  double scale_ = 1;  // the current line's font expansion
  int loose_ = 0;     // lines set ragged because their spaces would have stretched too far
  // Buffers kept from line to line, so that setting a line allocates little more than the line.
  std::vector<Chunk> chunks_;  // the current line's, in logical order
  std::string hyphenated_;     // the current line's last word with its inserted hyphen
  GlyphTexts texts_;           // the current chunk's glyphs' texts
  OpenRun run_;

 public:
  int loose_lines() const { return loose_; }
};

}  // namespace

std::vector<frame::Frame> pack_lines(const ParagraphSpec& spec, const ParagraphText& text,
                                     const PieceShaper& shaper, const ItemList& list,
                                     const std::vector<LineBreak>& breaks, bool ends_paragraph,
                                     int* loose_lines) {
  std::vector<frame::Frame> lines;
  LinePacker packer(spec, text, shaper);
  std::size_t from = 0;
  for (std::size_t i = 0; i < breaks.size(); ++i) {
    lines.push_back(packer.pack(list, from, breaks[i], ends_paragraph && i + 1 == breaks.size()));
    from = breaks[i].index + 1;
  }
  if (loose_lines) *loose_lines = packer.loose_lines();
  return lines;
}

}  // namespace folio::para
