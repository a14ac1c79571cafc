// An image file: bytes -> the format they begin with -> the JPEG header and markers, the PNG
// decoded (within the pixel limit), or a PDF's page 1 -> the Picture the PDF writer embeds. A
// file folio refuses is a folio::Error; anything else is a finding.
#include "fuzz_support.hpp"
#include "image/picture_cache.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace folio;
  return fuzz::one_input([&] { image::decode_picture(fuzz::text_of(data, size)); });
}
