#include "common/atomic_file.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "folio/diagnostic.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;

class AtomicFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("folio-atomic-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  static std::string read(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  std::size_t files() const {
    return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()));
  }
  fs::path dir_;
};

TEST_F(AtomicFile, ReplacesTheFileWholeAndLeavesNoTemporary) {
  write_file_atomically(path("a.txt"), "old", "the file");
  write_file_atomically(path("a.txt"), "new bytes", "the file");
  EXPECT_EQ(read(path("a.txt")), "new bytes");
  EXPECT_EQ(files(), 1u);
}

TEST_F(AtomicFile, StagedButNotCommittedLeavesTheOldFile) {
  write_file_atomically(path("a.txt"), "old", "the file");
  {
    StagedFile staged(path("a.txt"), "never seen", "the file");
    EXPECT_EQ(files(), 2u);  // the temporary sits beside the target
  }
  EXPECT_EQ(read(path("a.txt")), "old");
  EXPECT_EQ(files(), 1u);
}

TEST_F(AtomicFile, FailureNamesTheTargetAndTheStep) {
  try {
    write_file_atomically(path("missing/a.txt"), "x", "the PDF");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), ::testing::StartsWith(path("missing/a.txt") +
                                                ": error: cannot write the PDF: cannot create " +
                                                path("missing/a.txt") + ".tmp-"));
    EXPECT_THAT(e.what(), ::testing::EndsWith("No such file or directory"));
  }
}

// rename(2) will not put a file in place of a folder that holds something: the failing last
// step must still remove the temporary and leave the folder as it was.
TEST_F(AtomicFile, AFailedRenameLeavesTheTargetAndNoTemporary) {
  fs::create_directories(path("target/inside"));
  try {
    write_file_atomically(path("target"), "x", "the file");
    FAIL() << "no error";
  } catch (const Error& e) {
    EXPECT_THAT(e.what(), ::testing::HasSubstr(": error: cannot write the file: cannot rename "));
  }
  EXPECT_TRUE(fs::is_directory(path("target/inside")));
  EXPECT_EQ(files(), 1u);
}

TEST_F(AtomicFile, BytesWrittenToAStreamArriveWhole) {
  write_file_atomically(path("a.txt"), "old", "the file");
  const std::string big(200000, 'x');  // past the stream's buffer
  StagedFile staged(path("a.txt"), [&](std::ostream& out) { out << "new " << big; }, "the file");
  EXPECT_EQ(read(path("a.txt")), "old");
  staged.commit();
  EXPECT_EQ(read(path("a.txt")), "new " + big);
  EXPECT_EQ(files(), 1u);
}

TEST_F(AtomicFile, AWriterThatThrowsLeavesTheOldFileAndNoTemporary) {
  write_file_atomically(path("a.txt"), "old", "the file");
  EXPECT_THROW(StagedFile(
                   path("a.txt"),
                   [](std::ostream& out) {
                     out << "half";
                     throw Error(SourcePos{}, "the PDF could not be made");
                   },
                   "the file"),
               Error);
  EXPECT_EQ(read(path("a.txt")), "old");
  EXPECT_EQ(files(), 1u);
}

}  // namespace
}  // namespace folio
