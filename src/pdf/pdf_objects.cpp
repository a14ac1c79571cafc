#include "pdf/pdf_objects.hpp"

#include <cmath>

namespace folio::pdf {

using namespace PoDoFo;

PdfVariant number(double v) {
  if (v == std::floor(v) && std::fabs(v) < 1e15) return PdfVariant(static_cast<pdf_int64>(v));
  return PdfVariant(v);
}

PdfObject* create_stream(PdfVecObjects& objects, const std::string& bytes) {
  PdfObject* obj = objects.CreateObject();
  obj->GetStream()->Set(bytes.data(), static_cast<pdf_long>(bytes.size()));  // Flate by default
  return obj;
}

}  // namespace folio::pdf
