#include "common/decimal.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>

namespace folio {
namespace {

constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};

// Writes `scaled` / 10^decimals.
void append_scaled(std::string& out, std::int64_t scaled, int decimals, Zeros zeros) {
  if (scaled < 0) {
    out += '-';
    scaled = -scaled;
  }
  const std::int64_t unit = kPow10[decimals];
  char buf[24];
  const auto whole = std::to_chars(buf, buf + sizeof buf, scaled / unit);  // locale-free
  out.append(buf, whole.ptr);
  std::int64_t frac = scaled % unit;
  int digits = decimals;
  if (zeros == Zeros::Trim)
    while (digits > 0 && frac % 10 == 0) {
      frac /= 10;
      --digits;
    }
  if (digits == 0) return;
  out += '.';
  for (int d = digits - 1; d >= 0; --d) out += static_cast<char>('0' + frac / kPow10[d] % 10);
}

}  // namespace

void append_decimal(std::string& out, double v, int decimals, Zeros zeros) {
  append_scaled(out, std::llround(v * static_cast<double>(kPow10[decimals])), decimals, zeros);
}

std::string format_decimal(double v, int decimals, Zeros zeros) {
  std::string out;
  append_decimal(out, v, decimals, zeros);
  return out;
}

std::string format_points(Sp v, int decimals, Zeros zeros) {
  // v / 65536 * 10^decimals, rounded half away from zero in integers: exact where a double is not.
  const std::int64_t unit = kPow10[decimals];
  const std::int64_t magnitude = ((v < 0 ? -v : v) * unit + kSpPerPt / 2) / kSpPerPt;
  std::string out;
  append_scaled(out, v < 0 ? -magnitude : magnitude, decimals, zeros);
  return out;
}

}  // namespace folio
