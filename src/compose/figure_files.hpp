// The pictures of an issue's figures, read before composing (pipeline/figure_files.hpp), by the
// image reference as the issue writes it.
#pragma once

#include <map>
#include <string>

#include "image/picture.hpp"

namespace folio::compose {

struct FigureFile {
  std::string path;  // the file (relative to the working folder when the path is)
  image::PictureRef picture;
};

using FigureFiles = std::map<std::string, FigureFile>;

}  // namespace folio::compose
