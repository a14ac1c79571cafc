// Footer and header templates: "{issue|upper}   {page}".
#pragma once

#include <map>
#include <string>

namespace folio::style {

// Expands `tpl` with `vars` ({publication}, {issue}, {page}, {pages} in layouts). Filters
// `upper` and `lower` map case in the language `lang` (common/case_mapping.hpp, as
// `text-transform` does). "{{" and "}}" are literal braces. Unknown variables or filters, and
// unpaired braces, throw folio::Error without a position (the caller knows where `tpl` is).
std::string expand_template(const std::string& tpl, const std::map<std::string, std::string>& vars,
                            const std::string& lang);

}  // namespace folio::style
