#include "golden/png_io.hpp"

#include <png.h>

#include <cstdio>
#include <filesystem>

#include "common/atomic_file.hpp"
#include "folio/diagnostic.hpp"

namespace folio::golden {

static_assert(sizeof(Rgb) == 3, "Image pixels are handed to libpng as packed RGB bytes");

Image read_png(const std::string& path) {
  png_image png{};
  png.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_file(&png, path.c_str()))
    throw Error(SourcePos{path}, std::string("cannot read PNG: ") + png.message);
  png.format = PNG_FORMAT_RGB;
  Image image(static_cast<int>(png.width), static_cast<int>(png.height));
  const png_color white{255, 255, 255};  // composes any alpha over paper white
  if (!png_image_finish_read(&png, &white, image.pixels.data(), 0, nullptr)) {
    const std::string message = png.message;
    png_image_free(&png);
    throw Error(SourcePos{path}, "cannot read PNG: " + message);
  }
  return image;
}

void write_png(const std::string& path, const Image& image) {
  png_image png{};
  png.version = PNG_IMAGE_VERSION;
  png.width = static_cast<png_uint_32>(image.width);
  png.height = static_cast<png_uint_32>(image.height);
  png.format = PNG_FORMAT_RGB;
  // Encoded in memory first (libpng's simplified API sizes the buffer), then written atomically.
  png_alloc_size_t size = 0;
  if (!png_image_write_to_memory(&png, nullptr, &size, 0, image.pixels.data(), 0, nullptr))
    throw Error(SourcePos{path}, std::string("cannot write PNG: ") + png.message);
  std::string bytes(size, '\0');
  if (!png_image_write_to_memory(&png, bytes.data(), &size, 0, image.pixels.data(), 0, nullptr))
    throw Error(SourcePos{path}, std::string("cannot write PNG: ") + png.message);
  bytes.resize(size);
  write_file_atomically(path, bytes, "PNG");
}

}  // namespace folio::golden
