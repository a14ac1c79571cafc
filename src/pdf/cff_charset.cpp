#include "pdf/cff_charset.hpp"

#include <map>
#include <string_view>
#include <utility>
#include <vector>

namespace folio::pdf {
namespace {

// Reads big-endian numbers out of the table, failing (not crashing) past its end.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool ok() const { return ok_; }
  std::uint32_t uint(std::size_t at, int bytes) {
    if (at + static_cast<std::size_t>(bytes) > data_.size() || bytes < 1 || bytes > 4) {
      ok_ = false;
      return 0;
    }
    std::uint32_t v = 0;
    for (int i = 0; i < bytes; ++i) v = v << 8 | static_cast<unsigned char>(data_[at + static_cast<std::size_t>(i)]);
    return v;
  }
  std::size_t size() const { return data_.size(); }

 private:
  std::string_view data_;
  bool ok_ = true;
};

// A CFF INDEX at `at`: the start and end of its entries, and where the next structure begins.
struct Index {
  std::vector<std::size_t> starts;  // count + 1 offsets into the table
  std::size_t next = 0;
};

Index read_index(Reader& r, std::size_t at) {
  Index index;
  const std::uint32_t count = r.uint(at, 2);
  if (count == 0) {
    index.next = at + 2;
    return index;
  }
  const int off_size = static_cast<int>(r.uint(at + 2, 1));
  const std::size_t offsets = at + 3;
  const std::size_t data = offsets + (count + 1) * static_cast<std::size_t>(off_size) - 1;  // offsets are 1-based
  for (std::uint32_t i = 0; i <= count && r.ok(); ++i)
    index.starts.push_back(data + r.uint(offsets + i * static_cast<std::size_t>(off_size), off_size));
  index.next = index.starts.empty() ? r.size() : index.starts.back();
  return index;
}

// The integer operands of each operator of a DICT (two-byte operators as 1200 + second byte).
std::map<int, std::vector<long>> read_dict(Reader& r, std::size_t at, std::size_t end) {
  std::map<int, std::vector<long>> ops;
  std::vector<long> operands;
  while (at < end && r.ok()) {
    const std::uint32_t b0 = r.uint(at, 1);
    if (b0 <= 21) {
      int op = static_cast<int>(b0);
      ++at;
      if (b0 == 12) op = 1200 + static_cast<int>(r.uint(at++, 1));
      ops[op] = operands;
      operands.clear();
    } else if (b0 == 28) {
      operands.push_back(static_cast<std::int16_t>(r.uint(at + 1, 2)));
      at += 3;
    } else if (b0 == 29) {
      operands.push_back(static_cast<std::int32_t>(r.uint(at + 1, 4)));
      at += 5;
    } else if (b0 == 30) {  // a real: nibbles up to 0xf; its value is of no use here
      ++at;
      while (at < end && r.ok() && (r.uint(at, 1) & 0x0F) != 0x0F && (r.uint(at, 1) >> 4) != 0x0F) ++at;
      ++at;
      operands.push_back(0);
    } else if (b0 >= 32 && b0 <= 246) {
      operands.push_back(static_cast<long>(b0) - 139);
      ++at;
    } else if (b0 >= 247 && b0 <= 250) {
      operands.push_back((static_cast<long>(b0) - 247) * 256 + r.uint(at + 1, 1) + 108);
      at += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      operands.push_back(-(static_cast<long>(b0) - 251) * 256 - r.uint(at + 1, 1) - 108);
      at += 2;
    } else {
      return {};  // a reserved byte: not a DICT
    }
  }
  return ops;
}

constexpr int kCharset = 15, kCharStrings = 17, kRos = 1230;

}  // namespace

// The 'CFF ' table's place in an OpenType file (its table directory), or {0, 0}.
std::pair<std::size_t, std::size_t> cff_table(const std::string& otf) {
  Reader r(otf);
  const std::uint32_t tables = r.uint(4, 2);
  for (std::uint32_t i = 0; i < tables && r.ok(); ++i) {
    const std::size_t record = 12 + 16 * static_cast<std::size_t>(i);
    if (otf.compare(record, 4, "CFF ") == 0) {
      const std::size_t at = r.uint(record + 8, 4), length = r.uint(record + 12, 4);
      if (r.ok() && at + length <= otf.size()) return {at, length};
    }
  }
  return {0, 0};
}

bool make_cids_glyph_ids(std::string& otf) {
  const auto [table, length] = cff_table(otf);
  if (length == 0) return false;
  Reader r(std::string_view(otf).substr(table, length));
  const std::size_t header_size = r.uint(2, 1);
  const Index names = read_index(r, header_size);
  const Index top = read_index(r, names.next);
  if (!r.ok() || top.starts.size() < 2) return false;
  const auto dict = read_dict(r, top.starts[0], top.starts[1]);
  const auto charset = dict.find(kCharset), strings = dict.find(kCharStrings);
  if (!dict.count(kRos) || charset == dict.end() || strings == dict.end() || charset->second.size() != 1 ||
      strings->second.size() != 1)
    return false;
  const Index glyphs = read_index(r, static_cast<std::size_t>(strings->second[0]));
  const std::size_t at = static_cast<std::size_t>(charset->second[0]);
  if (!r.ok() || glyphs.starts.size() < 2 || at <= 2) return false;  // 0-2: predefined, name-keyed charsets
  const std::size_t count = glyphs.starts.size() - 1;
  if (count < 2) return true;  // only .notdef: nothing to rename

  // How long the charset is now, so the identity provably fits in its place.
  const std::uint32_t format = r.uint(at, 1);
  std::size_t pos = at + 1, covered = 1;
  while (covered < count && r.ok()) {
    if (format == 0) {
      pos += 2, covered += 1;
    } else if (format == 1 || format == 2) {
      covered += 1 + r.uint(pos + 2, format == 1 ? 1 : 2);
      pos += format == 1 ? 3 : 4;
    } else {
      return false;
    }
  }
  if (!r.ok()) return false;
  // Glyphs 1 .. count-1 are CIDs 1 .. count-1: one range.
  const std::size_t left = count - 2;
  std::string identity;
  if (left < 256)
    identity = {'\x01', '\x00', '\x01', static_cast<char>(left)};
  else
    identity = {'\x02', '\x00', '\x01', static_cast<char>(left >> 8), static_cast<char>(left & 0xFF)};
  if (identity.size() > pos - at) return false;
  otf.replace(table + at, identity.size(), identity);
  return true;
}

}  // namespace folio::pdf
