// The summary a batch prints and writes as JSON, from a report made by hand.
#include "batch/summary.hpp"

#include <gtest/gtest.h>

#include <csignal>

#include "folio/folio.hpp"

namespace folio::batch {
namespace {

IssueResult result(const std::string& relative, Outcome outcome, int pages) {
  IssueResult r;
  r.issue = IssueFile{"arch/" + relative, relative, relative.substr(0, relative.size() - 3) + ".pdf"};
  r.pdf_path = "out/" + r.issue.pdf;
  r.outcome = outcome;
  r.pages = pages;
  return r;
}

BatchReport report() {
  BatchReport r;
  r.out_dir = "out";
  r.wall_seconds = 1.235;
  r.issues.push_back(result("a.md", Outcome::kRendered, 3));
  r.issues.back().seconds = 0.5;
  r.issues.back().warnings.push_back(Diagnostic{Severity::Warning, SourcePos{"arch/a.md", 9, 1}, "odd"});
  r.issues.push_back(result("b.md", Outcome::kUpToDate, 2));
  r.issues.push_back(result("c.md", Outcome::kFailed, 0));
  r.issues.back().error = Diagnostic{Severity::Error, SourcePos{"arch/c.md", 4, 2}, "bad"};
  r.issues.push_back(result("d.md", Outcome::kRendered, 1));
  return r;
}

TEST(Summary, ListsEachFailureThenTheCounts) {
  EXPECT_EQ(describe(report()),
            "arch/c.md:4:2: error: bad\n"
            "4 issues: 2 rendered, 1 up to date, 1 failed; 4 pages in 1.24 s\n");
}

TEST(Summary, NamesTheShardAndWhatASignalLeftUndone) {
  BatchReport r = report();
  r.shard = Shard{2, 4};
  r.signal = SIGINT;
  r.issues.push_back(result("e.md", Outcome::kNotRendered, 0));
  EXPECT_EQ(describe(r),
            "arch/c.md:4:2: error: bad\n"
            "shard 2/4: 5 issues: 2 rendered, 1 up to date, 1 failed, 1 not rendered (stopped by SIGINT: run "
            "again to render them); 4 pages in 1.24 s\n");
  r.issues.resize(1);
  r.signal = SIGTERM;
  EXPECT_EQ(describe(r),
            "shard 2/4: 1 issue: 1 rendered, 0 up to date, 0 failed, 0 not rendered (stopped by SIGTERM: run again "
            "to render them); 3 pages in 1.24 s\n");
}

// The keys deploy/slurm/check-shards reads ("shard", "rendered", "skipped", "failed") come first,
// in the form deploy/slurm/README.md gives.
TEST(Summary, JsonHasTheSameFactsAndEveryIssue) {
  BatchReport r = report();
  r.shard = Shard{3, 8};
  const std::string expected = R"({
  "shard": "3/8",
  "rendered": [
    "a.md",
    "d.md"
  ],
  "skipped": [
    "b.md"
  ],
  "failed": [
    {
      "issue": "c.md",
      "error": "arch/c.md:4:2: error: bad"
    }
  ],
  "not_rendered": [],
  "pages": 4,
  "wall_seconds": 1.235,
  "stopped_by": null,
  "folio": ")" + std::string(version()) + R"(",
  "output": "out",
  "results": [
    {
      "issue": "a.md",
      "path": "arch/a.md",
      "pdf": "out/a.pdf",
      "outcome": "rendered",
      "pages": 3,
      "seconds": 0.5,
      "warnings": [
        "arch/a.md:9:1: warning: odd"
      ]
    },
    {
      "issue": "b.md",
      "path": "arch/b.md",
      "pdf": "out/b.pdf",
      "outcome": "up to date",
      "pages": 2,
      "seconds": 0.0,
      "warnings": []
    },
    {
      "issue": "c.md",
      "path": "arch/c.md",
      "pdf": "out/c.pdf",
      "outcome": "failed",
      "pages": 0,
      "seconds": 0.0,
      "warnings": [],
      "error": "arch/c.md:4:2: error: bad"
    },
    {
      "issue": "d.md",
      "path": "arch/d.md",
      "pdf": "out/d.pdf",
      "outcome": "rendered",
      "pages": 1,
      "seconds": 0.0,
      "warnings": []
    }
  ]
})";
  EXPECT_EQ(summary_json(r).dump(2), expected);
  r.signal = SIGINT;
  r.issues.push_back(result("e.md", Outcome::kNotRendered, 0));
  const nlohmann::ordered_json stopped = summary_json(r);
  EXPECT_EQ(stopped["stopped_by"], "SIGINT");
  EXPECT_EQ(stopped["not_rendered"], nlohmann::ordered_json::array({"e.md"}));
}

}  // namespace
}  // namespace folio::batch
