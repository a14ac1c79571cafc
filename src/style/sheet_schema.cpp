// Every key of a style sheet, once: one row each (style/property.hpp says what a row is).
#include "style/sheet_schema.hpp"

#include "style/font_rows.hpp"
#include "style/layout_schema.hpp"
#include "style/style_inheritance.hpp"
#include "style/value_kinds.hpp"

namespace folio::style {
namespace {

constexpr int kMaxDemerits = 1000000000;

const Kind<bool> kItalic = choice<bool>({{"normal", false}, {"italic", true}});
const Kind<Align> kAlign = choice<Align>(
    {{"justify", Align::Justify}, {"left", Align::Left}, {"center", Align::Center}, {"right", Align::Right}});
const Kind<bool> kUppercase = choice<bool>({{"none", false}, {"uppercase", true}});
const Unset kParagraphs{"paragraph's"};  // a character style that does not set it keeps the text's
const Unset kFonts{"font's"};            // the font's own metrics (its `post` table)

// `based-on` is read by resolve_styles before the other keys; the row documents it and lists it
// as written.
template <class Style>
Property<Style> based_on(const char* value_doc, const char* default_doc) {
  Property<Style> p = custom<Style>(kBasedOn, value_doc, default_doc,
                                    "start as a copy of that style (after its own `based-on`)",
                                    [](ReadContext&, const Field&, Style&) {});
  p.list = [](const Style&, const std::string& prefix, std::vector<Listed>& out) {
    out.push_back(Listed{prefix + kBasedOn, std::nullopt, TokenKind::None});
  };
  return p;
}

// A `colors:` or `fonts:` map: token name -> value, read before everything that may name them.
template <class Read>
Property<StyleSheet> tokens(const char* name, const char* value_doc, const char* description, Read read_one) {
  return custom<StyleSheet>(name, value_doc, "none", description,
                            [name, read_one](ReadContext& c, const Field& section, StyleSheet&) {
                              for (const Field& f : c.r.fields(section, {}, std::string("'") + name + "'"))
                                read_one(c, f);
                            })
      .first();
}

// A map of style name -> properties, resolved through `based-on`.
template <class Style>
std::map<std::string, Style> read_styles(ReadContext& c, const Field& section, const std::string& kind,
                                         const Table<Style>& table) {
  return resolve_styles(c.r, section, kind, table.names(), Style{},
                        [&](Style& s, const std::vector<Field>& props) {
                          ReadContext own{c.r, c.tokens, s.origins, "", s.name, 0};
                          read_fields(own, props, table, s);
                        });
}

}  // namespace

const Table<ParagraphStyle>& paragraph_table() {
  using P = ParagraphStyle;
  static const Table<P> kTable{
      "paragraph-style",
      {
          based_on<P>("a paragraph style name", "(the defaults below)"),
          prop("family", &P::family, family(), "the typeface"),
          prop("weight", &P::weight, weight(), "the font weight"),
          prop("style", &P::italic, kItalic, "upright or italic"),
          prop("size", &P::size, length(Sign::Positive), "the font size; in em, of the inherited size")
              .first(),
          prop("leading", &P::leading, length(Sign::Positive), "baseline to baseline"),
          prop("tracking", &P::tracking, length(Sign::Any), "added after every glyph (may be negative)"),
          prop("color", &P::color, colour(), "the text colour"),
          prop("align", &P::align, kAlign, "how lines sit in the column"),
          prop("first-indent", &P::first_indent, length(Sign::Any),
               "the first line's indent; negative hangs it"),
          prop("left-indent", &P::left_indent, length(Sign::NonNegative),
               "every line's indent from the left"),
          prop("right-indent", &P::right_indent, length(Sign::NonNegative),
               "every line's indent from the right"),
          prop("space-before", &P::space_before, length(Sign::NonNegative), "space above the paragraph"),
          prop("space-after", &P::space_after, length(Sign::NonNegative), "space below the paragraph"),
          prop("hyphenate", &P::hyphenate, boolean(), "whether words may break at hyphenation points"),
          prop("hyphen-min-word", &P::hyphen_min_word, whole(1, 100),
               "shorter words (in characters) are never hyphenated"),
          prop("keep-with-next", &P::keep_with_next, boolean(), "never end a column after this paragraph"),
          prop("text-transform", &P::uppercase, kUppercase, "capitals, in the issue's language (ß: SS)"),
          prop("features", &P::features, features(), "OpenType features: `[onum, -liga]`"),
          prop("background", &P::background, colour(), Unset{"none"},
               "a tint behind the block's lines (code blocks)"),
          section<P>(
              "left-rule", [](auto& p) -> auto& { return p.left_rule; }, rule_table(), "rule (layouts' `rule`)",
              "a rule down the block's left edge (quotes, code blocks)")
              .default_doc("none"),
          prop("padding", &P::padding, length(Sign::NonNegative),
               "the inset of the block's text from its tint and rule"),
      },
      {},
      nullptr,
      [](const P& s) { return s.size; },  // lengths in em: of the style's own size
  };
  return kTable;
}

const Table<CharStyle>& char_table() {
  using C = CharStyle;
  static const Table<C> kTable{
      "character-style",
      {
          based_on<C>("a character style name", "(nothing set)"),
          prop("family", &C::family, family(), kParagraphs, "the typeface"),
          prop("weight", &C::weight, weight(), kParagraphs, "the font weight"),
          prop("style", &C::italic, kItalic, kParagraphs, "upright or italic"),
          prop("size-scale", &C::size_scale, positive_number(), 1.0, "times the surrounding size (no unit)"),
          prop("baseline-shift", &C::baseline_shift, em_number(), 0.0,
               "raises the text by this many em of the surrounding size (negative lowers it)"),
          prop("color", &C::color, colour(), kParagraphs, "the text colour"),
          prop("underline", &C::underline, boolean(), false, "draws a rule under the text"),
          prop("strikethrough", &C::strikethrough, boolean(), false, "draws a rule through the text"),
          prop("underline-thickness", &C::underline_thickness, length(Sign::Positive), kFonts,
               "the underline's thickness (no em)"),
          prop("underline-offset", &C::underline_offset, length(Sign::Any), kFonts,
               "the underline's distance below the baseline (no em)"),
          prop("text-transform", &C::uppercase, kUppercase, kParagraphs, "capitals, in the issue's language"),
          prop("features", &C::features, features(), "OpenType features, added to the paragraph's"),
      },
  };
  return kTable;
}

const Table<BreakParams>& breaking_table() {
  using B = BreakParams;
  static const Table<B> kTable{
      "breaking",
      {
          prop("pretolerance", &B::pretolerance, whole(-1, 10000),
               "badness allowed in the first pass, without hyphenation; -1 skips that pass"),
          prop("tolerance", &B::tolerance, whole(0, 10000), "badness allowed in the pass with hyphenation"),
          prop("line-penalty", &B::line_penalty, whole(0, 10000),
               "added to every line's badness: fewer lines win"),
          prop("hyphen-penalty", &B::hyphen_penalty, whole(-10000, 10000),
               "for breaking at a hyphenation point"),
          prop("ex-hyphen-penalty", &B::ex_hyphen_penalty, whole(-10000, 10000),
               "for breaking after an explicit hyphen"),
          prop("adj-demerits", &B::adj_demerits, whole(0, kMaxDemerits),
               "for a tight line next to a loose one"),
          prop("double-hyphen-demerits", &B::double_hyphen_demerits, whole(0, kMaxDemerits),
               "for two hyphenated lines in a row"),
          prop("final-hyphen-demerits", &B::final_hyphen_demerits, whole(0, kMaxDemerits),
               "for a hyphen on the last full line"),
          prop("emergency-stretch", &B::emergency_stretch, length(Sign::NonNegative),
               "extra stretch tried when nothing fits (no em)"),
          prop("max-hyphen-run", &B::max_hyphen_run, whole(1, 100),
               "never more consecutive hyphenated lines"),
          prop("expansion", &B::expansion, fraction(0.05),
               "font expansion: how much justified lines may widen or narrow glyphs before word spaces "
               "change; 0 turns it off"),
          prop("max-space-stretch", &B::max_space_stretch, positive_number(),
               "no rivers: a justified line whose word spaces would stretch past this many times their "
               "width is set ragged (a list item's whole paragraph)"),
      },
  };
  return kTable;
}

const Table<FlowParams>& flow_table() {
  using F = FlowParams;
  static const Table<F> kTable{
      "flow",
      {
          prop("widow-lines", &F::widow_lines, whole(1, 10),
               "lines of a paragraph that must end up together at a column top"),
          prop("orphan-lines", &F::orphan_lines, whole(1, 10),
               "lines that must stay together at a column foot"),
          prop("lines-after-heading", &F::lines_after_heading, whole(1, 10),
               "lines that must follow a heading in its column"),
      },
  };
  return kTable;
}

const Table<CaptionParams>& captions_table() {
  using C = CaptionParams;
  static const Table<C> kTable{
      "captions",
      {
          prop("label", &C::label, text(),
               "set before each figure's caption, `{n}` standing for the figure's number (`Figure {n}.`); "
               "empty: no label"),
          prop("label-style", &C::label_style, name_of("character style name"),
               "the character style of the label (checked against the style sheet when typesetting); "
               "empty: the caption's own"),
      },
  };
  return kTable;
}

const Table<TableParams>& table_params_table() {
  using T = TableParams;
  const auto rule = [](const char* key, Rule T::*member, const char* meaning, const char* default_doc) {
    return section<T>(
               key, [member](auto& t) -> auto& { return t.*member; }, rule_table(), "rule (layouts' `rule`)",
               meaning)
        .default_doc(default_doc);
  };
  static const Table<T> kTable{
      "table",
      {
          rule("top-rule", &T::top_rule, "above the table", "`0.8pt`, black"),
          rule("header-rule", &T::header_rule, "under the header row", "`0.4pt`, black"),
          rule("bottom-rule", &T::bottom_rule, "below the table, and where it breaks to another column",
               "`0.8pt`, black"),
          prop("column-gap", &T::column_gap, length(Sign::NonNegative), "between the text of two columns"),
          prop("row-space", &T::row_space, length(Sign::NonNegative), "between two body rows"),
          prop("rule-space", &T::rule_space, length(Sign::NonNegative),
               "between a rule and the text above or below it"),
          prop("space-before", &T::space_before, length(Sign::NonNegative),
               "above the table (rounded up to the baseline grid)"),
          prop("space-after", &T::space_after, length(Sign::NonNegative),
               "below the table (rounded up to the grid)"),
          prop("min-size", &T::min_size, length(Sign::Positive),
               "a table too wide for the page sets its text smaller, down to this size, before it breaks "
               "words"),
      },
  };
  return kTable;
}

const Table<FootnoteParams>& footnotes_table() {
  using F = FootnoteParams;
  static const Table<F> kTable{
      "footnotes",
      {
          section<F>(
              "rule", [](auto& f) -> auto& { return f.rule; }, rule_table(), "rule (layouts' `rule`)",
              "the short rule above a column's notes")
              .default_doc("`0.4pt`, black"),
          prop("rule-width", &F::rule_width, length(Sign::NonNegative), "the rule's length"),
          prop("space-above", &F::space_above, length(Sign::NonNegative),
               "at least this between the column's text and the rule"),
          prop("space-below", &F::space_below, length(Sign::NonNegative), "between the rule and the first note"),
      },
  };
  return kTable;
}

const Table<StyleSheet>& sheet_table() {
  using S = StyleSheet;
  static const Table<S> kTable{
      "style-sheet",
      {
          tokens("colors", "map of token name -> colour literal", "colours that values may name",
                 [](ReadContext& c, const Field& f) {
                   c.tokens.colors[f.key] = color_value(c.r, f, {});  // a token is defined by a literal
                   c.tokens.color_pos[f.key] = c.r.pos(f);
                 }),
          tokens("fonts", "map of token name -> family name", "font families that values may name",
                 [](ReadContext& c, const Field& f) {
                   c.tokens.fonts[f.key] = c.r.text(f);
                   c.tokens.font_pos[f.key] = c.r.pos(f);
                 }),
          prop("link-color", &S::link_color, colour(), "the colour of links")
              .default_doc("the `link` character style's colour, else black")
              .last(),  // after the styles, as its default is the link style's colour
          section<S>(
              "breaking", [](auto& s) -> auto& { return s.breaking; }, breaking_table(),
              "map (`breaking`, below)", "line breaking")
              .default_doc("TeX's"),
          section<S>(
              "flow", [](auto& s) -> auto& { return s.flow; }, flow_table(), "map (`flow`, below)",
              "column breaking")
              .default_doc("(below)"),
          font_files_row(),
          font_fallback_row(),
          section<S>(
              "table", [](auto& s) -> auto& { return s.table; }, table_params_table(), "map (`table`, below)",
              "how tables are ruled and spaced")
              .default_doc("(below)"),
          section<S>(
              "footnotes", [](auto& s) -> auto& { return s.footnotes; }, footnotes_table(),
              "map (`footnotes`, below)", "the rule and space above a column's footnotes")
              .default_doc("(below)"),
          section<S>(
              "captions", [](auto& s) -> auto& { return s.captions; }, captions_table(),
              "map (`captions`, below)", "how figure captions begin")
              .default_doc("no label"),
          custom<S>("paragraph-styles", "map of style name -> paragraph style properties", "**required**",
                    "the paragraph styles",
                    [](ReadContext& c, const Field& f, S& s) {
                      s.paragraphs = read_styles(c, f, "paragraph", paragraph_table());
                    }),
          custom<S>("character-styles", "map of style name -> character style properties", "**required**",
                    "the character styles",
                    [](ReadContext& c, const Field& f, S& s) {
                      s.characters = read_styles(c, f, "character", char_table());
                    }),
      },
  };
  return kTable;
}

}  // namespace folio::style
