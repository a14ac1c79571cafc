// "Did you mean ...?" for misspelt keys, style names and tokens.
#pragma once

#include <string>
#include <vector>

namespace folio {

// Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent
// transpositions each cost 1 ("leadnig" is one edit from "leading").
int edit_distance(const std::string& a, const std::string& b);

// The candidate closest to `name` (ignoring ASCII case), or "" when none is close enough to be a
// plausible typo: at most 1 edit for names up to 4 letters, 2 up to 9, 3 beyond.
std::string closest_name(const std::string& name, const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "" when nothing is close: ready to append to a message.
std::string did_you_mean(const std::string& name, const std::vector<std::string>& candidates);

}  // namespace folio
