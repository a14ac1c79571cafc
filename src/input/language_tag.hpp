// Language tags as an issue writes them: `lang:` in the front matter, `<span lang="...">`.
#pragma once

#include <string>

namespace folio::input {

// BCP 47 in outline: a 2-3 letter language, then subtags of 1-8 letters or digits ("en",
// "zh-Hans", "pt-BR").
bool is_language_tag(const std::string& tag);

}  // namespace folio::input
