// Builds vertical lists the way the lead's caller does, for the flow tests: paragraphs with
// widow/orphan penalties, headings kept with the next two lines, glue between blocks.
#pragma once

#include <gtest/gtest.h>

#include <vector>

#include "flow/paginator.hpp"

namespace folio::flow::testing {

inline const Sp kLine = pt(13);  // one baseline grid step

class ListBuilder {
 public:
  // n lines: kNever after line 1 (orphan) and before line n (widow), 0 elsewhere.
  ListBuilder& paragraph(int lines) {
    for (int i = 0; i < lines; ++i) {
      if (i > 0) {
        const bool guarded = i == 1 || i == lines - 1;
        items_.push_back(FlowItem::penalty_item(guarded ? kNever : 0));
      }
      items_.push_back(FlowItem::box(kLine, next_payload_++));
    }
    return *this;
  }
  // A heading block (`lines` grid lines tall) kept with what follows.
  ListBuilder& heading(Sp space_before, int lines) {
    items_.push_back(FlowItem::glue(space_before));
    items_.push_back(FlowItem::box(kLine * lines, next_payload_++));
    items_.push_back(FlowItem::penalty_item(kNever));
    return *this;
  }
  ListBuilder& glue(Sp h = 0) {
    items_.push_back(FlowItem::glue(h));
    return *this;
  }
  ListBuilder& box(Sp h) {
    items_.push_back(FlowItem::box(h, next_payload_++));
    return *this;
  }
  ListBuilder& penalty(int p) {
    items_.push_back(FlowItem::penalty_item(p));
    return *this;
  }
  // `count` one-line paragraphs with glue between them.
  ListBuilder& lines(int count, Sp between = 0) {
    for (int i = 0; i < count; ++i) {
      if (i > 0) glue(between);
      paragraph(1);
    }
    return *this;
  }
  const std::vector<FlowItem>& items() const { return items_; }

 private:
  std::vector<FlowItem> items_;
  int next_payload_ = 0;
};

inline Geometry uniform(int columns, Sp height, Sp step = 0, bool balance = true) {
  Geometry g;
  g.columns = columns;
  g.column_height = [height](int) { return height; };
  g.step = step;
  g.balance_last_page = balance;
  return g;
}

inline void expect_at(const Placement& p, int payload, int page, int column, Sp y) {
  EXPECT_EQ(p.payload, payload);
  EXPECT_EQ(p.page, page) << "payload " << p.payload;
  EXPECT_EQ(p.column, column) << "payload " << p.payload;
  EXPECT_EQ(p.y, y) << "payload " << p.payload;
}

// Placements of payloads first..last expected as consecutive lines from the column top.
inline void expect_run(const FlowResult& r, int first, int last, int page, int column, Sp y0 = 0) {
  for (int i = first; i <= last; ++i) {
    ASSERT_LT(static_cast<std::size_t>(i), r.placements.size());
    expect_at(r.placements[static_cast<std::size_t>(i)], i, page, column, y0 + kLine * (i - first));
  }
}

}  // namespace folio::flow::testing
