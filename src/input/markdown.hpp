// Internal to the input stage: the Markdown body (cmark-gfm) -> Block/Inline trees.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "input/document.hpp"
#include "input/source_locator.hpp"

namespace folio::input {

// One part a body was parsed in: bytes [begin, end) of the body as parsed (MarkdownBody::body),
// whose line 1 is body line `line` (0-based).
struct PartRange {
  std::size_t begin = 0, end = 0;
  int line = 0;
};

struct MarkdownBody {
  std::vector<Block> blocks;  // empty when the parts went to a PartTaker
  std::vector<Note> notes;    // notes[n - 1] has number n
  // The body as parsed: the text given, or, when it has HTML comments to make ones cmark-gfm
  // reads, a rewritten copy of it, held by `rewritten`.
  std::string_view body;
  std::shared_ptr<const std::string> rewritten;
  std::vector<PartRange> parts;
  bool taken = false;  // the blocks went to the PartTaker
};

// Takes a body's blocks a part at a time, figure captions attached across parts.
using PartTaker = std::function<void(std::vector<Block>& blocks)>;

// cmark-gfm parses the body in parts of about this size, cut where the result is the same as
// parsing it whole (markdown_parts.hpp), so its memory is that of one part at a time.
constexpr std::size_t kPartBytes = 64 * 1024;

// Parses the body with cmark-gfm and maps its tree; oddities become warnings in `diags`. Throws
// folio::Error for a block or a nesting past docs/limits.md.
// With `take`, when the body can be cut into parts at all (markdown_parts.hpp: no link reference
// or footnote definitions), each part's blocks go to `take` as soon as they are parsed, and are
// not kept: MarkdownBody::taken.
// `source` is read (its line offset moves with the parts, and is restored), not copied: its lines
// are the whole file.
MarkdownBody parse_markdown(std::string_view body, BodySource& source, Diagnostics& diags,
                            std::size_t part_bytes = kPartBytes, const PartTaker& take = {});

// One part that parse_markdown cut, parsed again (`source.line_offset` is where the part starts):
// its blocks, captions not yet attached across parts (CaptionJoiner).
std::vector<Block> parse_part(std::string_view part, const BodySource& source, Diagnostics& diags);

// "quotes, lists and inline spans nest more than 100 levels deep here, ...".
std::string too_deep_message();

}  // namespace folio::input
