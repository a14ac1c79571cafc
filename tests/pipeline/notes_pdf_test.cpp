// Footnotes end to end: rendered to a PDF and read back with PoDoFo, each marker's link goes to
// its note's page and each note's number back to its marker's page (internal /GoTo links), and
// the warnings for an undefined reference and an unused definition come with the render.
#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "folio/folio.hpp"

namespace fs = std::filesystem;

namespace {

// A marker on page 1 whose note is on page 1, and a marker at the end of a long text (page 2 or
// later); their notes sit at the foot of their columns.
std::string issue() {
  std::string md = "---\npublication: Test Review\nissue: June 2025\n---\n\nFirst marker[^a] here.\n\n";
  for (int i = 0; i < 120; ++i)
    md += "Running text paragraph " + std::to_string(i) + " of the test issue.\n\n";
  md +=
      "Last marker[^b] and an undefined one[^none].\n\n[^a]: Note A.\n\n[^b]: Note B.\n\n[^c]: Never used.\n";
  return md;
}

class NotesPdf : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-notes-pdf-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    std::ofstream(dir_ / "issue.md") << issue();
    folio::RenderOptions o;
    o.input = (dir_ / "issue.md").string();
    o.output = (dir_ / "issue.pdf").string();
    result_ = folio::render(o);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
  folio::RenderResult result_;
};

TEST_F(NotesPdf, MarkersAndNotesLinkToEachOthersPage) {
  PoDoFo::PdfMemDocument pdf((dir_ / "issue.pdf").string().c_str());
  std::map<int, int> page_of;  // page object number -> page index
  for (int i = 0; i < pdf.GetPageCount(); ++i)
    page_of[static_cast<int>(pdf.GetPage(i)->GetObject()->Reference().ObjectNumber())] = i;
  // For each page, the pages its internal links go to.
  std::vector<std::vector<int>> targets(static_cast<std::size_t>(pdf.GetPageCount()));
  for (int i = 0; i < pdf.GetPageCount(); ++i) {
    PoDoFo::PdfObject* annots = pdf.GetPage(i)->GetObject()->GetIndirectKey("Annots");
    if (!annots) continue;
    for (const PoDoFo::PdfObject& ref : annots->GetArray()) {
      PoDoFo::PdfObject* link = pdf.GetObjects().GetObject(ref.GetReference());
      const PoDoFo::PdfDictionary& action = link->GetIndirectKey("A")->GetDictionary();
      if (action.GetKey("S")->GetName().GetName() != "GoTo") continue;
      targets[static_cast<std::size_t>(i)].push_back(
          page_of.at(static_cast<int>(action.GetKey("D")->GetArray()[0].GetReference().ObjectNumber())));
    }
  }
  ASSERT_GE(pdf.GetPageCount(), 2);
  // Page 1: marker a and note a link to page 1; the last page: marker b and note b to itself.
  EXPECT_EQ(targets.front(), (std::vector<int>{0, 0}));
  const int last = pdf.GetPageCount() - 1;
  EXPECT_EQ(targets.back(), (std::vector<int>{last, last}));
}

TEST_F(NotesPdf, UndefinedAndUnusedNotesWarnOnceEachAtTheirLine) {
  std::vector<std::string> messages;
  for (const folio::Diagnostic& d : result_.warnings)
    messages.push_back(d.message + " @" + std::to_string(d.pos.line));
  // Lines 1-5: front matter and a blank; 6: the first paragraph; 8 + 2i: paragraph i; then the last.
  const int last_text = 8 + 2 * 120;
  EXPECT_EQ(messages,
            (std::vector<std::string>{
                "footnote [^none] is not defined; it is printed as written @" + std::to_string(last_text),
                "footnote [^c] is never referred to; it is left out @" + std::to_string(last_text + 6)}));
}

}  // namespace
