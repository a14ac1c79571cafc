// A picture as folio reads it from an image file: what layout needs (its proportions, its pixels
// for the resolution check) and what the PDF writer embeds. Made once per file content by the
// picture cache (image/picture_cache.hpp), then shared, read-only, by every render and thread.
#pragma once

#include <memory>
#include <string>

namespace folio::image {

enum class Format { Jpeg, Png, Pdf };
enum class ColorSpace { Gray, Rgb, Cmyk };

struct VectorPage;  // image/vector_page.hpp: a PDF's page 1, for the PDF writer

struct Picture {
  Format format = Format::Jpeg;
  std::string key;  // the file's content hash: the cache's key, and the id frame::Image names

  // Raster pictures (JPEG, PNG): pixels. 0 for a PDF.
  int width_px = 0, height_px = 0;
  // A PDF's page 1 as it is displayed (rotation applied), in points. 0 for a raster picture.
  double width_pt = 0, height_pt = 0;

  ColorSpace space = ColorSpace::Rgb;  // raster pictures, 8 bits per component
  bool inverted = false;  // an Adobe CMYK JPEG: samples hold 255 - ink, so the PDF says /Decode [1 0 ...]
  // JPEG: the file itself (the DCT stream passes through unchanged). PNG: the samples, rows of
  // width_px * components bytes, Flate-compressed (zlib format).
  std::string data;
  std::string alpha;  // PNG with transparency: the alpha samples, Flate-compressed; empty if opaque
  std::shared_ptr<VectorPage> vector;  // a PDF: its page 1, which the PDF writer imports

  bool raster() const { return format != Format::Pdf; }
  // The proportions layout keeps: width and height in any one unit.
  double natural_width() const { return raster() ? width_px : width_pt; }
  double natural_height() const { return raster() ? height_px : height_pt; }
};

using PictureRef = std::shared_ptr<const Picture>;

}  // namespace folio::image
