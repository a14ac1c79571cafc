#include "compose/figure.hpp"

#include <algorithm>
#include <cmath>

#include "compose/page_geometry.hpp"

namespace folio::compose {
namespace {

std::string with_number(std::string label, int n) {
  for (std::size_t at; (at = label.find("{n}")) != std::string::npos;) label.replace(at, 3, std::to_string(n));
  return label;
}

Sp snapped(Sp v, Sp grid) { return grid > 0 ? (v + grid - 1) / grid * grid : v; }

}  // namespace

std::vector<frame::Frame> FigureSetter::caption(const input::Block& figure, Sp measure) {
  const style::ParagraphStyle& st = cx_.sheet.paragraph("caption");
  const style::CaptionParams& captions = cx_.sheet.captions;
  std::vector<para::Span> spans;
  if (!captions.label.empty()) {
    spans = cx_.styler.styled(with_number(captions.label, number_), captions.label_style, st);
    if (!figure.inlines.empty()) {
      std::vector<para::Span> space = cx_.styler.plain(" ", st);
      spans.insert(spans.end(), space.begin(), space.end());
    }
  }
  std::vector<para::Span> text = cx_.styler.spans(figure.inlines, st);
  spans.insert(spans.end(), text.begin(), text.end());
  if (spans.empty()) return {};
  para::ParagraphSpec spec = cx_.spec(st, measure);
  spec.spans = std::move(spans);
  // A ragged caption's lines evened out, as a table cell's: without it the first pass may set
  // the label and a word alone above one full line.
  spec.even_rag = true;
  return cx_.builder.build(spec);
}

// Effective resolution: the picture's pixels over its printed width in inches, as preflight
// tools count it.
void FigureSetter::check_resolution(const input::Block& figure, const image::Picture& picture, Sp width) {
  if (!picture.raster() || width <= 0) return;
  const double inches = to_pt(width) / 72.0;
  const int ppi = static_cast<int>(std::floor(picture.width_px / inches));
  const int min_ppi = cx_.page.figures.min_ppi;
  if (ppi >= min_ppi || !warned_.insert(picture.key).second) return;
  const long needed = std::lround(std::ceil(min_ppi * inches));
  cx_.diags.warn(figure.pos, "image '" + figure.image + "' has " + std::to_string(ppi) +
                                  " ppi at its printed size, below the layout's " + std::to_string(min_ppi) +
                                  ": it may print blurred; use a picture at least " + std::to_string(needed) +
                                  " pixels wide");
}

frame::Frame FigureSetter::set(const input::Block& figure, Sp measure, Sp grid, Sp room, Sp space_below) {
  ++number_;
  const auto file = cx_.figures->find(figure.image);
  if (file == cx_.figures->end())  // the pipeline reads every figure's picture before composing
    throw Error(figure.pos, "image '" + figure.image + "' was not read before composing");
  const image::Picture& picture = *file->second.picture;
  const style::ParagraphStyle& st = cx_.sheet.paragraph("caption");
  std::vector<frame::Frame> lines = caption(figure, measure);
  const Sp caption_height =
      lines.empty() ? 0 : st.space_before + static_cast<Sp>(lines.size()) * st.leading + st.space_after;

  // As wide as the measure; a picture too tall for the layout's limit, or for a column with its
  // caption, is narrowed instead, keeping its proportions.
  const double aspect = picture.natural_height() / picture.natural_width();
  const Sp max_height = std::max<Sp>(std::min(cx_.page.figures.max_height, room - caption_height), pt(1));
  Sp width = measure, height = std::llround(static_cast<double>(measure) * aspect);
  if (height > max_height) {
    height = max_height;
    width = std::llround(static_cast<double>(height) / aspect);
  }
  check_resolution(figure, picture, width);

  frame::Frame block;
  block.width = measure;
  block.add({(measure - width) / 2, 0}, frame::Image{width, height, picture.key, figure.alt}, frame::Role::Figure);
  const Sp bottom = lines.empty() ? height : stack_lines(block, std::move(lines), st, 0, height, frame::Role::Caption);
  block.height = snapped(bottom + space_below, grid);
  return block;
}

}  // namespace folio::compose
