#include "pipeline/render_job.hpp"

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <utility>

#include "compose/compose.hpp"
#include "compose/font_coverage.hpp"
#include "compose/font_families.hpp"
#include "font/font_config.hpp"
#include "font/font_db.hpp"
#include "input/load_issue.hpp"
#include "para/paragraph_builder.hpp"
#include "pipeline/figure_files.hpp"
#include "pipeline/shared_resources.hpp"
#include "style/data_paths.hpp"
#include "style/load_page_template.hpp"
#include "style/load_style_sheet.hpp"
#include "text/char_classes.hpp"
#include "text/hyphenator.hpp"
#include "text/shaper.hpp"

namespace folio::pipeline {
namespace {

// The command line wins over the front matter, which wins over "default". A bad name from
// the front matter is reported where the editor wrote it. A path there is from the issue file's
// folder, and must stay inside `files_root` (RenderOptions): an issue from elsewhere cannot make
// folio read any file it likes (docs/limits.md, "Files").
template <typename Resolve>
std::string resolve_choice(const std::string& option, const std::string& front_matter, const SourcePos& pos,
                           const std::string& issue_path, const std::string& files_root, Resolve resolve) {
  if (!option.empty()) return resolve(option);
  if (front_matter.empty()) return resolve("default");
  const std::string issue_dir = std::filesystem::path(issue_path).parent_path().string();
  const std::string path = style::relative_to(front_matter, issue_dir);
  const std::string root = files_root.empty() ? issue_dir : files_root;
  if (style::is_path(front_matter) && root != "/" && !style::is_within(path, root))
    throw Error(pos, "'" + front_matter + "' is outside " +
                         (files_root.empty()
                              ? "the issue's folder; name a file in it or below, or a shipped name (or "
                                "render with --allow-outside-files)"
                              : "'" + files_root +
                                    "', the folder being rendered; name a file in it or "
                                    "below, or a shipped name"));
  try {
    return resolve(path);
  } catch (const Error& e) {
    throw Error(pos, e.diagnostic().message);
  }
}

}  // namespace

TypesetIssue typeset_issue(const RenderOptions& options) {
  Resources own;  // one job: nothing to share
  TypesetIssue out = typeset_issue(options, own);
  out.fonts = nullptr;  // freed with `own`
  return out;
}

TypesetIssue typeset_issue(const RenderOptions& options, Resources& resources) {
  return typeset_issue(options, resources, {});
}

TypesetIssue typeset_issue(const RenderOptions& options, Resources& resources, const SinkFor& sink_for) {
  Diagnostics diags;
  input::Document doc = input::load_issue(options.input, diags);
  return typeset_document(std::move(doc), diags, options, resources, sink_for);
}

TypesetIssue typeset_document(input::Document doc, Diagnostics& diags, const RenderOptions& options,
                              Resources& resources, const SinkFor& sink_for) {
  const std::string data_dir = options.data_dir.empty() ? default_data_dir() : options.data_dir;
  const std::string style_path =
      resolve_choice(options.style, doc.meta.style, doc.meta.style_pos, doc.path, options.files_root,
                     [&](const std::string& name) { return style::resolve_style_path(name, data_dir); });
  const std::string layout_path =
      resolve_choice(options.layout, doc.meta.layout, doc.meta.layout_pos, doc.path, options.files_root,
                     [&](const std::string& name) { return style::resolve_layout_path(name, data_dir); });
  const style::StyleSheet sheet = style::load_style_sheet(style_path);
  const style::PageTemplate page = style::load_page_template(layout_path);
  TypesetIssue out = typeset_with(std::move(doc), sheet, page, diags, options, resources, sink_for);
  out.style_path = style_path;
  out.layout_path = layout_path;
  return out;
}

TypesetIssue typeset_with(input::Document doc, const style::StyleSheet& sheet, const style::PageTemplate& page,
                          Diagnostics& diags, const RenderOptions& options, Resources& resources,
                          const SinkFor& sink_for) {
  const std::string data_dir = options.data_dir.empty() ? default_data_dir() : options.data_dir;
  TypesetIssue out;
  // A style's own fonts make a font database of their own: they never reach another style's renders.
  std::vector<std::string> brand_fonts;
  for (const style::FontFile& f : sheet.font_files) brand_fonts.push_back(f.path);
  Resources::Shared::Fonts& loaded = resources.shared().fonts(data_dir + "/fonts", brand_fonts);
  const font::FontDb& fonts = loaded.db;
  compose::check_font_families(sheet, fonts);
  out.font_files = fonts.files();
  out.fonts = &fonts;
  if (const std::string list = font::packaged_fonts_list(data_dir + "/fonts"); !list.empty())
    out.font_files.push_back(list);

  // Each language's patterns, loaded when text in it first asks (the issue's at once, so a
  // language without patterns is reported even when nothing would be hyphenated).
  // The body's paragraphs are set on several threads (compose::Inputs::threads), each asking.
  std::map<std::string, const text::Hyphenator*> by_lang;
  std::mutex by_lang_mutex;
  const para::HyphenatorFor hyphenators = [&](const std::string& lang) -> const text::Hyphenator* {
    const std::lock_guard<std::mutex> lock(by_lang_mutex);
    const auto it = by_lang.find(lang);
    if (it != by_lang.end()) return it->second;
    const std::string dic = text::Hyphenator::dictionary_for(lang);
    const text::Hyphenator* h = dic.empty() ? nullptr : &resources.shared().hyphenator(dic);
    if (h) out.hyphenation_dictionaries.push_back(dic);
    if (!h && !text::is_cjk_language(lang))  // CJK is never hyphenated: nothing is missing
      diags.warn(SourcePos{doc.path}, "no hyphenation patterns for language '" + lang + "': words will not be hyphenated");
    return by_lang.emplace(lang, h).first->second;
  };
  hyphenators(doc.meta.lang);
  const para::ParagraphBuilder builder(fonts, loaded.shapes, hyphenators);

  for (const Diagnostic& d : compose::uncovered_characters(doc, fonts)) diags.warn(d.pos, d.message);
  const compose::FigureFiles figures = read_figure_files(doc, options.allow_outside_images);
  for (const auto& figure : figures) out.image_files.push_back(figure.second.path);
  // Composing frees the document's blocks as soon as they are set; its front matter stays.
  const compose::Inputs inputs{sheet, page, fonts, builder, &figures, options.threads};
  if (sink_for) {
    compose::StreamedIssue streamed =
        compose::compose_issue(std::move(doc), inputs, diags, sink_for(fonts, page.width, page.height));
    out.pages = std::move(streamed.doc);
    out.page_count = streamed.pages;
  } else {
    out.pages = compose::compose_issue(std::move(doc), inputs, diags);
    out.page_count = static_cast<int>(out.pages.pages.size());
  }
  frame::DocInfo& info = out.pages.info;
  info.title = doc.meta.publication + (doc.meta.issue.empty() ? "" : " \u2014 " + doc.meta.issue);
  info.subject = doc.meta.issue;
  info.author = doc.meta.publication;
  info.lang = doc.meta.lang;
  info.producer = std::string("folio ") + version();
  info.creator = "folio";
  out.warnings = diags.all();
  return out;
}

}  // namespace folio::pipeline
