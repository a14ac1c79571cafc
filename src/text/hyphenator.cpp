#include "text/hyphenator.hpp"

#include <hyphen.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/ucnv.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>

#include "folio/diagnostic.hpp"
#include "text/hyphenation_cache.hpp"

namespace folio::text {
namespace {

constexpr const char* kHyphenDir = "/usr/share/hyphen/";
constexpr std::size_t kMaxWordBytes = 256;  // longer "words" are URLs or junk: no hyphenation

bool file_exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

// Frees what hnj_hyphen_hyphenate2 allocates for non-standard (replacement) hyphenation.
void free_replacements(char** rep, int* pos, int* cut, std::size_t n) {
  if (rep)
    for (std::size_t i = 0; i < n; ++i) std::free(rep[i]);
  std::free(rep);
  std::free(pos);
  std::free(cut);
}

bool readable(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "r");
  if (f) std::fclose(f);
  return f != nullptr;
}

// A word list past this size would take longer to read than the patterns take to build.
constexpr std::size_t kMaxCachedWords = 20000;

// `word` (UTF-8) in a dictionary's 8-bit character set (Debian's German and Portuguese patterns
// are ISO 8859-1, its Russian ones KOI8-R): one byte per character, so libhyphen's positions
// are character positions. False when a character has no byte there (the word is then left
// alone: no pattern can match it).
bool to_charset(const std::string& word, const char* charset, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  UConverter* cnv = ucnv_open(charset, &status);
  if (U_FAILURE(status)) return false;
  ucnv_setFromUCallBack(cnv, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  std::vector<UChar> u16(word.size() + 1);
  int32_t n16 = 0;
  u_strFromUTF8(u16.data(), static_cast<int32_t>(u16.size()), &n16, word.data(), static_cast<int32_t>(word.size()),
                &status);
  out.assign(static_cast<std::size_t>(n16) * 4 + 4, '\0');
  const int32_t n = ucnv_fromUChars(cnv, out.data(), static_cast<int32_t>(out.size()), u16.data(), n16, &status);
  ucnv_close(cnv);
  if (U_FAILURE(status)) return false;
  out.resize(static_cast<std::size_t>(n));
  return true;
}

}  // namespace

// One per dictionary file for the life of the process: libhyphen builds tens of thousands of
// small pattern states from the file, the largest single cost of a render, so it happens at
// most once, and not at all while every word is already known.
struct Hyphenator::Dictionary {
  std::string path, cache_path;
  std::once_flag load_once;
  HyphenDict* patterns = nullptr;
  std::mutex mutex;  // guards the two below
  WordPoints words;
  std::size_t unsaved = 0;
};

namespace {

// Never destroyed, so exit does not free every pattern state one by one.
struct Registry {
  std::mutex mutex;
  std::map<std::string, std::unique_ptr<Hyphenator::Dictionary>> dictionaries;
};

Registry& registry() {
  static Registry* instance = new Registry;
  return *instance;
}

}  // namespace

Hyphenator::Hyphenator(const std::string& dic_path) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  auto it = r.dictionaries.find(dic_path);
  if (it == r.dictionaries.end()) {
    if (!readable(dic_path)) throw Error(SourcePos{dic_path, 0, 0}, "cannot load the hyphenation dictionary");
    auto d = std::make_unique<Dictionary>();
    d->path = dic_path;
    d->cache_path = hyphenation_cache_path(dic_path);
    if (!d->cache_path.empty()) d->words = read_hyphenation_cache(d->cache_path);
    it = r.dictionaries.emplace(dic_path, std::move(d)).first;
  }
  dict_ = it->second.get();
}

Hyphenator::~Hyphenator() {
  std::lock_guard<std::mutex> lock(dict_->mutex);
  if (dict_->unsaved == 0 || dict_->cache_path.empty()) return;
  write_hyphenation_cache(dict_->cache_path, dict_->words);  // failing only costs time next run
  dict_->unsaved = 0;
}

HyphenDict* Hyphenator::patterns() const {
  Dictionary& d = *dict_;
  std::call_once(d.load_once, [&d] { d.patterns = hnj_hyphen_load(d.path.c_str()); });
  if (!d.patterns) throw Error(SourcePos{d.path, 0, 0}, "cannot load the hyphenation dictionary");
  return d.patterns;
}

std::vector<std::size_t> Hyphenator::points(std::string_view word) const {
  if (word.empty() || word.size() > kMaxWordBytes) return {};
  const std::string key(word);
  {
    std::lock_guard<std::mutex> lock(dict_->mutex);
    auto it = dict_->words.find(key);
    if (it != dict_->words.end()) return it->second;
  }
  std::vector<std::size_t> out = compute(word);
  std::lock_guard<std::mutex> lock(dict_->mutex);
  if (dict_->words.size() < kMaxCachedWords && dict_->words.emplace(key, out).second) ++dict_->unsaved;
  return out;
}

std::vector<std::size_t> Hyphenator::compute(std::string_view word) const {
  std::vector<std::size_t> out;

  // Patterns are lowercase. Simple (one-to-one) case mapping keeps the character count, so
  // libhyphen's character positions map straight back to the caller's bytes.
  std::vector<std::size_t> starts;  // byte offset of each character in `word`
  std::vector<bool> letter;         // letter or combining mark
  std::string lower;
  const auto* s = reinterpret_cast<const uint8_t*>(word.data());
  const int32_t n = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < n;) {
    starts.push_back(static_cast<std::size_t>(i));
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) return out;  // not UTF-8: leave the word alone
    letter.push_back((U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_M_MASK)) != 0);
    c = u_tolower(c);
    char buf[U8_MAX_LENGTH];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);  // c is valid: U8_NEXT checked it
    lower.append(buf, static_cast<std::size_t>(len));
  }
  if (starts.size() < 2) return out;
  HyphenDict* dict = patterns();
  if (!dict->utf8) {
    std::string bytes;
    if (!to_charset(lower, dict->cset, bytes) || bytes.size() != starts.size()) return out;
    lower = std::move(bytes);
  }

  // hnj_hyphen_hyphenate2 applies the dictionary's LEFTHYPHENMIN/RIGHTHYPHENMIN and returns one
  // digit per character (odd: a break after it): per UTF-8 character for a UTF-8 dictionary, per
  // byte (a character too) for an 8-bit one. It only reads the dictionary and allocates per call,
  // so concurrent calls need no lock.
  std::vector<char> hyphens(lower.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int failed = hnj_hyphen_hyphenate2(dict, lower.c_str(), static_cast<int>(lower.size()),
                                     hyphens.data(), nullptr, &rep, &pos, &cut);
  if (!failed) {
    for (std::size_t i = 0; i + 1 < starts.size(); ++i) {
      // A replacement break (German "Schiff-fahrt") changes letters: not expressible as an
      // offset. Never break next to an apostrophe or other non-letter ("don'-t").
      if ((hyphens[i] & 1) && !(rep && rep[i]) && letter[i] && letter[i + 1]) out.push_back(starts[i + 1]);
    }
  }
  free_replacements(rep, pos, cut, lower.size());
  return out;
}

std::string Hyphenator::dictionary_for(const std::string& lang) {
  // "en-US", "en_us", "EN" -> language "en", region "US".
  std::string language, region;
  std::size_t i = 0;
  for (; i < lang.size() && std::isalpha(static_cast<unsigned char>(lang[i])); ++i)
    language += static_cast<char>(std::tolower(static_cast<unsigned char>(lang[i])));
  if (i < lang.size() && (lang[i] == '-' || lang[i] == '_')) {
    for (++i; i < lang.size() && std::isalnum(static_cast<unsigned char>(lang[i])); ++i)
      region += static_cast<char>(std::toupper(static_cast<unsigned char>(lang[i])));
  }
  if (language.size() < 2 || language.size() > 3) return "";
  if (region.size() != 2 && region.size() != 3) region.clear();  // a script subtag, say

  std::vector<std::string> candidates;
  if (!region.empty()) candidates.push_back(language + "_" + region);
  // A bare language (or a region without patterns) takes its main variety.
  std::string upper = language;
  for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  candidates.push_back(language == "en" ? "en_US" : language + "_" + upper);
  candidates.push_back(language);
  for (const std::string& c : candidates) {
    std::string path = std::string(kHyphenDir) + "hyph_" + c + ".dic";
    if (file_exists(path)) return path;
  }
  return "";
}

}  // namespace folio::text
