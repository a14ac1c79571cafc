#include "pdf/cff_charset.hpp"

#include <algorithm>
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

// One operator of a DICT: its integer operands, and where its last operand is encoded (so that
// a 5-byte integer there can be rewritten in place).
struct DictEntry {
  std::vector<long> operands;
  std::size_t last_at = 0;
  std::uint32_t last_b0 = 0;  // that operand's first byte: 29 is a 5-byte integer
};

// The operators of a DICT (two-byte operators as 1200 + second byte).
std::map<int, DictEntry> read_dict(Reader& r, std::size_t at, std::size_t end) {
  std::map<int, DictEntry> ops;
  DictEntry entry;
  while (at < end && r.ok()) {
    const std::uint32_t b0 = r.uint(at, 1);
    if (b0 > 21) {
      entry.last_at = at;
      entry.last_b0 = b0;
    }
    if (b0 <= 21) {
      int op = static_cast<int>(b0);
      ++at;
      if (b0 == 12) op = 1200 + static_cast<int>(r.uint(at++, 1));
      ops[op] = entry;
      entry = DictEntry{};
    } else if (b0 == 28) {
      entry.operands.push_back(static_cast<std::int16_t>(r.uint(at + 1, 2)));
      at += 3;
    } else if (b0 == 29) {
      entry.operands.push_back(static_cast<std::int32_t>(r.uint(at + 1, 4)));
      at += 5;
    } else if (b0 == 30) {  // a real: nibbles up to 0xf; its value is of no use here
      ++at;
      while (at < end && r.ok() && (r.uint(at, 1) & 0x0F) != 0x0F && (r.uint(at, 1) >> 4) != 0x0F) ++at;
      ++at;
      entry.operands.push_back(0);
    } else if (b0 >= 32 && b0 <= 246) {
      entry.operands.push_back(static_cast<long>(b0) - 139);
      ++at;
    } else if (b0 >= 247 && b0 <= 250) {
      entry.operands.push_back((static_cast<long>(b0) - 247) * 256 + r.uint(at + 1, 1) + 108);
      at += 2;
    } else if (b0 >= 251 && b0 <= 254) {
      entry.operands.push_back(-(static_cast<long>(b0) - 251) * 256 - r.uint(at + 1, 1) - 108);
      at += 2;
    } else {
      return {};  // a reserved byte: not a DICT
    }
  }
  return ops;
}

constexpr int kCharset = 15, kCharStrings = 17, kRos = 1230, kCidCount = 1234;

void put_u16(std::string& out, std::uint32_t v) {
  out += static_cast<char>((v >> 8) & 0xFF);
  out += static_cast<char>(v & 0xFF);
}

void set_u32(std::string& s, std::size_t at, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) s[at + static_cast<std::size_t>(i)] = static_cast<char>((v >> (24 - 8 * i)) & 0xFF);
}

}  // namespace

std::string cff_charset(const std::vector<std::uint32_t>& cids) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> runs;  // (first CID, glyphs after it)
  for (std::size_t g = 1; g < cids.size(); ++g) {
    if (!runs.empty() && cids[g] == runs.back().first + runs.back().second + 1)
      ++runs.back().second;
    else
      runs.emplace_back(cids[g], 0);
  }
  std::string format0(1, '\0'), format1(1, '\x01'), format2(1, '\x02');
  for (std::size_t g = 1; g < cids.size(); ++g) put_u16(format0, cids[g]);
  for (const auto& [first, left] : runs) {
    for (std::uint32_t done = 0; done <= left; done += 256) {  // format 1's nLeft is one byte
      put_u16(format1, first + done);
      format1 += static_cast<char>(std::min<std::uint32_t>(left - done, 255));
    }
    put_u16(format2, first);
    put_u16(format2, left);
  }
  const std::string* best = &format0;
  if (format1.size() < best->size()) best = &format1;
  if (format2.size() < best->size()) best = &format2;
  return *best;
}

bool cid_keyed(std::string_view cff) {
  Reader r(cff);
  const Index names = read_index(r, r.uint(2, 1));
  const Index top = read_index(r, names.next);
  return r.ok() && top.starts.size() >= 2 && read_dict(r, top.starts[0], top.starts[1]).count(kRos) > 0;
}

bool set_cff_cids(std::string& cff, const std::vector<std::uint32_t>& cids) {
  if (cids.empty() || cids[0] != 0) return false;
  for (std::size_t g = 1; g < cids.size(); ++g)
    if (cids[g] <= cids[g - 1] || cids[g] > 0xFFFF) return false;
  Reader r(cff);
  const std::size_t header_size = r.uint(2, 1);
  const Index names = read_index(r, header_size);
  const Index top = read_index(r, names.next);
  if (!r.ok() || top.starts.size() < 2) return false;
  const auto dict = read_dict(r, top.starts[0], top.starts[1]);
  const auto charset = dict.find(kCharset), strings = dict.find(kCharStrings), count = dict.find(kCidCount);
  if (!dict.count(kRos) || charset == dict.end() || strings == dict.end() || charset->second.operands.size() != 1 ||
      strings->second.operands.size() != 1)
    return false;
  const Index glyphs = read_index(r, static_cast<std::size_t>(strings->second.operands[0]));
  const std::size_t at = static_cast<std::size_t>(charset->second.operands[0]);
  if (!r.ok() || glyphs.starts.size() != cids.size() + 1 || at <= 2) return false;  // 0-2: predefined charsets
  // A reader may refuse CIDs at or past CIDCount (8720 when the font does not say).
  const long cid_count = count == dict.end() ? 8720 : count->second.operands.empty() ? -1 : count->second.operands[0];
  const bool raise_count = cid_count <= static_cast<long>(cids.back());
  if (raise_count && (count == dict.end() || count->second.last_b0 != 29)) return false;

  // How long the charset is now: the new one replaces it when it fits.
  const std::uint32_t format = r.uint(at, 1);
  std::size_t pos = at + 1, covered = 1;
  while (covered < cids.size() && r.ok()) {
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
  const std::string charset_bytes = cff_charset(cids);
  if (charset_bytes.size() > pos - at && charset->second.last_b0 != 29) return false;  // no room for a new offset
  if (raise_count) set_u32(cff, count->second.last_at + 1, cids.back() + 1);
  if (charset_bytes.size() <= pos - at) {
    cff.replace(at, charset_bytes.size(), charset_bytes);
  } else {  // at the end of the table, where nothing else points
    set_u32(cff, charset->second.last_at + 1, static_cast<std::uint32_t>(cff.size()));
    cff += charset_bytes;
  }
  return true;
}

}  // namespace folio::pdf
