// Small builders of PoDoFo objects that the font writers share.
#pragma once

#include <podofo/podofo.h>

#include <string>

namespace folio::pdf {

// Integers as integers; other values as reals (PoDoFo prints them fixed, zeros trimmed).
PoDoFo::PdfVariant number(double v);

// A new stream object holding `bytes`, Flate-compressed with libdeflate (flate.hpp).
PoDoFo::PdfObject* create_stream(PoDoFo::PdfVecObjects& objects, const std::string& bytes);

}  // namespace folio::pdf
