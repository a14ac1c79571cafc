// Determinism, dates, errors and writing files: the same PagedDoc gives the same bytes, and a
// failed write leaves nothing behind.
#include <gtest/gtest.h>
#include <poppler/cpp/poppler-document.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <thread>

#include "folio/diagnostic.hpp"
#include "font/font_db.hpp"
#include "pdf/pdf_test_support.hpp"
#include "pdf/pdf_writer.hpp"

namespace folio::pdf {
namespace {

namespace fs = std::filesystem;
using test::a4_doc;
using test::kSans;
using test::kSerif;
using test::add_run;
using test::make_run;
using test::run_of;

frame::PagedDoc sample_doc() {
  auto doc = a4_doc(2);
  doc.fonts.push_back({1, kSans, 0});
  add_run(doc.pages[0], make_run(kSerif, 0, "The office opens at nine.", 11), 72, 100);
  add_run(doc.pages[1], make_run(kSans, 1, "Letters to the editor", 14), 72, 100);
  doc.pages[0].add({pt(72), pt(110)}, frame::Rule{pt(300), pt(0.5), Color::cmyk(0, 0, 0, 1)});
  doc.pages[0].add({pt(72), pt(90)}, frame::Link{pt(50), pt(12), "https://example.org/", {}});
  doc.outline = {{"News", 1, 0, pt(90)}, {"Letters", 1, 1, pt(90)}};
  doc.info.title = "Bulletin";
  return doc;
}

std::string as_string(const std::vector<char>& v) { return std::string(v.begin(), v.end()); }

std::string trailer_id(const std::vector<char>& pdf) {
  std::smatch m;
  std::string s = as_string(pdf);
  return std::regex_search(s, m, std::regex("/ID ?\\[ ?<([0-9A-Fa-f]+)>")) ? m[1].str() : "<none>";
}

std::string info_value(const poppler::document& doc, const std::string& key) {
  auto bytes = doc.info_key(key).to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

bool has_info_key(const poppler::document& doc, const std::string& key) {
  auto keys = doc.info_keys();
  return std::find(keys.begin(), keys.end(), key) != keys.end();
}

TEST(PdfOutput, SameDocumentSameBytes) {
  auto doc = sample_doc();
  auto first = write_pdf(doc);
  auto second = write_pdf(doc);
  EXPECT_EQ(first, second);
  EXPECT_EQ(as_string(first).rfind("%PDF-1.4", 0), 0u);
}

TEST(PdfOutput, ConcurrentWritesAgree) {
  // A batch renders issues on several threads: PoDoFo documents must not share state.
  auto doc = sample_doc();
  auto expected = write_pdf(doc);
  std::vector<std::vector<char>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back([&doc, &r] { r = write_pdf(doc); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

TEST(PdfOutput, SameBytesOnAnyNumberOfThreads) {
  // Pages are built and compressed on several threads: each page's stream must not depend on
  // which thread made it or in what order the pages finished.
  auto doc = a4_doc(9);
  doc.fonts.push_back({1, kSans, 0});
  for (int i = 0; i < 9; ++i)
    add_run(doc.pages[i], make_run(i % 2 ? kSans : kSerif, i % 2, "Page " + std::to_string(i + 1) + " of nine.", 11),
            72, 100 + 10 * i);
  const auto one = write_pdf(doc, 1);
  EXPECT_EQ(write_pdf(doc, 2), one);
  EXPECT_EQ(write_pdf(doc, 4), one);
  EXPECT_EQ(write_pdf(doc, 0), one);
  auto r = test::read(one);
  EXPECT_EQ(test::page_text(*r->doc, 6), "Page 7 of nine.");
  // Freeing each page's frame once its stream is made changes nothing in the file.
  for (unsigned threads : {1u, 3u}) {
    frame::PagedDoc moved = doc;
    EXPECT_EQ(write_pdf(std::move(moved), threads), one);
    ASSERT_EQ(moved.pages.size(), 9u);
    for (const frame::Frame& page : moved.pages) EXPECT_TRUE(page.items.empty());
  }
}

TEST(PdfOutput, FacesFromTheFontDbGiveTheSameBytes) {
  // render hands the writer the FontDb the pages were set with, whose faces are subset instead
  // of opening each file again: the file must not change.
  const font::FontDb db(FOLIO_SOURCE_DIR "/fonts");
  const font::FaceId serif = *db.find("Noto Serif", 400, false);
  const font::FaceId sans = *db.find("Noto Sans", 700, false);
  auto doc = a4_doc(2);
  doc.fonts = {{serif, db.path(serif), db.index(serif)}, {sans, db.path(sans), db.index(sans)}};
  add_run(doc.pages[0], make_run(db.path(serif), serif, "Set in the serif.", 11), 72, 100);
  add_run(doc.pages[1], make_run(db.path(sans), sans, "Set in the bold sans.", 11), 72, 100);
  const auto expected = write_pdf(doc);
  frame::PagedDoc moved = doc;
  EXPECT_EQ(write_pdf(std::move(moved), 2, &db), expected);
  // A ref whose id names another face of the database is embedded from its own file.
  auto other = doc;
  other.fonts[0].id = sans;
  other.fonts[1].id = serif;
  for (frame::Frame& page : other.pages)
    for (frame::Item& item : page.items)
      if (auto* run = std::get_if<frame::GlyphRun>(&item.content)) run->font = run->font == serif ? sans : serif;
  const auto swapped = write_pdf(other);
  EXPECT_EQ(write_pdf(std::move(other), 1, &db), swapped);
  EXPECT_EQ(test::page_text(*test::read(swapped)->doc, 0), "Set in the serif.");
}

TEST(PdfOutput, TrailerIdDependsOnContent) {
  auto doc = sample_doc();
  std::string id = trailer_id(write_pdf(doc));
  ASSERT_EQ(id.size(), 32u);
  run_of(doc.pages[1], 0).glyphs[0].x_advance += pt(1);  // only a position changes
  EXPECT_NE(trailer_id(write_pdf(doc)), id);
}

TEST(PdfOutput, CreationDateOnlyWhenGiven) {
  auto doc = sample_doc();
  auto r = test::read(write_pdf(doc));
  EXPECT_FALSE(has_info_key(*r->doc, "CreationDate"));
  EXPECT_FALSE(has_info_key(*r->doc, "ModDate"));
  EXPECT_TRUE(has_info_key(*r->doc, "FolioContentHash"));

  doc.info.creation_time = 1700000000;
  auto dated = write_pdf(doc);
  auto rd = test::read(dated);
  EXPECT_EQ(info_value(*rd->doc, "CreationDate"), "D:20231114221320Z");
  EXPECT_EQ(info_value(*rd->doc, "ModDate"), "D:20231114221320Z");
  EXPECT_EQ(rd->doc->get_creation_date_t(), 1700000000);
  EXPECT_EQ(write_pdf(doc), dated);
}

TEST(PdfOutput, MissingFontIsAnErrorAtItsPath) {
  auto doc = a4_doc(1);
  doc.fonts[0].path = "/nonexistent/font.ttf";
  add_run(doc.pages[0], make_run(kSerif, 0, "x", 12), 72, 100);
  try {
    write_pdf(doc);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().pos.file, "/nonexistent/font.ttf");
  }
}

TEST(PdfOutput, BadFontIndexAndGlyphIdAreErrors) {
  auto doc = a4_doc(1);
  add_run(doc.pages[0], make_run(kSerif, 0, "x", 12), 72, 100);
  run_of(doc.pages[0], 0).font = 3;
  EXPECT_THROW(write_pdf(doc), Error);
  run_of(doc.pages[0], 0).font = 0;
  run_of(doc.pages[0], 0).glyphs[0].gid = 70000;
  EXPECT_THROW(write_pdf(doc), Error);
  run_of(doc.pages[0], 0).glyphs[0].gid = 3;
  doc.outline.push_back({"Nowhere", 1, 5, 0});
  EXPECT_THROW(write_pdf(doc), Error);
}

class PdfFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("folio_pdf_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
  fs::path dir_;
};

TEST_F(PdfFile, WritesTheSameBytesAndNoTemporaryFile) {
  auto doc = sample_doc();
  std::string path = (dir_ / "issue.pdf").string();
  {
    std::ofstream old(path);
    old << "an older issue";
  }
  write_pdf_file(doc, path);
  std::ifstream in(path, std::ios::binary);
  std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(bytes, write_pdf(doc));
  EXPECT_EQ(entries(), std::vector<std::string>{"issue.pdf"});
}

TEST_F(PdfFile, MissingFolderThrowsAndLeavesNothing) {
  std::string path = (dir_ / "missing" / "issue.pdf").string();
  try {
    write_pdf_file(sample_doc(), path);
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().pos.file, path);
  }
  EXPECT_FALSE(fs::exists(dir_ / "missing"));
  EXPECT_TRUE(entries().empty());
}

TEST_F(PdfFile, FailedRenameRemovesTheTemporaryFile) {
  fs::create_directories(dir_ / "taken" / "inside");  // a non-empty folder cannot be replaced
  EXPECT_THROW(write_pdf_file(sample_doc(), (dir_ / "taken").string()), Error);
  EXPECT_EQ(entries(), std::vector<std::string>{"taken"});
}

TEST_F(PdfFile, FailedRenderLeavesNothing) {
  auto doc = sample_doc();
  doc.fonts[1].path = (dir_ / "no-such-font.ttf").string();
  EXPECT_THROW(write_pdf_file(doc, (dir_ / "issue.pdf").string()), Error);
  EXPECT_TRUE(entries().empty());
}

}  // namespace
}  // namespace folio::pdf
