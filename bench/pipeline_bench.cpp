// In-process timings of rendering the May 2025 sample issue, phase by phase, plus a micro
// benchmark of the Knuth-Plass breaker on the issue's longest body paragraph. Whole-process
// figures (startup, page faults, peak memory) come from bench/run instead.
#include <benchmark/benchmark.h>
#include <hyphen.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "compose/compose.hpp"
#include "compose/inline_styler.hpp"
#include "folio/folio.hpp"
#include "font/font_db.hpp"
#include "input/load_issue.hpp"
#include "para/item_list.hpp"
#include "para/knuth_plass.hpp"
#include "para/paragraph_builder.hpp"
#include "para/paragraph_text.hpp"
#include "pdf/pdf_writer.hpp"
#include "style/data_paths.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"
#include "text/hyphenator.hpp"
#include "text/shaper.hpp"

namespace {

using namespace folio;

const std::string kData = FOLIO_SOURCE_DIR;
// FOLIO_BENCH_ISSUE names another issue (bench/make-long-issue's, say).
const std::string kIssue = [] {
  const char* other = std::getenv("FOLIO_BENCH_ISSUE");
  return other && *other ? std::string(other) : kData + "/samples/2025-05/issue.md";
}();

// Everything a typeset needs, loaded once and shared by the benchmarks that do not time it.
struct Job {
  Diagnostics diags;
  input::Document doc = input::load_issue(kIssue, diags);
  style::StyleSheet sheet = style::load_style_sheet(style::resolve_style_path("default", kData));
  style::PageTemplate page = style::load_page_template(style::resolve_layout_path("default", kData));
  font::FontDb fonts{kData + "/fonts"};
  text::Hyphenator hyphenator{text::Hyphenator::dictionary_for(doc.meta.lang)};
};

Job& job() {
  static Job* j = new Job;  // never destroyed: faces stay loaded, as in one long render
  return *j;
}

frame::PagedDoc typeset(Job& j, text::ShapeCache& shapes) {
  const para::ParagraphBuilder builder(j.fonts, shapes, &j.hyphenator);
  return compose::compose_issue(j.doc, compose::Inputs{j.sheet, j.page, j.fonts, builder});
}

double now_ms() {
  using namespace std::chrono;
  return duration<double, std::milli>(steady_clock::now().time_since_epoch()).count();
}

// Resident memory now, in MB (/proc/self/statm counts pages).
double rss_mb() {
  long pages = 0, resident = 0;
  if (std::FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<double>(resident) * static_cast<double>(::sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// The steps of folio::render (pipeline::typeset_issue, then pdf::write_pdf_file), timed one
// by one in a process that has done nothing yet: caches empty, heap fresh, library code not
// yet paged in. Meaningful only when run alone and once (bench/run does:
// --benchmark_filter=FirstRender).
void BM_FirstRenderPhases(benchmark::State& state) {
  const std::string out = "/tmp/folio-bench-first-" + std::to_string(::getpid()) + ".pdf";
  for (auto _ : state) {
    double t = now_ms();
    auto lap = [&](const char* name) {
      const double n = now_ms();
      state.counters[std::string(name) + "_ms"] = n - t;
      state.counters[std::string(name) + "_rss_mb"] = rss_mb();
      t = n;
    };
    Diagnostics diags;
    const input::Document doc = input::load_issue(kIssue, diags);
    lap("1_parse");
    const style::StyleSheet sheet = style::load_style_sheet(style::resolve_style_path("default", kData));
    const style::PageTemplate page = style::load_page_template(style::resolve_layout_path("default", kData));
    lap("2_style");
    const font::FontDb fonts(kData + "/fonts");
    lap("3_fontdb");
    // Reads the hyphenation cache file; libhyphen builds its patterns (inside typeset) only for
    // a word the file does not have. bench/run points FOLIO_CACHE_DIR at a private folder.
    const text::Hyphenator hyphenator(text::Hyphenator::dictionary_for(doc.meta.lang));
    lap("4_hyphenator");
    text::ShapeCache shapes;
    const para::ParagraphBuilder builder(fonts, shapes, &hyphenator);
    const frame::PagedDoc pages = compose::compose_issue(doc, compose::Inputs{sheet, page, fonts, builder});
    lap("5_typeset");
    pdf::write_pdf_file(pages, out, 0);  // on every core, as folio render does
    lap("6_pdf");
  }
  std::remove(out.c_str());
}
BENCHMARK(BM_FirstRenderPhases)->Iterations(1)->Repetitions(1)->Unit(benchmark::kMillisecond);

void BM_Parse(benchmark::State& state) {
  for (auto _ : state) {
    Diagnostics diags;
    benchmark::DoNotOptimize(input::load_issue(kIssue, diags));
  }
}
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);

void BM_LoadStyleAndLayout(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(style::load_style_sheet(style::resolve_style_path("default", kData)));
    benchmark::DoNotOptimize(style::load_page_template(style::resolve_layout_path("default", kData)));
  }
}
BENCHMARK(BM_LoadStyleAndLayout)->Unit(benchmark::kMillisecond);

// Fontconfig setup and the scan of fonts/ (from Fontconfig's cache after the first run).
void BM_FontDb(benchmark::State& state) {
  for (auto _ : state) font::FontDb fonts(kData + "/fonts");
}
BENCHMARK(BM_FontDb)->Unit(benchmark::kMillisecond);

// What the first use of each face costs (FreeType + HarfBuzz open, metrics); a render pays
// it once per face.
void BM_FontDbWithFaces(benchmark::State& state) {
  for (auto _ : state) {
    font::FontDb fonts(kData + "/fonts");
    for (const std::string& family : fonts.families())
      for (bool italic : {false, true})
        for (int weight : {400, 700})
          if (auto id = fonts.find(family, weight, italic)) benchmark::DoNotOptimize(&fonts.face(*id));
  }
}
BENCHMARK(BM_FontDbWithFaces)->Unit(benchmark::kMillisecond);

// libhyphen building its pattern states from the file: what a process pays once, at the first
// word that is not in the hyphenation cache.
void BM_HyphenDictionaryLoad(benchmark::State& state) {
  const std::string dic = text::Hyphenator::dictionary_for("en");
  for (auto _ : state) hnj_hyphen_free(hnj_hyphen_load(dic.c_str()));
}
BENCHMARK(BM_HyphenDictionaryLoad)->Unit(benchmark::kMillisecond);

// Shaping + line breaking + pagination + page assembly, with an empty shape cache as in a
// fresh render (faces already loaded).
void BM_Typeset(benchmark::State& state) {
  Job& j = job();
  std::size_t shaped = 0, hits = 0;
  for (auto _ : state) {
    text::ShapeCache shapes;
    benchmark::DoNotOptimize(typeset(j, shapes));
    shaped = shapes.size();
    hits = shapes.hits();
  }
  state.counters["shaped"] = static_cast<double>(shaped);
  state.counters["cache_hits"] = static_cast<double>(hits);
}
BENCHMARK(BM_Typeset)->Unit(benchmark::kMillisecond);

// The same with every word already shaped: what the shape cache leaves to the rest.
void BM_TypesetWarmShapes(benchmark::State& state) {
  Job& j = job();
  text::ShapeCache shapes;
  typeset(j, shapes);
  for (auto _ : state) benchmark::DoNotOptimize(typeset(j, shapes));
}
BENCHMARK(BM_TypesetWarmShapes)->Unit(benchmark::kMillisecond);

// PDF writing alone: subsetting, content streams, Flate, PoDoFo serialisation.
void BM_WritePdf(benchmark::State& state) {
  Job& j = job();
  text::ShapeCache shapes;
  const frame::PagedDoc pages = typeset(j, shapes);
  std::size_t bytes = 0;
  for (auto _ : state) bytes = pdf::write_pdf(pages).size();
  state.counters["pdf_bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WritePdf)->Unit(benchmark::kMillisecond);

// folio::render end to end, in process: everything except exec, dynamic linking and exit.
void BM_RenderInProcess(benchmark::State& state) {
  RenderOptions options;
  options.input = kIssue;
  options.output = "/tmp/folio-bench-" + std::to_string(::getpid()) + ".pdf";
  options.data_dir = kData;
  for (auto _ : state) benchmark::DoNotOptimize(render(options));
  std::remove(options.output.c_str());
}
BENCHMARK(BM_RenderInProcess)->Unit(benchmark::kMillisecond);

// The issue's longest body paragraph, styled as the typesetter styles it, as boxes, glue and
// penalties (hyphenation points included).
struct BreakerInput {
  para::ParagraphSpec spec;
  std::vector<para::Item> items;
  std::size_t characters = 0;
};

const input::Block* longest_paragraph(const std::vector<input::Block>& blocks, const input::Block* best) {
  for (const input::Block& b : blocks) {
    if (b.kind == input::BlockKind::Paragraph &&
        (!best || input::plain_text(b.inlines).size() > input::plain_text(best->inlines).size()))
      best = &b;
    best = longest_paragraph(b.children, best);
  }
  return best;
}

BreakerInput breaker_input() {
  Job& j = job();
  static text::ShapeCache shapes;
  const input::Block* block = longest_paragraph(j.doc.blocks, nullptr);
  const style::ParagraphStyle& st = j.sheet.paragraph("body");
  compose::FaceResolver faces(j.fonts, j.sheet);
  compose::InlineStyler styler(j.sheet, faces, j.doc.meta.lang);
  BreakerInput in;
  in.spec.spans = styler.spans(block->inlines, st);
  in.spec.measure = j.page.column_width();
  in.spec.first_indent = st.first_indent;
  in.spec.hyphen_min_word = st.hyphen_min_word;
  in.spec.lang = j.doc.meta.lang;
  in.spec.breaking = j.sheet.breaking;
  const para::ParagraphText text = para::assemble_text(in.spec, j.fonts);
  const para::PieceShaper shaper(j.fonts, shapes, in.spec, text);
  const para::HyphenatorFor hyphenators = [&j](const std::string&) { return &j.hyphenator; };
  in.items = para::build_items(in.spec, text, shaper, &hyphenators, false).items;
  in.characters = text.text.size();
  return in;
}

para::BreakerParams breaker_params(const style::BreakParams& bp) {
  para::BreakerParams p;
  p.tolerance = bp.tolerance;
  p.line_penalty = bp.line_penalty;
  p.adj_demerits = bp.adj_demerits;
  p.double_hyphen_demerits = bp.double_hyphen_demerits;
  p.final_hyphen_demerits = bp.final_hyphen_demerits;
  p.emergency_stretch = bp.emergency_stretch;
  p.max_hyphen_run = bp.max_hyphen_run;
  return p;
}

// TeX's passes as the paragraph builder runs them (pretolerance, then tolerance, then
// emergency stretch when needed).
void BM_KnuthPlassPasses(benchmark::State& state) {
  const BreakerInput in = breaker_input();
  const std::vector<Sp> widths{in.spec.measure};
  const para::BreakerParams params = breaker_params(in.spec.breaking);
  std::size_t lines = 0;
  for (auto _ : state)
    lines =
        para::break_lines_in_passes(in.items, widths, in.spec.breaking.pretolerance, params).breaks.size();
  state.counters["items"] = static_cast<double>(in.items.size());
  state.counters["lines"] = static_cast<double>(lines);
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(in.items.size()));
}
BENCHMARK(BM_KnuthPlassPasses)->Unit(benchmark::kMicrosecond);

// One pass with hyphenation at `tolerance`: the breaker's core loop on its own.
void BM_KnuthPlassOnePass(benchmark::State& state) {
  const BreakerInput in = breaker_input();
  const std::vector<Sp> widths{in.spec.measure};
  para::BreakerParams params = breaker_params(in.spec.breaking);
  params.tolerance = 10000;  // always feasible, so every iteration does the same work
  for (auto _ : state) benchmark::DoNotOptimize(para::break_lines(in.items, widths, params));
  state.counters["items"] = static_cast<double>(in.items.size());
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(in.items.size()));
}
BENCHMARK(BM_KnuthPlassOnePass)->Unit(benchmark::kMicrosecond);

// The whole paragraph builder on that paragraph (itemize, cached shaping, hyphenation, items,
// breaking, packing), shape cache warm.
void BM_ParagraphBuild(benchmark::State& state) {
  Job& j = job();
  const BreakerInput in = breaker_input();
  text::ShapeCache shapes;
  const para::ParagraphBuilder builder(j.fonts, shapes, &j.hyphenator);
  for (auto _ : state) benchmark::DoNotOptimize(builder.build(in.spec));
  state.counters["bytes"] = static_cast<double>(in.characters);
}
BENCHMARK(BM_ParagraphBuild)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
