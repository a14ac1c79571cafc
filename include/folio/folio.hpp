// folio's public API: render one issue file to a PDF.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "folio/diagnostic.hpp"

namespace folio {

struct RenderOptions {
  std::string input;        // issue Markdown file
  std::string output;       // PDF path; written atomically (temporary file, then rename)
  std::string style;        // style name in styles/ or a path; empty: front matter, then "default"
  std::string layout;       // layout name in layout/ or a path; empty: front matter, then "default"
  std::string data_dir;     // folder holding fonts/, styles/, layout/; empty: default_data_dir()
  std::string layout_dump;  // optional: where to write the text dump of the layout
  // A style or layout path in the front matter must name a file in this folder or below (the
  // command line may name any file): empty means the issue's own folder; "/" allows any file.
  std::string files_root;
  // Figures may name images outside the folder (`../`, absolute paths, symbolic links
  // pointing out); by default those are errors, so an issue reads only files that travel with it.
  bool allow_outside_images = false;
  // Threads the render may use for the work that splits (setting the body's paragraphs,
  // building and compressing the PDF's pages); 0: one per core. The PDF is the same for any number. `folio batch` gives each
  // render 1: its workers are its parallelism.
  unsigned threads = 0;
};

struct RenderResult {
  int pages = 0;
  std::vector<Diagnostic> warnings;
  // Every file the output depends on: the issue, style sheet, layout, the hyphenation dictionaries
  // of the languages used, every font the render could choose from (the fonts folder, the
  // packaged fonts it lists and the list itself, the style's own font files: any may be a
  // fallback), and the image of every figure.
  std::vector<std::string> inputs;
};

// What renders may keep between them: the fonts of a fonts folder (a separate set for each style
// that brings font files of its own), the words shaped in them, the hyphenation patterns of a
// language. Renders sharing one Resources, on any number of threads
// at once, load each only once; their output is byte-identical to renders without it.
class Resources {
 public:
  Resources();
  ~Resources();  // saves the hyphenation points learnt to the cache (README.md, "Speed")
  Resources(const Resources&) = delete;
  Resources& operator=(const Resources&) = delete;

  struct Shared;  // src/pipeline/shared_resources.hpp
  Shared& shared() { return *shared_; }

 private:
  std::unique_ptr<Shared> shared_;
};

// Throws folio::Error on bad input; never leaves a partial output file behind.
RenderResult render(const RenderOptions& options);
RenderResult render(const RenderOptions& options, Resources& resources);

// FOLIO_DATA_DIR from the environment, else the source tree folio was built from.
std::string default_data_dir();

const char* version();

}  // namespace folio
