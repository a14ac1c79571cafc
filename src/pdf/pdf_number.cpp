#include "pdf/pdf_number.hpp"

#include <charconv>
#include <cmath>

namespace folio::pdf {

double round3(double v) { return static_cast<double>(std::llround(v * 1000.0)) / 1000.0; }

void append_number(std::string& out, double v) {
  long long milli = std::llround(v * 1000.0);
  if (milli < 0) {
    out += '-';
    milli = -milli;
  }
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof buf, milli / 1000);  // locale-free by definition
  out.append(buf, res.ptr);
  int frac = static_cast<int>(milli % 1000);
  if (frac == 0) return;
  char digits[4] = {static_cast<char>('0' + frac / 100), static_cast<char>('0' + frac / 10 % 10),
                    static_cast<char>('0' + frac % 10), 0};
  int n = 3;
  while (digits[n - 1] == '0') --n;
  out += '.';
  out.append(digits, n);
}

}  // namespace folio::pdf
