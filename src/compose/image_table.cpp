#include "compose/image_table.hpp"

#include <set>


namespace folio::compose {

void ImageTable::add(const frame::Flat& page) {
  for (const frame::Placed<frame::Image>& image : page.images) {
    if (!listed_.insert(image->id).second) continue;
    for (const auto& [source, file] : files_)  // two names for one picture: the first name is shown
      if (file.picture->key == image->id) {
        refs_.push_back(frame::ImageRef{image->id, source, file.path});
        break;
      }
  }
}

}  // namespace folio::compose
