#include "compose/image_table.hpp"

#include <set>

#include "frame/flatten.hpp"

namespace folio::compose {

std::vector<frame::ImageRef> image_table(const std::vector<frame::Frame>& pages, const FigureFiles& files) {
  std::vector<frame::ImageRef> refs;
  std::set<std::string> listed;
  for (const frame::Frame& page : pages)
    for (const frame::Placed<frame::Image>& image : frame::flatten(page).images) {
      if (!listed.insert(image->id).second) continue;
      for (const auto& [source, file] : files)  // two names for one picture: the first name is shown
        if (file.picture->key == image->id) {
          refs.push_back(frame::ImageRef{image->id, source, file.path});
          break;
        }
    }
  return refs;
}

}  // namespace folio::compose
