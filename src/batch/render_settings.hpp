// What a batch's PDFs depend on besides the files each render reads (RenderResult::inputs).
#pragma once

#include <string>

namespace folio::batch {

struct RenderSettings {
  std::string folio_version;
  std::string data_dir;           // normal path: where styles, layouts and fonts are looked up
  std::string source_date_epoch;  // the PDF's date, as set; "" when unset
  // A hash of the names of the files in data_dir/fonts: a font added or removed may change the
  // fallback of any issue (the contents of the fonts are among each render's inputs).
  std::string font_folder;
  bool allow_outside_images = false;  // --allow-outside-images: an issue may render only with it

  bool operator==(const RenderSettings& o) const {
    return folio_version == o.folio_version && data_dir == o.data_dir &&
           source_date_epoch == o.source_date_epoch && font_folder == o.font_folder &&
           allow_outside_images == o.allow_outside_images;
  }
  bool operator!=(const RenderSettings& o) const { return !(*this == o); }
};

// The settings a render with this data folder ("" for folio's default) gets now.
RenderSettings current_settings(const std::string& data_dir, bool allow_outside_images = false);

}  // namespace folio::batch
