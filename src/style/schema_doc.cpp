#include "style/schema_doc.hpp"

#include <stdexcept>

#include "style/schema_info.hpp"
#include "style/style_sheet.hpp"

namespace folio::style {
namespace {

const std::string kBegin = "<!-- generated: ";
const std::string kEnd = "<!-- end generated -->";

// A table cell: a '|' inside would end it.
std::string cell(const std::string& text) {
  std::string out;
  for (const char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

template <size_t N>
std::string required_styles(const char* kind, const RequiredStyle (&styles)[N]) {
  std::string out;
  for (const RequiredStyle& s : styles)
    out += "| " + std::string(kind) + " | `" + s.name + "` | " + cell(s.use) + " |\n";
  return out;
}

}  // namespace

std::string generated_block(const std::string& id) {
  if (id == "required-styles")
    return "| kind | style | used for |\n|---|---|---|\n" +
           required_styles("paragraph", kRequiredParagraphStyles) +
           required_styles("character", kRequiredCharStyles);
  std::string out = "| key | value | default | meaning |\n|---|---|---|---|\n";
  for (const KeyInfo& k : schema_table(id).keys)
    out += "| `" + k.name + "` | " + cell(k.value) + " | " + cell(k.default_value) + " | " +
           cell(k.description) + " |\n";
  return out;
}

std::string regenerate_doc(const std::string& doc) {
  std::string out;
  size_t at = 0;
  for (size_t begin; (begin = doc.find(kBegin, at)) != std::string::npos;) {
    const size_t id_end = doc.find(" -->\n", begin);
    const size_t end = doc.find(kEnd, begin);
    if (id_end == std::string::npos || end == std::string::npos || end < id_end)
      throw std::runtime_error("a generated block is never ended: " + doc.substr(begin, 60));
    const std::string id = doc.substr(begin + kBegin.size(), id_end - begin - kBegin.size());
    out += doc.substr(at, id_end + 5 - at) + generated_block(id);
    at = end;
  }
  return out + doc.substr(at);
}

}  // namespace folio::style
