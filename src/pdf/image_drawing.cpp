#include "pdf/image_drawing.hpp"

#include <algorithm>
#include <stdexcept>

#include "common/decimal.hpp"
#include "pdf/pdf_number.hpp"
#include "pdf/to_unicode.hpp"

namespace folio::pdf {

ImageDrawing draw_images(const frame::Flat& page, Sp page_height, const std::vector<EmbeddedImage>& images) {
  ImageDrawing out;
  for (const frame::Placed<frame::Image>& placed : page.images) {
    const auto it = std::find_if(images.begin(), images.end(),
                                 [&](const EmbeddedImage& e) { return e.id == placed->id; });
    if (it == images.end()) throw std::invalid_argument("draw_images: no picture '" + placed->id + "'");
    if (placed->width <= 0 || placed->height <= 0) continue;
    const double w = to_pt(placed->width), h = to_pt(placed->height);
    // The figure reads as its alt text: a chart's own labels, scattered over its box, would
    // otherwise be read by text extractors (poppler, copy and paste) as lines of their own, and
    // mixed with the column beside it ("the Ministry ..." read after the chart's axis).
    // ActualText on a Span replaces them; a picture without text (a photo) reads as nothing.
    out.stream += "/Span <</ActualText <FEFF" + utf8_to_utf16be_hex(placed->alt) + ">>> BDC ";
    // A form's scale needs more than 3 decimals: 0.0005 of a 450pt chart is a visible 0.2pt.
    out.stream += "q ";
    append_decimal(out.stream, w / it->unit_width, 6, Zeros::Trim);
    out.stream += " 0 0 ";
    append_decimal(out.stream, h / it->unit_height, 6, Zeros::Trim);
    out.stream += ' ';
    append_number(out.stream, to_pt(placed.at.x));
    out.stream += ' ';
    append_number(out.stream, to_pt(page_height - placed.at.y - placed->height));
    out.stream += " cm /" + it->resource + " Do Q EMC\n";
    out.images.push_back(static_cast<int>(it - images.begin()));
  }
  std::sort(out.images.begin(), out.images.end());
  out.images.erase(std::unique(out.images.begin(), out.images.end()), out.images.end());
  return out;
}

}  // namespace folio::pdf
