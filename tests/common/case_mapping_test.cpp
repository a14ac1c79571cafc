#include "common/case_mapping.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

TEST(CaseMapping, FullMappingsChangeTheLength) {
  EXPECT_EQ(uppercase("Maß 2025", "de"), "MASS 2025");
  EXPECT_EQ(uppercase("Maß 2025", "en"), "MASS 2025");
  EXPECT_EQ(uppercase("\uFB01ne", "en"), "FINE");  // the fi ligature is two capitals
  EXPECT_EQ(lowercase("MASS", "de"), "mass");
}

TEST(CaseMapping, TheLanguageDecides) {
  EXPECT_EQ(uppercase("istanbul", "tr"), "\u0130STANBUL");  // dotted capital I
  EXPECT_EQ(uppercase("istanbul", "en"), "ISTANBUL");
  EXPECT_EQ(lowercase("I", "tr"), "\u0131");  // dotless small i
  EXPECT_EQ(lowercase("I", "en"), "i");
}

TEST(CaseMapping, OtherTextIsKept) {
  EXPECT_EQ(uppercase("été 2025 – n° 4", "fr"), "ÉTÉ 2025 – N° 4");
  EXPECT_EQ(uppercase("", "en"), "");
}

}  // namespace
}  // namespace folio
