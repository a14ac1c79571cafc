// The style-effect machinery: edited YAML files, typesetting both ways, and the page queries.
#include "pipeline/style_effects_support.hpp"

#include <podofo/podofo.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "compose/compose.hpp"
#include "font/font_db.hpp"
#include "input/load_issue.hpp"
#include "para/paragraph_builder.hpp"
#include "pdf/pdf_writer.hpp"
#include "pipeline/figure_files.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"
#include "text/hyphenator.hpp"

namespace fs = std::filesystem;

namespace folio::pipeline::effects {
namespace {

const std::string kRoot = FOLIO_SOURCE_DIR;

// Fonts, shapes and hyphenation patterns are loaded once for all rows.
struct Engine {
  font::FontDb fonts{kRoot + "/fonts"};
  text::Hyphenator hyphenator{text::Hyphenator::dictionary_for("en")};
  text::ShapeCache shapes;
  para::ParagraphBuilder builder{fonts, shapes, &hyphenator};
};

Engine& engine() {
  static Engine* e = new Engine;  // never destroyed: tests may run in any order
  return *e;
}

// A folder of this process's edited files, removed at exit.
struct TempDir {
  fs::path path = fs::temp_directory_path() / ("folio-style-effects-" + std::to_string(::getpid()));
  int next = 0;
  TempDir() { fs::create_directories(path); }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& stem, const std::string& text) {
    const fs::path p = path / (stem + "-" + std::to_string(next++) + ".yaml");
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }
};

std::string& warnings_of_last() {
  static std::string text;
  return text;
}

TempDir& temp_dir() {
  static TempDir dir;
  return dir;
}

std::vector<std::string> split_key(const std::string& key) {
  std::vector<std::string> parts;
  std::stringstream ss(key);
  for (std::string part; std::getline(ss, part, '.');) parts.push_back(part);
  return parts;
}

std::string trimmed(double v, const char* format) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, v);
  std::string s = buf;
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  return s == "-0" ? "0" : s;
}

}  // namespace

std::string edit_yaml(const std::string& yaml, const std::string& key, const std::string& value) {
  YAML::Node root = YAML::Load(yaml);
  const std::vector<std::string> parts = split_key(key);
  YAML::Node node;
  node.reset(root);  // reset() rebinds; operator= would overwrite the node in the tree
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    YAML::Node child = node[parts[i]];
    node.reset(child);
  }
  node[parts.back()] = YAML::Load(value);
  YAML::Emitter out;
  out << root;
  return std::string(out.c_str()) + "\n";
}

frame::PagedDoc typeset_with(const std::vector<Change>& changes, const std::string& markdown) {
  std::string style = kBaseStyle, layout = kBaseLayout;
  for (const Change& c : changes) {
    std::string& text = c.target == Target::Style ? style : layout;
    text = edit_yaml(text, c.key, c.value);
  }
  Engine& e = engine();
  // A style's own fonts are files beside it: the brand-font fixture, for rows that name it.
  const fs::path brand = temp_dir().path / "lobster.otf";
  if (!fs::exists(brand)) fs::copy_file(kRoot + "/golden/cases/brand/fonts/lobster.otf", brand);
  const style::StyleSheet sheet = style::load_style_sheet(temp_dir().write("style", style));
  const style::PageTemplate page = style::load_page_template(temp_dir().write("layout", layout));
  Diagnostics diags;
  const input::Document doc =
      input::parse_issue(kFrontMatter + markdown, kRoot + "/tests/fixtures/images/effects.md", diags);
  const compose::FigureFiles figures = read_figure_files(doc, false);
  const auto typeset = [&]() {
    if (sheet.font_files.empty())
      return compose::compose_issue(doc, compose::Inputs{sheet, page, e.fonts, e.builder, &figures}, diags);
    // Then the fonts are a database of their own, as a render makes them.
    std::vector<std::string> files;
    for (const style::FontFile& f : sheet.font_files) files.push_back(f.path);
    const font::FontDb fonts(kRoot + "/fonts", files);
    text::ShapeCache shapes;
    const para::ParagraphBuilder builder(fonts, shapes, &e.hyphenator);
    return compose::compose_issue(doc, compose::Inputs{sheet, page, fonts, builder, &figures}, diags);
  };
  frame::PagedDoc pages = typeset();
  std::string& warnings = warnings_of_last();
  warnings.clear();
  for (const Diagnostic& d : diags.all())
    warnings += (warnings.empty() ? "" : " | ") + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) +
                ": " + d.message;
  return pages;
}

std::string last_warnings() { return warnings_of_last().empty() ? "none" : warnings_of_last(); }

std::vector<const Effect*>& all_effects() {
  static std::vector<const Effect*> rows;
  return rows;
}

bool register_effects(const std::vector<Effect>& rows) {
  for (const Effect& e : rows) all_effects().push_back(&e);
  return true;
}

void check_effect(const Effect& e) {
  std::vector<Change> changed = e.setup;
  changed.push_back(e.change);
  const std::string before = e.probe(typeset_with(e.setup, e.markdown));
  const std::string after = e.probe(typeset_with(changed, e.markdown));
  const std::string what = e.change.key + ": " + e.change.value;
  EXPECT_EQ(before, e.before) << "on the base files (before " << what << ")";
  EXPECT_EQ(after, e.after) << "with " << what;
  EXPECT_NE(e.before, e.after) << "a row whose before and after agree could never fail";
}

std::string test_name(const ::testing::TestParamInfo<Effect>& info) {
  std::string name;
  for (char c : info.param.name) name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return name;
}

std::string pts(Sp v) { return trimmed(to_pt(v), "%.3f") + "pt"; }

std::string color_text(const Color& c) {
  const bool cmyk = c.space == Color::Space::Cmyk;
  std::string s = cmyk ? "cmyk(" : "rgb(";
  for (int i = 0; i < (cmyk ? 4 : 3); ++i) s += (i ? "," : "") + trimmed(c.c[i], "%.4f");
  return s + ")";
}

std::string run_text(const frame::GlyphRun& run) {
  return run.text;
}

Run run_with(const frame::PagedDoc& doc, const std::string& word) {
  for (const frame::Frame& p : doc.pages)
    for (const Run& r : frame::flatten(p).runs)
      if (run_text(*r).find(word) != std::string::npos) return r;
  ADD_FAILURE() << "no glyph run contains '" << word << "'";
  static const frame::GlyphRun none;
  return Run{{}, &none, frame::Role::None, {}};
}

std::string font_file(const frame::PagedDoc& doc, const frame::GlyphRun& run) {
  const int font = doc.font_index(run.font);
  if (font < 0) return "<no font>";
  return fs::path(doc.fonts[static_cast<std::size_t>(font)].path).filename().string();
}

Line line_with(const frame::PagedDoc& doc, const std::string& word, int* page, int next) {
  static const frame::LineInfo none;
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const std::vector<Line> lines = frame::flatten(doc.pages[p]).lines;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (lines[i]->text.find(word) == std::string::npos) continue;
      if (page) *page = static_cast<int>(p);
      // Lines of a region are stored top to bottom; count only those of this one.
      long at = static_cast<long>(i);
      for (int step = next > 0 ? 1 : -1, left = std::abs(next); left > 0;) {
        at += step;
        if (at < 0 || at >= static_cast<long>(lines.size())) {
          ADD_FAILURE() << "no line " << next << " from the one with '" << word << "'";
          return Line{{}, &none, frame::Role::None, {}};
        }
        if (lines[at].region == lines[i].region) --left;
      }
      return lines[at];
    }
  }
  ADD_FAILURE() << "no line contains '" << word << "'";
  return Line{{}, &none, frame::Role::None, {}};
}

std::vector<Line> region_lines(const frame::PagedDoc& doc, int page, const std::string& region) {
  std::vector<Line> out;
  if (page >= static_cast<int>(doc.pages.size())) return out;
  for (const Line& l : frame::flatten(doc.pages[page]).lines)
    if (l.region == region) out.push_back(l);
  return out;
}

Extent extent_of(const frame::PagedDoc& doc, int page, const Line& line) {
  const auto squeeze = [](std::string t) {
    t.erase(std::remove(t.begin(), t.end(), ' '), t.end());
    return t;
  };
  const std::string text = squeeze(line->text);
  // The line's runs: on its baseline (a superscript a little above), inside its measure, and
  // drawing part of its text (footer slots share one baseline and measure).
  const Sp x = line.at.x, width = line->measure;
  Sp left = x + width, right = x;
  for (const Run& r : frame::flatten(doc.pages.at(static_cast<std::size_t>(page))).runs) {
    const std::string drawn = squeeze(run_text(*r));
    if (std::abs(r.at.y - line.at.y) > pt(6) || r.at.x < x - pt(1) || r.at.x > x + width || drawn.empty() ||
        text.find(drawn) == std::string::npos)
      continue;
    Sp end = r.at.x;
    for (const frame::Glyph& g : r->glyphs) end += g.x_advance;
    left = std::min(left, r.at.x);
    right = std::max(right, end);
  }
  return Extent{left - x, x + width - right};
}

Extent line_extent(const frame::PagedDoc& doc, const std::string& word, int next) {
  int page = 0;
  const Line line = line_with(doc, word, &page, next);
  return extent_of(doc, page, line);
}

std::string alignment(const Extent& e) {
  const Sp tolerance = pt(0.01);  // rounding of spaces shared out in whole sp
  const bool left = std::abs(e.left) <= tolerance, right = std::abs(e.right) <= tolerance;
  if (left && right) return "flush left and right";
  if (left) return "flush left";
  if (right) return "flush right";
  if (std::abs(e.left - e.right) <= tolerance) return "centred";
  return "ragged (" + pts(e.left) + ", " + pts(e.right) + ")";
}

namespace {

struct LoadedPdf {
  std::vector<char> bytes;
  PoDoFo::PdfMemDocument doc;
  explicit LoadedPdf(const frame::PagedDoc& pages) : bytes(pdf::write_pdf(pages)) {
    PoDoFo::PdfError::EnableDebug(false);  // the parser would print the trailer
    PoDoFo::PdfError::EnableLogging(false);
    doc.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
  }
};

}  // namespace

std::string pdf_content(const frame::PagedDoc& doc, int page) {
  LoadedPdf pdf(doc);
  const PoDoFo::PdfObject* contents = pdf.doc.GetPage(page)->GetContents();
  char* buf = nullptr;
  PoDoFo::pdf_long len = 0;
  contents->GetStream()->GetFilteredCopy(&buf, &len);
  std::string s(buf, static_cast<std::size_t>(len));
  PoDoFo::podofo_free(buf);
  return s;
}

std::vector<std::string> pdf_font_names(const frame::PagedDoc& doc) {
  LoadedPdf pdf(doc);
  std::vector<std::string> names;
  for (PoDoFo::PdfObject* o : pdf.doc.GetObjects()) {
    if (!o->IsDictionary()) continue;
    const PoDoFo::PdfObject* type = o->GetDictionary().GetKey("Subtype");
    const PoDoFo::PdfObject* base = o->GetDictionary().GetKey("BaseFont");
    if (!type || !base || !type->IsName() || type->GetName().GetName() != "Type0") continue;
    std::string name = base->GetName().GetName();
    const std::size_t plus = name.find('+');
    if (plus != std::string::npos) name = name.substr(plus + 1);
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace folio::pipeline::effects
