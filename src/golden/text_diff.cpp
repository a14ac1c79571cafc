#include "golden/text_diff.hpp"

#include <algorithm>

namespace folio::golden {
namespace {

// Past this many edits the O(D^2) trace would grow large; such a diff is a rewrite anyway,
// so it is shown as one block removed and one inserted.
constexpr int kMaxEdits = 3000;

// Myers' greedy forward search on a[lo_a, hi_a) x b[lo_b, hi_b), keeping each round's
// furthest-reaching x per diagonal (diagonals -d-1..d+1 only, so the trace is O(D^2)) to walk
// the path back. False when over kMaxEdits.
bool myers(const std::vector<std::string>& a, const std::vector<std::string>& b, int lo_a, int hi_a, int lo_b,
           int hi_b, std::vector<Edit>& out) {
  const int n = hi_a - lo_a, m = hi_b - lo_b, max_d = std::min(n + m, kMaxEdits);
  const int offset = max_d + 1;
  std::vector<int> v(2 * offset + 1, 0);
  std::vector<std::vector<int>> trace;
  int found = -1;
  for (int d = 0; d <= max_d && found < 0; ++d) {
    trace.emplace_back(v.begin() + offset - d - 1, v.begin() + offset + d + 2);
    for (int k = -d; k <= d; k += 2) {
      int x = (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) ? v[offset + k + 1]
                                                                             : v[offset + k - 1] + 1;
      int y = x - k;
      while (x < n && y < m && a[lo_a + x] == b[lo_b + y]) ++x, ++y;
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
  }
  if (found < 0) return false;
  std::vector<Edit> rev;
  int x = n, y = m;
  for (int d = found; d > 0; --d) {
    const std::vector<int>& pv = trace[d];  // the state before round d, diagonal k at k + d + 1
    const int k = x - y;
    const bool down = k == -d || (k != d && pv[k - 1 + d + 1] < pv[k + 1 + d + 1]);
    const int prev_k = down ? k + 1 : k - 1;
    const int prev_x = pv[prev_k + d + 1], prev_y = prev_x - prev_k;
    while (x > prev_x + (down ? 0 : 1) && y > prev_y + (down ? 1 : 0))
      --x, --y, rev.push_back({EditKind::Keep, lo_a + x, lo_b + y});
    if (down)
      --y, rev.push_back({EditKind::Insert, -1, lo_b + y});
    else
      --x, rev.push_back({EditKind::Remove, lo_a + x, -1});
  }
  while (x > 0 && y > 0) --x, --y, rev.push_back({EditKind::Keep, lo_a + x, lo_b + y});
  out.insert(out.end(), rev.rbegin(), rev.rend());
  return true;
}

// Removals before insertions inside every changed block, as diff prints a replacement.
void order_blocks(std::vector<Edit>& edits) {
  for (std::size_t i = 0; i < edits.size();) {
    if (edits[i].kind == EditKind::Keep) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < edits.size() && edits[j].kind != EditKind::Keep) ++j;
    std::stable_partition(edits.begin() + i, edits.begin() + j,
                          [](const Edit& e) { return e.kind == EditKind::Remove; });
    i = j;
  }
}

// Lines keep their "\n", so a last line without one differs from the same line with one.
std::vector<std::string> split_keeping_newlines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

std::string range(int start, int count) {
  // diff's convention: an empty range names the line before it; a single line has no count.
  if (count == 0) return std::to_string(start) + ",0";
  if (count == 1) return std::to_string(start + 1);
  return std::to_string(start + 1) + "," + std::to_string(count);
}

void print_line(std::string& out, char mark, const std::string& line) {
  out += mark;
  out += line;
  if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
}

}  // namespace

std::vector<Edit> diff_lines(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  int prefix = 0;
  while (prefix < n && prefix < m && a[prefix] == b[prefix]) ++prefix;
  int suffix = 0;
  while (suffix < n - prefix && suffix < m - prefix && a[n - 1 - suffix] == b[m - 1 - suffix]) ++suffix;

  std::vector<Edit> edits;
  for (int i = 0; i < prefix; ++i) edits.push_back({EditKind::Keep, i, i});
  if (!myers(a, b, prefix, n - suffix, prefix, m - suffix, edits)) {
    for (int i = prefix; i < n - suffix; ++i) edits.push_back({EditKind::Remove, i, -1});
    for (int j = prefix; j < m - suffix; ++j) edits.push_back({EditKind::Insert, -1, j});
  }
  for (int i = 0; i < suffix; ++i) edits.push_back({EditKind::Keep, n - suffix + i, m - suffix + i});
  order_blocks(edits);
  return edits;
}

std::string unified_diff(const std::string& a, const std::string& b, const std::string& label_a,
                         const std::string& label_b, int context) {
  if (a == b) return "";
  const std::vector<std::string> la = split_keeping_newlines(a), lb = split_keeping_newlines(b);
  const std::vector<Edit> edits = diff_lines(la, lb);
  std::string out = "--- " + label_a + "\n+++ " + label_b + "\n";

  const int total = static_cast<int>(edits.size());
  int i = 0;
  while (i < total) {
    while (i < total && edits[i].kind == EditKind::Keep) ++i;
    if (i == total) break;
    // A hunk runs from `context` lines before its first change to `context` lines after its
    // last, taking in later changes whose context would overlap or touch.
    const int begin = std::max(0, i - context);
    int end = i;
    for (int j = i; j < total; ++j) {
      if (edits[j].kind != EditKind::Keep)
        end = j + 1;
      else if (j - end >= 2 * context)
        break;
    }
    end = std::min(total, end + context);

    int start_a = 0, start_b = 0, count_a = 0, count_b = 0;
    // Where the hunk starts in each file: the lines of that file before the hunk's first edit.
    for (int j = 0; j < begin; ++j) {
      start_a += edits[j].kind != EditKind::Insert;
      start_b += edits[j].kind != EditKind::Remove;
    }
    std::string body;
    for (int j = begin; j < end; ++j) {
      const Edit& e = edits[j];
      if (e.kind == EditKind::Keep) {
        ++count_a, ++count_b;
        print_line(body, ' ', la[e.a]);
      } else if (e.kind == EditKind::Remove) {
        ++count_a;
        print_line(body, '-', la[e.a]);
      } else {
        ++count_b;
        print_line(body, '+', lb[e.b]);
      }
    }
    out += "@@ -" + range(start_a, count_a) + " +" + range(start_b, count_b) + " @@\n" + body;
    i = end;
  }
  return out;
}

std::string first_changes(const std::string& unified, int max_blocks, int max_each) {
  std::vector<std::string> lines;
  for (std::size_t pos = 0; pos < unified.size();) {
    std::size_t nl = unified.find('\n', pos);
    if (nl == std::string::npos) nl = unified.size();
    lines.push_back(unified.substr(pos, nl - pos));
    pos = nl + 1;
  }
  auto is = [&](std::size_t i, char mark) {
    return i < lines.size() && !lines[i].empty() && lines[i][0] == mark;
  };
  std::size_t i = 0;
  while (i < lines.size() && lines[i].compare(0, 3, "@@ ") != 0) ++i;  // skip the ---/+++ header
  std::string out, before;
  for (int block = 0; block < max_blocks && i < lines.size();) {
    if (is(i, '@')) {
      out += lines[i++] + "\n";
      before.clear();
    } else if (is(i, ' ')) {
      before = lines[i++];
    } else if (is(i, '-') || is(i, '+')) {
      if (!before.empty()) out += before + "\n";
      for (const char mark : {'-', '+'}) {
        int shown = 0, more = 0;
        for (; is(i, mark) || is(i, '\\'); ++i) {
          if (is(i, '\\')) continue;  // "\ No newline at end of file"
          if (shown < max_each)
            out += lines[i] + "\n", ++shown;
          else
            ++more;
        }
        if (more > 0) out += std::string(1, mark) + " ... " + std::to_string(more) + " more\n";
      }
      before.clear();
      ++block;
    } else {
      ++i;
    }
  }
  return out;
}

}  // namespace folio::golden
