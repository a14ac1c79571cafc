// The base style sheet and page layout of the style-effect tests: every row changes one value
// of these (see style_effects_support.hpp).
#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline::effects {

// Explicit values everywhere a row changes one, so each row reads "from this to that".
const char* const kBaseStyle = R"(
colors:
  ink: "#000000"
  accent: "#A6192E"
fonts:
  serif: Noto Serif
  sans: Noto Sans
  mono: Noto Sans Mono
breaking:
  pretolerance: 100
  tolerance: 200
  line-penalty: 10
  hyphen-penalty: 50
  ex-hyphen-penalty: 50
  adj-demerits: 10000
  double-hyphen-demerits: 10000
  final-hyphen-demerits: 5000
  emergency-stretch: 9pt
  max-hyphen-run: 2
  expansion: 0
flow:
  widow-lines: 2
  orphan-lines: 2
  lines-after-heading: 2
table:
  top-rule: {thickness: 0.8pt, color: ink}
  header-rule: {thickness: 0.4pt, color: ink}
  bottom-rule: {thickness: 0.8pt, color: ink}
  column-gap: 8pt
  row-space: 3pt
  rule-space: 3pt
  space-before: 6pt
  space-after: 6pt
  min-size: 6pt
footnotes:
  rule: {thickness: 0.4pt, color: ink}
  rule-width: 40pt
  space-above: 6pt
  space-below: 3pt
captions:
  label: ""
  label-style: strong
paragraph-styles:
  body:
    family: serif
    weight: regular
    style: normal
    size: 10pt
    leading: 12pt
    tracking: 0
    color: ink
    align: justify
    first-indent: 0
    left-indent: 0
    right-indent: 0
    space-before: 0
    space-after: 0
    hyphenate: true
    hyphen-min-word: 5
    keep-with-next: false
    text-transform: none
    features: []
  body-first:
    based-on: body
  aside:
    based-on: body
    family: sans
  h1:
    family: sans
    weight: bold
    size: 14pt
    leading: 17pt
    color: accent
    align: left
    hyphenate: false
    space-before: 10pt
    space-after: 4pt
    keep-with-next: true
  h2:
    based-on: h1
    size: 12pt
    leading: 15pt
  h3:
    based-on: h2
    style: italic
  h4:
    based-on: h2
    size: 11pt
  h5:
    based-on: h4
    size: 10pt
  h6:
    based-on: h5
    style: italic
  masthead-title:
    family: serif
    weight: bold
    size: 20pt
    leading: 24pt
    align: left
    hyphenate: false
  masthead-issue:
    family: sans
    size: 10pt
    leading: 12pt
    align: left
  contents-title:
    family: sans
    weight: bold
    size: 9pt
    leading: 12pt
    align: left
    keep-with-next: true
  contents-entry:
    family: sans
    size: 9pt
    leading: 12pt
    align: left
  footer:
    family: sans
    size: 8pt
    leading: 10pt
    align: left
    hyphenate: false
  list-item:
    based-on: body
    left-indent: 12pt
    align: left
  blockquote:
    based-on: body
    left-indent: 12pt
    right-indent: 12pt
  code-block:
    family: mono
    size: 9pt
    leading: 12pt
    align: left
    hyphenate: false
  table-cell:
    family: sans
    size: 8pt
    leading: 10pt
    align: left
    hyphenate: false
  table-header:
    based-on: table-cell
    weight: bold
  footnote:
    family: serif
    size: 8pt
    leading: 10pt
    align: left
    hyphenate: false
  caption:
    family: sans
    size: 8pt
    leading: 10pt
    align: left
    hyphenate: false
character-styles:
  mark:
    color: accent
  emphasis:
    style: italic
  strong:
    weight: bold
  link:
    underline: true
  code:
    family: mono
  superscript:
    size-scale: 0.65
    baseline-shift: 0.38
  subscript:
    size-scale: 0.65
    baseline-shift: -0.15
  underline:
    underline: true
  strikethrough:
    strikethrough: true
  small:
    size-scale: 0.8
  footnote-ref:
    size-scale: 0.65
    baseline-shift: 0.38
)";

const char* const kBaseLayout = R"(
colors:
  grey: "#8C8C8C"
page:
  width: 400pt
  height: 600pt
margins:
  top: 40pt
  right: 30pt
  bottom: 50pt
  left: 30pt
columns: 2
gutter: 20pt
baseline-grid: off
masthead:
  band-height: 10pt
  band-color: "#A6192E"
  space-after: 0
  contents: true
  contents-title: In this issue
  contents-level: 1
  contents-depth: 1
footer:
  right: "{page}"
  baseline: 20pt
  style: footer
figures:
  max-height: 200pt
  min-ppi: 150
  space: 6pt
)";

}  // namespace folio::pipeline::effects
