#include "frame/layout_dump.hpp"

#include "common/decimal.hpp"

namespace folio::frame {
namespace {

std::string points(Sp v) { return format_points(v, 3, Zeros::Keep); }

std::string ratio(double r) { return format_decimal(r, 3, Zeros::Keep); }

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
