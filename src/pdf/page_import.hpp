// A PDF file's page 1 as a form XObject of the document being written: its content streams joined,
// its resources (fonts, patterns, shadings, images) copied with every object they reach, so the
// chart draws exactly as it did, in vectors. Each import has its own copies: two charts whose
// fonts share a subset name (as matplotlib names them) keep their own glyphs.
#pragma once

#include <podofo/podofo.h>

#include "image/vector_page.hpp"

namespace folio::pdf {

// The form's reference. Its BBox is the page's crop box and its Matrix turns it upright as the
// page is displayed (/Rotate), so that the form covers (0, 0) to (width_pt, height_pt) of the
// picture. Holds the page's lock while reading it.
PoDoFo::PdfReference import_page(PoDoFo::PdfVecObjects& target, image::VectorPage& page);

}  // namespace folio::pdf
