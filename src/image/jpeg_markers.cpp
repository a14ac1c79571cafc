#include "image/jpeg_markers.hpp"

#include <cstddef>

namespace folio::image {
namespace {

constexpr unsigned char kSoi = 0xD8, kEoi = 0xD9, kSos = 0xDA, kTem = 0x01;

bool is_restart(unsigned char m) { return m >= 0xD0 && m <= 0xD7; }

unsigned char byte_at(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

}  // namespace

std::string jpeg_structure_problem(std::string_view bytes) {
  const std::string eof = "Premature end of JPEG file";
  if (bytes.size() < 4 || byte_at(bytes, 0) != 0xFF || byte_at(bytes, 1) != kSoi) return "Not a JPEG file";
  std::size_t i = 2;
  bool in_scan = false;  // after an SOS segment: entropy-coded data until the next marker
  while (true) {
    if (in_scan) {
      // Inside entropy-coded data 0xFF is followed by 0x00 (a stuffed byte) or a restart marker.
      const std::size_t ff = bytes.find('\xFF', i);
      if (ff == std::string_view::npos || ff + 1 >= bytes.size()) return eof;
      const unsigned char next = byte_at(bytes, ff + 1);
      if (next == 0x00 || is_restart(next) || next == 0xFF) {
        i = ff + (next == 0xFF ? 1 : 2);
        continue;
      }
      in_scan = false;
      i = ff;
    }
    // A marker, possibly after fill bytes (0xFF repeated).
    if (i >= bytes.size() || byte_at(bytes, i) != 0xFF) return "the data between two markers is not a marker";
    while (i < bytes.size() && byte_at(bytes, i) == 0xFF) ++i;
    if (i >= bytes.size()) return eof;
    const unsigned char marker = byte_at(bytes, i++);
    if (marker == kEoi) return "";
    if (marker == kSoi || marker == kTem || is_restart(marker)) continue;  // no length follows
    if (i + 2 > bytes.size()) return eof;
    const std::size_t length = (static_cast<std::size_t>(byte_at(bytes, i)) << 8) | byte_at(bytes, i + 1);
    if (length < 2) return "a marker segment is shorter than its length field";
    if (i + length > bytes.size()) return eof;
    i += length;
    in_scan = marker == kSos;
  }
}

}  // namespace folio::image
