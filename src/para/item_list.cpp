#include "para/item_list.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>

#include "para/safe_breaks.hpp"
#include "text/char_classes.hpp"
#include "text/line_breaks.hpp"

namespace folio::para {
namespace {

// Breaking a word where it has no break is the last resort: dearer than any hyphen, far
// cheaper than the rescue pass's price for text running into the gutter.
constexpr int kEmergencyBreakPenalty = 5000;
// Code and URLs break at their safe points at about the price of two hyphens (so a line ends
// inside a URL rather than stretching its spaces into a river), between camelCase humps at more.
constexpr int kSafeBreakPenalty = 100;
constexpr int kHumpBreakPenalty = 600;

// A break point inside a word: a hyphenation point, or (no hyphen) a safe point of code or a URL
// or any character boundary, at its price.
struct Cut {
  std::size_t at = 0;
  bool hyphen = false;
  int penalty = kEmergencyBreakPenalty;
};

// Grapheme cluster boundaries strictly inside [start, end), so an accent stays on its letter.
std::vector<std::size_t> character_boundaries(std::string_view t, std::size_t start, std::size_t end) {
  std::vector<std::size_t> out;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, t.data() + start, static_cast<int64_t>(end - start), &status);
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
  if (U_SUCCESS(status)) it->setText(ut, status);
  for (int32_t b = U_SUCCESS(status) ? it->next() : icu::BreakIterator::DONE; b != icu::BreakIterator::DONE;
       b = it->next())
    if (static_cast<std::size_t>(b) < end - start) out.push_back(start + static_cast<std::size_t>(b));
  if (ut) utext_close(ut);
  return out;
}

// CJK glue, in em of the text's size: between ideographs only stretch (xeCJK's CJKglue), so
// justification spreads a line's slack over its ideographs; between CJK and Latin letters or
// digits a quarter em (xeCJK's CJKecglue, InDesign's default), as flexible as a word space.
constexpr double kCjkStretch = 0.1;
constexpr double kCjkLatinSpace = 0.25, kCjkLatinStretch = 0.125, kCjkLatinShrink = 0.0625;

// Trims trailing break spaces from [start, end); returns the new end.
std::size_t content_end(std::string_view t, std::size_t start, std::size_t end) {
  while (end > start && (t[end - 1] == ' ' || t[end - 1] == '\t' || t[end - 1] == '\n')) --end;
  return end;
}

// The last code point before `end`.
char32_t last_code_point(std::string_view t, std::size_t start, std::size_t end) {
  std::size_t i = end;
  while (i > start && is_utf8_continuation(static_cast<unsigned char>(t[i - 1]))) --i;
  if (i > start) --i;
  return next_code_point(t, i);
}

class Builder {
 public:
  Builder(const ParagraphSpec& spec, const ParagraphText& text, const PieceShaper& shaper,
          const HyphenatorFor* hyphenators, bool ragged)
      : spec_(spec),
        text_(text),
        shaper_(shaper),
        hyphenators_(hyphenators),
        ragged_(ragged),
        space_widths_(text.pieces.size()),
        hyphen_widths_(text.pieces.size()) {}

  ItemList run() {
    // A negative indent hangs the first line out to the left (into left-indent).
    if (spec_.first_indent != 0) push(Item::box(spec_.first_indent), {ItemSource::Kind::Indent});
    const std::string_view t = text_.text;
    std::size_t start = 0;
    for (const text::BreakOpportunity& op : text::line_break_opportunities(t, spec_.lang)) {
      segment(start, op.offset, op.hard);
      start = op.offset;
    }
    // Drop a trailing space glue: the paragraph ends at its last word.
    while (!out_.items.empty() && out_.sources.back().kind != ItemSource::Kind::Text &&
           out_.sources.back().kind != ItemSource::Kind::Indent) {
      out_.items.pop_back();
      out_.sources.pop_back();
    }
    push(Item::penalty_item(0, kInfPenalty, false), {ItemSource::Kind::End});
    push(Item::glue(0, ragged_ && spec_.balance ? 0 : kInfStretch, 0), {ItemSource::Kind::End});
    push(Item::penalty_item(0, -kInfPenalty, false), {ItemSource::Kind::End});
    return std::move(out_);
  }

 private:
  void push(const Item& item, ItemSource src) {
    out_.items.push_back(item);
    out_.sources.push_back(src);
  }

  // One stretch of text between two break opportunities: content, then whitespace.
  void segment(std::size_t start, std::size_t end, bool hard) {
    const std::string_view t = text_.text;
    const std::size_t cend = content_end(t, start, end);
    if (cend > start) content(start, cend);
    if (cend < end) {
      if (hard || t.substr(cend, end - cend).find('\n') != std::string_view::npos) {
        push(Item::penalty_item(0, kInfPenalty, false), {ItemSource::Kind::HardBreak, cend, end});
        push(Item::glue(0, kInfStretch, 0), {ItemSource::Kind::HardBreak, cend, end});
        push(Item::penalty_item(0, -kInfPenalty, false), {ItemSource::Kind::HardBreak, cend, end});
      } else {
        space(cend, end);
      }
    } else if (cend > start && end < t.size()) {
      // A break without a space: after an explicit hyphen or dash, a slash, between CJK ideographs.
      const char32_t last = last_code_point(t, start, cend);
      if (last == U'\u00AD') {
        // A soft hyphen is a hyphenation point the editor chose: the hyphen shows when it breaks.
        const int piece = text_.piece_at(cend - 1);
        push(Item::penalty_item(hyphen_width(piece), spec_.breaking.hyphen_penalty, true),
             {ItemSource::Kind::Hyphen, cend, cend, piece});
        return;
      }
      std::size_t after = end;
      const char32_t next = next_code_point(t, after);
      if (text::is_cjk(last) || text::is_cjk(next)) {
        cjk_glue(last, next, cend);
        return;
      }
      const bool hyphen = last == U'-' || last == U'\u2010' || last == U'\u2013';
      const int penalty = hyphen ? spec_.breaking.ex_hyphen_penalty : (last == U'\u2014' ? 0 : 50);
      push(Item::penalty_item(0, penalty, hyphen), {ItemSource::Kind::Break, cend, cend});
    }
  }

  void space(std::size_t start, std::size_t end) {
    const int piece = text_.piece_at(start);
    const Sp one = space_width(piece);
    const Sp w = spec_.keep_spaces ? one * static_cast<Sp>(end - start) : one;
    const Item glue = ragged_ ? Item::glue(w, 0, 0) : Item::glue(w, w / 2, w / 3);
    push(glue, {ItemSource::Kind::Space, start, end, piece});
  }

  // A break between two characters without a space, one of them CJK: glue that stretches.
  void cjk_glue(char32_t before, char32_t after, std::size_t at) {
    const int piece = text_.piece_at(text::is_cjk(before) ? at - 1 : at);
    const double em = static_cast<double>(shaper_.style(piece).size);
    const auto ems = [em](double k) { return static_cast<Sp>(std::llround(k * em)); };
    // Next to CJK punctuation, whose em already holds its blank, Latin needs no more space.
    const bool mixed = (text::is_spaced_alnum(before) && u_isalpha(static_cast<UChar32>(after))) ||
                       (u_isalpha(static_cast<UChar32>(before)) && text::is_spaced_alnum(after));
    Item glue = mixed ? Item::glue(ems(kCjkLatinSpace), ems(kCjkLatinStretch), ems(kCjkLatinShrink))
                      : Item::glue(0, ems(kCjkStretch), 0);
    if (ragged_) glue.stretch = glue.shrink = 0;
    push(glue, {ItemSource::Kind::CjkGlue, at, at, piece});
  }

  // The hyphenator for a word that starts in `piece`: its span's language's, none for CJK.
  // Asked once per language in a row, not per word: the lookup may take a lock.
  const text::Hyphenator* hyphenator_for(int piece) {
    if (!spec_.hyphenate || !hyphenators_ || !*hyphenators_) return nullptr;
    if (shaper_.style(piece).verbatim) return nullptr;  // code and URLs: never
    const Piece& p = text_.pieces[piece];
    if (text::is_cjk_language(p.lang) || text::is_cjk_script(p.script)) return nullptr;
    if (!asked_ || *asked_ != p.lang) {
      asked_ = p.lang;
      hyphenator_ = (*hyphenators_)(p.lang);
    }
    return hyphenator_;
  }

  void content(std::size_t start, std::size_t end) {
    std::vector<Cut> cuts;
    // The second part of a compound ("sample-return") breaks only at its hyphen, as in TeX.
    const bool after_hyphen = start > 0 && text_.text[start - 1] == '-';
    const int first_piece = text_.piece_at(start);
    const bool verbatim = shaper_.style(first_piece).verbatim;
    const text::Hyphenator* hyphenator = hyphenator_for(first_piece);
    if (hyphenator && !after_hyphen)
      for (std::size_t at : hyphenation_points(text_.text, start, end, spec_.hyphen_min_word, *hyphenator))
        cuts.push_back(Cut{at, true, spec_.breaking.hyphen_penalty});
    if (verbatim)  // (never hyphenated: these are the only cuts)
      for (const SafeBreak& b : safe_breaks(text_.text, start, end))
        cuts.push_back(Cut{b.at, false, b.last_resort ? kHumpBreakPenalty : kSafeBreakPenalty});
    // A verbatim word breaks between any two characters only when its safe points leave a piece
    // wider than the line.
    const Sp line = spec_.measure - spec_.left_indent - spec_.right_indent;
    const bool too_wide = verbatim ? widest_piece(start, end, cuts) > line : width(start, end) > line;
    // A word wider than the line (a long URL, a run of no-break spaces) would run into the
    // gutter and off the page: it may break between any two characters, at a price.
    if (too_wide) {
      std::vector<Cut> all;
      std::size_t h = 0;
      for (std::size_t at : character_boundaries(text_.text, start, end)) {
        while (h < cuts.size() && cuts[h].at < at) all.push_back(cuts[h++]);
        if (h < cuts.size() && cuts[h].at == at) continue;  // the hyphen or safe point is the better break
        all.push_back(Cut{at, false});
      }
      all.insert(all.end(), cuts.begin() + static_cast<std::ptrdiff_t>(h), cuts.end());
      cuts = std::move(all);
    }
    std::size_t pos = start;
    std::size_t next_cut = 0;
    while (pos < end) {
      const int piece = text_.piece_at(pos);
      const std::size_t piece_end = std::min(end, text_.pieces[piece].end);
      box_run(piece, pos, piece_end, cuts, next_cut);
      pos = piece_end;
    }
  }

  // The widest stretch of [start, end) between two of `cuts` (in order).
  Sp widest_piece(std::size_t start, std::size_t end, const std::vector<Cut>& cuts) {
    Sp widest = 0;
    std::size_t from = start;
    for (const Cut& c : cuts) {
      widest = std::max(widest, width(from, c.at));
      from = c.at;
    }
    return std::max(widest, width(from, end));
  }

  // The natural width of [start, end), piece by piece.
  Sp width(std::size_t start, std::size_t end) {
    Sp w = 0;
    for (std::size_t pos = start; pos < end;) {
      const int piece = text_.piece_at(pos);
      const std::size_t piece_end = std::min(end, text_.pieces[piece].end);
      w += shaper_.width(piece, shape(piece, pos, piece_end));
      pos = piece_end;
    }
    return w;
  }

  // The glyphs of [start, end) of one piece. A word is shaped for its width (is it wider than
  // the line?), then again for its boxes: the last range shaped is kept for that second time.
  const std::vector<text::ShapedGlyph>& shape(int piece, std::size_t start, std::size_t end) {
    if (!last_shaped_ || last_shaped_piece_ != piece || last_shaped_start_ != start || last_shaped_end_ != end) {
      last_shaped_ = &shaper_.shape(piece, std::string_view(text_.text).substr(start, end - start));
      last_shaped_piece_ = piece;
      last_shaped_start_ = start;
      last_shaped_end_ = end;
    }
    return *last_shaped_;
  }

  // The widths of a space and of an inserted hyphen, asked for at every space and every
  // hyphenation point: each shaped once per piece.
  Sp space_width(int piece) { return width_of(space_widths_, piece, " "); }
  Sp hyphen_width(int piece) { return width_of(hyphen_widths_, piece, "-"); }
  Sp width_of(std::vector<std::optional<Sp>>& widths, int piece, std::string_view s) {
    std::optional<Sp>& w = widths[static_cast<std::size_t>(piece)];
    if (!w) w = shaper_.width(piece, s);
    return *w;
  }

  // Boxes for [start, end) of one piece, split at the cuts; widths from the shape of the
  // whole range, so kerning and ligatures inside it count.
  void box_run(int piece, std::size_t start, std::size_t end, const std::vector<Cut>& cuts,
               std::size_t& next_cut) {
    const std::vector<text::ShapedGlyph>& glyphs = shape(piece, start, end);
    // Advances in text order (right-to-left runs come in visual order), summed box by box in
    // one walk: a long URL cut at every character stays linear.
    std::vector<std::pair<std::size_t, Sp>> advances;
    advances.reserve(glyphs.size());
    for (const text::ShapedGlyph& g : glyphs)
      advances.emplace_back(start + g.cluster, shaper_.advance(piece, g));
    const auto by_cluster = [](const auto& a, const auto& b) { return a.first < b.first; };
    if (!std::is_sorted(advances.begin(), advances.end(), by_cluster))
      std::stable_sort(advances.begin(), advances.end(), by_cluster);
    std::size_t from = start, next_glyph = 0;
    auto emit = [&](std::size_t to) {
      Sp w = 0;
      for (; next_glyph < advances.size() && advances[next_glyph].first < to; ++next_glyph)
        w += advances[next_glyph].second;
      Item box = Item::box(w);
      if (!ragged_ && expandable(text_, shaper_, piece))
        box.stretch = box.shrink = static_cast<Sp>(static_cast<double>(w) * spec_.breaking.expansion);
      push(box, {ItemSource::Kind::Text, from, to, piece});
      from = to;
    };
    while (next_cut < cuts.size() && cuts[next_cut].at <= start) ++next_cut;
    while (next_cut < cuts.size() && cuts[next_cut].at < end) {
      emit(cuts[next_cut].at);
      if (cuts[next_cut].hyphen) {
        const Sp hyphen = hyphen_width(piece);
        push(Item::penalty_item(hyphen, spec_.breaking.hyphen_penalty, true),
             {ItemSource::Kind::Hyphen, from, from, piece});
      } else {
        push(Item::penalty_item(0, cuts[next_cut].penalty, false), {ItemSource::Kind::Break, from, from, piece});
      }
      ++next_cut;
    }
    emit(end);
  }

  const ParagraphSpec& spec_;
  const ParagraphText& text_;
  const PieceShaper& shaper_;
  const HyphenatorFor* hyphenators_;
  std::optional<std::string> asked_;  // the language hyphenator_ is for
  const text::Hyphenator* hyphenator_ = nullptr;
  bool ragged_;
  ItemList out_;
  std::vector<std::optional<Sp>> space_widths_, hyphen_widths_;  // by piece, once shaped
  const std::vector<text::ShapedGlyph>* last_shaped_ = nullptr;  // of the range below (shape())
  int last_shaped_piece_ = -1;
  std::size_t last_shaped_start_ = 0, last_shaped_end_ = 0;
};

}  // namespace

std::vector<std::size_t> hyphenation_points(std::string_view t, std::size_t start, std::size_t end,
                                            int min_word, const text::Hyphenator& hyphenator) {
  // The word is the run of letters between leading and trailing punctuation.
  std::size_t i = start, word_start = end, word_end = start;
  int letters = 0, uppers = 0;
  while (i < end) {
    const std::size_t at = i;
    const char32_t c = next_code_point(t, i);
    if (u_isalpha(static_cast<UChar32>(c))) {
      if (word_start == end) word_start = at;
      if (word_end != start && word_end != at) return {};  // letters, punctuation, letters
      word_end = i;
      ++letters;
      if (u_isupper(static_cast<UChar32>(c))) ++uppers;
    } else if ((c == U'\'' || c == U'\u2019') && word_start != end && word_end == at) {
      word_end = i;  // an apostrophe inside a word
    } else if (u_isdigit(static_cast<UChar32>(c)) || c == U'-' || c == U'\u2010' || c == U'/') {
      return {};  // numbers, compounds and paths are broken only where they say so
    }
  }
  if (letters < min_word || uppers > 1) return {};
  std::vector<std::size_t> out;
  for (std::size_t p : hyphenator.points(t.substr(word_start, word_end - word_start)))
    out.push_back(word_start + p);
  return out;
}

ItemList build_items(const ParagraphSpec& spec, const ParagraphText& text, const PieceShaper& shaper,
                     const HyphenatorFor* hyphenators, bool ragged) {
  return Builder(spec, text, shaper, hyphenators, ragged).run();
}

bool expandable(const ParagraphText& text, const PieceShaper& shaper, int piece) {
  return !text::is_cjk_script(text.pieces[piece].script) && !shaper.face(piece).has_color_bitmaps();
}

}  // namespace folio::para
