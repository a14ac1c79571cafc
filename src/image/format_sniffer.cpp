#include "image/format_sniffer.hpp"

#include <string>

#include "common/ascii.hpp"
#include "folio/diagnostic.hpp"

namespace folio::image {
namespace {

bool starts_with(std::string_view bytes, std::string_view magic) { return bytes.substr(0, magic.size()) == magic; }

// An SVG file is XML text whose root element is <svg>: look for it near the start, past an XML
// declaration, comments and a DOCTYPE.
bool looks_like_svg(std::string_view bytes) {
  const std::string head = ascii_lower(std::string(bytes.substr(0, 4096)));
  const std::size_t start = head.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  return start != std::string::npos && head[start] == '<' && head.find("<svg") != std::string::npos;
}

[[noreturn]] void unsupported(const std::string& what, const std::string& advice) {
  throw Error(SourcePos{}, what + " is not a format folio reads: " + advice);
}

}  // namespace

Format sniff_format(std::string_view bytes) {
  if (bytes.empty()) throw Error(SourcePos{}, "the file is empty");
  if (starts_with(bytes, "\xFF\xD8\xFF")) return Format::Jpeg;
  if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return Format::Png;
  // A PDF's header may follow a little junk (the format allows 1024 bytes of it).
  if (bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos) return Format::Pdf;

  const std::string raster = "convert it to JPEG (a photo) or PNG (a chart, a screenshot)";
  // Fields past the start are compared only where the file reaches (a 2-byte file threw
  // std::out_of_range from substr: found by fuzzing).
  if (starts_with(bytes, "RIFF") && bytes.size() >= 12 && bytes.substr(8, 4) == "WEBP") unsupported("WebP", raster);
  if (starts_with(bytes, std::string_view("II*\0", 4)) || starts_with(bytes, std::string_view("MM\0*", 4)))
    unsupported("TIFF", "convert it to JPEG (a photo, CMYK included) or PNG");
  if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a")) unsupported("GIF", "convert it to PNG");
  if (starts_with(bytes, "BM")) unsupported("BMP", "convert it to PNG");
  if (bytes.size() >= 8 && bytes.substr(4, 4) == "ftyp") unsupported("HEIF/AVIF", "convert it to JPEG");
  if (starts_with(bytes, "%!PS"))
    unsupported("PostScript", "convert it to PDF (for example with 'ps2pdf -dEPSCrop'), which keeps it vector");
  if (looks_like_svg(bytes))
    unsupported("SVG",
                "convert it to PDF, which keeps it vector (for example with 'rsvg-convert -f pdf -o chart.pdf "
                "chart.svg')");
  throw Error(SourcePos{}, "the file is not a JPEG, PNG or PDF file (the formats folio reads)");
}

}  // namespace folio::image
