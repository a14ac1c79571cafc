#include "pdf/flate.hpp"

#include <libdeflate.h>

#include <memory>
#include <new>

namespace folio::pdf {
namespace {

using namespace PoDoFo;

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// One per thread, kept: a compressor is not safe to share, and allocating one per stream would
// cost more than compressing a page.
libdeflate_compressor* thread_compressor() {
  thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> compressor(
      libdeflate_alloc_compressor(kFlateLevel));
  if (!compressor) throw std::bad_alloc();
  return compressor.get();
}

}  // namespace

std::string flate(std::string_view bytes) {
  libdeflate_compressor* c = thread_compressor();
  std::string out(libdeflate_zlib_compress_bound(c, bytes.size()), '\0');
  // The bound is libdeflate's worst case for this input, so compression cannot run out of room.
  out.resize(libdeflate_zlib_compress(c, bytes.data(), bytes.size(), out.data(), out.size()));
  // The bound is about the input's size, three times what a page's stream compresses to: a
  // document's pages are kept compressed until the PDF is written, so keep only what they hold.
  out.shrink_to_fit();
  return out;
}

void set_flate_stream(PdfObject& object, const std::string& compressed) {
  // Appended in one piece, PoDoFo's buffer is the stream's size; SetRawData reads it in 4 KB
  // chunks into a buffer that doubles, which held a long document's streams twice over.
  // The key first: a PDF written as it is made writes the object out when its stream begins.
  object.GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
  PdfStream& stream = *object.GetStream();
  stream.BeginAppend(TVecFilters(), true, false);  // the bytes are already Flate data
  stream.Append(compressed.data(), compressed.size());
  stream.EndAppend();
}

}  // namespace folio::pdf
