#include "frame/layout_dump.hpp"

#include "common/decimal.hpp"
#include "frame/flatten.hpp"

namespace folio::frame {
namespace {

std::string points(Sp v) { return format_points(v, 3, Zeros::Keep); }

std::string ratio(double r) { return format_decimal(r, 3, Zeros::Keep); }

// The dump's word for a group of a table or a note; null for roles the dump does not list (the
// roles of blocks and lines, which their lines already show).
const char* structure_tag(Role role) {
  switch (role) {
    case Role::Table:
      return "table";
    case Role::TableRow:
      return "tr";
    case Role::TableHeaderCell:
      return "th";
    case Role::TableCell:
      return "td";
    case Role::Note:
      return "note";
    default:
      return nullptr;
  }
}

}  // namespace

std::string dump_layout(const PagedDoc& doc) {
  std::string out = "document " + points(doc.width) + " x " + points(doc.height) + " pt, " +
                    std::to_string(doc.pages.size()) + " pages\n";
  for (std::size_t p = 0; p < doc.pages.size(); ++p) {
    const Flat page = flatten(doc.pages[p]);
    out += "page " + std::to_string(p + 1) + "\n";
    for (const Placed<LineInfo>& l : page.lines) {
      out += "  " + std::string(l.region) + " " + l->style + " y=" + points(l.at.y) + " x=" + points(l.at.x) +
             " w=" + points(l->measure) + " r=" + ratio(l->ratio) + (l->hyphenated ? " hyphen" : "") +
             (l->last_of_paragraph ? " end" : "") + " | " + l->text + "\n";
    }
    for (const Placed<Link>& k : page.links)
      out += "  link x=" + points(k.at.x) + " y=" + points(k.at.y) + " w=" + points(k->width) +
             " h=" + points(k->height) + " " + (k->anchor.empty() ? k->uri : "#" + k->anchor) + "\n";
    for (const Placed<Image>& i : page.images) {
      const ImageRef* ref = doc.image(i->id);
      out += "  " + std::string(i.region) + " figure x=" + points(i.at.x) + " y=" + points(i.at.y) +
             " w=" + points(i->width) + " h=" + points(i->height) + " " + (ref ? ref->source : i->id) + " | " +
             i->alt + "\n";
    }
    for (const Placed<Rule>& r : page.rules)
      out += "  rule x=" + points(r.at.x) + " y=" + points(r.at.y) + " w=" + points(r->width) +
             " h=" + points(r->height) + "\n";
    // Tables, notes and their markers, anchors: only pages that have them list them.
    for (const Placed<Frame>& g : page.groups)
      if (const char* tag = structure_tag(g.role))
        out += "  " + std::string(g.region) + " " + tag + " x=" + points(g.at.x) + " y=" + points(g.at.y) +
               " w=" + points(g->width) + " h=" + points(g->height) + "\n";
    for (const Placed<GlyphRun>& r : page.runs)
      if (r.role == Role::NoteRef)
        out += "  noteref x=" + points(r.at.x) + " y=" + points(r.at.y) + " " + r->text + "\n";
    for (const Placed<Anchor>& a : page.anchors)
      out += "  anchor x=" + points(a.at.x) + " y=" + points(a.at.y) + " " + a->name + "\n";
  }
  return out;
}

}  // namespace folio::frame
