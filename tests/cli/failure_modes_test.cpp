// Every way a render can fail on what it reads or where it writes, run as a user runs folio: each
// gives one line "file:line:col: error: message" (line and column where the input has them), exit
// status 1, and leaves the folder as it was: an earlier PDF byte for byte, no file added or
// removed. docs/limits.md lists these failures and the limits.
#include <gtest/gtest.h>
#include <sys/mount.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "cli/folio_folder.hpp"

namespace folio::cli::test {
namespace {

const std::string kEarlier = "%PDF- an earlier good render, kept whatever happens";

std::string issue(const std::string& body) { return "---\npublication: P\nissue: I\n---\n\n" + body; }

// "default, modern": what a folder of the repository offers, as the unknown-name error lists it.
std::string available(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(kRoot + "/" + folder))
    if (e.path().extension() == ".yaml") names.push_back(e.path().stem().string());
  std::sort(names.begin(), names.end());
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + n;
  return out;
}

struct Case {
  const char* name;
  std::string text;   // written as bad.md
  std::string error;  // for `folio render bad.md -o out.pdf`
};

class FailureModes : public FolioFolder {
 protected:
  void SetUp() override {
    FolioFolder::SetUp();
    write("out.pdf", kEarlier);
  }

  void write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
  }

  // Every file below the scratch folder (the runner's own .run aside) with its bytes; folders
  // and other kinds as a marker.
  std::map<std::string, std::string> snapshot() const {
    std::map<std::string, std::string> out;
    for (auto it = fs::recursive_directory_iterator(dir_); it != fs::recursive_directory_iterator(); ++it) {
      const std::string name = fs::relative(it->path(), dir_).string();
      if (name.rfind(".run", 0) == 0) continue;
      if (it->is_symlink()) {
        out[name] = "<link>";
        it.disable_recursion_pending();
      } else {
        out[name] = it->is_regular_file() ? read(it->path()) : it->is_directory() ? "<folder>" : "<other>";
      }
    }
    return out;
  }

  // Runs folio and checks all three promises. In `error`, "{n}" stands for any number (a
  // process id in a temporary file's name), "{*}" for any text.
  void expect_error(const std::string& args, const std::string& error, const std::string& prefix = "") {
    SCOPED_TRACE(args);
    const auto before = snapshot();
    const FolioRun run = folio(args, prefix);
    EXPECT_EQ(run.status, 1);
    std::string pattern;
    for (const char c : error + "\n")
      pattern += std::string(std::strchr(".^$|()[]{}*+?\\", c) ? "\\" : "") + c;
    pattern = std::regex_replace(pattern, std::regex(R"(\\\{n\\\})"), "[0-9]+");
    pattern = std::regex_replace(pattern, std::regex(R"(\\\{\\\*\\\})"), "[^\\n]*");
    EXPECT_TRUE(std::regex_match(run.err, std::regex(pattern)))
        << "stderr: " << run.err << "wanted: " << error;
    EXPECT_EQ(snapshot(), before);
  }

  void expect_errors(const std::vector<Case>& cases) {
    for (const Case& c : cases) {
      SCOPED_TRACE(c.name);
      write("bad.md", c.text);
      expect_error("render bad.md -o out.pdf", c.error);
    }
  }
};

TEST_F(FailureModes, FrontMatterMissingUnclosedOrInvalid) {
  const std::string begin =
      "bad.md:1:1: error: an issue file must begin with front matter: a '---' line, 'publication:' and "
      "'issue:' lines, then another '---' line";
  const std::vector<Case> cases = {
      {"an empty issue", "", begin},
      {"only blank lines", "\n\n\n", begin},
      {"no front matter", "# Title\n\nText.\n", begin},
      {"never closed", "---\npublication: P\nissue: I\n\nText.\n",
       "bad.md:1:1: error: the front matter is never closed: end it with a '---' line"},
      {"YAML syntax", "---\npublication: [P\nissue: I\n---\n",
       "bad.md:3:6: error: YAML syntax error: end of sequence flow not found"},
      {"a list for text", "---\npublication: P\nissue: [May, June]\n---\n",
       "bad.md:3:8: error: expected text for 'issue', got a list"},
      {"a map for text", "---\npublication: {a: b}\nissue: I\n---\n",
       "bad.md:2:14: error: expected text for 'publication', got a map"},
      {"not a language", "---\npublication: P\nissue: I\nlang: 5\n---\n",
       "bad.md:4:7: error: 'lang' must be a language tag such as 'en' or 'zh-Hans', got '5'"},
      {"a missing key", "---\npublication: P\n---\n",
       "bad.md:1:1: error: the front matter has no 'issue' key (the issue label, e.g. 'May 2025')"},
      {"a mistyped key", "---\npublication: P\nisue: I\n---\n",
       "bad.md:3:1: error: unknown key 'isue' in the front matter (did you mean 'issue'?)"},
  };
  expect_errors(cases);
}

TEST_F(FailureModes, TextThatIsNotUtf8) {
  std::string utf16le = "\xFF\xFE", utf16be = "\xFE\xFF", bare;
  for (char c : issue("Text.\n")) {
    utf16le += std::string{c, '\0'};
    utf16be += std::string{'\0', c};
    bare += std::string{c, '\0'};
  }
  const std::vector<Case> cases = {
      {"a stray byte", issue("caf\xE9\n"),
       "bad.md:6:4: error: the issue file is not valid UTF-8 (byte 0xE9); save it as UTF-8"},
      {"a NUL byte", issue("a") + std::string(1, '\0') + "b\n",
       "bad.md:6:2: error: the issue file contains a NUL byte; save it as UTF-8 text"},
      {"UTF-16LE with a byte order mark", utf16le,
       "bad.md:1:1: error: the issue file is UTF-16; save it as UTF-8"},
      {"UTF-16BE with a byte order mark", utf16be,
       "bad.md:1:1: error: the issue file is UTF-16; save it as UTF-8"},
      {"UTF-16 without one", bare,
       "bad.md:1:1: error: the issue file is UTF-16 (without a byte order mark); save it as UTF-8"},
  };
  expect_errors(cases);
}

TEST_F(FailureModes, UnknownStyleOrLayout) {
  write("bad.md", "---\npublication: P\nissue: I\nstyle: fancy\n---\n");
  expect_error("render bad.md -o out.pdf",
               "bad.md:4:8: error: unknown style 'fancy' (available: " + available("styles") + ")");
  write("bad.md", "---\npublication: P\nissue: I\nlayout: wide\n---\n");
  expect_error("render bad.md -o out.pdf",
               "bad.md:4:9: error: unknown layout 'wide' (available: " + available("layout") + ")");
  expect_error("render issue.md -o out.pdf --style fancy",
               "folio: error: unknown style 'fancy' (available: " + available("styles") + ")");
}

TEST_F(FailureModes, FilesThatCannotBeRead) {
  fs::create_directory(dir_ / "folder.md");
  fs::create_directory(dir_ / "folder.yaml");
  expect_error("render missing.md -o out.pdf",
               "missing.md: error: cannot read the issue file: No such file or directory");
  expect_error("render folder.md -o out.pdf", "folder.md: error: cannot read the issue file: it is a folder");
  // A file that opens but cannot be read, for root as for anyone (chmod would not stop root).
  expect_error("render /proc/self/mem -o out.pdf",
               "/proc/self/mem: error: cannot read the issue file: Input/output error");
  expect_error("render issue.md -o out.pdf --style missing.yaml",
               "missing.yaml: error: cannot read the style sheet: No such file or directory");
  expect_error("render issue.md -o out.pdf --style folder.yaml",
               "folder.yaml: error: cannot read the style sheet: it is a folder");
  expect_error("render issue.md -o out.pdf --layout missing.yaml",
               "missing.yaml: error: cannot read the page layout: No such file or directory");
}

TEST_F(FailureModes, FontsThatAreMissingOrDamaged) {
  // A family no font has: reported where the style names it.
  std::string style = read(dir_ / "style.yaml");
  const std::size_t at = style.find("serif: Noto Serif");
  ASSERT_NE(at, std::string::npos);
  style.replace(at, 17, "serif: Noto Serf ");
  write("style.yaml", style);
  const int line = static_cast<int>(std::count(style.begin(), style.begin() + at, '\n')) + 1;
  const int column = static_cast<int>(at - style.rfind('\n', at)) + 7;
  expect_error(
      "render issue.md -o out.pdf --style style.yaml",
      "style.yaml:" + std::to_string(line) + ":" + std::to_string(column) +
          ": error: font family 'Noto Serf' is not among the bundled fonts (did you mean 'Noto Serif'?)");

  // A data folder whose fonts are missing, then one whose font was cut short by a failed copy.
  const fs::path data = dir_ / "data";
  fs::create_directories(data / "fonts");
  fs::copy(kRoot + "/styles", data / "styles");
  fs::copy(kRoot + "/layout", data / "layout");
  expect_error("render issue.md -o out.pdf",
               (data / "fonts").string() + ": error: no usable font in the fonts folder",
               "FOLIO_DATA_DIR='" + data.string() + "'");
  fs::copy(kRoot + "/fonts", data / "fonts",
           fs::copy_options::recursive | fs::copy_options::overwrite_existing);
  const fs::path regular = data / "fonts" / "NotoSerif-Regular.ttf";
  fs::resize_file(regular, fs::file_size(regular) / 2);
  expect_error(
      "render issue.md -o out.pdf",
      regular.string() +
          ": error: the font file is damaged (table '{*}' runs past the end of the file); replace it",
      "FOLIO_DATA_DIR='" + data.string() + "'");
}

TEST_F(FailureModes, OutputsThatCannotBeWritten) {
  fs::create_directory(dir_ / "folder.pdf");
  expect_error("render issue.md -o missing/out.pdf",
               "missing/out.pdf: error: cannot write the PDF: folder 'missing' does not exist");
  expect_error("render issue.md -o folder.pdf",
               "folder.pdf: error: cannot write the PDF: the path exists and is not a regular file");
  // Not writable, for root as for anyone.
  expect_error("render issue.md -o /proc/out.pdf",
               "/proc/out.pdf: error: cannot write the PDF: cannot create /proc/out.pdf.tmp-{n}-0: {*}");
  expect_error(
      "render issue.md -o out.pdf --dump-layout /proc/layout.txt",
      "/proc/layout.txt: error: cannot write the layout dump: cannot create /proc/layout.txt.tmp-{n}-0: {*}");
}

// A disk that fills up while the PDF is written, as a file size limit (ulimit -f: works for
// every user; folio ignores SIGXFSZ, so the write fails with EFBIG instead of killing it).
TEST_F(FailureModes, DiskFullAsAFileSizeLimit) {
  expect_error("render issue.md -o out.pdf",
               "out.pdf: error: cannot write the PDF: writing out.pdf.tmp-{n}-0 failed: File too large",
               "ulimit -f 8;");
}

// The same on a real file system with no room left: a 64 KB tmpfs, filled up (needs root and a
// kernel that lets this process mount one; skipped otherwise, the size limit above still runs).
TEST_F(FailureModes, DiskFullOnATinyFileSystem) {
  const fs::path mnt = dir_ / "small";
  fs::create_directory(mnt);
  if (::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=64k") != 0)
    GTEST_SKIP() << "cannot mount a tmpfs here: " << std::strerror(errno);
  struct Unmount {
    fs::path at;
    ~Unmount() { ::umount2(at.c_str(), MNT_DETACH); }
  } unmount{mnt};
  write("small/out.pdf", kEarlier);
  {
    std::ofstream fill(mnt / "filler", std::ios::binary);
    const std::string block(4096, 'x');
    while (fill.write(block.data(), static_cast<std::streamsize>(block.size())) && fill.flush()) {
    }
  }
  expect_error(
      "render issue.md -o small/out.pdf",
      "small/out.pdf: error: cannot write the PDF: writing small/out.pdf.tmp-{n}-0 failed: No space left on "
      "device");
}

TEST_F(FailureModes, LimitsAreErrorsAtTheirPlace) {
  const std::size_t line = 64 * 1024, block = 256 * 1024, file = 4 * 1024 * 1024;
  write("bad.md", issue("Short line.\n" + std::string(line + 1, 'x') + "\n"));
  expect_error(
      "render bad.md -o out.pdf",
      "bad.md:7:65537: error: this line is longer than 65,536 bytes, folio's limit (docs/limits.md): break "
      "it into shorter lines");
  std::string lines;
  while (lines.size() <= block) lines += std::string(99, 'w') + "\n";
  write("bad.md", issue("First.\n\n" + lines));
  expect_error(
      "render bad.md -o out.pdf",
      "bad.md:8:1: error: this block (lines without a blank line between them) is longer than 262,144 bytes, "
      "folio's limit (docs/limits.md): put blank lines between its paragraphs");
  write("bad.md", issue("Text.\n\n" + std::string(100, '>') + " deep enough\n\n" + std::string(101, '>') +
                        " too deep\n"));
  expect_error(
      "render bad.md -o out.pdf",
      "bad.md:10:101: error: quotes, lists and inline spans nest more than 100 levels deep here, folio's "
      "limit (docs/limits.md)");
  std::string tags;
  for (int i = 0; i < 101; ++i) tags += "<u>";
  write("bad.md", issue("Text " + tags + "x\n"));
  expect_error(
      "render bad.md -o out.pdf",
      "bad.md:6:306: error: quotes, lists and inline spans nest more than 100 levels deep here, folio's "
      "limit (docs/limits.md)");
  std::string header = "|", delimiter = "|", table;
  for (int i = 0; i < 201; ++i) header += "a|", delimiter += "-|";
  for (int i = 0; i < 500; ++i) table += "x\n";  // 201 x 498 is the first count past 100,000
  table = "Text.\n\n" + header + "\n" + delimiter + "\n" + table;
  write("bad.md", issue(table));
  expect_error("render bad.md -o out.pdf",
               "bad.md:8:1: error: this table has 201 columns and 498 rows or more, over 100,000 cells, folio's "
               "limit (docs/limits.md): split it into smaller tables");
  std::string big = issue("");
  while (big.size() <= file) big += std::string(79, 'z') + "\n\n";
  write("bad.md", big);
  expect_error(
      "render bad.md -o out.pdf",
      "bad.md: error: the issue file is larger than 4,194,304 bytes, folio's limit (docs/limits.md)");
  // Pages: a layout with room for five lines a page makes 2,001 pages of 10,005 short paragraphs.
  write("tiny.yaml",
        "page: {width: 100mm, height: 40mm}\nmargins: {top: 5mm, right: 5mm, bottom: 5mm, left: 5mm}\n"
        "columns: 1\nbaseline-grid: off\nmasthead: {contents: false}\n");
  std::string many = issue("");
  for (int i = 0; i < 10005; ++i) many += "x\n\n";
  write("bad.md", many);
  expect_error(
      "render bad.md -o out.pdf --layout tiny.yaml",
      "bad.md: error: the issue runs to more than 2,000 pages, folio's limit (docs/limits.md)");
  write("big.yaml", "# " + std::string(1024 * 1024, 'c') + "\n");
  expect_error(
      "render issue.md -o out.pdf --style big.yaml",
      "big.yaml: error: the style sheet is larger than 1,048,576 bytes, folio's limit (docs/limits.md)");
}

// The front matter may name style and layout files only in the issue's folder or below: an
// issue from anywhere cannot make folio read any file it likes. The command line may name any.
TEST_F(FailureModes, FilesOutsideTheIssueFolder) {
  fs::create_directories(dir_ / "issues" / "styles");
  fs::copy_file(dir_ / "style.yaml", dir_ / "issues" / "styles" / "house.yaml");
  fs::create_directory_symlink("/etc", dir_ / "issues" / "etc");
  const std::string outside =
      "' is outside the issue's folder; name a file in it or below, or a shipped name (or render with "
      "--allow-outside-files)";
  for (const std::string path :
       {"../style.yaml", "/etc/passwd", "../../../../../../etc/passwd", "etc/passwd"}) {
    SCOPED_TRACE(path);
    write("issues/bad.md", "---\npublication: P\nissue: I\nstyle: " + path + "\n---\n");
    expect_error("render issues/bad.md -o out.pdf", "issues/bad.md:4:8: error: '" + path + outside);
    write("issues/bad.md", "---\npublication: P\nissue: I\nlayout: " + path + "\n---\n");
    expect_error("render issues/bad.md -o out.pdf", "issues/bad.md:4:9: error: '" + path + outside);
  }
  // Inside is fine, and so is outside when the user says so.
  write("issues/good.md", "---\npublication: P\nissue: I\nstyle: styles/house.yaml\n---\n\nText.\n");
  FolioRun run = folio("render issues/good.md -o good.pdf");
  EXPECT_EQ(run.status, 0) << run.err;
  write("issues/good.md", "---\npublication: P\nissue: I\nstyle: ../style.yaml\n---\n\nText.\n");
  run = folio("render issues/good.md -o good.pdf --allow-outside-files");
  EXPECT_EQ(run.status, 0) << run.err;
}

// A style sheet names fonts by family and other styles by name; the only files it names are its
// own fonts (`font-files:`), relative to its folder and inside it. None of these reaches a file
// elsewhere, so a style cannot put /etc/passwd into a PDF.
TEST_F(FailureModes, StylesNameFilesOnlyInTheirFolder) {
  std::string style = read(dir_ / "style.yaml");
  style.replace(style.find("serif: Noto Serif"), 17, "serif: ../../../../../../etc/passwd");
  write("style.yaml", style);
  expect_error(
      "render issue.md -o out.pdf --style style.yaml",
      "style.yaml:{n}:{n}: error: font family '../../../../../../etc/passwd' is not among the bundled "
      "fonts{*}");
  style = read(kRoot + "/styles/default.yaml");
  style.replace(style.find("based-on: body"), 14, "based-on: /etc/passwd");
  write("style.yaml", style);
  expect_error("render issue.md -o out.pdf --style style.yaml",
               "style.yaml:{n}:{n}: error: {*}'/etc/passwd'{*}");

  fs::create_directories(dir_ / "styles" / "fonts");
  write("styles/fonts/passwd.ttf", read("/etc/passwd"));
  const std::string brand = read(kRoot + "/styles/default.yaml");
  const std::vector<std::pair<std::string, std::string>> font_files = {
      {"/etc/passwd", "font file '/etc/passwd' must be a path relative to the style sheet's folder"},
      {"../../../../../../etc/passwd",
       "font file '../../../../../../etc/passwd' is outside the style sheet's folder (styles): a style's fonts "
       "must be in its folder or below"},
      {"fonts/missing.otf", "font file 'fonts/missing.otf' does not exist"},
  };
  for (const auto& [path, message] : font_files) {
    write("styles/brand.yaml", "font-files: [" + path + "]\n" + brand);
    expect_error("render issue.md -o out.pdf --style styles/brand.yaml", "styles/brand.yaml:1:14: error: " + message);
  }
  // A file in the folder that is no font: refused by name, never read into the PDF.
  write("styles/brand.yaml", "font-files: [fonts/passwd.ttf]\n" + brand);
  expect_error("render issue.md -o out.pdf --style styles/brand.yaml",
               "styles/fonts/passwd.ttf: error: not a font file Fontconfig can read");
}

// A figure's image missing, damaged or out of the issue's folder: an error at the figure, and the
// earlier PDF kept (tests/cli/figure_errors_test.cpp has every kind of image error).
TEST_F(FailureModes, ImagesThatCannotBeUsed) {
  fs::copy_file(kRoot + "/tests/fixtures/images/bad-crc.png", dir_ / "bad-crc.png");
  const std::vector<std::pair<std::string, std::string>> images = {
      {"missing.png", "there is no file '{*}missing.png'"},
      {"bad-crc.png", "the PNG file is damaged (IDAT: CRC error)"},
      {"../outside.png",
       "the path leads out of the issue's folder: move it into the issue's folder, or allow it with "
       "--allow-outside-images"},
  };
  for (const auto& [image, message] : images) {
    write("bad.md", issue("Text.\n\n![A figure](" + image + ")\n"));
    expect_error("render bad.md -o out.pdf", "bad.md:8:1: error: image '" + image + "': " + message);
  }
}

// Warnings are reported and the render goes on: the earlier PDF is replaced by the new one.
TEST_F(FailureModes, WarningsNeverStopARender) {
  write("warned.md",
        issue("##### Deep heading\n\n<blink>old</blink> <u>open\n\nA note[^missing].\n\n</sup> and "
              "x\n\n<div></div>\n"));
  const FolioRun run = folio("render warned.md -o out.pdf");
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_NE(run.err.find("warned.md:8:1: warning: HTML tag <blink> is not supported; it is dropped and its text "
                         "kept (warned once per file)\n"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("warned.md:10:7: warning: footnote [^missing] is not defined; it is printed as written\n"),
            std::string::npos)
      << run.err;
  EXPECT_GE(std::count(run.err.begin(), run.err.end(), '\n'), 5) << run.err;
  EXPECT_NE(run.err.find("out.pdf: 1 page\n"), std::string::npos) << run.err;
  const std::string pdf = read(dir_ / "out.pdf");
  EXPECT_EQ(pdf.substr(0, 5), "%PDF-");
  EXPECT_NE(pdf, kEarlier);
}

}  // namespace
}  // namespace folio::cli::test
