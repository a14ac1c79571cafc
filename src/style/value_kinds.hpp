// The kinds of value a style or layout key may take: how each is read (with file:line:col errors
// that name the key), shown in `folio styles list`, and described in docs/styles.md.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "common/color.hpp"
#include "common/units.hpp"
#include "style/length.hpp"
#include "style/property.hpp"

namespace folio::style {

// "9.5pt", "20mm", "1em" (where the context knows a size), shown in points to 3 decimals.
Kind<Sp> length(Sign sign);
// A whole number from min to max.
Kind<int> whole(int min, int max);
// A number > 0 ("0.65").
Kind<double> positive_number();
// A number from 0 to `max`, a fraction ("0.02" for 2%).
Kind<double> fraction(double max);
// A number of em of the surrounding size: "0.38" or "0.38em".
Kind<double> em_number();
Kind<bool> boolean();
// A colour literal or a `colors:` token.
Kind<Color> colour();
// A family name or a `fonts:` token.
Kind<std::string> family();
// regular (400), bold (700) or 1..1000.
Kind<int> weight();
// A list of OpenType features in HarfBuzz syntax: [smcp, -liga, kern=0].
Kind<Features> features();
// Text, shown quoted.
Kind<std::string> text();
// A name of something else (a paragraph style), shown as it is; `doc` says of what.
Kind<std::string> name_of(const char* doc);
// A footer or header template, checked when read: "{issue|upper}   {page}". Empty when blank.
Kind<std::string> furniture_template();
// `off` (0), `auto` (kAutoGrid) or a length > 0.
Kind<Sp> grid(Sp auto_value);

// One of a few words, each standing for a value of T.
template <class T>
Kind<T> choice(std::vector<std::pair<std::string, T>> words) {
  Kind<T> k;
  std::vector<std::string> names;
  for (const auto& w : words) names.push_back(w.first);
  for (size_t i = 0; i < names.size(); ++i) k.doc += (i ? "/`" : "`") + names[i] + "`";
  k.parse = [words, names](const ReadContext& c, const Field& f) {
    return words[choice_value(c.r, f, names)].second;
  };
  k.format = [words](const T& v) {
    for (const auto& w : words)
      if (w.second == v) return w.first;
    return std::string("?");
  };
  return k;
}

}  // namespace folio::style
