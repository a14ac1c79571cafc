#include "font/font_file_check.hpp"

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <vector>

namespace folio::font {
namespace {

// The bytes of a file's region read in one go: the checks below read a few numbers each from
// a directory of 12 + 16 bytes per table, and a seek and a read for each of them (about 60 a
// font, for 40-odd fonts every render) cost more than the render's paragraphs of a short issue.
class Region {
 public:
  // Reads [offset, offset + length) of `in`, or as much of it as the file has.
  Region(std::ifstream& in, std::uint64_t offset, std::uint64_t length) : offset_(offset) {
    bytes_.resize(static_cast<std::size_t>(length));
    in.clear();
    in.seekg(static_cast<std::streamoff>(offset));
    in.read(reinterpret_cast<char*>(bytes_.data()), static_cast<std::streamsize>(length));
    bytes_.resize(static_cast<std::size_t>(in.gcount()));
  }

  // The big-endian number of `bytes` bytes at file offset `at`; false when the region (the
  // file) ends before it.
  bool number(std::uint64_t at, int bytes, std::uint32_t& value) const {
    if (at < offset_ || at - offset_ + static_cast<std::uint64_t>(bytes) > bytes_.size()) return false;
    value = 0;
    for (int i = 0; i < bytes; ++i) value = (value << 8) | bytes_[static_cast<std::size_t>(at - offset_) + i];
    return true;
  }

 private:
  std::uint64_t offset_;
  std::vector<unsigned char> bytes_;
};

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
  const Region header(in, 0, 12);
  if (!header.number(0, 4, tag)) return "it is too short to be a font";
  if (tag == 0x74746366) {  // 'ttcf': a collection; its header lists where each font's directory is
    std::uint32_t fonts = 0;
    if (!header.number(8, 4, fonts) || index < 0 || static_cast<std::uint32_t>(index) >= fonts ||
        !Region(in, 12 + 4 * static_cast<std::uint64_t>(index), 4)
             .number(12 + 4 * static_cast<std::uint64_t>(index), 4, directory))
      return "its collection header is cut short";
  }
  std::uint32_t tables = 0;
  const Region head(in, directory, 12);
  if (!head.number(directory + 4, 2, tables)) return "its table directory is cut short";
  const Region records(in, directory + 12, 16 * static_cast<std::uint64_t>(tables));
  for (std::uint32_t i = 0; i < tables; ++i) {
    const std::uint64_t record = directory + 12 + 16 * static_cast<std::uint64_t>(i);
    std::uint32_t t = 0, offset = 0, length = 0;
    if (!records.number(record, 4, t) || !records.number(record + 8, 4, offset) ||
        !records.number(record + 12, 4, length))
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
