// Hostile but valid issues: whatever an editor writes, folio renders it without crashing, keeps
// every word, and keeps the text inside its column.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "common/limits.hpp"
#include "pipeline/robustness_support.hpp"

namespace {

using folio::robust::issue;
using folio::robust::Rendered;
using folio::robust::TextBox;
using Strings = std::vector<std::string>;

class Robust : public folio::robust::Sandbox {};

std::string fixture(const std::string& name) {
  std::ifstream in(std::string(FOLIO_SOURCE_DIR) + "/tests/pipeline/fixtures/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::size_t count(const std::string& text, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = text.find(needle); at != std::string::npos;
       at = text.find(needle, at + needle.size()))
    ++n;
  return n;
}

// Runs of white space as one space, a word hyphenated at a line end joined again.
std::string flat(const std::string& text) {
  std::string joined = std::regex_replace(text, std::regex("-\n"), "");
  return std::regex_replace(joined, std::regex("\\s+"), " ");
}

const TextBox* first_box(const std::vector<TextBox>& boxes, const std::string& text) {
  for (const TextBox& b : boxes)
    if (b.text == text) return &b;
  return nullptr;
}

TEST_F(Robust, FrontMatterOnlyGivesOnePageWithMastheadAndFooter) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue(""), r));
  EXPECT_EQ(r.pages(), 1);
  EXPECT_TRUE(r.result.warnings.empty());
  EXPECT_EQ(r.dump.texts("masthead-title"), Strings{"Robust Review"});
  ASSERT_EQ(r.dump.texts("footer").size(), 1u);
  EXPECT_TRUE(std::regex_match(r.dump.texts("footer")[0], std::regex("MAY 2025\\s+1")))
      << r.dump.texts("footer")[0];
  EXPECT_TRUE(r.dump.texts("contents-title").empty());
  EXPECT_TRUE(r.dump.columns().empty());
}

TEST_F(Robust, BlankLinesOnlyBodyIsAnEmptyBody) {
  Rendered empty, blank;
  ASSERT_NO_FATAL_FAILURE(render(issue(""), empty));
  ASSERT_NO_FATAL_FAILURE(render(issue("\n   \n\t\n\n"), blank));
  EXPECT_TRUE(blank.pdf == empty.pdf);
}

TEST_F(Robust, HeadingsOnlyAreSetAndListed) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n# One\n\n## Two\n\n### Three\n\n# Four\n"), r));
  EXPECT_EQ(r.dump.texts("h1"), (Strings{"One", "Four"}));
  EXPECT_EQ(r.dump.texts("h2"), Strings{"Two"});
  EXPECT_EQ(r.dump.texts("h3"), Strings{"Three"});
  EXPECT_EQ(r.dump.texts("contents-entry"), (Strings{"One 1", "Four 1"}));
}

TEST_F(Robust, HeadingAsTheLastBlockIsSet) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n# Title\n\nSome text.\n\n## The last heading\n"), r));
  EXPECT_EQ(r.dump.texts("h2"), Strings{"The last heading"});
  // Last in reading order (balancing may put it at the top of the second column).
  std::vector<std::string> body;
  for (const auto& l : r.dump.lines)
    if (l.region.rfind("col", 0) == 0) body.push_back(l.text);
  EXPECT_EQ(body, (Strings{"Title", "Some text.", "The last heading"}));
  EXPECT_NE(r.text().find("The last heading"), std::string::npos);
}

TEST_F(Robust, ParagraphLongerThanTwoPagesKeepsEveryWordInOrder) {
  Strings want;
  std::string para;
  for (int i = 1; i <= 1500; ++i) {
    char word[8];
    std::snprintf(word, sizeof word, "w%04d", i);
    want.push_back(word);
    para += (i > 1 ? " " : "") + want.back();
  }
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n# Long\n\n" + para + "\n"), r));
  EXPECT_GE(r.pages(), 3);
  const std::string text = r.text();
  Strings got;
  const std::regex word("w\\d{4}");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), word); it != std::sregex_iterator(); ++it)
    got.push_back(it->str());
  EXPECT_EQ(got, want);
  for (const TextBox& b : r.boxes_with("w")) EXPECT_TRUE(r.in_a_column(b)) << b.text << " on page " << b.page;
}

TEST_F(Robust, WordWiderThanAColumnBreaksInsideIt) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\nBefore " + std::string(300, 'x') + " after.\n"), r));
  EXPECT_EQ(r.pages(), 1);
  EXPECT_EQ(flat(r.text()).find("Before xxx"), flat(r.text()).find("Before"));
  EXPECT_EQ(count(r.text(), "x"), 300u);
  EXPECT_NE(r.text().find("x after."), std::string::npos);
  const std::vector<TextBox> xs = r.boxes_with("xxx");
  EXPECT_GE(xs.size(), 7u);  // 300 x's are about seven column widths
  for (const TextBox& b : xs) EXPECT_TRUE(r.in_a_column(b)) << b.left << ".." << b.right;
}

// Every character of such a word is a break candidate: the work must stay linear in its length
// (it was quadratic once: 7 s for 100,000 characters). The longest word is the longest line
// (docs/limits.md), and longer than the paragraph window the breaker works in. The time is
// reported, not asserted.
TEST_F(Robust, WordAsLongAsTheLongestLineFinishes) {
  Rendered r;
  const std::size_t n = folio::limits::kLineBytes;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n" + std::string(n, 'x') + "\n"), r));
  std::cout << "[ timing   ] a " << n << "-character word: " << r.pages() << " pages in " << r.seconds << " s\n";
  RecordProperty("seconds", std::to_string(r.seconds));
  std::size_t xs = 0;
  for (const auto& l : r.dump.lines) xs += count(l.text, "x");
  EXPECT_EQ(xs, n);
  EXPECT_GT(r.pages(), 6);
}

TEST_F(Robust, LongUrlsAsLinkTextStayInTheirColumn) {
  const std::string q(250, 'q'), z(200, 'z');
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(
      render(issue("\nSee [https://example.org/" + q + "](https://example.org/target) now.\n\n" +
                   "And <https://example.org/" + z + ">.\n"),
             r));
  EXPECT_EQ(count(r.text(), "q"), 250u);
  EXPECT_EQ(count(r.text(), "z"), 200u);
  for (const char* needle : {"qqq", "zzz"})
    for (const TextBox& b : r.boxes_with(needle)) EXPECT_TRUE(r.in_a_column(b)) << b.left << ".." << b.right;
  ASSERT_GE(r.dump.links.size(), 2u);
  std::set<std::string> uris;
  for (const folio::robust::DumpBox& link : r.dump.links) {
    uris.insert(link.uri);
    bool inside = false;
    for (const auto& [left, right] : r.dump.columns())
      inside |= link.x >= left - 0.01 && link.x + link.w <= right + 0.01;
    EXPECT_TRUE(inside) << "link box x=" << link.x << " w=" << link.w;
  }
  EXPECT_EQ(uris, (std::set<std::string>{"https://example.org/target", "https://example.org/" + z}));
}

TEST_F(Robust, NestedListsQuotesAndNumbering) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(fixture("lists_and_quotes.md"), r));
  EXPECT_TRUE(r.result.warnings.empty());
  const Strings items = r.dump.texts("list-item");
  for (const char* want : {"\u2022 one", "\u2013 two", "\u25E6 three", "7. seven", "8. eight", "9. nine"})
    EXPECT_NE(std::find(items.begin(), items.end(), want), items.end()) << want;
  // Each level is indented further than the one that holds it; "back" returns to the first.
  const std::vector<TextBox> boxes = r.boxes();
  const TextBox* level[] = {first_box(boxes, "one"), first_box(boxes, "two"), first_box(boxes, "three"),
                            first_box(boxes, "four,"), first_box(boxes, "back")};
  for (const TextBox* b : level) ASSERT_NE(b, nullptr);
  for (int i = 1; i < 4; ++i) EXPECT_GT(level[i]->left, level[i - 1]->left + 1) << i;
  EXPECT_DOUBLE_EQ(level[4]->left, level[0]->left);
  const std::string text = flat(r.text());
  for (const char* want : {"A quote holding a list:", "quoted item", "another quoted item",
                           "An item holding a quote:", "quoted inside the item"})
    EXPECT_NE(text.find(want), std::string::npos) << want;
  for (const char* word : {"four,", "deepest", "column", "quoted", "inside"})
    for (const TextBox& b : r.boxes_with(word)) EXPECT_TRUE(r.in_a_column(b)) << b.text;
}

TEST_F(Robust, DeepNestingKeepsTextInTheColumn) {
  std::string body = "\n" + std::string(60, '>') + " deepquote\n\n";
  for (int i = 0; i < 60; ++i) body += "- ";
  body += "deeplist\n";
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue(body), r));
  const std::vector<TextBox> boxes = r.boxes();
  for (const char* word : {"deepquote", "deeplist"}) {
    const TextBox* b = first_box(boxes, word);
    ASSERT_NE(b, nullptr) << word;
    EXPECT_TRUE(r.in_a_column(*b)) << word << " at " << b->left << ".." << b->right;
  }
}

TEST_F(Robust, CodeBlocksKeepIndentationTabsAndLongLines) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(
      issue("\n```\ndef f():\n    return 1\n\tpass\nx\ty  z\n" + std::string(200, 'c') + "\n```\n"), r));
  const std::vector<TextBox> boxes = r.boxes();
  const TextBox *def = first_box(boxes, "def"), *ret = first_box(boxes, "return"),
                *pass = first_box(boxes, "pass"), *x = first_box(boxes, "x"), *y = first_box(boxes, "y"),
                *z = first_box(boxes, "z");
  for (const TextBox* b : {def, ret, pass, x, y, z}) ASSERT_NE(b, nullptr);
  const double four = ret->left - def->left;  // four columns of the monospaced face
  EXPECT_GT(four, 10);
  EXPECT_NEAR(pass->left - def->left, four, 0.01);  // a tab at the line start: to column 4
  EXPECT_NEAR(x->left, def->left, 0.01);
  EXPECT_NEAR(y->left - x->left, four, 0.01);          // a tab after one column: to column 4
  EXPECT_NEAR(z->left - y->left, four * 3 / 4, 0.01);  // "y" and two spaces: three columns
  EXPECT_EQ(count(r.text(), "c"), 200u);
  for (const TextBox& b : r.boxes_with("ccc")) EXPECT_TRUE(r.in_a_column(b)) << b.left << ".." << b.right;
}

TEST_F(Robust, ThematicBreaksDrawRules) {
  Rendered plain, ruled, only;
  ASSERT_NO_FATAL_FAILURE(render(issue("\nabove\n\nbelow\n"), plain));
  ASSERT_NO_FATAL_FAILURE(render(issue("\nabove\n\n---\n\nbelow\n\n***\n\n___\n"), ruled));
  EXPECT_EQ(ruled.dump.rules.size(), plain.dump.rules.size() + 3);
  EXPECT_NE(flat(ruled.text()).find("above below"), std::string::npos);
  ASSERT_NO_FATAL_FAILURE(render(issue("\n***\n"), only));
  EXPECT_EQ(only.dump.rules.size(), plain.dump.rules.size() + 1);
}

TEST_F(Robust, LineBreaksEndTheirLines) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\none<br>two<br/>three<BR />four  \nfive\\\nsix\n\n<br>\n"), r));
  EXPECT_EQ(r.dump.texts("body-first"), (Strings{"one", "two", "three", "four", "five", "six"}));
  EXPECT_EQ(folio::robust::warning_lines(r.result), Strings{"10:1: raw HTML block ignored (it has no text)"});
}

TEST_F(Robust, TagsNestInsideLinksAndEmphasis) {
  Rendered plain, r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\nlink sup sub under em u s strong x\n"), plain));
  ASSERT_NO_FATAL_FAILURE(
      render(issue("\n[link <sup>sup</sup> <sub>sub</sub> <u>under</u>](https://example.org/a) "
                   "*em <u>u <sup>s</sup></u>* **strong [<u>*x*</u>](https://example.org/b)**\n"),
             r));
  EXPECT_TRUE(r.result.warnings.empty());
  std::set<std::string> uris;
  for (const auto& link : r.dump.links) uris.insert(link.uri);
  EXPECT_EQ(uris, (std::set<std::string>{"https://example.org/a", "https://example.org/b"}));
  // Underlines (links are underlined), one per stretch of one size: "link", "sup sub", "under",
  // "u", "s" and "x".
  EXPECT_EQ(r.dump.rules.size(), plain.dump.rules.size() + 6);
  EXPECT_NE(flat(r.text()).find("link sup sub under em u s strong x"), std::string::npos) << r.text();
}

TEST_F(Robust, UnpairedTagsWarnAndKeepTheirText) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n<u>open only\n\nclose</u> only\n"), r));
  EXPECT_EQ(folio::robust::warning_lines(r.result),
            (Strings{"6:1: <u> is never closed; ignored (its text is kept)",
                     "8:6: </u> has no matching <u>; ignored"}));
  EXPECT_EQ(r.dump.texts("body-first"), Strings{"open only"});
  EXPECT_EQ(r.dump.texts("body"), Strings{"close only"});
}

TEST_F(Robust, UnknownHtmlTagsAreDroppedAndTheirTextKept) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(
      render(issue("\nA <mark class=\"x\">mark</mark> and <font color=red>font</font>.\n"), r));
  EXPECT_EQ(folio::robust::warning_lines(r.result),
            (Strings{"6:3: HTML tag <mark> is not supported; it is dropped and its text kept (warned once per file)",
                     "6:35: HTML tag <font> is not supported; it is dropped and its text kept (warned once per file)"}));
  EXPECT_EQ(r.dump.texts("body-first"), Strings{"A mark and font."});
}

TEST_F(Robust, ClosedCommentsVanish) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(
      render(issue("\nText <!-- inline --> here. <!-- open\n\n<!--\nmulti-line\n-->\n\nMore.\n"), r));
  EXPECT_EQ(r.dump.texts("body-first"),
            Strings{"Text here. <!\u2013 open"});  // an inline "<!--" alone is text
  EXPECT_EQ(r.dump.texts("body"), Strings{"More."});
}

TEST_F(Robust, GreekAndCyrillicReadBack) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(fixture("scripts.md"), r));
  const std::string text = flat(r.text());
  EXPECT_NE(text.find("Ελληνικά: η γρήγορη καφέ αλεπού πηδάει πάνω από το τεμπέλικο σκυλί."),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("Кириллица: съешь же ещё этих мягких французских булок, да выпей чаю."),
            std::string::npos)
      << text;
}

// Han, Arabic, Hebrew and emoji come from the fallback fonts and read back as themselves.
TEST_F(Robust, EveryScriptOfTheFixtureHasAFont) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(fixture("scripts.md"), r));
  const std::string text = r.text();
  EXPECT_EQ(text.find("\uFFFD"), std::string::npos);
  for (const char* present : {"中华人民共和国科学技术部", "😀", "עברית", "العربية"})
    EXPECT_NE(text.find(present), std::string::npos) << present;
  EXPECT_TRUE(folio::robust::warning_lines(r.result).empty());
}

// A character no font has is set as a .notdef box, which must be visible, read back as U+FFFD
// rather than as some other character, and be reported once, where it first occurs.
TEST_F(Robust, CharactersNoFontHasDrawVisibleNotdefBoxesAndAreReportedOnce) {
  Rendered empty, brahmi;
  ASSERT_NO_FATAL_FAILURE(render(issue(""), empty));
  const std::string ka = "\U00011013";  // BRAHMI LETTER KA: in no font folio knows
  std::string twelve;
  for (int i = 0; i < 12; ++i) twelve += ka;
  ASSERT_NO_FATAL_FAILURE(render(issue("\nText " + twelve + "\n\nMore " + ka + "\n"), brahmi));
  EXPECT_EQ(count(brahmi.text(), "\uFFFD"), 13u);
  EXPECT_GT(brahmi.ink(0), empty.ink(0) + 12 * 10) << "the .notdef boxes are not drawn";
  EXPECT_EQ(folio::robust::warning_lines(brahmi.result),
            Strings{"6:6: no font has U+11013 BRAHMI LETTER KA ('" + ka + "'): it is drawn as an empty box (.notdef)"});
}

TEST_F(Robust, WindowsLineEndsAndByteOrderMarkGiveTheSamePdf) {
  const std::string lf = fixture("lists_and_quotes.md");
  const std::string crlf = std::regex_replace(lf, std::regex("\n"), "\r\n");
  Rendered a, b, c;
  ASSERT_NO_FATAL_FAILURE(render(lf, a));
  ASSERT_NO_FATAL_FAILURE(render(crlf, b));
  ASSERT_NO_FATAL_FAILURE(render("\xEF\xBB\xBF" + crlf, c));
  EXPECT_TRUE(b.pdf == a.pdf);
  EXPECT_TRUE(c.pdf == a.pdf);
}

TEST_F(Robust, HeadingLevelsFiveAndSixHaveTheirOwnStyles) {
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n##### Five\n\n###### Six\n\ntext\n"), r));
  EXPECT_EQ(folio::robust::warning_lines(r.result), Strings{});
  EXPECT_EQ(r.dump.texts("h5"), (Strings{"FIVE"}));  // the default style's level 5: capitals
  EXPECT_EQ(r.dump.texts("h6"), (Strings{"Six"}));
}

TEST_F(Robust, SoftHyphensBreakWithAVisibleHyphen) {
  const std::string word = "Ex\u00ADtra\u00ADor\u00ADdi\u00ADnar\u00ADily";
  std::string para;
  for (int i = 0; i < 12; ++i) para += word + " long words like " + word + " and more ";
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n" + para + "\n"), r));
  int hyphenated = 0;
  for (const auto& l : r.dump.lines) {
    if (!l.hyphenated) continue;
    ++hyphenated;
    const std::string end = "\u00AD-";
    ASSERT_GE(l.text.size(), end.size());
    EXPECT_EQ(l.text.substr(l.text.size() - end.size()), end) << l.text;
  }
  EXPECT_GE(hyphenated, 1);
}

// Two megabytes of paragraphs in ten articles. No timing assertion: the time is reported.
TEST_F(Robust, TwoMegabyteIssueFinishes) {
  static const char* const words[] = {"science", "technology", "cooperation", "of",      "the",
                                      "and",     "research",   "a",           "mission", "laboratory",
                                      "in",      "programme",  "with",        "energy"};
  std::string body;
  std::uint32_t seed = 12345;
  std::size_t articles = 0;
  for (int p = 0; body.size() < 2 * 1024 * 1024; ++p) {
    if (p % 400 == 0) body += "\n# Article " + std::to_string(++articles) + "\n";
    body += "\n";
    for (int w = 0; w < 80; ++w) {
      seed = seed * 1103515245u + 12345u;
      body += std::string(w ? " " : "") + words[(seed >> 16) % 14];
    }
    body += ".\n";
  }
  body += "\nfinis\n";
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue(body), r));
  std::cout << "[ timing   ] " << body.size() << " bytes: " << r.pages() << " pages in " << r.seconds
            << " s\n";
  RecordProperty("seconds", std::to_string(r.seconds));
  EXPECT_GT(r.pages(), 100);
  EXPECT_EQ(r.dump.texts("h1").size(), articles);
  EXPECT_EQ(r.dump.texts("contents-entry").size(), articles);
  const auto& last =
      r.dump.lines.back().style == "footer" ? r.dump.lines[r.dump.lines.size() - 2] : r.dump.lines.back();
  EXPECT_EQ(last.text, "finis");
  EXPECT_EQ(last.page, r.pages());
}

// A heading taller than a column, and a contents list taller than the first page, stay on
// their pages: the heading breaks between its lines, the list ends with "… and N more".
void expect_above_the_footer(const Rendered& r) {
  std::map<int, double> footer;
  for (const auto& l : r.dump.lines)
    if (l.style == "footer") footer[l.page] = l.y;
  for (const auto& l : r.dump.lines)
    if (l.style != "footer") {
      EXPECT_LT(l.y, footer.at(l.page) - 10) << l.style << " | " << l.text;
    }
}

TEST_F(Robust, HeadingTallerThanAColumnStaysAboveTheFooter) {
  std::string title;
  for (int i = 0; i < 60; ++i) title += "Long heading words ";
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue("\n# " + title + "\n\ntext\n"), r));
  expect_above_the_footer(r);
}

TEST_F(Robust, ContentsLongerThanThePageStaysAboveTheFooter) {
  std::string body;
  for (int i = 0; i < 120; ++i) body += "\n# Article " + std::to_string(i) + "\n\nShort text.\n";
  Rendered r;
  ASSERT_NO_FATAL_FAILURE(render(issue(body), r));
  expect_above_the_footer(r);
  const std::vector<std::string> entries = r.dump.texts("contents-entry");
  ASSERT_LT(entries.size(), 120u);
  EXPECT_EQ(entries.back(), "\u2026 and " + std::to_string(120 - entries.size() + 1) + " more");
  EXPECT_EQ(entries.front(), "Article 0 1");
}

}  // namespace
