#include <gtest/gtest.h>

#include "input/input_test_util.hpp"

namespace folio::input {
namespace {

using testing::dump;
using testing::parse_body;
using testing::where;

// The inlines of the only paragraph of `body`; no warnings are expected unless `diags` is given.
std::vector<Inline> inlines_of(const std::string& body, Diagnostics& diags) {
  const Document doc = parse_body(body, diags);
  EXPECT_EQ(doc.blocks.size(), 1u);
  return doc.blocks.empty() ? std::vector<Inline>{} : doc.blocks[0].inlines;
}

std::string inlines(const std::string& body) {
  Diagnostics diags;
  const std::string out = dump(inlines_of(body, diags));
  EXPECT_EQ(dump(diags), "") << body;
  return out;
}

TEST(Inlines, EveryMarkdownKind) {
  EXPECT_EQ(inlines("plain *em* _em_ **strong** __strong__ `a  *b*` [link *x*](https://example.org/a)\n"),
            "plain em(em) em(em) strong(strong) strong(strong) code(a  *b*) "
            "link<https://example.org/a>(link em(x))");
  EXPECT_EQ(inlines("<https://example.org>"), "link<https://example.org>(https://example.org)");
  EXPECT_EQ(inlines("***both***"), "em(strong(both))");
}

TEST(Inlines, SoftAndHardBreaks) { EXPECT_EQ(inlines("one\ntwo  \nthree\\\nfour"), "one~two/three/four"); }

TEST(Inlines, SmartQuotesDashesAndEllipsis) {
  EXPECT_EQ(inlines("\"Quoted\" and 'single', it's -- 1990--2000 --- yes..."),
            "\u201cQuoted\u201d and \u2018single\u2019, it\u2019s \u2013 1990\u20132000 \u2014 yes\u2026");
}

TEST(Inlines, EntitiesAndEscapesAreDecoded) {
  EXPECT_EQ(inlines("AT&amp;T &copy; &#8364; \\*not em\\* a&nbsp;b"), "AT&T \u00a9 \u20ac *not em* a\u00a0b");
}

TEST(Inlines, AdjacentTextIsMerged) {
  Diagnostics diags;
  const std::vector<Inline> items = inlines_of("It's \"x\" & y", diags);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].kind, InlineKind::Text);
  EXPECT_EQ(items[0].text, "It\u2019s \u201cx\u201d & y");
  EXPECT_EQ(where(items[0].pos), "issue.md:5:1");
}

TEST(Inlines, UnderlineSuperscriptSubscriptPairs) {
  EXPECT_EQ(inlines("a <u>b</u> 75<sup>th</sup> H<sub>2</sub>O"), "a u(b) 75sup(th) Hsub(2)O");
}

TEST(Inlines, TagNamesAreCaseInsensitive) {
  EXPECT_EQ(inlines("<U>x</u> <SUP>y</Sup> <Sub>z</SUB>"), "u(x) sup(y) sub(z)");
}

TEST(Inlines, TagsNestWithMarkdownAndEachOther) {
  EXPECT_EQ(inlines("<u>*a*</u>"), "u(em(a))");
  EXPECT_EQ(inlines("<sup><u>x</u></sup>"), "sup(u(x))");
  EXPECT_EQ(inlines("*<u>a</u>* **b<sub>2 <u>c</u></sub>**"), "em(u(a)) strong(bsub(2 u(c)))");
  EXPECT_EQ(inlines("<u>x <u>y</u> z</u>"), "u(x u(y) z)");
  EXPECT_EQ(inlines("[<u>link</u>](https://example.org/l)"), "link<https://example.org/l>(u(link))");
  EXPECT_EQ(inlines("<u>across\nlines</u>"), "u(across~lines)");
}

TEST(Inlines, LineBreakTags) { EXPECT_EQ(inlines("a<br>b<br/>c<br />d<BR>e"), "a/b/c/d/e"); }

TEST(Inlines, GfmStrikethroughAndAutolinks) {
  EXPECT_EQ(inlines("a ~~gone~~ b"), "a s(gone) b");
  EXPECT_EQ(inlines("see www.example.com/a?b=1 and https://x.org/p."),
            "see link<http://www.example.com/a?b=1>(www.example.com/a?b=1) and link<https://x.org/p>(https://x.org/p).");
}

TEST(Inlines, HtmlTagsWithAnEffect) {
  EXPECT_EQ(inlines("<em>a</em> <i>b</i> <strong>c</strong> <b>d</b> <small>e</small> <s>f</s> <del>g</del>"),
            "em(a) em(b) strong(c) strong(d) small(e) s(f) s(g)");
  EXPECT_EQ(inlines("<a href=\"https://x.org\">site</a> <code>x::y</code> <kbd>Ctrl</kbd>"),
            "link<https://x.org>(site) code(x::y) code(Ctrl)");
}

TEST(Inlines, CommentsVanishSilently) { EXPECT_EQ(inlines("a <!-- note --> b"), "a  b"); }

const char* const kMarkWarning =
    "warning: HTML tag <mark> is not supported; it is dropped and its text kept (warned once per file)\n";

TEST(Inlines, UnknownTagsWarnOncePerNameAndFileAtTheFirstPlace) {
  Diagnostics diags;
  const Document doc = parse_body("say <mark class=\"x\">hello</mark> now\n\nagain <mark>x</mark> <abbr>y</abbr>\n", diags);
  EXPECT_EQ(dump(doc.blocks[0].inlines), "say hello now");
  ASSERT_EQ(doc.blocks[0].inlines.size(), 1u);
  EXPECT_EQ(dump(doc.blocks[1].inlines), "again x y");
  EXPECT_EQ(dump(diags), std::string("issue.md:5:5: ") + kMarkWarning +
                             "issue.md:7:22: warning: HTML tag <abbr> is not supported; it is dropped and its "
                             "text kept (warned once per file)\n");
  // Another file warns again.
  Diagnostics other;
  parse_body("<mark>z</mark>\n", other);
  EXPECT_EQ(dump(other), std::string("issue.md:5:1: ") + kMarkWarning);
}

// <span lang> marks text in another language (hyphenated and shaped as that language).
TEST(Inlines, SpanLangMarksALanguage) {
  Diagnostics diags;
  EXPECT_EQ(dump(inlines_of("in <span lang=\"de\">Wissenschaft</span> and <span lang='zh-Hans'>\u4E2D</span>", diags)),
            "in lang<de>(Wissenschaft) and lang<zh-Hans>(\u4E2D)");
  EXPECT_EQ(dump(inlines_of("<span lang=fr class=\"q\">mot</span>", diags)), "lang<fr>(mot)");
  EXPECT_EQ(dump(diags), "issue.md:5:1: warning: the attributes of <span lang=fr class=\"q\"> other than lang are ignored\n");
}

TEST(Inlines, ASpanWithoutALanguageKeepsOnlyItsText) {
  Diagnostics diags;
  EXPECT_EQ(dump(inlines_of("a <span>b</span> <span lang=\"german\">c</span> d", diags)), "a b c d");
  EXPECT_EQ(dump(diags),
            "issue.md:5:3: warning: <span> has no lang attribute; ignored (its text is kept)\n"
            "issue.md:5:18: warning: 'german' in <span lang=\"german\"> is not a language tag such as 'de' or "
            "'zh-Hans'; ignored (its text is kept)\n");
}

TEST(Inlines, UnmatchedClosingTagWarns) {
  Diagnostics diags;
  EXPECT_EQ(dump(inlines_of("text</u> more", diags)), "text more");
  EXPECT_EQ(dump(diags), "issue.md:5:5: warning: </u> has no matching <u>; ignored\n");
}

TEST(Inlines, UnclosedOpeningTagWarnsAndKeepsText) {
  Diagnostics diags;
  EXPECT_EQ(dump(inlines_of("first line\nsecond <sup>open *em* end", diags)),
            "first line~second open em(em) end");
  EXPECT_EQ(dump(diags), "issue.md:6:8: warning: <sup> is never closed; ignored (its text is kept)\n");
}

TEST(Inlines, MisnestedTagsCloseTheOuterPair) {
  Diagnostics diags;
  EXPECT_EQ(dump(inlines_of("<u>a<sup>b</u>c</sup>", diags)), "u(ab)c");
  EXPECT_EQ(dump(diags),
            "issue.md:5:5: warning: <sup> is not closed before </u>; ignored (its text is kept)\n"
            "issue.md:5:16: warning: </sup> has no matching <sup>; ignored\n");
}

TEST(Inlines, TagsDoNotPairAcrossEmphasis) {
  Diagnostics diags;
  EXPECT_EQ(dump(inlines_of("*<u>a*</u>", diags)), "em(a)");
  EXPECT_EQ(dump(diags),
            "issue.md:5:2: warning: <u> is never closed; ignored (its text is kept)\n"
            "issue.md:5:7: warning: </u> has no matching <u>; ignored\n");
}

TEST(Inlines, OddTagFormsWarn) {
  Diagnostics diags;
  EXPECT_EQ(dump(inlines_of("<u class=\"k\">a</u> <sub/>b", diags)), "u(a) b");
  EXPECT_EQ(dump(diags),
            "issue.md:5:1: warning: the attributes of <u class=\"k\"> are ignored\n"
            "issue.md:5:20: warning: <sub/> encloses nothing; ignored\n");
}

TEST(Inlines, HtmlImagesKeepTheirAltText) {
  Diagnostics diags;
  EXPECT_EQ(dump(inlines_of("see <img src=\"c.png\" alt=\"a chart\"> here", diags)), "see a chart here");
  EXPECT_EQ(dump(diags),
            "issue.md:5:5: warning: an HTML <img> is not set (a figure is ![alt](src) alone in its paragraph); "
            "its alt text 'a chart' is kept as text\n");
}

// cmark-gfm's own inline columns ignore continuation-line indentation and its line count misses
// backslash breaks; warnings must still point at the exact place.
TEST(Inlines, WarningPositionsAreExactOnContinuationLines) {
  Diagnostics diags;
  const Document doc = parse_body(
      "- item `<mark>` <mark>a</mark>\n"
      "     indented <abbr>b</abbr>\n"
      "lazy <ins>c</ins>\\\n"
      "after <q>d</q>\n",
      diags);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(dump(doc.blocks[0].children[0].children[0].inlines),
            "item code(<mark>) a~indented b~lazy c/after d");
  EXPECT_EQ(dump(diags),
            std::string("issue.md:5:17: ") + kMarkWarning +
                "issue.md:6:15: warning: HTML tag <abbr> is not supported; it is dropped and its text kept (warned once per file)\n"
                "issue.md:7:6: warning: HTML tag <ins> is not supported; it is dropped and its text kept (warned once per file)\n"
                "issue.md:8:7: warning: HTML tag <q> is not supported; it is dropped and its text kept (warned once per file)\n");
}

TEST(Inlines, WarningPositionsInHeadingsAndQuotes) {
  Diagnostics diags;
  parse_body("## Title <mark>x</mark>\n\n> quote\n> more <u>y\n", diags);
  EXPECT_EQ(dump(diags),
            std::string("issue.md:5:10: ") + kMarkWarning +
                "issue.md:8:8: warning: <u> is never closed; ignored (its text is kept)\n");
}

TEST(Inlines, LinkUrlsAndPositions) {
  Diagnostics diags;
  const std::vector<Inline> items =
      inlines_of("Go [here](https://example.org/x?a=1&amp;b=2 \"title\").", diags);
  ASSERT_EQ(items.size(), 3u);
  EXPECT_EQ(items[1].kind, InlineKind::Link);
  EXPECT_EQ(items[1].url, "https://example.org/x?a=1&b=2");
  EXPECT_EQ(where(items[1].pos), "issue.md:5:4");
  EXPECT_EQ(dump(items[1].children), "here");
}

}  // namespace
}  // namespace folio::input
