#include "pdf/navigation.hpp"

#include <map>
#include <vector>

#include "folio/diagnostic.hpp"
#include "frame/flatten.hpp"
#include "pdf/doc_info.hpp"
#include "pdf/pdf_number.hpp"

namespace folio::pdf {

using namespace PoDoFo;

namespace {

// PDF reals, rounded the way content streams are, so rectangles line up with the text.
PdfVariant real(double v) { return PdfVariant(round3(v)); }

struct Place {
  std::size_t page = 0;
  frame::Point at;
};

// Every anchor of the document by name: where internal links go.
std::map<std::string, Place> anchors_of(const std::vector<PageNavigation>& pages) {
  std::map<std::string, Place> out;
  for (std::size_t i = 0; i < pages.size(); ++i)
    for (const PageAnchor& a : pages[i].anchors)
      if (!out.emplace(a.name, Place{i, a.at}).second)
        throw Error(SourcePos{}, "two places in the document are named '" + a.name + "'");
  return out;
}

// The action of a link: /URI for an external one, /GoTo for an internal one, to
// [page /XYZ left top 0] (0: keep the reader's zoom), written by hand so that no object is made
// for the destination.
void add_target(PdfDocument& pdf, Sp page_height, const frame::Link& link,
                const std::map<std::string, Place>& anchors, PdfDictionary& annot, Fnv1a& content_hash) {
  if (link.anchor.empty()) {
    const std::string uri = ascii_uri(link.uri);
    PdfDictionary action;
    action.AddKey("Type", PdfName("Action"));
    action.AddKey("S", PdfName("URI"));
    action.AddKey("URI", PdfString(uri));
    annot.AddKey("A", action);
    content_hash.add(uri);
    return;
  }
  const auto found = anchors.find(link.anchor);
  if (found == anchors.end())
    throw Error(SourcePos{}, "a link goes to '" + link.anchor + "', which no place in the document is named");
  const Place& to = found->second;
  PdfArray dest;
  dest.push_back(pdf.GetPage(static_cast<int>(to.page))->GetObject()->Reference());
  dest.push_back(PdfName("XYZ"));
  dest.push_back(real(to_pt(to.at.x)));
  dest.push_back(real(to_pt(page_height - to.at.y)));
  dest.push_back(PdfVariant(static_cast<pdf_int64>(0)));
  PdfDictionary action;
  action.AddKey("Type", PdfName("Action"));
  action.AddKey("S", PdfName("GoTo"));
  action.AddKey("D", dest);
  annot.AddKey("A", action);
  content_hash.add(link.anchor);
  content_hash.add_u32(static_cast<std::uint32_t>(to.page));
}

}  // namespace

std::string ascii_uri(const std::string& uri) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : uri) {
    if (c <= 0x20 || c >= 0x7F) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

PageNavigation page_navigation(const frame::Flat& page) {
  PageNavigation out;
  out.links.reserve(page.links.size());
  for (const frame::Placed<frame::Link>& placed : page.links) out.links.push_back(PageLink{placed.at, *placed});
  for (const frame::Placed<frame::Anchor>& a : page.anchors) out.anchors.push_back(PageAnchor{a.at, a->name});
  return out;
}

void add_links(PdfDocument& pdf, Sp page_height, const std::vector<PageNavigation>& pages, Fnv1a& content_hash) {
  PdfVecObjects& objects = *pdf.GetObjects();
  const std::map<std::string, Place> anchors = anchors_of(pages);
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].links.empty()) continue;
    PdfArray annots;
    for (const PageLink& placed : pages[i].links) {
      const frame::Link& link = placed.link;
      // Built by hand: PdfAnnotation stamps /M with the current time.
      PdfObject* annot = objects.CreateObject("Annot");
      PdfDictionary& a = annot->GetDictionary();
      a.AddKey("Subtype", PdfName("Link"));
      PdfArray rect;
      rect.push_back(real(to_pt(placed.at.x)));
      rect.push_back(real(to_pt(page_height - placed.at.y - link.height)));
      rect.push_back(real(to_pt(placed.at.x + link.width)));
      rect.push_back(real(to_pt(page_height - placed.at.y)));
      a.AddKey("Rect", rect);
      PdfArray border;
      for (int k = 0; k < 3; ++k) border.push_back(PdfVariant(static_cast<pdf_int64>(0)));
      a.AddKey("Border", border);
      add_target(pdf, page_height, link, anchors, a, content_hash);
      annots.push_back(annot->Reference());
    }
    pdf.GetPage(static_cast<int>(i))->GetObject()->GetDictionary().AddKey("Annots", annots);
  }
}

void add_outline(PdfDocument& pdf, const std::vector<frame::OutlineEntry>& outline, Sp page_height,
                 Fnv1a& content_hash) {
  if (outline.empty()) return;
  const int pages = pdf.GetPageCount();
  PdfOutlineItem* root = pdf.GetOutlines();
  struct Item {
    PdfOutlineItem* item;
    int level;
    pdf_int64 descendants;
  };
  std::vector<Item> items;
  std::vector<std::size_t> open;  // indices into items: the chain of possible parents
  for (const auto& entry : outline) {
    if (entry.page < 0 || entry.page >= pages)
      throw Error(SourcePos{}, "outline entry \"" + entry.title + "\" points to page " +
                                   std::to_string(entry.page + 1) + " of " +
                                   std::to_string(pages));
    while (!open.empty() && items[open.back()].level >= entry.level) open.pop_back();
    PdfOutlineItem* parent = open.empty() ? root : items[open.back()].item;
    PdfDestination dest(pdf.GetPage(entry.page), 0, round3(to_pt(page_height - entry.y)), 0);
    for (std::size_t k : open) ++items[k].descendants;
    open.push_back(items.size());
    items.push_back(Item{parent->CreateChild(text_string(entry.title), dest), entry.level, 0});
    content_hash.add(entry.title);
    content_hash.add_u32(static_cast<std::uint32_t>(entry.page));
  }
  // PoDoFo writes no /Count; with every entry open it is the number of descendants.
  root->GetObject()->GetDictionary().AddKey("Count", static_cast<pdf_int64>(items.size()));
  for (const auto& it : items)
    if (it.descendants > 0) it.item->GetObject()->GetDictionary().AddKey("Count", it.descendants);
  pdf.SetPageMode(ePdfPageModeUseBookmarks);
}

}  // namespace folio::pdf
