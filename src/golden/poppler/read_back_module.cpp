// The poppler side of golden::read_back (src/golden/rasterizer.hpp), built as a module that
// rasterizer.cpp loads the first time it is asked to read a PDF back: poppler and the ten
// libraries it brings would otherwise load with every folio process, about 2.5 ms of each
// render's start-up (bench/README.md). Errors cross the boundary as text, not as exceptions.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>

#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

#include "golden/rasterizer.hpp"

namespace folio::golden {
namespace {

// poppler's argb32 is a native-endian 32-bit word per pixel: on little-endian machines the
// bytes are B, G, R, A. Reading the word keeps this right on any byte order.
Image to_rgb(const poppler::image& img) {
  const int width = img.width(), height = img.height(), stride = img.bytes_per_row();
  Image out(width, height);
  const char* data = img.const_data();
  for (int y = 0; y < height; ++y) {
    const char* row = data + static_cast<std::ptrdiff_t>(y) * stride;
    for (int x = 0; x < width; ++x) {
      std::uint32_t argb;
      std::memcpy(&argb, row + 4 * x, 4);
      out.at(x, y) = Rgb{static_cast<std::uint8_t>(argb >> 16), static_cast<std::uint8_t>(argb >> 8),
                         static_cast<std::uint8_t>(argb)};
    }
  }
  return out;
}

std::string page_text(const poppler::page& page) {
  // pdftotext's default reading order: columns one after the other, as a reader copies them.
  const poppler::byte_array utf8 =
      page.text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
  std::string text(utf8.begin(), utf8.end());
  while (!text.empty() && (text.back() == '\n' || text.back() == '\f' || text.back() == ' ')) text.pop_back();
  return text;
}

Readback read_back_with_poppler(const std::vector<char>& pdf, int dpi, bool render) {
  // load_from_raw_data reads the bytes in place; `pdf` outlives the document.
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(pdf.data(), static_cast<int>(pdf.size())));
  if (!doc || doc->is_locked()) throw std::runtime_error("poppler cannot open the PDF folio wrote");

  poppler::page_renderer renderer;
  // Anti-aliasing and hinting off: pixels are then a pure function of the PDF, so goldens
  // compare exactly across runs and machines with the same poppler.
  renderer.set_render_hint(poppler::page_renderer::antialiasing, false);
  renderer.set_render_hint(poppler::page_renderer::text_antialiasing, false);
  renderer.set_render_hint(poppler::page_renderer::text_hinting, false);
  renderer.set_paper_color(0xffffffff);
  renderer.set_image_format(poppler::image::format_argb32);

  Readback out;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) throw std::runtime_error("poppler cannot read page " + std::to_string(i + 1));
    out.text += page_text(*page) + "\n\f\n";
    if (!render) continue;
    const poppler::image img = renderer.render_page(page.get(), dpi, dpi);
    if (!img.is_valid()) throw std::runtime_error("poppler cannot render page " + std::to_string(i + 1));
    out.pages.push_back(to_rgb(img));
  }
  return out;
}

}  // namespace
}  // namespace folio::golden

// The module's one entry point (ReadBackEntry in rasterizer.cpp): false, with `error` set, when
// poppler cannot read the PDF.
extern "C" __attribute__((visibility("default"))) bool folio_read_back(const std::vector<char>& pdf, int dpi,
                                                                       bool render, folio::golden::Readback& out,
                                                                       std::string& error) {
  try {
    out = folio::golden::read_back_with_poppler(pdf, dpi, render);
    return true;
  } catch (const std::exception& e) {
    error = e.what();
    return false;
  }
}
