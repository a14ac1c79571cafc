// What a batch records in OUTDIR/.folio/ about each PDF it wrote, so that the next run renders
// only what changed. Each process writes its own file (manifest.json, or manifest-I-of-N.json
// for --shard I/N), always whole and atomically, so shards running at once into one OUTDIR on a
// shared file system never write the same file; a reader merges them all.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "batch/render_settings.hpp"
#include "batch/shard.hpp"

namespace folio::batch {

// A PDF as it was written: a record describes the file on disk only while these still match,
// so of two records of one PDF (from two manifests) only the later writer's counts, and a PDF
// deleted or replaced by hand is rendered again.
struct PdfStamp {
  std::uint64_t size = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t inode = 0;  // each atomic write is a new file: a new inode
  bool operator==(const PdfStamp& o) const { return size == o.size && mtime_ns == o.mtime_ns && inode == o.inode; }
};

struct Record {
  std::string issue;  // normal path of the issue file
  int pages = 0;
  PdfStamp pdf;
  RenderSettings settings;
  std::map<std::string, std::string> inputs;  // normal path -> FileHasher hash

  bool operator==(const Record& o) const {
    return issue == o.issue && pages == o.pages && pdf == o.pdf && settings == o.settings && inputs == o.inputs;
  }
};

using Records = std::map<std::string, Record>;  // by the PDF's path in OUTDIR ('/'-separated)

// OUTDIR/.folio/manifest.json, or manifest-I-of-N.json for a shard.
std::string manifest_path(const std::string& out_dir, const Shard& shard);

// The stamp of the file now; all zero when it does not exist.
PdfStamp stamp_of(const std::string& path);

// One manifest file. A missing file, or one this version cannot read, records nothing (its
// issues render again).
Records read_manifest(const std::string& path);

// Every manifest in OUTDIR/.folio merged, keeping only records whose PDF is on disk as written.
Records read_current_records(const std::string& out_dir);

// Writes the file atomically (creating OUTDIR/.folio); throws folio::Error.
void write_manifest(const std::string& path, const Records& records);

}  // namespace folio::batch
