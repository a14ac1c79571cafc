#include "pdf/image_xobjects.hpp"

#include "folio/diagnostic.hpp"
#include "image/picture_cache.hpp"
#include "pdf/page_import.hpp"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

void set_raw_stream(PdfObject& object, const std::string& data, const char* filter) {
  object.GetDictionary().AddKey(PdfName::KeyFilter, PdfName(filter));
  PdfMemoryInputStream in(data.data(), static_cast<pdf_long>(data.size()));
  object.GetStream()->SetRawData(&in, static_cast<pdf_long>(data.size()));
}

PdfObject* image_object(PdfVecObjects& objects, int width, int height, const char* space) {
  PdfObject* image = objects.CreateObject("XObject");
  PdfDictionary& dict = image->GetDictionary();
  dict.AddKey(PdfName::KeySubtype, PdfName("Image"));
  dict.AddKey("Width", PdfObject(static_cast<pdf_int64>(width)));
  dict.AddKey("Height", PdfObject(static_cast<pdf_int64>(height)));
  dict.AddKey("ColorSpace", PdfName(space));
  dict.AddKey("BitsPerComponent", PdfObject(static_cast<pdf_int64>(8)));
  return image;
}

const char* device_space(image::ColorSpace space) {
  switch (space) {
    case image::ColorSpace::Gray:
      return "DeviceGray";
    case image::ColorSpace::Cmyk:
      return "DeviceCMYK";
    case image::ColorSpace::Rgb:
      break;
  }
  return "DeviceRGB";
}

PdfReference raster_xobject(PdfVecObjects& objects, const image::Picture& p) {
  PdfObject* image = image_object(objects, p.width_px, p.height_px, device_space(p.space));
  if (p.format == image::Format::Jpeg) {
    if (p.inverted) {  // Adobe's CMYK JPEGs hold 255 - ink in every sample
      PdfArray decode;
      for (int i = 0; i < 4; ++i) {
        decode.push_back(PdfObject(static_cast<pdf_int64>(1)));
        decode.push_back(PdfObject(static_cast<pdf_int64>(0)));
      }
      image->GetDictionary().AddKey("Decode", decode);
    }
    set_raw_stream(*image, p.data, "DCTDecode");
  } else {
    if (!p.alpha.empty()) {
      PdfObject* mask = image_object(objects, p.width_px, p.height_px, "DeviceGray");
      set_raw_stream(*mask, p.alpha, "FlateDecode");
      image->GetDictionary().AddKey("SMask", mask->Reference());
    }
    set_raw_stream(*image, p.data, "FlateDecode");
  }
  return image->Reference();
}

}  // namespace

image::PictureRef find_picture(const frame::ImageRef& ref) {
  image::PictureRef picture = image::PictureCache::shared().find(ref.id);
  if (!picture) {  // a document built by hand
    try {
      picture = image::PictureCache::shared().load(ref.path);
    } catch (const Error& e) {
      throw Error(SourcePos{ref.path}, "cannot embed image '" + ref.source + "': " + e.diagnostic().message);
    }
  }
  if (picture->key != ref.id)
    throw Error(SourcePos{ref.path}, "image '" + ref.source + "' changed while the issue was being typeset");
  return picture;
}

EmbeddedImage image_entry(const frame::ImageRef& ref, const image::Picture& picture, std::string resource) {
  EmbeddedImage e{ref.id, std::move(resource), {}, 1, 1};
  if (!picture.raster()) {  // a form: its own size, the page's
    e.unit_width = picture.width_pt;
    e.unit_height = picture.height_pt;
  }
  return e;
}

PdfReference embed_picture(PdfVecObjects& objects, const image::Picture& picture, Fnv1a& hash) {
  hash.add(picture.key);
  return picture.raster() ? raster_xobject(objects, picture) : import_page(objects, *picture.vector);
}

}  // namespace folio::pdf
