#include "batch/discovery.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>

#include "folio/diagnostic.hpp"

namespace folio::batch {
namespace {

namespace fs = std::filesystem;

bool hidden(const fs::path& p) {
  const std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

IssueFile make_issue(const fs::path& path, const std::string& relative) {
  const std::string pdf = fs::path(relative).replace_extension(".pdf").generic_string();
  return IssueFile{path.string(), relative, pdf};
}

void add_folder(const fs::path& root, std::vector<IssueFile>& out) {
  fs::recursive_directory_iterator it(root), end;  // follows no symbolic link to a folder: no loops
  for (; it != end; ++it) {
    const fs::directory_entry& entry = *it;
    if (hidden(entry.path())) {
      if (entry.is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (entry.path().extension() != ".md" || !entry.is_regular_file()) continue;
    if (!begins_with_front_matter(entry.path().string())) continue;
    out.push_back(make_issue(entry.path(), entry.path().lexically_relative(root).generic_string()));
  }
}

}  // namespace

bool begins_with_front_matter(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return false;
  char buf[64];
  const std::size_t n = std::fread(buf, 1, sizeof buf, f);
  std::fclose(f);
  std::string_view head(buf, n);
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  if (head.substr(0, 3) != "---") return false;
  const std::size_t end = head.find_first_not_of(" \t\r", 3);
  if (end == std::string_view::npos) return n < sizeof buf;  // "---" and blanks, then the end of the file
  return head[end] == '\n';
}

std::vector<IssueFile> discover_issues(const std::vector<std::string>& roots) {
  std::vector<IssueFile> found;
  for (const std::string& root : roots) {
    std::error_code ec;
    const fs::file_status status = fs::status(root, ec);
    if (fs::is_directory(status))
      add_folder(root, found);
    else if (fs::is_regular_file(status))
      found.push_back(make_issue(root, fs::path(root).filename().generic_string()));
    else
      throw Error(SourcePos{root}, "neither an issue file nor a folder of issues");
  }
  std::sort(found.begin(), found.end(), [](const IssueFile& a, const IssueFile& b) {
    return a.pdf != b.pdf ? a.pdf < b.pdf : a.path < b.path;
  });
  // One PDF, one issue: the same file twice is harmless, two files would overwrite each other.
  std::vector<IssueFile> out;
  for (IssueFile& issue : found) {
    if (!out.empty() && out.back().pdf == issue.pdf) {
      std::error_code ec;
      if (fs::equivalent(out.back().path, issue.path, ec)) continue;
      throw Error(SourcePos{issue.path}, "would write the same PDF (" + issue.pdf + ") as " + out.back().path);
    }
    out.push_back(std::move(issue));
  }
  return out;
}

}  // namespace folio::batch
