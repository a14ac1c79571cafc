#include "frame/flatten.hpp"

namespace folio::frame {
namespace {

template <typename T>
bool take(const Item& item, Point at, Role role, std::string_view region, std::vector<Placed<T>>& out) {
  const T* content = std::get_if<T>(&item.content);
  if (content) out.push_back(Placed<T>{at, content, role, region});
  return content != nullptr;
}

void collect(const Frame& frame, Point origin, Role role, std::string_view region, Flat& out) {
  if (!frame.region.empty()) region = frame.region;
  if (frame.line) out.lines.push_back(Placed<LineInfo>{origin, &*frame.line, role, region});
  for (const Item& item : frame.items) {
    const Point at = origin + item.at;
    const Role r = item.role != Role::None ? item.role : role;
    if (const Frame* group = std::get_if<Frame>(&item.content)) {
      if (item.role != Role::None)
        out.groups.push_back(Placed<Frame>{at, group, r, group->region.empty() ? region : group->region});
      collect(*group, at, r, region, out);
    } else if (!take(item, at, r, region, out.runs) && !take(item, at, r, region, out.rules) &&
               !take(item, at, r, region, out.links) && !take(item, at, r, region, out.anchors)) {
      take(item, at, r, region, out.images);
    }
  }
}

}  // namespace

Flat flatten(const Frame& frame) {
  Flat out;
  collect(frame, Point{}, Role::None, {}, out);
  return out;
}

}  // namespace folio::frame
