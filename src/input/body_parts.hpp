// A long issue's body, read a part at a time wherever its blocks are wanted: the blocks of a
// 1,000-page issue are tens of megabytes, and the stages after reading need them one after the
// other, never all at once. load_issue reads such a body once to check it (every error and
// warning is given then) and keeps only its text and where its parts begin; each later reading
// parses one part at a time again (cmark-gfm is a small share of a render).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "input/document.hpp"
#include "input/markdown.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

class BodyParts {
 public:
  // `body`, `rewritten` and `parts` as parse_markdown gave them (MarkdownBody); `source` as
  // parse_markdown was given it (it holds the file's text, which `body` may view).
  BodyParts(std::string_view body, std::shared_ptr<const std::string> rewritten, BodySource source,
            std::vector<PartRange> parts);

  // Hands `take` the blocks of each part in turn: together, exactly the blocks one parse of the
  // whole body gives (captions attached across parts). Warnings were given by the first reading
  // and are not given again; the first reading would have thrown any error.
  void for_each(const std::function<void(const std::vector<Block>& blocks)>& take) const;

 private:
  std::string_view body_;
  std::shared_ptr<const std::string> rewritten_;  // what body_ views, when not the file's text
  // Its line offset moves to each part's as the parts are read (the lines, the whole file, are
  // not copied for that); reading is not meant for two threads at once.
  mutable BodySource source_;
  std::vector<PartRange> parts_;
};

// Hands `take` the body's blocks: doc.blocks at once, or a part at a time (Document::parts).
void for_each_part(const Document& doc, const std::function<void(const std::vector<Block>& blocks)>& take);

// Every heading in `blocks` and the blocks inside them, in order.
void collect_headings(const std::vector<Block>& blocks, std::vector<Heading>& out);

}  // namespace folio::input
