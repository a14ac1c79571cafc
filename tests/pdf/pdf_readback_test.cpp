// The written PDF read back by poppler, as a reader sees it: text, page count and size,
// glyph positions, the outline and the document info.
#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>
#include <poppler/cpp/poppler-toc.h>

#include "pdf/pdf_test_support.hpp"
#include "pdf/pdf_writer.hpp"

namespace folio::pdf {
namespace {

using test::a4_doc;
using test::kSerif;
using test::add_run;
using test::make_run;
using test::run_of;

std::string utf8(const poppler::ustring& s) {
  auto bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

TEST(PdfReadback, ShapedOfficeUsesALigatureAndReadsBack) {
  const frame::GlyphRun run = test::shape(kSerif, "office", pt(12));
  // Noto Serif forms one glyph for "ffi": the ToUnicode map must give all three letters back.
  ASSERT_EQ(run.glyphs.size(), 4u);
  EXPECT_EQ(run.text_of(1), "ffi");

  auto doc = a4_doc(1);
  add_run(doc.pages[0], make_run(kSerif, 0, "office", 12), 72, 100);
  auto r = test::read(write_pdf(doc));
  auto& reader = r->doc;
  EXPECT_EQ(test::page_text(*reader, 0), "office");
}

TEST(PdfReadback, PagesHaveTheDocumentSize) {
  auto doc = a4_doc(3);
  for (int i = 0; i < 3; ++i) add_run(doc.pages[i], make_run(kSerif, 0, "page", 12), 72, 100);
  auto r = test::read(write_pdf(doc));
  auto& reader = r->doc;
  ASSERT_EQ(reader->pages(), 3);
  std::unique_ptr<poppler::page> page(reader->create_page(2));
  auto rect = page->page_rect(poppler::media_box);
  EXPECT_DOUBLE_EQ(rect.width(), 595);
  EXPECT_DOUBLE_EQ(rect.height(), 842);
}

TEST(PdfReadback, LinesReadInOrderWithWords) {
  auto doc = a4_doc(1);
  add_run(doc.pages[0], make_run(kSerif, 0, "The office opens at nine.", 11), 72, 100);
  add_run(doc.pages[0], make_run(kSerif, 0, "Coffee is served first.", 11), 72, 114);
  auto r = test::read(write_pdf(doc));
  auto& reader = r->doc;
  EXPECT_EQ(test::page_text(*reader, 0), "The office opens at nine.\nCoffee is served first.");
}

TEST(PdfReadback, GlyphsSitAtTheirAbsolutePositions) {
  // 60 glyphs, each advanced by its natural width plus 1/3 pt: the TJ adjustments come from
  // absolute targets, so the last glyph is as exact as the first.
  auto doc = a4_doc(1);
  auto run = make_run(kSerif, 0, std::string(60, 'n'), 10);
  for (auto& g : run.glyphs) g.x_advance += pt(1.0 / 3);
  Sp expected_x = pt(50);
  std::vector<double> targets;
  for (const auto& g : run.glyphs) {
    targets.push_back(to_pt(expected_x));
    expected_x += g.x_advance;
  }
  add_run(doc.pages[0], run, 50, 200);
  auto r = test::read(write_pdf(doc));
  auto& reader = r->doc;
  std::unique_ptr<poppler::page> page(reader->create_page(0));
  auto boxes = page->text_list();
  ASSERT_EQ(boxes.size(), 1u);
  for (std::size_t i = 0; i < targets.size(); ++i)
    EXPECT_NEAR(boxes[0].char_bbox(i).x(), targets[i], 0.002) << "glyph " << i;
}

TEST(PdfReadback, JustifiedSpacesMoveWords) {
  auto doc = a4_doc(1);
  auto run = make_run(kSerif, 0, "wide spaces here", 10);
  Sp x = pt(72);
  std::vector<double> word_starts{to_pt(x)};
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    frame::Glyph& g = run.glyphs[i];
    if (run.text_of(i) == " ") g.x_advance += pt(7.25);
    x += g.x_advance;
    if (run.text_of(i) == " ") word_starts.push_back(to_pt(x));
  }
  add_run(doc.pages[0], run, 72, 300);
  auto r = test::read(write_pdf(doc));
  auto& reader = r->doc;
  std::unique_ptr<poppler::page> page(reader->create_page(0));
  auto boxes = page->text_list();
  ASSERT_EQ(boxes.size(), 3u);
  const char* words[] = {"wide", "spaces", "here"};
  for (int i = 0; i < 3; ++i) {
    EXPECT_EQ(utf8(boxes[i].text()), words[i]);
    EXPECT_NEAR(boxes[i].bbox().x(), word_starts[i], 0.002);
  }
  // Baseline 300 pt from the top: poppler's boxes are in top-down coordinates too.
  EXPECT_LT(boxes[0].bbox().y(), 300);
  EXPECT_GT(boxes[0].bbox().y() + boxes[0].bbox().height(), 298);
}

TEST(PdfReadback, OutlineNestsByLevel) {
  auto doc = a4_doc(2);
  add_run(doc.pages[0], make_run(kSerif, 0, "one", 12), 72, 100);
  doc.outline = {{"News", 1, 0, pt(90)},
                 {"Detail", 2, 0, pt(300)},
                 {"Deeper", 3, 1, pt(50)},
                 {"Letters", 1, 1, pt(400)}};
  auto r = test::read(write_pdf(doc));
  auto& reader = r->doc;
  std::unique_ptr<poppler::toc> toc(reader->create_toc());
  ASSERT_TRUE(toc);
  auto top = toc->root()->children();
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(utf8(top[0]->title()), "News");
  EXPECT_EQ(utf8(top[1]->title()), "Letters");
  ASSERT_EQ(top[0]->children().size(), 1u);
  EXPECT_EQ(utf8(top[0]->children()[0]->title()), "Detail");
  ASSERT_EQ(top[0]->children()[0]->children().size(), 1u);
  EXPECT_EQ(utf8(top[0]->children()[0]->children()[0]->title()), "Deeper");
  EXPECT_TRUE(top[1]->children().empty());
}

TEST(PdfReadback, DocumentInfoAndUnicodeTitle) {
  auto doc = a4_doc(1);
  add_run(doc.pages[0], make_run(kSerif, 0, "x", 12), 72, 100);
  doc.info.title = "Café Bulletin — May";
  doc.info.author = "The Editors";
  doc.info.subject = "Newsletter";
  doc.info.creator = "folio test";
  doc.info.producer = "folio 0.1";
  auto r = test::read(write_pdf(doc));
  auto& reader = r->doc;
  EXPECT_EQ(utf8(reader->get_title()), "Café Bulletin — May");
  EXPECT_EQ(utf8(reader->info_key("Author")), "The Editors");
  EXPECT_EQ(utf8(reader->info_key("Subject")), "Newsletter");
  EXPECT_EQ(utf8(reader->info_key("Creator")), "folio test");
  EXPECT_EQ(utf8(reader->info_key("Producer")), "folio 0.1");
}

}  // namespace
}  // namespace folio::pdf
