#include "font/font_file_check.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <vector>

namespace folio::font {
namespace {

// Big-endian numbers from the file at `offset`; false past its end.
bool read_be(std::ifstream& in, std::uint64_t offset, int bytes, std::uint32_t& value) {
  unsigned char b[4] = {};
  in.clear();
  in.seekg(static_cast<std::streamoff>(offset));
  if (!in.read(reinterpret_cast<char*>(b), bytes)) return false;
  value = 0;
  for (int i = 0; i < bytes; ++i) value = (value << 8) | b[i];
  return true;
}

}  // namespace

// FreeType and HarfBuzz both quietly clip a table that runs past the end of the file, so the
// check reads the table directory itself (OpenType spec, "Table Directory" and "TTC Header"):
// only the offsets and lengths, nothing of the tables.
std::string font_file_damage(const std::string& path, int index) {
  std::error_code ec;
  const std::uint64_t size = std::filesystem::file_size(path, ec);
  std::ifstream in(path, std::ios::binary);
  if (ec || !in) return "it cannot be read";
  std::uint32_t tag = 0, directory = 0;
  if (!read_be(in, 0, 4, tag)) return "it is too short to be a font";
  if (tag == 0x74746366) {  // 'ttcf': a collection; its header lists where each font's directory is
    std::uint32_t fonts = 0;
    if (!read_be(in, 8, 4, fonts) || index < 0 || static_cast<std::uint32_t>(index) >= fonts ||
        !read_be(in, 12 + 4 * static_cast<std::uint64_t>(index), 4, directory))
      return "its collection header is cut short";
  }
  std::uint32_t tables = 0;
  if (!read_be(in, directory + 4, 2, tables)) return "its table directory is cut short";
  for (std::uint32_t i = 0; i < tables; ++i) {
    const std::uint64_t record = directory + 12 + 16 * static_cast<std::uint64_t>(i);
    std::uint32_t t = 0, offset = 0, length = 0;
    if (!read_be(in, record, 4, t) || !read_be(in, record + 8, 4, offset) ||
        !read_be(in, record + 12, 4, length))
      return "its table directory is cut short";
    if (static_cast<std::uint64_t>(offset) + length > size) {
      const char name[] = {static_cast<char>(t >> 24), static_cast<char>(t >> 16), static_cast<char>(t >> 8),
                           static_cast<char>(t), '\0'};
      return std::string("table '") + name + "' runs past the end of the file";
    }
  }
  return "";
}

}  // namespace folio::font
