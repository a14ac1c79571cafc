// End to end: render the May 2025 sample and read it back as a reader would, with poppler.
#include <gtest/gtest.h>
#include <podofo/podofo.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-page.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "folio/folio.hpp"
#include "input/load_issue.hpp"

namespace fs = std::filesystem;

namespace {

const std::string kSample = std::string(FOLIO_SOURCE_DIR) + "/samples/2025-05/issue.md";

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Whitespace-separated words, lower-cased, punctuation removed: "China-CELAC," reads as
// "chinacelac" on both sides, whether or not the hyphen fell at a line end.
std::vector<std::string> words(const std::string& text) {
  std::vector<std::string> out;
  std::string w;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isspace(c)) {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else if (std::isalnum(c) || c >= 0x80) {
      w += static_cast<char>(std::tolower(c));
    }
  }
  return out;
}

// Strips UTF-8 punctuation (curly quotes, dashes) so both sides compare letters and digits.
std::string ascii_words_only(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
    } else {
      std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      const std::string cp = s.substr(i, len);
      // typographic punctuation becomes a space; letters stay
      out += (cp == "\u2019" || cp == "\u2018" || cp == "\u201C" || cp == "\u201D" || cp == "\u2013" ||
              cp == "\u2014" || cp == "\u2022")
                 ? std::string(" ")
                 : cp;
      i += len;
    }
  }
  return out;
}

// The text a reader gets of some inlines: a footnote's marker is its number, read as part of the
// word it follows ("contributions¹" reads "contributions1").
std::string inline_text(const std::vector<folio::input::Inline>& inlines) {
  std::string out;
  for (const folio::input::Inline& in : inlines) {
    switch (in.kind) {
      case folio::input::InlineKind::NoteRef:
        out += in.text;
        break;
      case folio::input::InlineKind::SoftBreak:
      case folio::input::InlineKind::LineBreak:
        out += ' ';
        break;
      default:
        out += in.text + inline_text(in.children);
    }
  }
  return out;
}

// The body's text in reading order: a table row by row, cell by cell.
std::string blocks_text(const std::vector<folio::input::Block>& blocks) {
  std::string out;
  for (const auto& b : blocks) {
    out += inline_text(b.inlines) + " " + b.text + " " + blocks_text(b.children) + " ";
    std::vector<const folio::input::TableRow*> rows{&b.table.header};
    for (const folio::input::TableRow& r : b.table.rows) rows.push_back(&r);
    for (const folio::input::TableRow* r : rows)
      for (const auto& cell : r->cells) out += inline_text(cell) + " ";
  }
  return out;
}

// Whether `want` occurs in `got` in order (other words may come between); the first that does
// not, in `first_missing`, and how many do not.
std::size_t missing_in_order(const std::vector<std::string>& want, const std::vector<std::string>& got,
                             std::string& first_missing) {
  std::size_t j = 0, missing = 0;
  for (const std::string& w : want) {
    std::size_t k = j;
    while (k < got.size() && got[k] != w) ++k;
    if (k == got.size()) {
      if (missing++ == 0) first_missing = w;
      continue;
    }
    j = k + 1;
  }
  return missing;
}

class RenderSample : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = (fs::temp_directory_path() / ("folio-e2e-" + std::to_string(::getpid()) + ".pdf")).string();
    folio::RenderOptions o;
    o.input = kSample;
    o.output = out_;
    o.data_dir = FOLIO_SOURCE_DIR;
    result_ = folio::render(o);
    bytes_ = read_file(out_);
    doc_.reset(poppler::document::load_from_raw_data(bytes_.data(), static_cast<int>(bytes_.size())));
  }
  static void TearDownTestSuite() { fs::remove(out_); }

  std::string page_text(int i) const {
    std::unique_ptr<poppler::page> p(doc_->create_page(i));
    const auto bytes = p->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    return std::string(bytes.begin(), bytes.end());
  }

  static inline std::string out_;
  static inline std::string bytes_;
  static inline folio::RenderResult result_;
  static inline std::unique_ptr<poppler::document> doc_;
};

TEST_F(RenderSample, HasThreeOrFourA4Pages) {
  ASSERT_TRUE(doc_);
  EXPECT_GE(doc_->pages(), 3);
  EXPECT_LE(doc_->pages(), 4);
  EXPECT_EQ(result_.pages, doc_->pages());
  std::unique_ptr<poppler::page> p(doc_->create_page(0));
  EXPECT_NEAR(p->page_rect().width(), 595.276, 0.01);
  EXPECT_NEAR(p->page_rect().height(), 841.89, 0.01);
  EXPECT_TRUE(result_.warnings.empty());
}

TEST_F(RenderSample, EveryPageHasTheFooterWithItsNumber) {
  for (int i = 0; i < doc_->pages(); ++i) {
    const std::string text = page_text(i);
    const std::regex footer("MAY 2025\\s+" + std::to_string(i + 1) + "\\s*$");
    EXPECT_TRUE(std::regex_search(text, footer))
        << "page " << i + 1 << " ends with: " << text.substr(text.size() > 80 ? text.size() - 80 : 0);
  }
}

TEST_F(RenderSample, FirstPageHasMastheadAndContents) {
  const std::string text = page_text(0);
  EXPECT_NE(text.find("China Science and Technology Review"), std::string::npos);
  EXPECT_NE(text.find("IN THIS ISSUE"), std::string::npos);
}

TEST_F(RenderSample, EveryWordOfTheIssueReadsBackInOrder) {
  folio::Diagnostics diags;
  const folio::input::Document doc = folio::input::load_issue(kSample, diags);
  const std::vector<std::string> want = words(ascii_words_only(blocks_text(doc.blocks)));
  std::string all;
  // Without the footers, so that a word hyphenated at a page's foot joins its other half.
  for (int i = 0; i < doc_->pages(); ++i)
    all += std::regex_replace(page_text(i), std::regex("\\s*MAY 2025\\s+" + std::to_string(i + 1) + "\\s*$"), "") + "\n";
  // A word hyphenated at a line end reads back whole (poppler joins the halves itself).
  all = std::regex_replace(all, std::regex("([A-Za-z])-\\n([A-Za-z])"), "$1$2");
  const std::vector<std::string> got = words(ascii_words_only(all));
  ASSERT_GT(want.size(), 1000u);
  std::string first_missing;
  EXPECT_EQ(missing_in_order(want, got, first_missing), 0u) << "first word not found in order: " << first_missing;
  // Each footnote reads back whole, at the foot of a column, after its number.
  ASSERT_EQ(doc.notes.size(), 2u);
  for (const folio::input::Note& note : doc.notes) {
    const std::vector<std::string> note_words =
        words(ascii_words_only(std::to_string(note.number) + " " + blocks_text(note.blocks)));
    EXPECT_EQ(missing_in_order(note_words, got, first_missing), 0u) << "note " << note.number << ": " << first_missing;
  }
}

TEST_F(RenderSample, LinksAreAnnotationsWithTheirUris) {
  PoDoFo::PdfError::EnableDebug(false);  // the parser would print the trailer
  PoDoFo::PdfMemDocument pdf;
  pdf.LoadFromBuffer(bytes_.data(), static_cast<long>(bytes_.size()));
  std::vector<std::string> uris;
  for (int i = 0; i < pdf.GetPageCount(); ++i) {
    PoDoFo::PdfPage* page = pdf.GetPage(i);
    for (int a = 0; a < page->GetNumAnnots(); ++a) {
      PoDoFo::PdfAnnotation* annot = page->GetAnnotation(a);
      if (annot->GetType() != PoDoFo::ePdfAnnotation_Link || !annot->HasAction()) continue;
      // Footnote markers and notes link to each other with /GoTo actions, not URIs.
      if (annot->GetAction()->GetType() != PoDoFo::ePdfAction_URI) continue;
      uris.push_back(annot->GetAction()->GetURI().GetString());
    }
  }
  const std::string md = read_file(kSample);
  std::vector<std::string> want;
  const std::regex link("\\]\\((https://[^)\\s]+)\\)");
  for (auto it = std::sregex_iterator(md.begin(), md.end(), link); it != std::sregex_iterator(); ++it)
    want.push_back((*it)[1]);
  ASSERT_EQ(want.size(), 4u);
  for (const std::string& w : want) EXPECT_NE(std::find(uris.begin(), uris.end(), w), uris.end()) << w;
}

TEST_F(RenderSample, SameInputGivesIdenticalBytes) {
  const std::string again = out_ + ".again.pdf";
  folio::RenderOptions o;
  o.input = kSample;
  o.output = again;
  o.data_dir = FOLIO_SOURCE_DIR;
  folio::render(o);
  EXPECT_TRUE(read_file(again) == bytes_);
  fs::remove(again);
}

// Renders `markdown` from a fresh folder, expecting an error: returns the diagnostic, and
// checks that the folder holds nothing but the issue afterwards (no PDF, no temporary file).
folio::Diagnostic render_error(const std::string& markdown, std::string& issue_path) {
  const fs::path dir = fs::temp_directory_path() / ("folio-error-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  issue_path = (dir / "issue.md").string();
  { std::ofstream(issue_path) << markdown; }
  folio::RenderOptions o;
  o.input = issue_path;
  o.output = (dir / "out.pdf").string();
  o.data_dir = FOLIO_SOURCE_DIR;
  folio::Diagnostic d;
  try {
    folio::render(o);
    ADD_FAILURE() << "expected an error";
  } catch (const folio::Error& e) {
    d = e.diagnostic();
  }
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1) << "output left behind";
  fs::remove_all(dir);
  return d;
}

TEST(RenderErrors, BadFrontMatterLeavesNoFile) {
  std::string path;
  const folio::Diagnostic d = render_error("---\npublication: X\nisue: May\n---\n\nText.\n", path);
  EXPECT_EQ(d.pos.file, path);
  EXPECT_EQ(d.pos.line, 3);
  EXPECT_EQ(d.pos.column, 1);
}

TEST(RenderErrors, UnknownStyleInFrontMatterIsReportedWhereItWasWritten) {
  std::string path;
  const folio::Diagnostic d =
      render_error("---\npublication: X\nissue: May\nstyle: brnad\n---\n\nText.\n", path);
  EXPECT_EQ(d.to_string().substr(0, path.size() + 36), path + ":4:8: error: unknown style 'brnad' (");
}

}  // namespace
