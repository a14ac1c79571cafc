#include "pdf/page_import.hpp"

#include <map>
#include <mutex>
#include <string>

namespace folio::pdf {

using namespace PoDoFo;

namespace {

// Copies objects of one document into another, each once, references renumbered.
class ObjectCopier {
 public:
  ObjectCopier(const PdfVecObjects& source, PdfVecObjects& target) : source_(source), target_(target) {}

  PdfObject copy(const PdfObject& value) {
    if (value.IsReference()) return PdfObject(copy_indirect(value.GetReference()));
    if (value.IsDictionary()) {
      PdfDictionary out;
      for (const auto& [key, item] : value.GetDictionary().GetKeys())
        if (key != PdfName("Parent") && key != PdfName("P"))  // links back up to the page tree
          out.AddKey(key, copy(*item));
      return PdfObject(out);
    }
    if (value.IsArray()) {
      PdfArray out;
      for (const PdfObject& item : value.GetArray()) out.push_back(copy(item));
      return PdfObject(out);
    }
    return value;  // a number, name, string, boolean or null: no references inside
  }

 private:
  PdfReference copy_indirect(const PdfReference& ref) {
    const auto done = copied_.find(ref);
    if (done != copied_.end()) return done->second;
    PdfObject* target = target_.CreateObject(PdfVariant());
    copied_[ref] = target->Reference();  // before copying what it holds: references may loop back
    const PdfObject* source = source_.GetObject(ref);
    if (!source) return target->Reference();  // a dangling reference reads as null, as PDF says
    static_cast<PdfVariant&>(*target) = copy(*source);
    if (source->HasStream()) {  // the stream as stored: its /Filter came with the dictionary
      char* data = nullptr;
      pdf_long length = 0;
      source->GetStream()->GetCopy(&data, &length);
      PdfMemoryInputStream in(data, length);
      target->GetStream()->SetRawData(&in, length);
      podofo_free(data);
    }
    return target->Reference();
  }

  const PdfVecObjects& source_;
  PdfVecObjects& target_;
  std::map<PdfReference, PdfReference> copied_;
};

// The page's content streams, decoded and joined (a space between: a stream may end mid-line).
std::string page_contents(const PdfPage& page, const PdfVecObjects& objects) {
  std::string out;
  auto append = [&](const PdfObject* stream) {
    if (!stream || !stream->HasStream()) return;
    char* data = nullptr;
    pdf_long length = 0;
    stream->GetStream()->GetFilteredCopy(&data, &length);
    out.append(data, static_cast<std::size_t>(length));
    out += '\n';
    podofo_free(data);
  };
  const PdfObject* contents = page.GetContents();
  if (contents && contents->IsArray()) {
    for (const PdfObject& part : contents->GetArray())
      append(part.IsReference() ? objects.GetObject(part.GetReference()) : &part);
  } else {
    append(contents);
  }
  return out;
}

// Form space -> the picture upright with its lower-left corner at the origin.
PdfArray upright_matrix(const image::VectorPage& p) {
  const double l = p.left, b = p.bottom, w = p.width, h = p.height;
  double m[6] = {1, 0, 0, 1, -l, -b};
  if (p.rotation == 90) {
    const double r[6] = {0, -1, 1, 0, -b, w + l};
    std::copy(r, r + 6, m);
  } else if (p.rotation == 180) {
    const double r[6] = {-1, 0, 0, -1, w + l, h + b};
    std::copy(r, r + 6, m);
  } else if (p.rotation == 270) {
    const double r[6] = {0, 1, -1, 0, h + b, -l};
    std::copy(r, r + 6, m);
  }
  PdfArray out;
  for (double v : m) out.push_back(PdfObject(v));
  return out;
}

}  // namespace

PdfReference import_page(PdfVecObjects& target, image::VectorPage& page) {
  std::lock_guard<std::mutex> lock(page.lock);
  const PdfVecObjects& source = page.doc.GetObjects();
  const PdfPage& first = *page.doc.GetPage(0);
  ObjectCopier copier(source, target);

  PdfObject* form = target.CreateObject("XObject");
  PdfDictionary& dict = form->GetDictionary();
  dict.AddKey(PdfName::KeySubtype, PdfName("Form"));
  dict.AddKey("FormType", PdfObject(static_cast<pdf_int64>(1)));
  PdfArray box;
  for (double v : {page.left, page.bottom, page.left + page.width, page.bottom + page.height})
    box.push_back(PdfObject(v));
  dict.AddKey("BBox", box);
  dict.AddKey("Matrix", upright_matrix(page));
  const PdfObject* resources = first.GetInheritedKey("Resources");
  dict.AddKey("Resources", resources ? copier.copy(*resources) : PdfObject(PdfDictionary()));
  // A page drawn with transparency says how in /Group; the form must say the same.
  if (const PdfObject* group = first.GetObject()->GetIndirectKey("Group")) dict.AddKey("Group", copier.copy(*group));
  const std::string contents = page_contents(first, source);
  form->GetStream()->Set(contents.data(), static_cast<pdf_long>(contents.size()));
  return form->Reference();
}

}  // namespace folio::pdf
