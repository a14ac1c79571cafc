// The pictures an issue's figures name, read before composing: each reference resolved against
// the folder (image/image_path.hpp) and read through the process's picture cache, so a
// file is decoded once however many issues and figures use it.
#pragma once

#include "compose/figure_files.hpp"
#include "input/document.hpp"

namespace folio::pipeline {

// Throws folio::Error at the figure's "![" when its image is a URL, outside the folder
// (unless `allow_outside`), missing, unreadable, damaged, too large or in a format folio does not
// read: "image 'images/x.svg': SVG is not a format folio reads: convert it to PDF ...".
compose::FigureFiles read_figure_files(const input::Document& doc, bool allow_outside);

}  // namespace folio::pipeline
