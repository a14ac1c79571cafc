#include "image/png_reader.hpp"

#include <png.h>
#include <zlib.h>

#include <csetjmp>
#include <cstdio>
#include <cstring>
#include <vector>

#include "folio/diagnostic.hpp"
#include "image/pixel_limit.hpp"

namespace folio::image {
namespace {

struct Source {
  std::string_view bytes;
  std::size_t at = 0;
  char message[200] = "";
};

void read_bytes(png_structp png, png_bytep out, png_size_t n) {
  auto* src = static_cast<Source*>(png_get_io_ptr(png));
  if (n > src->bytes.size() - src->at) png_error(png, "the file ends too early (truncated)");
  std::memcpy(out, src->bytes.data() + src->at, n);
  src->at += n;
}

// libpng's errors jump back to the setjmp of the step that failed, with the message kept.
void on_error(png_structp png, png_const_charp message) {
  auto* src = static_cast<Source*>(png_get_error_ptr(png));
  std::snprintf(src->message, sizeof src->message, "%s", message);
  png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}  // ancillary oddities: the pixels are still right

// The two steps that may jump hold no C++ object, so a jump skips no destructor.
bool read_header(png_structp png, png_infop info) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_read_info(png, info);
  return true;
}

bool read_pixels(png_structp png, png_infop info, png_bytepp rows) {
  if (setjmp(png_jmpbuf(png))) return false;
  png_set_expand(png);  // palette -> RGB, 1/2/4-bit grey -> 8 bits, tRNS -> an alpha channel
  if (png_get_bit_depth(png, info) == 16) png_set_strip_16(png);  // the high byte of each sample
  png_set_interlace_handling(png);
  png_read_update_info(png, info);
  png_read_image(png, rows);
  png_read_end(png, nullptr);  // reads up to IEND, so a damaged tail is noticed too
  return true;
}

struct PngHandle {
  png_structp png = nullptr;
  png_infop info = nullptr;
  ~PngHandle() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

std::string deflated(const std::vector<unsigned char>& raw) {
  uLongf size = compressBound(static_cast<uLong>(raw.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, raw.data(), static_cast<uLong>(raw.size()),
                Z_DEFAULT_COMPRESSION) != Z_OK)
    throw Error(SourcePos{}, "cannot compress the image's pixels (out of memory?)");
  out.resize(size);
  return out;
}

[[noreturn]] void damaged(const Source& src) {
  throw Error(SourcePos{}, std::string("the PNG file is damaged (") + src.message + ")");
}

}  // namespace

Picture read_png(std::string_view bytes) {
  Source src{bytes};
  PngHandle h;
  h.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &src, on_error, on_warning);
  if (h.png) h.info = png_create_info_struct(h.png);
  if (!h.png || !h.info) throw Error(SourcePos{}, "cannot read PNG files (libpng failed to start)");
  png_set_read_fn(h.png, &src, read_bytes);
  if (!read_header(h.png, h.info)) damaged(src);

  const png_uint_32 width = png_get_image_width(h.png, h.info), height = png_get_image_height(h.png, h.info);
  check_pixel_limit(width, height);  // before a single row is decoded
  const int type = png_get_color_type(h.png, h.info);
  const bool color = (type & PNG_COLOR_MASK_COLOR) != 0;
  const bool alpha = (type & PNG_COLOR_MASK_ALPHA) != 0 || png_get_valid(h.png, h.info, PNG_INFO_tRNS) != 0;
  const std::size_t channels = (color ? 3 : 1) + (alpha ? 1 : 0);
  const std::size_t row_bytes = width * channels;

  std::vector<unsigned char> pixels(row_bytes * height);
  std::vector<png_bytep> rows(height);
  for (png_uint_32 y = 0; y < height; ++y) rows[y] = pixels.data() + y * row_bytes;
  if (!read_pixels(h.png, h.info, rows.data())) damaged(src);

  // Split the alpha channel off: the PDF takes it as a separate soft-mask image.
  const std::size_t colors = channels - (alpha ? 1 : 0);
  std::vector<unsigned char> samples, mask;
  samples.reserve(std::size_t(width) * height * colors);
  if (alpha) mask.reserve(std::size_t(width) * height);
  bool opaque = true;
  for (std::size_t i = 0; i < pixels.size(); i += channels) {
    samples.insert(samples.end(), pixels.begin() + i, pixels.begin() + i + colors);
    if (alpha) {
      mask.push_back(pixels[i + colors]);
      opaque = opaque && mask.back() == 255;
    }
  }

  Picture p;
  p.format = Format::Png;
  p.width_px = static_cast<int>(width);
  p.height_px = static_cast<int>(height);
  p.space = color ? ColorSpace::Rgb : ColorSpace::Gray;
  p.data = deflated(samples);
  if (alpha && !opaque) p.alpha = deflated(mask);  // a tRNS that marks no pixel changes nothing
  return p;
}

}  // namespace folio::image
