#include "batch/manifest.hpp"

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "common/atomic_file.hpp"

namespace folio::batch {

// nlohmann finds these by argument-dependent lookup.
void to_json(nlohmann::json& j, const RenderSettings& s) {
  j = {{"folio", s.folio_version},
       {"data_dir", s.data_dir},
       {"source_date_epoch", s.source_date_epoch},
       {"font_folder", s.font_folder},
       {"allow_outside_images", s.allow_outside_images}};
}

void from_json(const nlohmann::json& j, RenderSettings& s) {
  j.at("folio").get_to(s.folio_version);
  j.at("data_dir").get_to(s.data_dir);
  j.at("source_date_epoch").get_to(s.source_date_epoch);
  j.at("font_folder").get_to(s.font_folder);
  s.allow_outside_images = j.value("allow_outside_images", false);  // manifests from before figures lack it
}

void to_json(nlohmann::json& j, const Record& r) {
  j = {{"issue", r.issue},
       {"pages", r.pages},
       {"pdf", {{"size", r.pdf.size}, {"mtime_ns", r.pdf.mtime_ns}, {"inode", r.pdf.inode}}},
       {"settings", r.settings},
       {"inputs", r.inputs}};
}

void from_json(const nlohmann::json& j, Record& r) {
  j.at("issue").get_to(r.issue);
  j.at("pages").get_to(r.pages);
  j.at("pdf").at("size").get_to(r.pdf.size);
  j.at("pdf").at("mtime_ns").get_to(r.pdf.mtime_ns);
  j.at("pdf").at("inode").get_to(r.pdf.inode);
  j.at("settings").get_to(r.settings);
  j.at("inputs").get_to(r.inputs);
}

namespace {

namespace fs = std::filesystem;

constexpr int kFormat = 1;  // raise when a record changes meaning: older manifests then record nothing

fs::path manifest_dir(const std::string& out_dir) { return fs::path(out_dir) / ".folio"; }

}  // namespace

std::string manifest_path(const std::string& out_dir, const Shard& shard) {
  const std::string name = shard.whole() ? "manifest.json"
                                         : "manifest-" + std::to_string(shard.index) + "-of-" +
                                               std::to_string(shard.count) + ".json";
  return (manifest_dir(out_dir) / name).string();
}

PdfStamp stamp_of(const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return {};
  return PdfStamp{static_cast<std::uint64_t>(st.st_size),
                  static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
                  static_cast<std::uint64_t>(st.st_ino)};
}

Records read_manifest(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return {};
  try {
    const nlohmann::json j = nlohmann::json::parse(in);
    if (j.at("format").get<int>() != kFormat) return {};
    return j.at("issues").get<Records>();
  } catch (const nlohmann::json::exception&) {
    return {};
  }
}

Records read_current_records(const std::string& out_dir) {
  Records current;
  std::error_code ec;
  for (const fs::directory_entry& entry : fs::directory_iterator(manifest_dir(out_dir), ec)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("manifest", 0) != 0 || entry.path().extension() != ".json") continue;
    for (auto& [pdf, record] : read_manifest(entry.path().string())) {
      if (current.count(pdf)) continue;  // stamps differ between writes: both cannot match
      if (stamp_of((fs::path(out_dir) / pdf).string()) == record.pdf) current.emplace(pdf, std::move(record));
    }
  }
  return current;
}

void write_manifest(const std::string& path, const Records& records) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);  // a failure shows when writing
  const nlohmann::json j = {{"format", kFormat}, {"issues", records}};
  write_file_atomically(path, j.dump(1) + "\n", "the batch manifest");
}

}  // namespace folio::batch
