#include "pipeline/robustness_support.hpp"

#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <regex>
#include <sstream>

namespace fs = std::filesystem;

namespace folio::robust {

std::string issue(const std::string& body) {
  return "---\npublication: Robust Review\nissue: May 2025\n---\n" + body;
}

std::vector<std::string> LayoutDump::texts(const std::string& style) const {
  std::vector<std::string> out;
  for (const DumpLine& l : lines)
    if (l.style == style) out.push_back(l.text);
  return out;
}

std::vector<std::pair<double, double>> LayoutDump::columns() const {
  std::vector<std::pair<double, double>> out;
  for (const DumpLine& l : lines) {
    if (l.region.rfind("col", 0) != 0) continue;
    const std::pair<double, double> c{l.x, l.x + l.w};
    if (std::find(out.begin(), out.end(), c) == out.end()) out.push_back(c);
  }
  return out;
}

LayoutDump parse_dump(const std::string& text) {
  static const std::regex line_re(
      R"(^  (\S+) (\S+) y=(-?[\d.]+) x=(-?[\d.]+) w=(-?[\d.]+) r=(-?[\d.]+)( hyphen)?( end)? \| ?(.*)$)");
  static const std::regex box_re(
      R"(^  (link|rule) x=(-?[\d.]+) y=(-?[\d.]+) w=(-?[\d.]+) h=(-?[\d.]+) ?(.*)$)");
  LayoutDump dump;
  int page = 0;
  std::istringstream in(text);
  std::string l;
  std::smatch m;
  while (std::getline(in, l)) {
    if (l.rfind("page ", 0) == 0) {
      page = std::stoi(l.substr(5));
    } else if (std::regex_match(l, m, box_re)) {
      DumpBox b{page, std::stod(m[2]), std::stod(m[3]), std::stod(m[4]), std::stod(m[5]), m[6]};
      (m[1] == "link" ? dump.links : dump.rules).push_back(b);
    } else if (std::regex_match(l, m, line_re)) {
      dump.lines.push_back(DumpLine{page, m[1], m[2], std::stod(m[3]), std::stod(m[4]), std::stod(m[5]),
                                    std::stod(m[6]), m[7].matched, m[8].matched, m[9]});
    } else if (l.rfind("document ", 0) != 0) {
      dump.unparsed.push_back(l);
    }
  }
  return dump;
}

std::string Rendered::page_text(int i) const {
  std::unique_ptr<poppler::page> p(doc->create_page(i));
  const auto bytes = p->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

std::string Rendered::text() const {
  std::string all;
  for (int i = 0; i < pages(); ++i) all += page_text(i) + "\n";
  return all;
}

std::vector<TextBox> Rendered::boxes() const {
  std::vector<TextBox> out;
  for (int i = 0; i < pages(); ++i) {
    std::unique_ptr<poppler::page> p(doc->create_page(i));
    for (const poppler::text_box& b : p->text_list()) {
      const auto bytes = b.text().to_utf8();
      const poppler::rectf r = b.bbox();
      out.push_back(
          TextBox{i + 1, std::string(bytes.begin(), bytes.end()), r.left(), r.top(), r.right(), r.bottom()});
    }
  }
  return out;
}

std::vector<TextBox> Rendered::boxes_with(const std::string& needle) const {
  std::vector<TextBox> out;
  for (const TextBox& b : boxes())
    if (b.text.find(needle) != std::string::npos) out.push_back(b);
  return out;
}

bool Rendered::in_a_column(const TextBox& b) const {
  for (const auto& [left, right] : dump.columns())
    if (b.left >= left - 0.5 && b.right <= right + 0.5) return true;
  return false;
}

long Rendered::ink(int page) const {
  std::unique_ptr<poppler::page> p(doc->create_page(page));
  poppler::page_renderer renderer;
  const poppler::image img = renderer.render_page(p.get(), 72, 72);
  long dark = 0;
  for (int y = 0; y < img.height(); ++y) {
    const unsigned char* row =
        reinterpret_cast<const unsigned char*>(img.const_data()) + y * img.bytes_per_row();
    for (int x = 0; x < img.width(); ++x) {
      const unsigned char* px = row + 4 * x;  // B, G, R, A
      if (px[0] < 128 && px[1] < 128 && px[2] < 128) ++dark;
    }
  }
  return dark;
}

std::vector<std::string> warning_lines(const RenderResult& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.warnings)
    out.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.column) + ": " + d.message);
  return out;
}

void Sandbox::SetUp() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  dir_ = fs::temp_directory_path() /
         ("folio-robust-" + std::to_string(::getpid()) + "-" + info->test_suite_name() + "-" + info->name());
  fs::remove_all(dir_);
  fs::create_directories(dir_);
}

void Sandbox::TearDown() {
  if (!HasFailure()) fs::remove_all(dir_);  // a failed test keeps its files to look at
}

void Sandbox::write(const std::string& name, const std::string& bytes) const {
  std::ofstream out(dir_ / name, std::ios::binary);
  out << bytes;
}

std::vector<std::string> Sandbox::files() const {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir_)) out.push_back(e.path().filename().string());
  std::sort(out.begin(), out.end());
  return out;
}

RenderOptions Sandbox::options() const {
  RenderOptions o;
  o.input = path("issue.md");
  o.output = path("issue.pdf");
  o.layout_dump = path("layout.txt");
  o.data_dir = FOLIO_SOURCE_DIR;
  return o;
}

void Sandbox::render(const std::string& issue_text, const RenderOptions& o, Rendered& out) const {
  write("issue.md", issue_text);
  try {
    const auto start = std::chrono::steady_clock::now();
    out.result = folio::render(o);
    out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  } catch (const Error& e) {
    FAIL() << "render failed: " << e.what();
  }
  EXPECT_EQ(files(), (std::vector<std::string>{"issue.md", "issue.pdf", "layout.txt"}));
  std::ifstream pdf(o.output, std::ios::binary), dump(o.layout_dump, std::ios::binary);
  std::stringstream pdf_bytes, dump_text;
  pdf_bytes << pdf.rdbuf();
  dump_text << dump.rdbuf();
  out.pdf = pdf_bytes.str();
  out.dump = parse_dump(dump_text.str());
  EXPECT_TRUE(out.dump.unparsed.empty())
      << "a layout dump line the tests cannot read: " << out.dump.unparsed.front();
  out.doc.reset(poppler::document::load_from_raw_data(out.pdf.data(), static_cast<int>(out.pdf.size())));
  ASSERT_TRUE(out.doc) << "poppler cannot open the PDF";
  ASSERT_GT(out.pages(), 0);
  ASSERT_EQ(out.pages(), out.result.pages);
}

void Sandbox::render_error(const std::string& issue_text, const RenderOptions& o, Diagnostic& out) const {
  write("issue.md", issue_text);
  const std::vector<std::string> before = files();
  try {
    folio::render(o);
    ADD_FAILURE() << "expected a folio::Error";
  } catch (const Error& e) {
    out = e.diagnostic();
  }
  EXPECT_EQ(files(), before) << "the failed job left files behind";
}

}  // namespace folio::robust
