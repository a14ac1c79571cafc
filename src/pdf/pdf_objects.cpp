#include "pdf/pdf_objects.hpp"

#include <cmath>

#include "pdf/flate.hpp"

namespace folio::pdf {

using namespace PoDoFo;

PdfVariant number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return PdfVariant(static_cast<pdf_int64>(v));
  return PdfVariant(v);
}

PdfObject* create_stream(PdfVecObjects& objects, const std::string& bytes, const PdfDictionary& keys) {
  PdfObject* obj = objects.CreateObject(PdfVariant(keys));
  set_flate_stream(*obj, flate(bytes));
  return obj;
}

}  // namespace folio::pdf
