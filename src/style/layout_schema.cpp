// Every key of a page layout, once: one row each (style/property.hpp says what a row is).
#include "style/layout_schema.hpp"

#include "style/value_kinds.hpp"

namespace folio::style {
namespace {

// Named page sizes, written the way a designer would, so they convert exactly like the files.
struct NamedSize {
  const char* name;
  const char* width;
  const char* height;
};
const NamedSize kSizes[] = {{"A4", "210mm", "297mm"}, {"A5", "148mm", "210mm"}, {"Letter", "8.5in", "11in"}};

void read_named_size(ReadContext& c, const Field& f, PageTemplate& t) {
  std::vector<std::string> names;
  for (const NamedSize& s : kSizes) names.push_back(s.name);
  const NamedSize& s = kSizes[choice_value(c.r, f, names)];
  t.width = parse_length(s.width, 0).value;
  t.height = parse_length(s.height, 0).value;
}

bool has(const std::vector<Field>& given, const std::string& key) {
  return find_field(given, key) != nullptr;
}

// `page` has either a size or both width and height.
void check_page(const YamlReader& r, const Field& page, const std::vector<Field>& given) {
  if (has(given, "size") ? (has(given, "width") || has(given, "height"))
                         : !(has(given, "width") && has(given, "height")))
    r.fail(page, "give 'page' either a 'size' (A4, A5 or Letter) or both 'width' and 'height'");
}

// A map of `margins` gives all four sides.
void check_margins(const YamlReader& r, const Field& margins, const std::vector<Field>& given) {
  for (const std::string& side : margins_table().names())
    if (!has(given, side))
      r.fail(margins, "missing '" + side + "' in 'margins' (give all four sides, or one length for all)");
}

const Kind<Sp> kNonNegative = length(Sign::NonNegative);

}  // namespace

const Table<Rule>& rule_table() {
  static const Table<Rule> kTable{
      "layout-rule",
      {
          prop("thickness", &Rule::thickness, kNonNegative, "`0` draws nothing"),
          prop("color", &Rule::color, colour(), "the rule's colour"),
      },
  };
  return kTable;
}

const Table<PageTemplate>& page_table() {
  using T = PageTemplate;
  static const Table<T> kTable{
      "layout-page",
      {
          custom<T>("size", "`A4` (210 x 297 mm), `A5` (148 x 210 mm) or `Letter` (8.5 x 11 in)", "`A4`",
                    "a named size: sets `width` and `height`", read_named_size)
              .sets({"width", "height"}),
          prop("width", &T::width, length(Sign::Positive), "the page's width"),
          prop("height", &T::height, length(Sign::Positive), "the page's height"),
      },
      {Shorthand::OneKey, "size"},  // `page: A4`
      check_page,
  };
  return kTable;
}

const Table<Margins>& margins_table() {
  static const Table<Margins> kTable{
      "layout-margins",
      {
          prop("top", &Margins::top, kNonNegative, "from the top edge to the body"),
          prop("right", &Margins::right, kNonNegative, "from the right edge"),
          prop("bottom", &Margins::bottom, kNonNegative, "from the bottom edge"),
          prop("left", &Margins::left, kNonNegative, "from the left edge"),
      },
      {Shorthand::EveryKey, ""},  // `margins: 20mm`
      check_margins,
  };
  return kTable;
}

const Table<Masthead>& masthead_table() {
  using M = Masthead;
  static const Table<M> kTable{
      "layout-masthead",
      {
          prop("band-height", &M::band_height, kNonNegative, "a coloured band across the top edge (0: none)"),
          prop("band-color", &M::band_color, colour(), "the band's colour"),
          section<M>(
              "rule-below", [](auto& m) -> auto& { return m.rule_below; }, rule_table(), "rule (below)",
              "a rule under the masthead block")
              .default_doc("none"),
          prop("space-after", &M::space_after, kNonNegative,
               "between the masthead (and contents) and the columns"),
          prop("contents", &M::contents, boolean(), "the \"In this issue\" list of articles"),
          prop("contents-title", &M::contents_title, text(), "its title"),
          prop("contents-level", &M::contents_level,
               choice<int>({{"auto", 0}, {"1", 1}, {"2", 2}, {"3", 3}, {"4", 4}, {"5", 5}, {"6", 6}}),
               "the heading level it lists; `auto`: level 1, or level 2 when the issue has only one "
               "level-1 heading"),
          prop("contents-depth", &M::contents_depth, whole(1, 6),
               "how many heading levels it lists from there (2: also the level below, indented)"),
      },
  };
  return kTable;
}

const Table<Furniture>& furniture_table() {
  using F = Furniture;
  static const Table<F> kTable{
      "layout-furniture",
      {
          prop("left", &F::left, furniture_template(), "text at the left margin"),
          prop("center", &F::center, furniture_template(), "text centred between the margins"),
          prop("right", &F::right, furniture_template(), "text at the right margin"),
          prop("baseline", &F::baseline, kNonNegative,
               "footer: the baseline's height above the bottom edge; header: below the top edge"),
          section<F>(
              "rule", [](auto& f) -> auto& { return f.rule; }, rule_table(), "rule (below)",
              "a rule between the furniture and the body")
              .default_doc("none"),
          prop("style", &F::style, name_of("paragraph style name"),
               "the paragraph style of its text (checked against the style sheet when typesetting)"),
      },
  };
  return kTable;
}

const Table<FigureParams>& figures_table() {
  using F = FigureParams;
  static const Table<F> kTable{
      "layout-figures",
      {
          prop("max-height", &F::max_height, length(Sign::Positive),
               "the tallest a figure's picture is set (a taller one is narrowed, keeping its proportions)"),
          prop("min-ppi", &F::min_ppi, whole(1, 10000),
               "a picture with fewer pixels per inch at its printed size gets a warning naming it"),
          prop("space", &F::space, kNonNegative,
               "between a figure and the text above and below it, rounded up to the baseline grid"),
      },
  };
  return kTable;
}

const Table<PageTemplate>& layout_table() {
  using T = PageTemplate;
  static const Table<T> kTable{
      "page-layout",
      {
          custom<T>("colors", "map of token name -> colour literal", "none", "colours that values may name",
                    [](ReadContext& c, const Field& section, T&) {
                      for (const Field& f : c.r.fields(section, {}, "'colors'")) {
                        c.tokens.colors[f.key] = color_value(c.r, f, {});
                        c.tokens.color_pos[f.key] = c.r.pos(f);
                      }
                    })
              .first(),
          section<T>(
              "page", [](auto& t) -> auto& { return t; }, page_table(), "map (`page`, below), or just `A4`",
              "the page size")
              .default_doc("`A4`"),
          section<T>(
              "margins", [](auto& t) -> auto& { return t.margins; }, margins_table(),
              "map (`margins`, below), or one length for all four", "the body's distance from the edges")
              .default_doc("`0pt`"),
          prop("columns", &T::columns, whole(1, 6), "columns of the body"),
          prop("gutter", &T::gutter, kNonNegative, "between columns"),
          section<T>(
              "column-rule", [](auto& t) -> auto& { return t.column_rule; }, rule_table(), "rule (below)",
              "a vertical rule in each gutter")
              .default_doc("none"),
          prop("baseline-grid", &T::baseline_grid, grid(kAutoGrid),
               "the step every column's lines snap to; `auto`: the body style's leading"),
          section<T>(
              "masthead", [](auto& t) -> auto& { return t.masthead; }, masthead_table(),
              "map (`masthead`, below)", "the top of page 1")
              .default_doc("(below)"),
          section<T>(
              "footer", [](auto& t) -> auto& { return t.footer; }, furniture_table(), "furniture (below)",
              "drawn on every page")
              .default_doc("empty"),
          section<T>(
              "header", [](auto& t) -> auto& { return t.header; }, furniture_table(), "furniture (below)",
              "drawn on every page after the first")
              .default_doc("empty"),
          section<T>(
              "figures", [](auto& t) -> auto& { return t.figures; }, figures_table(), "map (`figures`, below)",
              "how figures are placed")
              .default_doc("(below)"),
      },
  };
  return kTable;
}

}  // namespace folio::style
