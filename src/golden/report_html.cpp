// report.html: one self-contained page (no script, no external style) per check.
#include "golden/golden_store.hpp"
#include "golden/report.hpp"

namespace folio::golden {
namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\f':
        out += "<span class=ff>\\f</span>";
        break;
      default:
        out += c;
    }
  }
  return out;
}

// A unified diff with its removed and inserted lines coloured.
std::string diff_block(const std::string& title, const std::string& href, const std::string& diff) {
  if (diff.empty()) return "";
  std::string out =
      "<h3>" + escape(title) + " (<a href=\"" + href + "\">" + escape(href) + "</a>)</h3>\n<pre class=diff>";
  std::size_t pos = 0;
  while (pos < diff.size()) {
    std::size_t nl = diff.find('\n', pos);
    if (nl == std::string::npos) nl = diff.size();
    const std::string line = diff.substr(pos, nl - pos);
    const char* cls = line.rfind("---", 0) == 0 || line.rfind("+++", 0) == 0 ? "file"
                      : line.rfind("@@", 0) == 0                             ? "hunk"
                      : !line.empty() && line[0] == '-'                      ? "del"
                      : !line.empty() && line[0] == '+'                      ? "ins"
                                                                             : "ctx";
    out += std::string("<span class=") + cls + ">" + escape(line) + "</span>\n";
    pos = nl + 1;
  }
  return out + "</pre>\n";
}

std::string cell(const std::string& src, bool exists, const std::string& absent) {
  if (!exists) return "<td class=absent>" + absent + "</td>";
  return "<td><a href=\"" + src + "\"><img src=\"" + src + "\" alt=\"" + src + "\"></a></td>";
}

std::string page_row(const CaseResult& r, const PageDiff& d) {
  const std::string name = page_file_name(d.page);
  const std::string base = r.c.name + "/";
  std::string status =
      d.status == PageStatus::Missing ? "missing: the golden has this page, the render does not"
      : d.status == PageStatus::Extra
          ? "extra: the render has a page the golden does not"
          : std::to_string(d.changed_pixels) + (d.changed_pixels == 1 ? " pixel changed" : " pixels changed");
  if (d.status == PageStatus::Changed && r.c.tolerance > 0)
    status += " (tolerance " + std::to_string(r.c.tolerance) + ")";
  return "<tr><th colspan=3>page " + std::to_string(d.page) + ": " + escape(status) + "</th></tr>\n<tr>" +
         cell(base + "expected/" + name, d.status != PageStatus::Extra, "no golden page") +
         cell(base + "actual/" + name, d.status != PageStatus::Missing, "no page in the render") +
         cell(base + "diff/" + name, true, "") + "</tr>\n";
}

const char kHead[] = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>folio golden check: failures</title>
<style>
body { font-family: sans-serif; margin: 1.5em; }
h2 { border-top: 2px solid #a6192e; padding-top: .5em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
td, th { border: 1px solid #ccc; padding: 4px; vertical-align: top; text-align: left; }
td img { width: 100%; image-rendering: pixelated; }
td.absent { color: #888; text-align: center; vertical-align: middle; }
pre.diff { background: #f7f7f7; padding: .5em; overflow: auto; max-height: 24em; font-size: 12px; }
.del { background: #fdd; } .ins { background: #dfd; } .hunk { color: #06c; } .file { font-weight: bold; }
.ff { color: #888; }
</style></head><body>
<h1>folio golden check: )";

}  // namespace

std::string html_report(const std::vector<const CaseResult*>& failing) {
  std::string out =
      kHead + std::to_string(failing.size()) + (failing.size() == 1 ? " case differs" : " cases differ") +
      "</h1>\n<p>Columns: expected (the golden) | actual (this build) | diff (changed pixels in red "
      "over the faded golden). If the change is intended, run <code>folio golden update CASE</code> "
      "and say in the commit why the output moved.</p>\n";
  for (const CaseResult* r : failing) {
    out += "<h2 id=\"" + escape(r->c.name) + "\">" + escape(r->c.name) + "</h2>\n<p>" + escape(r->c.input) +
           ", style " + escape(r->c.style.empty() ? "(front matter)" : r->c.style) + ", layout " +
           escape(r->c.layout.empty() ? "(front matter)" : r->c.layout) + ", " + std::to_string(r->c.dpi) +
           " dpi. Pages: golden " + std::to_string(r->expected_pages) + ", actual " +
           std::to_string(r->actual_pages) + ".</p>\n";
    out += diff_block("layout.txt", r->c.name + "/layout.diff", r->layout_diff);
    out += diff_block("text.txt", r->c.name + "/text.diff", r->text_diff);
    if (!r->pages.empty()) {
      out += "<table>\n<tr><th>expected</th><th>actual</th><th>diff</th></tr>\n";
      for (const PageDiff& d : r->pages) out += page_row(*r, d);
      out += "</table>\n";
    }
  }
  return out + "</body></html>\n";
}

}  // namespace folio::golden
