// Input that cannot be typeset stops the job with one folio::Error at the place to fix, and
// leaves no file behind (nor touches a PDF from an earlier run).
#include <gmock/gmock.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/robustness_support.hpp"

namespace fs = std::filesystem;

namespace {

using folio::Diagnostic;
using folio::robust::issue;

class RobustErrors : public folio::robust::Sandbox {
 protected:
  // The error's "file:line:col: error: message", with the sandbox's issue path as "issue.md".
  std::string error_for(const std::string& issue_text, folio::RenderOptions o) {
    Diagnostic d;
    render_error(issue_text, o, d);
    std::string s = d.to_string();
    const std::string p = path("issue.md");
    if (s.rfind(p, 0) == 0) s = "issue.md" + s.substr(p.size());
    return s;
  }
  std::string error_for(const std::string& issue_text) {
    folio::RenderOptions o = options();
    o.layout_dump.clear();
    return error_for(issue_text, o);
  }
};

struct Case {
  const char* name;
  std::string text;
  std::string error;
};

TEST_F(RobustErrors, FrontMatterErrorsPointAtTheirPlace) {
  const std::string must_begin =
      "issue.md:1:1: error: an issue file must begin with front matter: a '---' line, 'publication:' and "
      "'issue:' lines, then another '---' line";
  const std::vector<Case> cases = {
      {"empty file", "", must_begin},
      {"no front matter", "# Title\n\nText.\n", must_begin},
      {"never closed", "---\npublication: X\nissue: Y\n\nText.\n",
       "issue.md:1:1: error: the front matter is never closed: end it with a '---' line"},
      {"typo", "---\npublication: X\nisue: May\n---\n",
       "issue.md:3:1: error: unknown key 'isue' in the front matter (did you mean 'issue'?)"},
      {"YAML syntax", "---\npublication: [X\nissue: Y\n---\n",
       "issue.md:3:6: error: YAML syntax error: end of sequence flow not found"},
      {"a list", "---\n- a\n- b\n---\n", 
       "issue.md:2:1: error: expected a map of settings at the top of the front matter, got a list"},
      {"no issue", "---\npublication: X\n---\n",
       "issue.md:1:1: error: the front matter has no 'issue' key (the issue label, e.g. 'May 2025')"},
      {"twice", "---\npublication: X\nissue: Y\nissue: Z\n---\n",
       "issue.md:4:1: error: duplicate key 'issue' in the front matter (first given on line 3)"},
      {"no value", "---\npublication:\nissue: Y\n---\n",
       "issue.md:2:1: error: missing value for 'publication'"},
      {"a mapping", "---\npublication: {a: b}\nissue: Y\n---\n",
       "issue.md:2:14: error: expected text for 'publication', got a map"},
      {"bad lang", "---\npublication: X\nissue: Y\nlang: not a lang!!\n---\n",
       "issue.md:4:7: error: 'lang' must be a language tag such as 'en' or 'zh-Hans', got 'not a lang!!'"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(error_for(c.text), c.error);
  }
}

TEST_F(RobustErrors, InvalidUtf8IsReportedWhereItIs) {
  const auto bad = [](const std::string& at, const char* byte) {
    return "issue.md:" + at + ": error: the issue file is not valid UTF-8 (byte " + byte +
           "); save it as UTF-8";
  };
  const std::vector<Case> cases = {
      {"a stray byte", issue("\nbefore \xFF after\n"), bad("6:8", "0xFF")},
      {"Latin-1 in the front matter", "---\npublication: Caf\xE9 Review\nissue: May\n---\n",
       bad("2:17", "0xE9")},
      {"an overlong slash", issue("\n# Title\n\nx\xC0\xAF\n"), bad("8:2", "0xC0")},
      {"a surrogate", issue("\nx \xED\xA0\x80\n"), bad("6:3", "0xED")},
      {"a code point past U+10FFFF", issue("\n\xF4\x90\x80\x80\n"), bad("6:1", "0xF4")},
      {"cut off at the end", issue("\nthe euro \xE2\x82"), bad("6:10", "0xE2")},
      {"a NUL byte", issue("\nbefore") + std::string(1, '\0') + "after\n",
       "issue.md:6:7: error: the issue file contains a NUL byte; save it as UTF-8 text"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(error_for(c.text), c.error);
  }
}

// CommonMark ends a comment block only at "-->": a forgotten one would hide every later article.
TEST_F(RobustErrors, UnclosedCommentIsAnErrorAtItsStart) {
  const std::string never =
      ": error: this comment is never closed, so it would hide the rest of the issue: end it with '-->'";
  const std::vector<Case> cases = {
      {"on its own line", issue("\n# First\n\nText.\n\n<!-- a note\n\n# Second\n\nMore.\n"),
       "issue.md:10:1" + never},
      {"inside a quote", issue("\n> quote\n> <!-- a note\n\nafter\n"), "issue.md:7:3" + never},
      {"inside an HTML block", issue("\n<div>\ntext\n  <!-- a note\n\nmore\n"), "issue.md:8:3" + never},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    EXPECT_EQ(error_for(c.text), c.error);
  }
}

TEST_F(RobustErrors, Utf16FileIsRecognised) {
  std::string utf16 = "\xFF\xFE";
  for (char c : issue("\nText.\n")) utf16 += std::string{c, '\0'};
  EXPECT_EQ(error_for(utf16), "issue.md:1:1: error: the issue file is UTF-16; save it as UTF-8");
}

// The list of what is available grows as styles and layouts are added; "default" is always there.
TEST_F(RobustErrors, UnknownStyleOrLayout) {
  using ::testing::MatchesRegex;
  EXPECT_THAT(
      error_for("---\npublication: X\nissue: Y\nstyle: nosuch\n---\n"),
      MatchesRegex("issue\\.md:4:8: error: unknown style 'nosuch' \\(available: (.*, )?default(, .*)?\\)"));
  EXPECT_THAT(
      error_for("---\npublication: X\nissue: Y\nlayout: nosuch\n---\n"),
      MatchesRegex("issue\\.md:4:9: error: unknown layout 'nosuch' \\(available: (.*, )?default(, .*)?\\)"));
  folio::RenderOptions o = options();
  o.layout_dump.clear();
  o.style = "nosuch";
  EXPECT_THAT(error_for(issue("\nText.\n"), o),
              MatchesRegex("folio: error: unknown style 'nosuch' \\(available: (.*, )?default(, .*)?\\)"));
  o.style.clear();
  o.layout = "nosuch";
  EXPECT_THAT(error_for(issue("\nText.\n"), o),
              MatchesRegex("folio: error: unknown layout 'nosuch' \\(available: (.*, )?default(, .*)?\\)"));
  o.layout = path("missing.yaml");
  EXPECT_EQ(error_for(issue("\nText.\n"), o),
            path("missing.yaml") + ": error: cannot read the page layout: No such file or directory");
}

TEST_F(RobustErrors, MissingIssueFile) {
  folio::RenderOptions o = options();
  o.input = path("nosuch.md");
  Diagnostic d;
  render_error("", o, d);
  EXPECT_EQ(d.to_string(),
            path("nosuch.md") + ": error: cannot read the issue file: No such file or directory");
}

TEST_F(RobustErrors, OutputInAMissingFolder) {
  folio::RenderOptions o = options();
  o.layout_dump.clear();
  o.output = path("missing/issue.pdf");
  EXPECT_EQ(error_for(issue("\nText.\n"), o), path("missing/issue.pdf") +
                                                  ": error: cannot write the PDF: folder '" +
                                                  path("missing") + "' does not exist");
}

TEST_F(RobustErrors, OutputWhereNothingCanBeWritten) {
  folio::RenderOptions o = options();
  o.layout_dump.clear();
  o.output = "/proc/folio-robust.pdf";
  const std::string e = error_for(issue("\nText.\n"), o);
  EXPECT_EQ(
      e.rfind(
          "/proc/folio-robust.pdf: error: cannot write the PDF: cannot create /proc/folio-robust.pdf.tmp-",
          0),
      0u)
      << e;
  EXPECT_FALSE(fs::exists("/proc/folio-robust.pdf"));
}

// Renaming the finished PDF over a folder, a pipe or a device would replace it with a file.
TEST_F(RobustErrors, OutputThatIsNotAFileIsLeftAlone) {
  fs::create_directory(path("folder.pdf"));
  ASSERT_EQ(::mkfifo(path("pipe.pdf").c_str(), 0600), 0);
  for (const char* name : {"folder.pdf", "pipe.pdf"}) {
    SCOPED_TRACE(name);
    folio::RenderOptions o = options();
    o.layout_dump.clear();
    o.output = path(name);
    EXPECT_EQ(error_for(issue("\nText.\n"), o),
              path(name) + ": error: cannot write the PDF: the path exists and is not a regular file");
  }
  EXPECT_TRUE(fs::is_directory(path("folder.pdf")));
  EXPECT_TRUE(fs::is_fifo(path("pipe.pdf")));
}

TEST_F(RobustErrors, FailedRunKeepsTheEarlierPdf) {
  write("issue.pdf", "an earlier PDF");
  EXPECT_EQ(error_for("---\npublication: X\nisue: May\n---\n"),
            "issue.md:3:1: error: unknown key 'isue' in the front matter (did you mean 'issue'?)");
  std::ifstream in(path("issue.pdf"), std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  EXPECT_EQ(bytes.str(), "an earlier PDF");
}

TEST_F(RobustErrors, UnwritableLayoutDumpLeavesNoPdf) {
  folio::RenderOptions o = options();
  o.layout_dump = "/proc/folio-robust/layout.txt";
  EXPECT_THAT(error_for(issue("\nText.\n"), o),
              ::testing::StartsWith("/proc/folio-robust/layout.txt: error: cannot write the layout dump: cannot create "
                         "/proc/folio-robust/layout.txt.tmp-"));
}

}  // namespace
