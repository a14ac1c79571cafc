#include "pdf/pdf_test_support.hpp"

#include <hb.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <algorithm>
#include <stdexcept>

namespace folio::pdf::test {

frame::GlyphRun shape(const std::string& font_path, const std::string& text, Sp size) {
  hb_blob_t* blob = hb_blob_create_from_file_or_fail(font_path.c_str());
  if (!blob) throw std::runtime_error("cannot read " + font_path);
  hb_face_t* face = hb_face_create(blob, 0);
  hb_font_t* font = hb_font_create(face);  // scale: units per em
  int upem = static_cast<int>(hb_face_get_upem(face));
  hb_buffer_t* buf = hb_buffer_create();
  hb_buffer_add_utf8(buf, text.data(), static_cast<int>(text.size()), 0, -1);
  hb_buffer_guess_segment_properties(buf);
  hb_shape(font, buf, nullptr, 0);
  unsigned n = 0;
  const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buf, &n);
  const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buf, nullptr);
  frame::GlyphRun glyphs;
  glyphs.size = size;
  for (unsigned i = 0; i < n; ++i) {
    frame::Glyph g;
    g.gid = info[i].codepoint;
    g.x_advance = static_cast<std::int32_t>(font_units_to_sp(pos[i].x_advance, size, upem));
    g.x_offset = static_cast<std::int32_t>(font_units_to_sp(pos[i].x_offset, size, upem));
    g.y_offset = static_cast<std::int32_t>(font_units_to_sp(pos[i].y_offset, size, upem));
    std::string glyph_text;
    bool first_of_cluster = i == 0 || info[i - 1].cluster != info[i].cluster;
    if (first_of_cluster) {
      unsigned end = static_cast<unsigned>(text.size());
      for (unsigned k = i + 1; k < n; ++k)
        if (info[k].cluster != info[i].cluster) {
          end = info[k].cluster;
          break;
        }
      glyph_text = text.substr(info[i].cluster, end - info[i].cluster);
    }
    glyphs.push(g, glyph_text);
  }
  hb_buffer_destroy(buf);
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return glyphs;
}

frame::GlyphRun make_run(const std::string& font_path, int font, const std::string& text, double size_pt) {
  frame::GlyphRun run = shape(font_path, text, pt(size_pt));
  run.font = font;
  return run;
}

void add_run(frame::Frame& page, frame::GlyphRun run, double x_pt, double baseline_pt) {
  page.add({pt(x_pt), pt(baseline_pt)}, std::move(run));
}

frame::GlyphRun& run_of(frame::Frame& page, std::size_t i) {
  return std::get<frame::GlyphRun>(page.items.at(i).content);
}

frame::PagedDoc a4_doc(int pages) {
  frame::PagedDoc doc;
  doc.width = pt(595);
  doc.height = pt(842);
  doc.fonts.push_back(frame::FontRef{0, kSerif, 0});
  doc.pages.resize(pages);
  return doc;
}

Reader::~Reader() = default;

std::unique_ptr<Reader> read(std::vector<char> pdf) {
  auto r = std::make_unique<Reader>();
  r->bytes = std::move(pdf);
  r->doc.reset(poppler::document::load_from_raw_data(r->bytes.data(), static_cast<int>(r->bytes.size())));
  if (!r->doc) throw std::runtime_error("poppler cannot load the PDF");
  return r;
}

std::string page_text(const poppler::document& doc, int page) {
  std::unique_ptr<poppler::page> p(doc.create_page(page));
  if (!p) return "<no page>";
  auto utf8 = p->text().to_utf8();
  std::string text(utf8.begin(), utf8.end());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\f')) text.pop_back();
  return text;
}

}  // namespace folio::pdf::test
