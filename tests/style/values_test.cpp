// Lengths, colours and footer templates: the value grammar of style and layout files.
#include "style/values.hpp"

#include <gtest/gtest.h>

#include "style/expand_template.hpp"
#include "style/length.hpp"
#include "style/page_template.hpp"

namespace folio::style {
namespace {

Sp length(const std::string& text, Sp em = 0) {
  const LengthResult r = parse_length(text, em);
  EXPECT_TRUE(r.ok) << text << ": " << r.error;
  return r.value;
}

std::string length_error(const std::string& text, Sp em = 0) {
  const LengthResult r = parse_length(text, em);
  EXPECT_FALSE(r.ok) << text;
  return r.error;
}

TEST(Length, UnitsConvertExactlyToScaledPoints) {
  EXPECT_EQ(length("9.5pt"), 622592);
  EXPECT_EQ(length("-3.5pt"), -229376);
  EXPECT_EQ(length("0.1pt"), 6554);  // 6553.6 rounds up
  EXPECT_EQ(length("1in"), 4718592);
  EXPECT_EQ(length("0.75in"), 3538944);
  EXPECT_EQ(length("1mm"), 185771);    // 185771.34
  EXPECT_EQ(length("20mm"), 3715427);  // 3715426.77
  EXPECT_EQ(length("1cm"), 1857713);
  EXPECT_EQ(length("25.4mm"), 4718592);  // exactly one inch: no floating-point drift
  EXPECT_EQ(length("2.54cm"), 4718592);
  EXPECT_EQ(length("12 mm"), 2229256);
  EXPECT_EQ(length("0"), 0);
}

TEST(Length, EmIsTheGivenFontSize) {
  EXPECT_EQ(length("1em", pt(9.5)), 622592);
  EXPECT_EQ(length("1.2em", pt(9.5)), 747110);  // 747110.4
  EXPECT_EQ(length("-0.5em", pt(10)), -pt(5));
}

TEST(Length, Errors) {
  EXPECT_EQ(length_error("9.5"), "missing unit (use pt, mm, cm or in)");
  EXPECT_EQ(length_error("9.5", pt(9)), "missing unit (use pt, mm, cm, in or em)");
  EXPECT_EQ(length_error("9.5px", pt(9)), "unknown unit 'px' (use pt, mm, cm, in or em)");
  EXPECT_EQ(length_error("1em"), "'em' cannot be used here, as no font size is known (use pt, mm, cm or in)");
  EXPECT_EQ(length_error("pt"), "expected a length like 9.5pt or 20mm");
  EXPECT_EQ(length_error("1234567890123456pt"), "expected a length like 9.5pt or 20mm");
}

Color color(const std::string& text) {
  Color c;
  std::string error;
  EXPECT_TRUE(parse_color_literal(text, c, error)) << text << ": " << error;
  return c;
}

std::string color_error(const std::string& text) {
  Color c;
  std::string error;
  EXPECT_FALSE(parse_color_literal(text, c, error)) << text;
  return error;
}

TEST(ColorLiteral, Hex) {
  EXPECT_EQ(color("#A6192E"), Color::rgb(166 / 255.0, 25 / 255.0, 46 / 255.0));
  EXPECT_EQ(color("#a6192e"), Color::rgb(166 / 255.0, 25 / 255.0, 46 / 255.0));
  EXPECT_EQ(color("#F80"), Color::rgb(1.0, 136 / 255.0, 0.0));
}

TEST(ColorLiteral, Cmyk) {
  EXPECT_EQ(color("cmyk(0, 0.5, 1, 0.1)"), Color::cmyk(0, 0.5, 1, 0.1));
  EXPECT_EQ(color("cmyk(0%, 50%, 100%, 10%)"), Color::cmyk(0, 0.5, 1, 0.1));
  EXPECT_EQ(color("cmyk(0,1,0.25,0)").space, Color::Space::Cmyk);
}

TEST(ColorLiteral, Errors) {
  EXPECT_EQ(color_error("#A6192"), "expected \"#RRGGBB\", \"#RGB\" or cmyk(c, m, y, k)");
  EXPECT_EQ(color_error("#GG0000"), "expected \"#RRGGBB\", \"#RGB\" or cmyk(c, m, y, k)");
  EXPECT_EQ(color_error("cmyk(0, 0.5, 1)"), "cmyk() takes 4 components");
  EXPECT_EQ(color_error("cmyk(0, 1.5, 1, 0)"), "cmyk component '1.5' is out of range (0..1 or 0%..100%)");
  EXPECT_EQ(color_error("cmyk(0, 120%, 1, 0)"), "cmyk component '120%' is out of range (0..1 or 0%..100%)");
  EXPECT_EQ(color_error("cmyk(0, x, 1, 0)"), "cmyk component 'x' is not a number");
}

const std::map<std::string, std::string> kVars = {{"publication", "China Science and Technology Review"},
                                                  {"issue", "May 2025"},
                                                  {"page", "3"},
                                                  {"pages", "8"}};

std::string expand_error(const std::string& tpl) {
  try {
    expand_template(tpl, kVars, "en");
  } catch (const Error& e) {
    return e.diagnostic().message;
  }
  ADD_FAILURE() << "expected folio::Error for " << tpl;
  return "";
}

TEST(ExpandTemplate, VariablesAndFilters) {
  EXPECT_EQ(expand_template("{issue|upper}   {page}", kVars, "en"), "MAY 2025   3");
  EXPECT_EQ(expand_template("Page {page} of {pages}", kVars, "en"), "Page 3 of 8");
  EXPECT_EQ(expand_template("{ publication | lower }", kVars, "en"), "china science and technology review");
  EXPECT_EQ(expand_template("{issue|lower|upper}", kVars, "en"), "MAY 2025");
  EXPECT_EQ(expand_template("{{page}} {page}", kVars, "en"), "{page} 3");
  EXPECT_EQ(expand_template("", kVars, "en"), "");
  EXPECT_EQ(expand_template("no fields", kVars, "en"), "no fields");
}

TEST(ExpandTemplate, CaseFiltersHandleAccentedLetters) {
  EXPECT_EQ(expand_template("{issue|upper}", {{"issue", "été 2025 – numéro 4"}}, "fr"), "ÉTÉ 2025 – NUMÉRO 4");
  EXPECT_EQ(expand_template("{issue|lower}", {{"issue", "ÉTÉ Ω"}}, "fr"), "été ω");
}

// The same mapping as `text-transform: uppercase` (common/case_mapping): full Unicode mappings in
// the issue's language, not one letter for one letter.
TEST(ExpandTemplate, CaseFiltersUseTheFullMappingsOfTheIssueLanguage) {
  EXPECT_EQ(expand_template("{issue|upper}", {{"issue", "Maß 2025"}}, "de"), "MASS 2025");
  EXPECT_EQ(expand_template("{issue|upper}", {{"issue", "Maß 2025"}}, "en"), "MASS 2025");
  EXPECT_EQ(expand_template("{issue|upper}", {{"issue", "istanbul"}}, "tr"), "\u0130STANBUL");
  EXPECT_EQ(expand_template("{issue|upper}", {{"issue", "istanbul"}}, "en"), "ISTANBUL");
  EXPECT_EQ(expand_template("{issue|lower}", {{"issue", "\u039F\u0394\u039F\u03A3"}}, "el"),
            "\u03BF\u03B4\u03BF\u03C2");  // a final sigma
}

TEST(ExpandTemplate, Errors) {
  EXPECT_EQ(expand_error("{isue}"), "unknown variable 'isue' in template '{isue}' (did you mean 'issue'?)");
  EXPECT_EQ(expand_error("{date}"),
            "unknown variable 'date' in template '{date}' (available: issue, page, pages, publication)");
  EXPECT_EQ(expand_error("{issue|uper}"),
            "unknown filter 'uper' in template '{issue|uper}' (did you mean 'upper'?)");
  EXPECT_EQ(expand_error("{issue|title}"),
            "unknown filter 'title' in template '{issue|title}' (available: upper, lower)");
  EXPECT_EQ(expand_error("{page"), "unclosed '{' in template '{page'");
  EXPECT_EQ(expand_error("page}"), "unmatched '}' in template 'page}' (write '}}' for a literal brace)");
}

}  // namespace
}  // namespace folio::style
