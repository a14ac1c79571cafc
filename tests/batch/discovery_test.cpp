// Which files a batch takes, their relative paths and where their PDFs go.
#include "batch/discovery.hpp"

#include <gtest/gtest.h>

#include "archive_fixture.hpp"
#include "folio/diagnostic.hpp"

namespace folio::batch::test {
namespace {

using Discovery = Archive;

std::vector<std::string> relatives(const std::vector<IssueFile>& issues) {
  std::vector<std::string> out;
  for (const IssueFile& i : issues) out.push_back(i.relative + " -> " + i.pdf);
  return out;
}

TEST_F(Discovery, TakesMarkdownFilesThatBeginWithFrontMatter) {
  write(arch_ / "2025-05/issue.md", "---\npublication: P\n---\n");
  write(arch_ / "2025-06/issue.md", "\xEF\xBB\xBF---  \r\nissue: June\n---\n");  // BOM, blanks, CRLF
  write(arch_ / "2025-06/notes.md", "Notes for the editors.\n---\n");              // no front matter
  write(arch_ / "2025-06/draft.md", "----\n");                                    // not a delimiter
  write(arch_ / "2025-07/empty.md", "");
  write(arch_ / "2025-07/only.md", "---");  // a delimiter, then nothing: the render says what is wrong
  write(arch_ / "2025-07/issue.txt", "---\n");
  write(arch_ / ".git/x.md", "---\n");      // hidden folders and files are not searched
  write(arch_ / "a/.hidden.md", "---\n");
  write(arch_ / "a/b/c/deep.md", "---\n");
  EXPECT_EQ(relatives(discover_issues({arch_.string()})),
            (std::vector<std::string>{"2025-05/issue.md -> 2025-05/issue.pdf",
                                      "2025-06/issue.md -> 2025-06/issue.pdf",
                                      "2025-07/only.md -> 2025-07/only.pdf", "a/b/c/deep.md -> a/b/c/deep.pdf"}));
}

TEST_F(Discovery, PathsAreTheFolderArgumentJoinedWithTheRelativePath) {
  write(arch_ / "2025-05/issue.md", "---\n");
  for (const std::string& root : {arch_.string(), arch_.string() + "/"}) {
    const std::vector<IssueFile> found = discover_issues({root});
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(fs::path(found[0].path).lexically_normal(), arch_ / "2025-05/issue.md");
    EXPECT_EQ(found[0].relative, "2025-05/issue.md");
  }
}

TEST_F(Discovery, AFileArgumentIsTakenAsItIsUnderItsOwnName) {
  write(arch_ / "2025-05/issue.md", "---\n");
  write(dir_ / "extra/special.md", "no front matter: named, so rendered (and its error reported)\n");
  const std::vector<IssueFile> found = discover_issues({arch_.string(), (dir_ / "extra/special.md").string()});
  EXPECT_EQ(relatives(found), (std::vector<std::string>{"2025-05/issue.md -> 2025-05/issue.pdf",
                                                        "special.md -> special.pdf"}));
  EXPECT_EQ(found[1].path, (dir_ / "extra/special.md").string());
}

TEST_F(Discovery, TheSameFileTwiceCountsOnce) {
  write(arch_ / "issue.md", "---\n");
  EXPECT_EQ(discover_issues({arch_.string(), arch_.string(), (arch_ / "issue.md").string()}).size(), 1u);
}

TEST_F(Discovery, TwoFilesForOnePdfAreAnError) {
  write(dir_ / "a/issue.md", "---\n");
  write(dir_ / "b/issue.md", "---\n");
  try {
    discover_issues({(dir_ / "a").string(), (dir_ / "b").string()});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().to_string(),
              (dir_ / "b/issue.md").string() + ": error: would write the same PDF (issue.pdf) as " +
                  (dir_ / "a/issue.md").string());
  }
}

TEST_F(Discovery, AMissingPathIsAnError) {
  try {
    discover_issues({(dir_ / "nowhere").string()});
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_EQ(e.diagnostic().to_string(),
              (dir_ / "nowhere").string() + ": error: neither an issue file nor a folder of issues");
  }
}

}  // namespace
}  // namespace folio::batch::test
