#include "pdf/content_stream.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "frame/flatten.hpp"
#include "pdf/glyph_usage.hpp"
#include "pdf/pdf_number.hpp"

namespace folio::pdf {
namespace {

constexpr char kHex[] = "0123456789ABCDEF";

class ContentWriter {
 public:
  ContentWriter(Sp page_height, const std::vector<ContentFont>& fonts)
      : height_(page_height), fonts_(fonts) {}

  void rule(const frame::Placed<frame::Rule>& placed) {
    const frame::Rule& r = *placed;
    if (r.width <= 0 || r.height <= 0) return;
    set_fill(r.color);
    num(to_pt(placed.at.x));
    num(to_pt(height_ - placed.at.y - r.height));
    num(to_pt(r.width));
    num(to_pt(r.height));
    out_ += "re f\n";
  }

  void run(const frame::Placed<frame::GlyphRun>& placed) {
    const frame::GlyphRun& run = *placed;
    if (!drawable(run)) return;
    double size = round3(to_pt(run.size));
    if (!in_text_) {
      out_ += "BT\n";
      in_text_ = true;
    }
    const int font = index_of(run.font);
    if (font != font_ || size != size_) {
      font_ = font;
      size_ = size;
      out_ += '/' + fonts_[font_].resource + ' ';
      num(size);
      out_ += "Tf\n";
      used_.push_back(font_);
    }
    set_fill(run.color);
    // Horizontal scaling (font expansion) is text state: it scales glyph widths and TJ
    // adjustments alike, but not the Tm origin.
    const double h = round3(run.h_scale * 100.0) / 100.0;
    if (h != h_scale_) {
      h_scale_ = h;
      num(h * 100.0);
      out_ += "Tz\n";
    }
    const double unit = size * h;  // text space units (1/1000 em) to pt along the line
    const auto& width1000 = fonts_[font_].width1000;

    Sp pen = placed.at.x;
    bool in_array = false;
    double cur_x = 0, cur_y = 0;  // where the reader's text position really is, in pt
    for (const auto& g : run.glyphs) {
      double target_x = to_pt(pen + g.x_offset);
      double target_y = round3(to_pt(height_ - placed.at.y + g.y_offset));
      bool offset = g.x_offset != 0 || g.y_offset != 0;
      if (!in_array || offset || target_y != cur_y) {
        // A new text matrix: the first glyph, a mark placed by HarfBuzz, or back to the baseline.
        close_array(in_array);
        cur_x = round3(target_x);
        cur_y = target_y;
        out_ += "1 0 0 1 ";
        num(cur_x);
        num(cur_y);
        out_ += "Tm\n[";
        in_array = true;
      } else if (std::fabs(cur_x - target_x) >= 0.0005) {         // below the 0.001 pt grid of Tm
        double adj = round3((cur_x - target_x) * 1000.0 / unit);  // negative moves right
        if (adj != 0) {
          close_hex();
          append_number(out_, adj);
          cur_x -= adj * unit / 1000.0;
        }
      }
      if (!in_hex_) {
        out_ += '<';
        in_hex_ = true;
      }
      const ContentFont& f = fonts_[font_];
      const auto mapped = f.codes.find(g.gid);
      const std::uint32_t code = mapped == f.codes.end() ? g.gid : mapped->second;
      for (int shift = 8 * f.code_bytes - 4; shift >= 0; shift -= 4) out_ += kHex[(code >> shift) & 0xF];
      cur_x += width1000(g.gid) * unit / 1000.0;
      pen += g.x_advance;
    }
    close_array(in_array);
  }

  PageContent finish() {
    if (in_text_) out_ += "ET\n";
    std::sort(used_.begin(), used_.end());
    used_.erase(std::unique(used_.begin(), used_.end()), used_.end());
    return PageContent{std::move(out_), std::move(used_)};
  }

 private:
  int index_of(frame::FontId id) const {
    for (std::size_t i = 0; i < fonts_.size(); ++i)
      if (fonts_[i].id == id) return static_cast<int>(i);
    throw std::invalid_argument("page_content: a run names font " + std::to_string(id) +
                                ", which is not among the fonts given");
  }

  void num(double v) {
    append_number(out_, v);
    out_ += ' ';
  }

  void close_hex() {
    if (in_hex_) out_ += '>';
    in_hex_ = false;
  }

  void close_array(bool in_array) {
    if (!in_array) return;
    close_hex();
    out_ += "] TJ\n";
  }

  // Fill colour is graphics state: it survives BT/ET, so it is set only when it changes.
  void set_fill(const Color& c) {
    if (fill_set_ && c == fill_) return;
    fill_ = c;
    fill_set_ = true;
    int n = c.space == Color::Space::Cmyk ? 4 : 3;
    for (int i = 0; i < n; ++i) num(std::clamp(c.c[i], 0.0, 1.0));
    out_ += n == 4 ? "k\n" : "rg\n";
  }

  Sp height_;
  const std::vector<ContentFont>& fonts_;
  std::string out_;
  std::vector<int> used_;
  bool in_text_ = false, in_hex_ = false, fill_set_ = false;
  int font_ = -1;
  double size_ = 0;
  double h_scale_ = 1;
  Color fill_;
};

}  // namespace

PageContent page_content(const frame::Frame& page, Sp page_height, const std::vector<ContentFont>& fonts) {
  return page_content(frame::flatten(page), page_height, fonts);
}

PageContent page_content(const frame::Flat& items, Sp page_height, const std::vector<ContentFont>& fonts) {
  ContentWriter w(page_height, fonts);
  // Rules first: bands and backgrounds must lie under the text (re f is not allowed in BT).
  for (const auto& r : items.rules) w.rule(r);
  for (const auto& run : items.runs) w.run(run);
  return w.finish();
}

}  // namespace folio::pdf
