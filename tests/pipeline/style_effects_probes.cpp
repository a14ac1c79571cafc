// The probes of the style-effect tables: each measures one thing on the typeset pages.
#include <algorithm>

#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {
namespace {

std::string or_none(const std::string& s) { return s.empty() ? "none" : s; }

std::string join(const std::string& a, const std::string& sep, const std::string& b) {
  return a.empty() ? b : a + sep + b;
}

// The page that holds `run` (runs are looked up by reference).
int page_of(const frame::PagedDoc& doc, const Run& run) {
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const Run& r : frame::flatten(doc.pages[p]).runs)
      if (r.item == run.item) return static_cast<int>(p);
  return -1;
}

// The horizontal span of `word` inside its run: from the pen position of its first glyph to
// the end of its last glyph's advance.
std::pair<Sp, Sp> word_span(const Run& run, const std::string& word) {
  const std::size_t at = run_text(*run).find(word);
  Sp x = run.at.x, from = run.at.x, to = run.at.x;
  for (std::size_t i = 0; i < run->glyphs.size(); ++i) {
    const std::size_t start = i == 0 ? 0 : run->glyphs[i - 1].text_end;  // of the glyph's text
    if (start == at) from = x;
    x += run->glyphs[i].x_advance;
    if (run->glyphs[i].text_end <= at + word.size()) to = x;
  }
  return {from, to};
}

}  // namespace

Probe font_of(const std::string& word) {
  return [word](const frame::PagedDoc& d) { return font_file(d, *run_with(d, word)); };
}

Probe size_of(const std::string& word) {
  return [word](const frame::PagedDoc& d) { return pts(run_with(d, word)->size); };
}

Probe color_of(const std::string& word) {
  return [word](const frame::PagedDoc& d) { return color_text(run_with(d, word)->color); };
}

Probe rise_of(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    const Run r = run_with(d, word);
    const int page = page_of(d, r);
    // The line whose baseline is nearest the run's: a superscript sits a few points above it.
    Sp best = 0, distance = -1;
    for (const Line& l : frame::flatten(d.pages.at(static_cast<std::size_t>(page))).lines) {
      if (r.at.x < l.at.x || r.at.x > l.at.x + l->measure) continue;
      const Sp dist = std::abs(l.at.y - r.at.y);
      if (distance < 0 || dist < distance) best = l.at.y, distance = dist;
    }
    return "up " + pts(best - r.at.y);
  };
}

Probe first_advance(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    const Run r = run_with(d, word);
    return r->glyphs.empty() ? std::string("<empty>") : pts(r->glyphs[0].x_advance);
  };
}

Probe glyph_ids(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    const Run r = run_with(d, word);
    const std::size_t at = run_text(*r).find(word);
    std::string out;
    for (std::size_t i = 0; i < r->glyphs.size(); ++i) {
      const std::size_t chars = i == 0 ? 0 : r->glyphs[i - 1].text_end;  // where the glyph's text starts
      if (chars >= at && chars < at + word.size()) out = join(out, " ", std::to_string(r->glyphs[i].gid));
    }
    return out;
  };
}

Probe baseline_of(const std::string& word) {
  return [word](const frame::PagedDoc& d) { return pts(line_with(d, word).at.y); };
}

Probe baseline_gap(const std::string& word, int next) {
  return [word, next](const frame::PagedDoc& d) {
    const Sp diff = line_with(d, word, nullptr, next).at.y - line_with(d, word).at.y;
    return pts(next < 0 ? -diff : diff);
  };
}

Probe left_gap(const std::string& word, int next) {
  return [word, next](const frame::PagedDoc& d) { return pts(line_extent(d, word, next).left); };
}

Probe right_gap(const std::string& word, int next) {
  return [word, next](const frame::PagedDoc& d) { return pts(line_extent(d, word, next).right); };
}

Probe aligned(const std::string& word, int next) {
  return [word, next](const frame::PagedDoc& d) { return alignment(line_extent(d, word, next)); };
}

Probe line_text(const std::string& word) {
  return [word](const frame::PagedDoc& d) { return line_with(d, word)->text; };
}

Probe region_line(int page, const std::string& region, int index) {
  return [page, region, index](const frame::PagedDoc& d) {
    const std::vector<Line> lines = region_lines(d, page, region);
    return index < static_cast<int>(lines.size()) ? lines[static_cast<std::size_t>(index)]->text
                                                  : std::string("none");
  };
}

Probe place_of(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    int page = 0;
    const Line l = line_with(d, word, &page);
    return "page " + std::to_string(page + 1) + " " + std::string(l.region);
  };
}

Probe line_count(int page, const std::string& region) {
  return [page, region](const frame::PagedDoc& d) {
    return std::to_string(region_lines(d, page, region).size()) + " lines";
  };
}

Probe line_ends(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    std::string out;
    bool in = false;
    for (const frame::Frame& p : d.pages)
      for (const Line& l : frame::flatten(p).lines) {
        if (!in && l->text.find(word) == std::string::npos) continue;
        if (l.region.rfind("col", 0) != 0) continue;  // furniture between the columns of two pages
        in = true;
        out = join(out, " ", l->text.substr(l->text.rfind(' ') + 1));
        if (l->last_of_paragraph) return out;
      }
    return or_none(out);
  };
}

Probe hyphenated_words() {
  return [](const frame::PagedDoc& d) {
    std::string out;
    for (const frame::Frame& p : d.pages)
      for (const Line& l : frame::flatten(p).lines)
        if (l->hyphenated) out = join(out, " ", l->text.substr(l->text.rfind(' ') + 1));
    return or_none(out);
  };
}

Probe ligatures() {
  return [](const frame::PagedDoc& d) {
    std::string out;
    for (const frame::Frame& p : d.pages)
      for (const Run& r : frame::flatten(p).runs)
        for (std::size_t i = 0; i < r->glyphs.size(); ++i) {
          const std::string text(r->text_of(i));
          std::size_t chars = 0;
          for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
          if (chars > 1) out = join(out, " ", text);
        }
    return or_none(out);
  };
}

Probe underline_under(const std::string& word) {
  return [word](const frame::PagedDoc& d) {
    const Run r = run_with(d, word);
    const int page = page_of(d, r);
    if (page < 0) return std::string("<no run>");
    const auto [from, to] = word_span(r, word);
    std::string out;
    for (const frame::Placed<frame::Rule>& u : frame::flatten(d.pages[static_cast<std::size_t>(page)]).rules) {
      // Below the baseline by less than the size, overlapping the word.
      if (u.at.y < r.at.y || u.at.y > r.at.y + r->size || u.at.x >= to || u.at.x + u->width <= from) continue;
      out = join(out, "; ",
                 pts(u->height) + " thick, " + pts(u.at.y - r.at.y) + " below, " + color_text(u->color));
    }
    return or_none(out);
  };
}

Probe page_size() {
  return [](const frame::PagedDoc& d) { return pts(d.width) + " x " + pts(d.height); };
}

Probe furniture(int page, const std::string& region) {
  return [page, region](const frame::PagedDoc& d) {
    std::string out;
    for (const Line& l : region_lines(d, page, region))
      out = join(out, " | ", l->text + " (" + alignment(extent_of(d, page, l)) + ")");
    return or_none(out);
  };
}

Probe figure_box() {
  return [](const frame::PagedDoc& d) {
    for (const frame::Frame& p : d.pages)
      for (const frame::Placed<frame::Image>& i : frame::flatten(p).images)
        return "x=" + pts(i.at.x) + " y=" + pts(i.at.y) + " " + pts(i->width) + " x " + pts(i->height);
    return std::string("none");
  };
}

}  // namespace folio::pipeline::effects
