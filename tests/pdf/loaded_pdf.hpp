// A PDF the writer made, parsed back with PoDoFo for the tests that look at its objects
// (fonts, XObjects, streams) rather than at the text poppler extracts.
#pragma once

#include <podofo/podofo.h>

#include <string>
#include <utility>
#include <vector>

namespace folio::pdf::test {

struct LoadedPdf {
  std::vector<char> bytes;  // PoDoFo reads them in place: they live as long as the document
  PoDoFo::PdfMemDocument doc;

  explicit LoadedPdf(std::vector<char> b) : bytes(std::move(b)) {
    PoDoFo::PdfError::EnableDebug(false);  // the parser prints the trailer otherwise
    PoDoFo::PdfError::EnableLogging(false);
    doc.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
  }

  // The page's resource `name` of `category` ("Font", "XObject"), or nullptr.
  PoDoFo::PdfObject* resource(int page, const char* category, const char* name) {
    PoDoFo::PdfObject* all = doc.GetPage(page)->GetResources()->GetIndirectKey(category);
    return all ? all->GetIndirectKey(name) : nullptr;
  }
  PoDoFo::PdfObject* font(int page, const char* name) { return resource(page, "Font", name); }
  PoDoFo::PdfObject* xobject(int page, const char* name) { return resource(page, "XObject", name); }

  // How many dictionaries have /key /name.
  int objects_with(const char* key, const char* name) {
    int n = 0;
    for (const PoDoFo::PdfObject* o : doc.GetObjects())
      if (o->IsDictionary() && o->GetDictionary().HasKey(key) && o->GetIndirectKey(key)->IsName() &&
          o->GetIndirectKey(key)->GetName() == PoDoFo::PdfName(name))
        ++n;
    return n;
  }
};

inline std::string name_of(const PoDoFo::PdfObject* o) {
  return o && o->IsName() ? o->GetName().GetName() : "<missing>";
}

// A stream's bytes as stored (`raw`) or with its filters undone.
inline std::string stream_of(const PoDoFo::PdfObject* o, bool raw = false) {
  char* buf = nullptr;
  PoDoFo::pdf_long len = 0;
  if (raw)
    o->GetStream()->GetCopy(&buf, &len);
  else
    o->GetStream()->GetFilteredCopy(&buf, &len);
  std::string s(buf, static_cast<std::size_t>(len));
  PoDoFo::podofo_free(buf);
  return s;
}

}  // namespace folio::pdf::test
