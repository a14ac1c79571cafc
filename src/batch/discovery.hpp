// Which files a batch renders, and where each one's PDF goes.
#pragma once

#include <string>
#include <vector>

namespace folio::batch {

struct IssueFile {
  std::string path;      // the file, as reachable from the working folder
  std::string relative;  // from the root it was found under, '/'-separated; a named file: its name
  std::string pdf;       // `relative` with .pdf for its extension: where it goes in OUTDIR
};

// For each folder, every *.md file below it that begins with front matter (a first line "---",
// as input/front_matter.hpp requires), skipping hidden files and folders (.git, OUTDIR/.folio);
// each file named is taken whatever it holds (its render says what is wrong). Sorted by
// `relative`; a file reached twice under the same relative path counts once. Throws
// folio::Error for a path that is neither a file nor a folder, or for two different files
// that would write the same PDF.
std::vector<IssueFile> discover_issues(const std::vector<std::string>& roots);

// True when the file's first line (after a UTF-8 byte order mark, without trailing blanks) is "---".
bool begins_with_front_matter(const std::string& path);

}  // namespace folio::batch
