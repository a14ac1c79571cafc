#include "font/font_db.hpp"

#include <fontconfig/fontconfig.h>

#include <algorithm>
#include <cstdlib>
#include <stdexcept>
#include <tuple>

#include "folio/diagnostic.hpp"
#include "font/font_config.hpp"
#include "font/font_file_check.hpp"

namespace folio::font {
namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

}  // namespace

FontDb::FontDb(const std::string& fonts_dir, const std::vector<std::string>& extra_files) {
  config_ = hermetic_config(fonts_dir, extra_files);

  FcPattern* all = FcPatternCreate();
  FcObjectSet* objects = FcObjectSetBuild(FC_FILE, FC_INDEX, FC_FAMILY, FC_WEIGHT, FC_SLANT, FC_CHARSET,
                                          FC_VARIABLE, FC_COLOR, nullptr);
  FcFontSet* set = FcFontList(config_, all, objects);
  FcObjectSetDestroy(objects);
  FcPatternDestroy(all);

  for (int i = 0; set && i < set->nfont; ++i) {
    FcPattern* p = set->fonts[i];
    FcChar8 *file = nullptr, *family = nullptr;
    FcCharSet* charset = nullptr;
    FcBool variable = FcFalse, color = FcFalse;
    if (FcPatternGetString(p, FC_FILE, 0, &file) != FcResultMatch ||
        FcPatternGetString(p, FC_FAMILY, 0, &family) != FcResultMatch ||
        FcPatternGetCharSet(p, FC_CHARSET, 0, &charset) != FcResultMatch)
      continue;
    // A variable font's whole-font pattern: its named instances are listed separately.
    if (FcPatternGetBool(p, FC_VARIABLE, 0, &variable) == FcResultMatch && variable) continue;
    Entry e;
    e.path = linked_font_target(reinterpret_cast<const char*>(file));
    FcPatternGetInteger(p, FC_INDEX, 0, &e.index);
    if (const std::string damage = font_file_damage(e.path, e.index); !damage.empty()) {
      for (Entry& earlier : entries_) FcCharSetDestroy(earlier.charset);
      FcFontSetDestroy(set);
      FcConfigDestroy(config_);
      throw Error(SourcePos{e.path, 0, 0}, "the font file is damaged (" + damage + "); replace it");
    }
    e.family = reinterpret_cast<const char*>(family);
    int weight = FC_WEIGHT_REGULAR, slant = FC_SLANT_ROMAN;
    FcPatternGetInteger(p, FC_WEIGHT, 0, &weight);
    FcPatternGetInteger(p, FC_SLANT, 0, &slant);
    e.weight = FcWeightToOpenType(weight);
    e.italic = slant != FC_SLANT_ROMAN;
    e.color = FcPatternGetBool(p, FC_COLOR, 0, &color) == FcResultMatch && color;
    e.charset = FcCharSetCopy(charset);
    entries_.push_back(std::move(e));
  }
  if (set) FcFontSetDestroy(set);

  if (entries_.empty()) {
    FcConfigDestroy(config_);
    throw Error(SourcePos{fonts_dir, 0, 0}, "no usable font in the fonts folder");
  }
  // Fontconfig lists in scan order; sort so that face ids are the same on every machine.
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
    return std::tie(a.family, a.italic, a.weight, a.path, a.index) <
           std::tie(b.family, b.italic, b.weight, b.path, b.index);
  });
  faces_.resize(entries_.size());
  loaded_ = std::make_unique<std::atomic<const Face*>[]>(entries_.size());
  for (std::size_t i = 0; i < entries_.size(); ++i) loaded_[i].store(nullptr, std::memory_order_relaxed);
}

FontDb::~FontDb() {
  faces_.clear();
  for (Entry& e : entries_) FcCharSetDestroy(e.charset);
  FcConfigDestroy(config_);
}

const FontDb::Entry& FontDb::entry(FaceId id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= entries_.size()) throw std::out_of_range("FontDb: bad face id");
  return entries_[static_cast<std::size_t>(id)];
}

std::optional<FaceId> FontDb::find(const std::string& family, int weight, bool italic) const {
  const std::string wanted = lower_ascii(family);
  std::optional<FaceId> best;
  std::tuple<bool, int, bool> best_key;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (lower_ascii(e.family) != wanted) continue;
    // Style first, then weight distance; at equal distance the side CSS prefers
    // (heavier for bold requests, lighter otherwise).
    bool wrong_side = weight > 500 ? e.weight < weight : e.weight > weight;
    std::tuple<bool, int, bool> key{e.italic != italic, std::abs(e.weight - weight), wrong_side};
    if (!best || key < best_key) {
      best = static_cast<FaceId>(i);
      best_key = key;
    }
  }
  return best;
}

std::vector<FaceId> FontDb::chain(const std::vector<std::string>& families, int weight, bool italic) const {
  std::vector<FaceId> out;
  for (const std::string& family : families)
    if (const std::optional<FaceId> id = find(family, weight, italic)) out.push_back(*id);
  return out;
}

FaceId FontDb::fallback(char32_t cp, FaceId preferred, const std::vector<FaceId>& order, bool emoji) const {
  const Entry& pref = entry(preferred);
  const auto has = [&](FaceId id) { return FcCharSetHasChar(entries_[static_cast<std::size_t>(id)].charset, cp); };
  if (emoji)
    for (FaceId id : order)
      if (entry(id).color && has(id)) return id;
  if (FcCharSetHasChar(pref.charset, cp)) return preferred;
  for (FaceId id : order)
    if (has(id)) return id;
  // Past the style's order: any face, the most like the preferred one.
  std::optional<FaceId> best;
  std::tuple<bool, bool, int, bool> best_key;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (!FcCharSetHasChar(e.charset, cp)) continue;
    std::tuple<bool, bool, int, bool> key{e.color != emoji, e.italic != pref.italic, std::abs(e.weight - pref.weight),
                                          e.family != pref.family};
    if (!best || key < best_key) {
      best = static_cast<FaceId>(i);
      best_key = key;
    }
  }
  return best.value_or(preferred);
}

bool FontDb::covers(char32_t cp) const {
  for (const Entry& e : entries_)
    if (FcCharSetHasChar(e.charset, cp)) return true;
  return false;
}

bool FontDb::has(FaceId id, char32_t cp) const { return FcCharSetHasChar(entry(id).charset, cp); }

bool FontDb::is_color(FaceId id) const { return entry(id).color; }

const Face& FontDb::face(FaceId id) const {
  const Entry& e = entry(id);
  if (const Face* f = loaded_[id].load(std::memory_order_acquire)) return *f;
  std::lock_guard<std::mutex> lock(mutex_);
  std::unique_ptr<Face>& slot = faces_[id];
  if (!slot) {
    slot = std::make_unique<Face>(id, e.path, e.index);
    loaded_[id].store(slot.get(), std::memory_order_release);
  }
  return *slot;
}

std::vector<std::string> FontDb::families() const { return sorted_unique(&Entry::family); }

std::vector<std::string> FontDb::files() const { return sorted_unique(&Entry::path); }

std::vector<std::string> FontDb::sorted_unique(std::string Entry::*field) const {
  std::vector<std::string> out;
  for (const Entry& e : entries_) out.push_back(e.*field);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace folio::font
