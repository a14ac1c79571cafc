// Pages built and compressed on several threads come back in order, each exactly what one thread
// makes of it, and a page that cannot be built fails the whole writing without hanging.
#include "pdf/page_streams.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

#include "pdf/flate.hpp"

namespace folio::pdf {
namespace {

const std::vector<ContentFont> kFonts = {{0, "F0", [](std::uint32_t) { return 500.0; }}};

// `pages` pages, page i holding i + 1 glyphs; the page `bad` names a font kFonts lacks.
frame::PagedDoc doc_of(int pages, int bad = -1) {
  frame::PagedDoc doc;
  doc.width = pt(600);
  doc.height = pt(800);
  for (int i = 0; i < pages; ++i) {
    frame::GlyphRun run;
    run.font = i == bad ? 9 : 0;
    run.size = pt(10);
    for (int g = 0; g <= i; ++g)
      run.push(frame::Glyph{static_cast<std::uint32_t>(g + 1), static_cast<std::int32_t>(pt(5)), 0, 0, 0}, "a");
    frame::Frame page;
    page.add({pt(72), pt(100)}, std::move(run));
    doc.pages.push_back(std::move(page));
  }
  return doc;
}

TEST(PageStreams, InOrderAndTheSameOnAnyNumberOfThreads) {
  const frame::PagedDoc doc = doc_of(40);
  for (unsigned threads : {1u, 2u, 3u, 8u}) {
    std::vector<std::size_t> order;
    for_each_page_stream(doc, kFonts, {}, threads, [&](std::size_t i, PageStream& s) {
      order.push_back(i);
      const PageContent expected = page_content(doc.pages[i], doc.height, kFonts);
      EXPECT_EQ(s.content, expected.stream) << "page " << i << ", " << threads << " threads";
      EXPECT_EQ(s.compressed, flate(expected.stream));
      EXPECT_EQ(s.fonts, expected.fonts);
    });
    ASSERT_EQ(order.size(), 40u) << threads << " threads";
    for (std::size_t i = 0; i < order.size(); ++i) EXPECT_EQ(order[i], i);
  }
}

TEST(PageStreams, APageThatCannotBeBuiltFailsTheRestAndReturns) {
  const frame::PagedDoc doc = doc_of(60, 17);
  for (unsigned threads : {1u, 2u, 4u}) {
    std::vector<std::size_t> taken;
    EXPECT_THROW(for_each_page_stream(doc, kFonts, {}, threads, [&](std::size_t i, PageStream&) { taken.push_back(i); }),
                 std::invalid_argument)
        << threads << " threads";
    EXPECT_LE(taken.size(), 17u);  // never the bad page, nor any after it
    for (std::size_t i = 0; i < taken.size(); ++i) EXPECT_EQ(taken[i], i);
  }
}

TEST(PageStreams, AnExceptionFromTakeStopsTheOtherThreads) {
  const frame::PagedDoc doc = doc_of(60);
  EXPECT_THROW(for_each_page_stream(doc, kFonts, {}, 4,
                                    [](std::size_t i, PageStream&) {
                                      if (i == 5) throw std::runtime_error("PoDoFo said no");
                                    }),
               std::runtime_error);
}

}  // namespace
}  // namespace folio::pdf
