#include "pdf/pdf_builder.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <stdexcept>

#include "common/atomic_file.hpp"
#include "common/free_memory.hpp"
#include "common/hash.hpp"
#include "folio/diagnostic.hpp"
#include "image/podofo_lock.hpp"
#include "pdf/content_stream.hpp"
#include "pdf/doc_info.hpp"
#include "pdf/flate.hpp"
#include "pdf/font_embedder.hpp"
#include "pdf/font_source.hpp"
#include "pdf/image_drawing.hpp"
#include "pdf/image_xobjects.hpp"
#include "pdf/navigation.hpp"

namespace folio::pdf {

using namespace PoDoFo;

// What the PDF needs of a page once its frame is gone.
struct PdfBuilder::Page {
  std::atomic<bool> done{false};    // built (or failed): the calling thread may write it out
  std::string compressed;           // the content stream, flate-compressed, until written out
  std::uint64_t content_hash = 0;   // of the uncompressed stream: part of the document /ID
  PageNavigation navigation;        // its links and anchors
  std::exception_ptr error;         // why it could not be built
};

// What pages are built with: one entry per font and picture of the document's tables so far.
struct PdfBuilder::Tables {
  std::vector<ContentFont> fonts;  // widths and codes of the fonts the pages drew so far
  std::vector<frame::FontId> font_ids;
  std::vector<EmbeddedImage> images;  // sizes of the pictures the pages showed so far
};

// Where the PDF goes as PoDoFo writes it: a buffer, or a staged file in the output's folder.
struct PdfBuilder::Output {
  PdfRefCountedBuffer buffer;
  std::optional<StagedFile> file;
  std::unique_ptr<PdfOutputDevice> device;
};

namespace {

// How many parts given wait to be written out: writing a stream makes PoDoFo number an object
// (its /Length), so parts are written at fixed points (when the part this many after them is
// given), never as soon as a thread finishes: the same numbers on any number of threads.
constexpr std::size_t kWriteLag = 8;

// The streamed document, with its catalog in reach (PoDoFo keeps it protected).
struct StreamedPdf : PdfStreamedDocument {
  using PdfStreamedDocument::PdfStreamedDocument;
  using PdfDocument::GetCatalog;
};

// PoDoFo's document stamps the time it was made (write_doc_info removes it) through localtime(),
// whose one buffer all threads share: renders on several threads make their documents in turn.
std::unique_ptr<PdfStreamedDocument> new_document(PdfOutputDevice& device) {
  std::lock_guard<std::mutex> lock(image::podofo_document_lock());
  return std::make_unique<StreamedPdf>(&device, ePdfVersion_1_4);  // /Lang needs 1.4
}

[[noreturn]] void podofo_failed(const PdfError& e) {
  throw Error(SourcePos{}, std::string("cannot build the PDF: ") + PdfError::ErrorMessage(e.GetError()));
}

}  // namespace

void check_output_path(const std::string& path) {
  namespace fs = std::filesystem;
  fs::path folder = fs::path(path).parent_path();
  std::error_code ec;
  if (!fs::is_directory(folder.empty() ? fs::path(".") : folder, ec))
    throw Error(SourcePos{path}, "cannot write the PDF: folder '" + folder.string() + "' does not exist");
  // The rename would replace a device, a pipe or a folder with a file: only files are outputs.
  const fs::file_status existing = fs::status(path, ec);
  if (fs::exists(existing) && !fs::is_regular_file(existing))
    throw Error(SourcePos{path}, "cannot write the PDF: the path exists and is not a regular file");
}

PdfBuilder::PdfBuilder(Sp width, Sp height, unsigned threads, const font::FontDb* fonts)
    : PdfBuilder(std::string(), width, height, threads, fonts) {}

PdfBuilder::PdfBuilder(const std::string& path, Sp width, Sp height, unsigned threads, const font::FontDb* fonts)
    : width_(width), height_(height), font_db_(fonts), output_(std::make_unique<Output>()),
      tables_(std::make_shared<Tables>()), workers_(threads) {
  if (width <= 0 || height <= 0) throw Error(SourcePos{}, "the page size must be positive");
  if (path.empty()) {
    output_->device = std::make_unique<PdfOutputDevice>(&output_->buffer);
  } else {
    check_output_path(path);
    output_->file.emplace(path, "the PDF");
    output_->device = std::make_unique<PdfOutputDevice>(&output_->file->stream());
  }
  try {
    pdf_ = new_document(*output_->device);
  } catch (const PdfError& e) {
    podofo_failed(e);
  }
}

PdfBuilder::~PdfBuilder() = default;

PdfBuilder::Tables& PdfBuilder::edit(std::shared_ptr<Tables>& edited) {
  if (!edited) edited = std::make_shared<Tables>(*tables_);
  return *edited;
}

void PdfBuilder::grow_tables(const std::vector<frame::FontRef>& fonts, const std::vector<frame::ImageRef>& images,
                             std::shared_ptr<Tables>& edited) {
  for (std::size_t i = fonts_.size(); i < fonts.size(); ++i) {
    fonts_.push_back(fonts[i]);
    sources_.emplace_back();
    color_codes_.emplace_back();
    edit(edited).fonts.push_back(ContentFont{fonts[i].id, "F" + std::to_string(i)});
    edit(edited).font_ids.push_back(fonts[i].id);
  }
  for (std::size_t i = images_.size(); i < images.size(); ++i) {
    images_.push_back(images[i]);
    pictures_.emplace_back();
    edit(edited).images.push_back(EmbeddedImage{images[i].id, "Im" + std::to_string(i), {}, 1, 1});
  }
}

// Opens each font the page is the first to draw (a missing file is reported at the first page
// that needs it), and gives a colour font's new glyphs their codes, in the order drawn.
void PdfBuilder::meet_fonts(const frame::Flat& page, std::shared_ptr<Tables>& edited) {
  for (const auto& placed : page.runs) {
    const frame::GlyphRun& run = *placed;
    if (!drawable(run)) continue;
    const auto found = std::find_if(fonts_.begin(), fonts_.end(), [&](const frame::FontRef& f) { return f.id == run.font; });
    if (found == fonts_.end())
      throw Error(SourcePos{}, "glyph run uses font " + std::to_string(run.font) +
                                   ", which is not among the document's " + std::to_string(fonts_.size()) + " fonts");
    const auto f = static_cast<std::size_t>(found - fonts_.begin());
    if (!sources_[f]) {
      sources_[f] = std::make_unique<FontSource>(*found, font_db_ ? &font_db_->face(found->id) : nullptr);
      ContentFont& content = edit(edited).fonts[f];
      const FontSource* source = sources_[f].get();  // lives as long as the builder
      content.width1000 = [source](std::uint32_t gid) { return source->width1000(gid); };
      if (source->outlines() == Outlines::ColorBitmaps) content.code_bytes = 1;
    }
    if (sources_[f]->outlines() != Outlines::ColorBitmaps) continue;
    const std::size_t before = color_codes_[f].size();
    try {
      for (const frame::Glyph& g : run.glyphs) color_code(color_codes_[f], g.gid, found->path);
    } catch (...) {
      edit(edited).fonts[f].codes = color_codes_[f];  // the codes given before the one refused
      throw;
    }
    if (color_codes_[f].size() != before) edit(edited).fonts[f].codes = color_codes_[f];
  }
}

// Finds each picture the page is the first to show: its size is needed to draw it.
void PdfBuilder::meet_images(const frame::Flat& page, std::shared_ptr<Tables>& edited) {
  for (const frame::Placed<frame::Image>& placed : page.images) {
    const auto found = std::find_if(images_.begin(), images_.end(), [&](const frame::ImageRef& r) { return r.id == placed->id; });
    if (found == images_.end()) continue;  // draw_images says so, as for a page built by hand
    const auto k = static_cast<std::size_t>(found - images_.begin());
    if (pictures_[k]) continue;
    pictures_[k] = find_picture(*found);
    edit(edited).images[k] = image_entry(*found, *pictures_[k], "Im" + std::to_string(k));
  }
}

void PdfBuilder::add_page(std::size_t index, frame::Frame page, const std::vector<frame::FontRef>& fonts,
                          const std::vector<frame::ImageRef>& images) {
  // The frame moves to the heap once: the flattened items point into it.
  auto frame = std::make_shared<frame::Frame>(std::move(page));
  auto items = std::make_shared<frame::Flat>(frame::flatten(*frame));
  std::shared_ptr<Tables> edited;
  try {
    grow_tables(fonts, images, edited);
    meet_fonts(*items, edited);
    meet_images(*items, edited);
  } catch (...) {
    if (edited) tables_ = std::move(edited);  // what was opened and numbered stays true to the tables
    throw;
  }
  if (edited) tables_ = std::move(edited);

  if (pages_.size() <= index) pages_.resize(index + 1);
  pages_[index].push_back(std::make_unique<Page>());
  Page* out = pages_[index].back().get();
  try {
    // The page's objects are made now, in the order pages are given: their numbers, and the
    // order the file holds them in, never depend on which thread finished first.
    while (created_ <= index) {
      // Every page inherits its size and resources from the page tree (set at the end): a page's
      // own dictionary, which stays in memory until the file is finished, holds only its contents
      // and links (a page's objects were 12 KB with their own resources).
      PdfDictionary& page = pdf_->CreatePage(PdfRect(0, 0, to_pt(width_), to_pt(height_)))->GetObject()->GetDictionary();
      page.RemoveKey("MediaBox");
      page.RemoveKey("Resources");
      ++created_;
    }
    PdfObject* stream = pdf_->GetObjects()->CreateObject();
    PdfDictionary& dict = pdf_->GetPage(static_cast<int>(index))->GetObject()->GetDictionary();
    if (pages_[index].size() == 1) {
      dict.AddKey("Contents", stream->Reference());
    } else {  // several parts: the page's contents are their streams, painted in order
      PdfArray contents;
      const PdfObject* before = dict.GetKey("Contents");
      if (before->IsArray()) contents = before->GetArray();
      else contents.push_back(*before);
      contents.push_back(stream->Reference());
      dict.AddKey("Contents", contents);
    }
    pending_.push_back(Pending{out, stream});
  } catch (const PdfError& e) {
    podofo_failed(e);
  }
  workers_.run([this, out, index, frame = std::move(frame), items = std::move(items), tables = tables_]() mutable {
    try {
      build_page(*out, index, *items, *tables);
    } catch (...) {
      out->error = std::current_exception();
    }
    items.reset();  // before the frame it points into
    frame.reset();  // on the thread that built it: freeing a page's frame takes time too
    out->done.store(true, std::memory_order_release);
  });
  write_built(kWriteLag);
}

void PdfBuilder::write_built(std::size_t keep) {
  while (pending_.size() > keep) {
    workers_.wait_for(pending_.front().part->done);
    Page& part = *pending_.front().part;
    if (!part.error) {  // finish reports it
      try {
        set_flate_stream(*pending_.front().stream, part.compressed);
      } catch (const PdfError& e) {
        podofo_failed(e);
      }
      std::string().swap(part.compressed);  // in the file now
    }
    pending_.pop_front();
  }
  if (output_->file) output_->file->check();  // a full disk stops the render here
}

void PdfBuilder::build_page(Page& page, std::size_t index, const frame::Flat& items, const Tables& tables) {
  PageContent content = page_content(items, height_, tables.fonts);
  ImageDrawing pictures = draw_images(items, height_, tables.images);
  std::vector<FontUsage> usage = page_glyph_usage(items, tables.font_ids);
  page.navigation = page_navigation(items);
  // The pictures under the text; the graphics state saved and restored around it, so a page's
  // next part starts from the state every stream assumes.
  const std::string stream = "q\n" + std::move(pictures.stream) + content.stream + "Q\n";
  Fnv1a hash;
  hash.add(stream);
  page.content_hash = hash.value();
  page.compressed = flate(stream);
  std::lock_guard<std::mutex> lock(usage_mutex_);
  usage_.add(index, std::move(usage));
}

void PdfBuilder::complete(std::size_t pages, const std::vector<frame::OutlineEntry>& outline,
                          const frame::DocInfo& info) {
  write_built(0);
  for (const auto& parts : pages_)
    for (const auto& part : parts)
      if (part->error) std::rethrow_exception(part->error);  // the lowest page that failed
  if (pages == 0) throw Error(SourcePos{}, "the document has no pages");
  if (pages_.size() > pages)
    throw Error(SourcePos{}, "page " + std::to_string(pages_.size()) + " was given to the PDF, which has " +
                                 std::to_string(pages) + " pages");
  for (std::size_t i = 0; i < pages; ++i)
    if (i >= pages_.size() || pages_[i].empty())
      throw Error(SourcePos{}, "page " + std::to_string(i + 1) + " of " + std::to_string(pages) +
                                   " was never given to the PDF");
  return_free_memory();  // the frames are freed: the fonts need not be made beside their memory

  try {
    PdfStreamedDocument& pdf = *pdf_;
    Fnv1a content_hash;
    bool needs_pdf_1_6 = false;
    std::vector<PdfReference> font_refs(fonts_.size());
    for (std::size_t i = 0; i < fonts_.size(); ++i) {
      if (!sources_[i]) continue;
      const FontUsage usage = usage_.font(i);
      const EmbeddedFont font = sources_[i]->outlines() == Outlines::ColorBitmaps
                                    ? embed_color_font(*pdf.GetObjects(), *sources_[i], color_codes_[i], usage, content_hash)
                                    : embed_font(*pdf.GetObjects(), *sources_[i], usage, content_hash);
      font_refs[i] = font.ref;
      needs_pdf_1_6 = needs_pdf_1_6 || font.needs_pdf_1_6;  // FontFile3 /OpenType
    }
    std::vector<PdfReference> image_refs(images_.size());
    for (std::size_t k = 0; k < images_.size(); ++k)
      if (pictures_[k]) image_refs[k] = embed_picture(*pdf.GetObjects(), *pictures_[k], content_hash);

    // The resources of every page, inherited from the page tree: all fonts and pictures (a page's
    // resources may name more than it draws).
    PdfDictionary font_resources, image_resources;
    for (std::size_t f = 0; f < fonts_.size(); ++f)
      if (sources_[f]) font_resources.AddKey(PdfName("F" + std::to_string(f)), font_refs[f]);
    for (std::size_t k = 0; k < images_.size(); ++k)
      if (pictures_[k]) image_resources.AddKey(PdfName("Im" + std::to_string(k)), image_refs[k]);
    PdfDictionary resources;
    if (!font_resources.GetKeys().empty()) resources.AddKey("Font", font_resources);
    if (!image_resources.GetKeys().empty()) resources.AddKey("XObject", image_resources);
    PdfVariant media_box;
    PdfRect(0, 0, to_pt(width_), to_pt(height_)).ToVariant(media_box);
    PdfDictionary& tree = pdf.GetPagesTree()->GetObject()->GetDictionary();
    tree.AddKey("Resources", resources);
    tree.AddKey("MediaBox", media_box);

    std::vector<PageNavigation> navigation(pages);
    for (std::size_t i = 0; i < pages; ++i) {
      for (const std::unique_ptr<Page>& part : pages_[i]) {
        content_hash.add_u32(static_cast<std::uint32_t>(part->content_hash >> 32));
        content_hash.add_u32(static_cast<std::uint32_t>(part->content_hash));
        PageNavigation& links = navigation[i];
        for (auto& link : part->navigation.links) links.links.push_back(std::move(link));
        for (auto& anchor : part->navigation.anchors) links.anchors.push_back(std::move(anchor));
      }
    }
    pages_.clear();
    add_links(pdf, height_, navigation, content_hash);
    add_outline(pdf, outline, height_, content_hash);
    write_doc_info(pdf, *static_cast<StreamedPdf&>(pdf).GetCatalog(), info, content_hash.value());
    pdf.Close();
    output_->device->Flush();
    if (output_->file) output_->file->check();
    set_file_identifier(content_hash.value());
    // The header was written first, as PDF 1.4; an OpenType font program needs 1.6, and the
    // version is the same length.
    if (needs_pdf_1_6) {
      output_->device->Seek(5);
      output_->device->Write("1.6", 3);
    }
    output_->device->Flush();
  } catch (const PdfError& e) {
    podofo_failed(e);
  }
}

// PoDoFo's streamed writer derives the trailer's /ID from the document's info as it was when the
// document was made, creation time included: the same pages would give other bytes each second.
// The identifier becomes the content's, written over PoDoFo's (same length) in the trailer.
void PdfBuilder::set_file_identifier(std::uint64_t content_hash) {
  PdfOutputDevice& device = *output_->device;
  device.Flush();
  const std::size_t length = device.GetLength();
  const std::size_t from = length - std::min<std::size_t>(length, 4096);
  const std::string tail =
      output_->file ? output_->file->read_back(from, length - from)
                    : std::string(output_->buffer.GetBuffer() + from, output_->buffer.GetBuffer() + length);
  const std::string key = "/ID[<";
  const std::size_t at = tail.rfind(key);
  if (at == std::string::npos || at + key.size() + 32 + 2 + 32 > tail.size())
    throw Error(SourcePos{}, "cannot build the PDF: PoDoFo wrote no file identifier");
  char id[33];
  std::snprintf(id, sizeof id, "%016llX%016llX", static_cast<unsigned long long>(content_hash),
                static_cast<unsigned long long>(~content_hash));
  for (const std::size_t copy : {at + key.size(), at + key.size() + 32 + 2}) {  // <id><id>
    device.Seek(from + copy);
    device.Write(id, 32);
  }
  device.Flush();
}

std::vector<char> PdfBuilder::finish(std::size_t pages, const std::vector<frame::OutlineEntry>& outline,
                                     const frame::DocInfo& info) {
  if (output_->file) throw std::logic_error("PdfBuilder::finish: this PDF goes to a file (finish_to_file)");
  complete(pages, outline, info);
  const PdfRefCountedBuffer& buffer = output_->buffer;
  return std::vector<char>(buffer.GetBuffer(), buffer.GetBuffer() + output_->device->GetLength());
}

void PdfBuilder::finish_to_file(std::size_t pages, const std::vector<frame::OutlineEntry>& outline,
                                const frame::DocInfo& info) {
  if (!output_->file) throw std::logic_error("PdfBuilder::finish_to_file: this PDF is made in memory (finish)");
  complete(pages, outline, info);
  output_->device.reset();
  output_->file->commit();
}

}  // namespace folio::pdf
