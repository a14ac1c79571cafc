#include "pdf/doc_info.hpp"

#include <cstdio>
#include <ctime>

namespace folio::pdf {

using namespace PoDoFo;

PdfString text_string(const std::string& utf8) {
  for (unsigned char c : utf8)
    if (c >= 0x80) return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str()));
  return PdfString(utf8);
}

std::string pdf_date(long long seconds_since_epoch) {
  std::time_t t = static_cast<std::time_t>(seconds_since_epoch);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[80];  // room for any int the compiler can imagine in the fields
  std::snprintf(buf, sizeof buf, "D:%04d%02d%02d%02d%02d%02dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                tm.tm_hour, tm.tm_min, tm.tm_sec);
  return buf;
}

void write_doc_info(PdfDocument& pdf, PdfObject& catalog, const frame::DocInfo& info, std::uint64_t content_hash) {
  PdfDictionary& d = pdf.GetInfo()->GetObject()->GetDictionary();
  d.RemoveKey("CreationDate");  // PdfInfo stamped the current time when the document was created
  d.RemoveKey("ModDate");
  auto set = [&](const char* key, const std::string& value) {
    if (!value.empty()) d.AddKey(key, text_string(value));
  };
  set("Title", info.title);
  set("Author", info.author);
  set("Subject", info.subject);
  set("Creator", info.creator);
  set("Producer", info.producer);
  if (info.creation_time >= 0) {
    PdfString date(pdf_date(info.creation_time));
    d.AddKey("CreationDate", date);
    d.AddKey("ModDate", date);
  }
  char hex[17];
  std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(content_hash));
  d.AddKey("FolioContentHash", PdfString(hex));
  if (!info.lang.empty()) catalog.GetDictionary().AddKey("Lang", text_string(info.lang));
}

}  // namespace folio::pdf
