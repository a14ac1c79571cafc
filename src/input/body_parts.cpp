#include "input/body_parts.hpp"

#include "input/figure_builder.hpp"

namespace folio::input {

BodyParts::BodyParts(std::string_view body, std::shared_ptr<const std::string> rewritten, BodySource source,
                     std::vector<PartRange> parts)
    : body_(body), rewritten_(std::move(rewritten)), source_(std::move(source)), parts_(std::move(parts)) {}

void BodyParts::for_each(const std::function<void(const std::vector<Block>& blocks)>& take) const {
  Diagnostics given;  // by the first reading
  CaptionJoiner joiner([&](std::vector<Block>& blocks) { take(blocks); });
  const int body_offset = source_.line_offset;
  struct Restore {  // the offset as it was, however the reading ends
    BodySource& source;
    int offset;
    ~Restore() { source.line_offset = offset; }
  } restore{source_, body_offset};
  for (const PartRange& part : parts_) {
    source_.line_offset = body_offset + part.line;
    joiner.add(parse_part(body_.substr(part.begin, part.end - part.begin), source_, given));
  }
  joiner.finish();
}

void for_each_part(const Document& doc, const std::function<void(const std::vector<Block>& blocks)>& take) {
  if (doc.parts)
    doc.parts->for_each(take);
  else
    take(doc.blocks);
}

void collect_headings(const std::vector<Block>& blocks, std::vector<Heading>& out) {
  for (const Block& b : blocks) {
    if (b.kind == BlockKind::Heading) out.push_back(Heading{b.level, plain_text(b.inlines)});
    collect_headings(b.children, out);  // in quotes and list items
  }
}

}  // namespace folio::input
