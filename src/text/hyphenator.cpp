#include "text/hyphenator.hpp"

#include <hyphen.h>
#include <sys/stat.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <mutex>
#include <system_error>

#include "folio/diagnostic.hpp"

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

// Dictionaries loaded (or loading) in this process, by path. libhyphen builds tens of
// thousands of small pattern states from the file, the largest single cost of a render
// (~10 ms): each file is loaded once, on its own thread so that the caller's other set-up
// runs meanwhile. Never destroyed, so exit neither frees every state nor waits for a load
// nobody needs any more.
struct Registry {
  std::mutex mutex;
  std::map<std::string, std::shared_future<HyphenDict*>> loads;
};

Registry& registry() {
  static Registry* instance = new Registry;
  return *instance;
}

std::shared_future<HyphenDict*> start_load(const std::string& path) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.mutex);
  auto it = r.loads.find(path);
  if (it != r.loads.end()) return it->second;
  auto load = [path] { return hnj_hyphen_load(path.c_str()); };
  std::shared_future<HyphenDict*> f;
  try {
    f = std::async(std::launch::async, load).share();
  } catch (const std::system_error&) {  // no thread to be had: load on first use instead
    f = std::async(std::launch::deferred, load).share();
  }
  return r.loads.emplace(path, std::move(f)).first->second;
}

}  // namespace

Hyphenator::Hyphenator(const std::string& dic_path) : path_(dic_path) {
  if (!readable(dic_path)) throw Error(SourcePos{dic_path, 0, 0}, "cannot load the hyphenation dictionary");
  load_ = start_load(dic_path);
}

Hyphenator::~Hyphenator() = default;

void Hyphenator::preload(const std::string& dic_path) {
  if (!dic_path.empty() && readable(dic_path)) start_load(dic_path);
}

HyphenDict* Hyphenator::dictionary() const {
  if (HyphenDict* d = ready_.load(std::memory_order_acquire)) return d;
  HyphenDict* d = load_.get();
  if (!d) throw Error(SourcePos{path_, 0, 0}, "cannot load the hyphenation dictionary");
  ready_.store(d, std::memory_order_release);
  return d;
}

std::vector<std::size_t> Hyphenator::points(std::string_view word) const {
  std::vector<std::size_t> out;
  if (word.empty() || word.size() > kMaxWordBytes) return out;

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

  // hnj_hyphen_hyphenate2 applies the dictionary's LEFTHYPHENMIN/RIGHTHYPHENMIN and, for a
  // UTF-8 dictionary, returns one digit per character (odd: a break after it). It only reads
  // the dictionary and allocates per call, so concurrent calls need no lock.
  std::vector<char> hyphens(lower.size() + 5, '0');
  char** rep = nullptr;
  int* pos = nullptr;
  int* cut = nullptr;
  int failed = hnj_hyphen_hyphenate2(dictionary(), lower.c_str(), static_cast<int>(lower.size()),
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
