#include <gtest/gtest.h>

#include "frame/frame.hpp"

namespace folio::frame {
namespace {

TEST(LineBox, EmptyUntilALineIsSet) {
  Frame block;
  EXPECT_FALSE(block.line);
  LineInfo info;
  info.text = "first line";
  block.line = info;
  ASSERT_TRUE(block.line);
  EXPECT_EQ(block.line->text, "first line");
  block.line.reset();
  EXPECT_FALSE(block.line);
}

TEST(LineBox, ACopiedFrameOwnsItsOwnRecord) {
  Frame line;
  LineInfo info;
  info.text = "a line";
  line.line = info;
  Frame copy = line;
  copy.line->text += " changed";
  EXPECT_EQ(line.line->text, "a line");
  EXPECT_EQ(copy.line->text, "a line changed");
  Frame assigned;
  assigned = copy;
  EXPECT_EQ(assigned.line->text, "a line changed");
  Frame moved = std::move(copy);
  EXPECT_EQ(moved.line->text, "a line changed");
}

}  // namespace
}  // namespace folio::frame
