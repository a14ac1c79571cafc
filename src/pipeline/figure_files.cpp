#include "pipeline/figure_files.hpp"

#include "image/image_path.hpp"
#include "input/body_parts.hpp"
#include "image/picture_cache.hpp"

namespace folio::pipeline {
namespace {

void read_in(const std::vector<input::Block>& blocks, const std::string& issue_path, bool allow_outside,
             compose::FigureFiles& out) {
  for (const input::Block& b : blocks) {
    read_in(b.children, issue_path, allow_outside, out);
    if (b.kind != input::BlockKind::Figure || out.count(b.image)) continue;
    try {
      const std::string path = image::resolve_image_path(b.image, issue_path, allow_outside);
      out[b.image] = compose::FigureFile{path, image::PictureCache::shared().load(path)};
    } catch (const Error& e) {
      throw Error(b.pos, "image '" + b.image + "': " + e.diagnostic().message);
    }
  }
}

}  // namespace

compose::FigureFiles read_figure_files(const input::Document& doc, bool allow_outside) {
  compose::FigureFiles out;
  input::for_each_part(doc, [&](const std::vector<input::Block>& blocks) { read_in(blocks, doc.path, allow_outside, out); });
  return out;
}

}  // namespace folio::pipeline
