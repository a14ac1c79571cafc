#include "frame/layout_dump.hpp"

#include <cinttypes>
#include <cstdio>

namespace folio::frame {
namespace {

// Points with exactly three decimals, computed in integers so every machine prints the same.
std::string points(Sp v) {
  const bool negative = v < 0;
  const std::int64_t thousandths = ((negative ? -v : v) * 1000 + kSpPerPt / 2) / kSpPerPt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%s%" PRId64 ".%03" PRId64, negative ? "-" : "", thousandths / 1000,
                thousandths % 1000);
  return buf;
}

std::string ratio(double r) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.3f", r);
  return std::string(buf) == "-0.000" ? "0.000" : buf;
}

}  // namespace

std::string dump_layout(const PagedDoc& doc) {
  std::string out = "document " + points(doc.width) + " x " + points(doc.height) + " pt, " +
                    std::to_string(doc.pages.size()) + " pages\n";
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Page& page = doc.pages[p];
    out += "page " + std::to_string(p + 1) + "\n";
    for (const LineInfo& l : page.lines) {
      out += "  " + l.region + " " + l.style + " y=" + points(l.baseline) + " x=" + points(l.x) +
             " w=" + points(l.width) + " r=" + ratio(l.ratio) + (l.hyphenated ? " hyphen" : "") +
             (l.last_of_paragraph ? " end" : "") + " | " + l.text + "\n";
    }
    for (const Link& k : page.links)
      out += "  link x=" + points(k.x) + " y=" + points(k.y) + " w=" + points(k.width) +
             " h=" + points(k.height) + " " + k.uri + "\n";
    for (const Rule& r : page.rules)
      out += "  rule x=" + points(r.x) + " y=" + points(r.y) + " w=" + points(r.width) +
             " h=" + points(r.height) + "\n";
  }
  return out;
}

}  // namespace folio::frame
