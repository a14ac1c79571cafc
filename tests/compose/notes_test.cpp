// Footnotes composed with the shipped style and layout, read back from the frames: numbered
// markers, each note at the foot of the column that holds its marker under the short rule,
// marker and note linked both ways, links and formatting in a note, and a note longer than a
// column running on at the next column's foot without losing a line.
#include <gtest/gtest.h>

#include "compose/shipped_composer.hpp"
#include "frame/flatten.hpp"

namespace folio::compose {
namespace {

using frame::Role;

const std::string kFront = "---\npublication: Test Review\nissue: June 2025\n---\n\n";

struct Marker {
  int page;
  std::string region;
  std::string text;
};

std::vector<Marker> markers(const frame::PagedDoc& doc) {
  std::vector<Marker> out;
  for (std::size_t p = 0; p < doc.pages.size(); ++p)
    for (const frame::Placed<frame::GlyphRun>& r : frame::flatten(doc.pages[p]).runs)
      if (r.role == Role::NoteRef) {
        out.push_back(Marker{static_cast<int>(p), std::string(r.region), r->text});
      }
  return out;
}

class NotesTest : public ::testing::Test {
 protected:
  testing::ShippedComposer composer_;
};

TEST_F(NotesTest, MarkersAreNumberedInOrderOfFirstReference) {
  const frame::PagedDoc doc = composer_.run(kFront +
                                            "Budget[^b] and source[^a] and again[^b].\n\n[^a]: Source A.\n\n"
                                            "[^b]: Rounded figures.\n");
  std::vector<std::string> texts;
  for (const Marker& m : markers(doc)) texts.push_back(m.text);
  // In the text 1, 2, 1; then each note's own number, in the note style.
  EXPECT_EQ(texts, (std::vector<std::string>{"1", "2", "1", "1", "2"}));
  // A second issue starts again at 1.
  const frame::PagedDoc other = composer_.run(kFront + "Only[^z].\n\n[^z]: Z.\n");
  EXPECT_EQ(markers(other).front().text, "1");
}

TEST_F(NotesTest, ANoteSitsAtTheFootOfItsMarkersColumnUnderTheRule) {
  std::string md = kFront + "# Notes\n\n";
  for (int i = 0; i < 70; ++i) {
    md += "Paragraph " + std::to_string(i) +
          " of running text, long enough to take a couple of lines in a column";
    md += i == 12 ? " with a marker here[^n].\n\n" : ".\n\n";
  }
  md += "[^n]: The note, with a [link](https://example.org/n) and *emphasis* in it.\n";
  const frame::PagedDoc doc = composer_.run(md);
  const std::vector<Marker> found = markers(doc);
  ASSERT_EQ(found.size(), 2u);
  const Marker& marker = found[0];
  const frame::Flat page = frame::flatten(doc.pages[static_cast<std::size_t>(marker.page)]);
  // The note group is in the marker's column, below every line of text there.
  const frame::Placed<frame::Frame>* note = nullptr;
  for (const frame::Placed<frame::Frame>& g : page.groups)
    if (g.role == Role::Note) note = &g;
  ASSERT_NE(note, nullptr);
  EXPECT_EQ(note->region, marker.region);
  for (const frame::Placed<frame::LineInfo>& l : page.lines) {
    if (l.region == marker.region && l->style != "footnote") {
      EXPECT_LT(l.at.y, note->at.y);
    }
  }
  // The note ends at the column's foot: the bottom margin, less what the grid leaves over.
  const Sp foot = composer_.page.height - composer_.page.margins.bottom;
  EXPECT_LE(note->at.y + note->item->height, foot);
  EXPECT_GT(note->at.y + note->item->height, foot - pt(15));
  // The short rule: 0.4pt, 60pt long, space-below (4pt) above the note.
  bool ruled = false;
  for (const frame::Placed<frame::Rule>& r : page.rules)
    if (r.region == marker.region && r->width == pt(60))
      ruled = r->height == pt(0.4) && r.at.y == note->at.y - pt(4) - pt(0.4);
  EXPECT_TRUE(ruled);
  // Its link and its emphasis are kept.
  const frame::Flat in_note = frame::flatten(*note->item);
  bool uri = false, italic = false;
  for (const frame::Placed<frame::Link>& k : in_note.links) uri = uri || k->uri == "https://example.org/n";
  for (const frame::Placed<frame::GlyphRun>& r : in_note.runs)
    italic = italic || composer_.fonts.face(r->font).italic();
  EXPECT_TRUE(uri);
  EXPECT_TRUE(italic);
}

TEST_F(NotesTest, MarkerAndNoteLinkToEachOther) {
  const frame::PagedDoc doc = composer_.run(kFront + "Text with a marker[^x] and more.\n\n[^x]: The note.\n");
  const frame::Flat page = frame::flatten(doc.pages[0]);
  std::map<std::string, frame::Point> anchors;
  for (const frame::Placed<frame::Anchor>& a : page.anchors) anchors[a->name] = a.at;
  ASSERT_EQ(anchors.size(), 2u);
  std::vector<std::string> targets;
  for (const frame::Placed<frame::Link>& k : page.links) {
    targets.push_back(k->anchor);
    // The anchor a link goes to is where the other end is; the marker's own anchor is at its link.
    if (k->anchor == "note-1") {
      EXPECT_EQ(anchors.at("noteref-1"), k.at);
    }
  }
  EXPECT_EQ(targets, (std::vector<std::string>{"note-1", "noteref-1"}));
  // The note's anchor is its first line's top-left corner, in the note group.
  for (const frame::Placed<frame::Frame>& g : page.groups) {
    if (g.role == Role::Note) {
      EXPECT_EQ(anchors.at("note-1"), g.at);
    }
  }
}

TEST_F(NotesTest, ANoteLongerThanAColumnRunsOnAndLosesNoLine) {
  std::string note;
  for (int i = 0; i < 90; ++i) note += "Sentence " + std::to_string(i) + " of a very long note. ";
  std::string md = kFront + "A marker at the start[^long].\n\n";
  for (int i = 0; i < 40; ++i)
    md += "Running text paragraph number " + std::to_string(i) + " after the marker.\n\n";
  md += "[^long]: " + note + "\n";
  const frame::PagedDoc doc = composer_.run(md);
  std::string text;
  int pieces = 0;
  for (const frame::Frame& p : doc.pages) {
    const frame::Flat flat = frame::flatten(p);
    for (const frame::Placed<frame::Frame>& g : flat.groups) pieces += g.role == Role::Note;
    for (const frame::Placed<frame::LineInfo>& l : flat.lines)
      if (l->style == "footnote") text += l->text + " ";
  }
  EXPECT_GE(pieces, 2);
  // Every sentence, in order.
  std::size_t at = 0;
  for (int i = 0; i < 90; ++i) {
    const std::size_t found = text.find("Sentence " + std::to_string(i) + " ", at);
    ASSERT_NE(found, std::string::npos) << i;
    at = found;
  }
  // The text after the marker is all there too.
  int paragraphs = 0;
  for (const frame::Frame& p : doc.pages)
    for (const frame::Placed<frame::LineInfo>& l : frame::flatten(p).lines)
      paragraphs += l->text.rfind("Running text paragraph number", 0) == 0;
  EXPECT_EQ(paragraphs, 40);
}

}  // namespace
}  // namespace folio::compose
