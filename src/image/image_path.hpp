// Where an image an issue names is: relative to the issue file's folder, and inside it. A figure
// is part of the issue, so folio reads only files that travel with it: a path that leaves the
// folder (`../`, an absolute path, a symbolic link pointing out) is refused unless the user
// allows it, and a URL always is (folio never fetches from the network).
#pragma once

#include <string>

namespace folio::image {

// The file `reference` (the Markdown link destination, percent-encoded as CommonMark leaves it)
// names, as a path from the issue's folder: "samples/2025-05/images/launch.jpg" for
// "images/launch.jpg" in samples/2025-05/issue.md. Throws folio::Error (no position) for an
// empty reference, a URL, and, unless `allow_outside`, a path that leads out of the folder.
// Whether the file exists is for reading it to say.
std::string resolve_image_path(const std::string& reference, const std::string& issue_path, bool allow_outside);

}  // namespace folio::image
