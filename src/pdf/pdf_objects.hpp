// Small builders of PoDoFo objects that the font writers share.
#pragma once

#include <podofo/podofo.h>

#include <string>

namespace folio::pdf {

// Integers as integers; other values as reals (PoDoFo prints them fixed, zeros trimmed).
PoDoFo::PdfVariant number(double v);

// A new stream object holding `bytes`, Flate-compressed with libdeflate (flate.hpp).
// A new object: `keys`, then `bytes` as its Flate-compressed stream. The keys come first because
// a PDF written as it is made (PdfBuilder) writes an object out when its stream is set.
PoDoFo::PdfObject* create_stream(PoDoFo::PdfVecObjects& objects, const std::string& bytes,
                                 const PoDoFo::PdfDictionary& keys = PoDoFo::PdfDictionary());

}  // namespace folio::pdf
