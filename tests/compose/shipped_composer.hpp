// Composes Markdown issues with the shipped default style and layout and the bundled fonts:
// what the compose tests that need real text share.
#pragma once

#include <string>

#include "compose/compose.hpp"
#include "font/font_db.hpp"
#include "image/picture_cache.hpp"
#include "input/load_issue.hpp"
#include "para/paragraph_builder.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"
#include "text/hyphenator.hpp"

namespace folio::compose::testing {

// The front matter of the compose tests' small issues.
inline const std::string kTestFrontMatter = "---\npublication: Test Review\nissue: June 2025\n---\n";

struct ShippedComposer {
  const std::string root = FOLIO_SOURCE_DIR;
  style::StyleSheet sheet = style::load_style_sheet(root + "/styles/default.yaml");
  style::PageTemplate page = style::load_page_template(root + "/layout/default.yaml");
  font::FontDb fonts{root + "/fonts"};
  text::Hyphenator hyphenator{text::Hyphenator::dictionary_for("en")};
  text::ShapeCache shapes;
  para::ParagraphBuilder builder{fonts, shapes, &hyphenator};

  frame::PagedDoc run(const std::string& markdown) {
    Diagnostics diags;
    return run(markdown, diags);
  }
  // Reading and composing warnings go to `diags`.
  frame::PagedDoc run(const std::string& markdown, Diagnostics& diags) {
    const input::Document doc = input::parse_issue(markdown, "test.md", diags);
    return compose_issue(doc, Inputs{sheet, page, fonts, builder, &figures}, diags);
  }

  // Makes `reference` name the fixture image `file` (tests/fixtures/images/) in the issues run.
  void add_figure_file(const std::string& reference, const std::string& file) {
    const std::string path = root + "/tests/fixtures/images/" + file;
    figures[reference] = FigureFile{path, image::PictureCache::shared().load(path)};
  }

  FigureFiles figures;
};

}  // namespace folio::compose::testing
