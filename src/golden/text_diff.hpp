// Line diffs of the text goldens (layout.txt, text.txt): Myers' O(ND) algorithm and the
// unified format of `diff -u`, so reviewers read what they already know.
#pragma once

#include <string>
#include <vector>

namespace folio::golden {

enum class EditKind { Keep, Remove, Insert };

struct Edit {
  EditKind kind;
  int a = -1, b = -1;  // 0-based line indexes in the old and new file (-1 where absent)
};

// A shortest edit script from `a` to `b`; in each changed block the removals come first.
std::vector<Edit> diff_lines(const std::vector<std::string>& a, const std::vector<std::string>& b);

// The unified diff of two texts with `context` lines around each change, headed by
// "--- label_a" and "+++ label_b"; "" when the texts are equal. A last line without a
// newline is marked "\ No newline at end of file", as diff does.
std::string unified_diff(const std::string& a, const std::string& b, const std::string& label_a,
                         const std::string& label_b, int context = 3);

// The first changes of a unified diff, for a terminal: for each of the first `max_blocks`
// changed blocks, its hunk's header (once per hunk), the context line just before it, then at
// most `max_each` removed and `max_each` inserted lines, each list followed by "... N more"
// when cut. "" for an empty diff.
std::string first_changes(const std::string& unified, int max_blocks, int max_each);

}  // namespace folio::golden
