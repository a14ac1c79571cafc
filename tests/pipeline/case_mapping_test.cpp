// One case mapping for the whole engine (issue 7): a footer's {issue|upper} and a style's
// `text-transform: uppercase` set the same words the same way, in the issue's language.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "pipeline/render_job.hpp"
#include "pipeline/style_effects_support.hpp"

namespace folio::pipeline {
namespace {

namespace fs = std::filesystem;

// The shipped default style upper-cases the masthead's issue line (masthead-issue has
// `text-transform: uppercase`); the default layout's footer is "{issue|upper}   {page}".
TEST(CaseMapping, TemplateAndTextTransformGiveTheSameCapitals) {
  const fs::path dir = fs::temp_directory_path() / ("folio-case-mapping-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string issue = (dir / "issue.md").string();
  std::ofstream(issue) << "---\npublication: Test Review\nissue: Maß 2025\nlang: de\n---\n\nText.\n";
  RenderOptions options;
  options.input = issue;
  options.data_dir = FOLIO_SOURCE_DIR;
  const TypesetIssue out = typeset_issue(options);
  fs::remove_all(dir);

  EXPECT_EQ(effects::region_line(0, "masthead", 1)(out.pages), "MASS 2025");  // text-transform
  EXPECT_EQ(effects::region_line(0, "footer")(out.pages), "MASS 2025   1");   // {issue|upper}
}

}  // namespace
}  // namespace folio::pipeline
