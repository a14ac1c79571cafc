// Compares a freshly rendered case with its goldens: text files exactly, pages pixel by pixel.
#pragma once

#include <string>
#include <vector>

#include "golden/case_render.hpp"
#include "golden/image.hpp"
#include "golden/manifest.hpp"

namespace folio::golden {

enum class PageStatus {
  Changed,  // both exist and differ by more than the tolerance
  Missing,  // the golden has this page, the new render does not
  Extra,    // the new render has this page, the golden does not
};

struct PageDiff {
  int page = 0;  // 1-based
  PageStatus status = PageStatus::Changed;
  long long changed_pixels = 0;
  Image expected, actual;  // an empty image where the page does not exist
};

struct CaseResult {
  Case c;
  std::string golden_dir;
  std::string layout_diff, text_diff;  // unified diffs, "" when equal
  int expected_pages = 0, actual_pages = 0;
  std::vector<PageDiff> pages;       // failing pages only, in page order
  std::vector<Image> actual_images;  // every page of the new render, for the report
  bool matches() const { return layout_diff.empty() && text_diff.empty() && pages.empty(); }
};

// Throws folio::Error when goldens are missing (the case was never stored) or unreadable.
CaseResult compare_case(const Case& c, Rendered rendered, const std::string& golden_dir);

}  // namespace folio::golden
