#include "image/jpeg_reader.hpp"

// jpeglib.h needs FILE and size_t declared first.
#include <cstddef>
#include <cstdio>
// clang-format off
#include <jpeglib.h>
#include <jerror.h>
// clang-format on

#include <csetjmp>

#include "folio/diagnostic.hpp"
#include "image/jpeg_markers.hpp"
#include "image/pixel_limit.hpp"

namespace folio::image {
namespace {

// libjpeg reports errors through callbacks that must not return: they jump back to check().
struct ErrorManager {
  jpeg_error_mgr pub;
  std::jmp_buf jump;
  char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void fail(j_common_ptr cinfo) {
  auto* err = reinterpret_cast<ErrorManager*>(cinfo->err);
  (*cinfo->err->format_message)(cinfo, err->message);
  std::longjmp(err->jump, 1);
}

// libjpeg only warns about data it cannot decode (and makes up grey blocks for it); these
// warnings mean the picture would print damaged, so they are errors here.
void on_message(j_common_ptr cinfo, int level) {
  if (level != -1) return;  // trace messages
  switch (cinfo->err->msg_code) {
    case JWRN_JPEG_EOF:
    case JWRN_HUFF_BAD_CODE:
    case JWRN_HIT_MARKER:
    case JWRN_MUST_RESYNC:
    case JWRN_BOGUS_PROGRESSION:
    case JWRN_NOT_SEQUENTIAL:
      fail(cinfo);
    default:
      break;  // harmless: extraneous bytes, an unknown JFIF version or Adobe transform
  }
}

void silent(j_common_ptr) {}

struct Header {
  int width = 0, height = 0, components = 0, precision = 8;
  bool adobe = false, arithmetic = false;
};

// Reads the header (up to the first scan). Returns false with err.message set when libjpeg
// failed. No C++ object lives in this frame, so the long jump skips no destructor.
bool read_header(const unsigned char* data, std::size_t size, Header& header, ErrorManager& err) {
  jpeg_decompress_struct cinfo;
  cinfo.err = jpeg_std_error(&err.pub);
  err.pub.error_exit = fail;
  err.pub.emit_message = on_message;
  err.pub.output_message = silent;
  if (setjmp(err.jump)) {
    jpeg_destroy_decompress(&cinfo);
    return false;
  }
  jpeg_create_decompress(&cinfo);
  jpeg_mem_src(&cinfo, data, static_cast<unsigned long>(size));
  jpeg_read_header(&cinfo, TRUE);
  header.width = static_cast<int>(cinfo.image_width);
  header.height = static_cast<int>(cinfo.image_height);
  header.components = cinfo.num_components;
  header.precision = cinfo.data_precision;
  header.adobe = cinfo.saw_Adobe_marker != 0;
  header.arithmetic = cinfo.arith_code != 0;
  jpeg_destroy_decompress(&cinfo);
  return true;
}

}  // namespace

Picture read_jpeg(std::string bytes) {
  Header header;
  ErrorManager err;
  if (!read_header(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), header, err))
    throw Error(SourcePos{}, std::string("the JPEG file is damaged (") + err.message + ")");
  // The scans are not decoded (the DCT stream passes through): their markers say whether the
  // file is whole.
  const std::string problem = jpeg_structure_problem(bytes);
  if (!problem.empty()) throw Error(SourcePos{}, "the JPEG file is damaged (" + problem + ")");
  check_pixel_limit(header.width, header.height);
  if (header.arithmetic)
    throw Error(SourcePos{}, "the JPEG file uses arithmetic coding, which PDF cannot show: save it again as a "
                             "standard (Huffman-coded) JPEG");
  if (header.precision != 8)
    throw Error(SourcePos{}, "the JPEG file has " + std::to_string(header.precision) +
                                 "-bit samples, which PDF cannot show: save it again with 8 bits");
  if (header.components != 1 && header.components != 3 && header.components != 4)
    throw Error(SourcePos{}, "the JPEG file has " + std::to_string(header.components) +
                                 " colour components: save it as greyscale, RGB or CMYK");

  Picture p;
  p.format = Format::Jpeg;
  p.width_px = header.width;
  p.height_px = header.height;
  p.space = header.components == 1 ? ColorSpace::Gray : header.components == 3 ? ColorSpace::Rgb : ColorSpace::Cmyk;
  // Photoshop writes CMYK (and YCCK) JPEGs with an Adobe marker and every sample inverted.
  p.inverted = header.components == 4 && header.adobe;
  p.data = std::move(bytes);
  return p;
}

}  // namespace folio::image
