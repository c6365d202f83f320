import Foundation
import Testing

@testable import HousingEffectCLI

/// A fixture and the first line `check` must print for it.
struct CheckFixtureCase: CustomTestStringConvertible, Sendable {
  var file: String
  /// What follows `PATH:` on the diagnostic line, up to the message.
  var location: String
  var testDescription: String { "check \(file)" }
}

@Suite("check command")
struct CheckCommandTests {
  @Test("every example file (establishments and studies) passes: exit 0, a summary line each")
  func scenariosPass() {
    let files = RepositoryPaths.scenarios
    #expect(files.count >= 8)
    let run = Run(["check", "--lang", "en"] + files)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.isEmpty)
    #expect(!run.stderr.contains(": error: "))
    let summaries = run.stderr.split(separator: "\n").filter { !$0.contains(": warning: ") }
    #expect(summaries.count == files.count)
    for (file, summary) in zip(files, summaries) {
      #expect(summary.hasPrefix(file + ": "))
      #expect(
        summary == "\(file): ok" || summary.hasSuffix(" warning") || summary.hasSuffix(" warnings"))
    }
  }

  static let fixtureCases: [CheckFixtureCase] = [
    CheckFixtureCase(file: "malformed-json.json", location: ":3:3: error: Expected ','"),
    CheckFixtureCase(
      file: "wrong-type.json", location: ":7:16: error: at startYear: Expected a year"),
    CheckFixtureCase(
      file: "share-out-of-range.json",
      location: ":9:16: error: at workforce[0].share: Expected a share"),
    CheckFixtureCase(
      file: "shares-do-not-sum-to-one.json",
      location: ":13:17: error: at workforce[1].origin: The origin shares add up to 0.9"),
    CheckFixtureCase(
      file: "unknown-municipality.json",
      location: ":4:19: error: at municipality: Unknown municipality 'Venloo'."),
    CheckFixtureCase(
      file: "unknown-parameter.json",
      location: #":9:37: error: at overrides["migration.residence.hostShar"]: Unknown parameter"#),
    CheckFixtureCase(
      file: "region-negative-value.csv", location: ":2: error: at population: Testdorp:"),
  ]

  @Test(
    "an invalid fixture exits 65 with FILE:LINE:COL: error: at PATH: lines on stderr only",
    arguments: fixtureCases)
  func invalidFixture(_ testCase: CheckFixtureCase) {
    let path = RepositoryPaths.fixture(testCase.file)
    let run = Run(["check", "--lang", "en", path])
    #expect(run.status == 65)
    #expect(run.stdout.isEmpty)
    let lines = run.stderr.split(separator: "\n").map(String.init)
    #expect(lines.first?.hasPrefix(path + testCase.location) == true, "\(lines)")
    #expect(lines.last == "\(path): 1 error")
  }

  @Test("every error fixture fails with 65; each warning fixture passes, and fails with --strict")
  func everyFixture() {
    for name in RepositoryPaths.fixtureNames {
      let path = RepositoryPaths.fixture(name)
      let warningOnly =
        name.hasPrefix("override-without-reason") || name.hasPrefix("override-outside")
      let run = Run(["check", "--lang", "en", path])
      #expect(run.status == (warningOnly ? 0 : 65), "\(name): \(run.stderr)")
      #expect(run.stdout.isEmpty)
      if warningOnly {
        let strict = Run(["check", "--lang", "en", "--strict", path])
        #expect(strict.status == 65)
        #expect(strict.stderr.hasSuffix("; fails with --strict\n"))
      }
    }
  }

  @Test("a missing file exits 66 and says so; the other files are still checked")
  func missingFile() throws {
    let good = try #require(RepositoryPaths.scenarios.first)
    let bad = RepositoryPaths.fixture("wrong-type.json")
    let run = Run(["check", "--lang", "en", good, "/nonexistent/site.json", bad])
    #expect(run.status == 66)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr.contains(
        "housing-effect: error: Cannot read '/nonexistent/site.json': there is no such file.\n"
          + "/nonexistent/site.json: not checked: the file cannot be read\n"))
    #expect(run.stderr.contains("\(bad): 1 error"))
  }

  @Test("warnings alone pass; --strict makes them fail with 65")
  func strict() throws {
    let venray = try #require(
      RepositoryPaths.scenarios.first { $0.hasSuffix("venray-meat-processing.json") })
    let lenient = Run(["check", "--lang", "en", venray])
    #expect(lenient.status == 0)
    #expect(lenient.stderr.contains(": warning: "))
    #expect(lenient.stderr.contains("[assumption-drives-result]"))
    let strict = Run(["check", "--lang", "en", "--strict", venray])
    #expect(strict.status == 65)
    #expect(strict.stdout.isEmpty)
  }

  @Test("an assumption that drives the result is named with its effect and what to do")
  func assumptionWarning() throws {
    let venlo = try #require(
      RepositoryPaths.scenarios.first { $0.hasSuffix("venlo-ecommerce-dc.json") })
    let run = Run(["check", "--lang", "en", venlo])
    let warnings = run.stderr.split(separator: "\n").filter {
      $0.contains("[assumption-drives-result]")
    }
    #expect(!warnings.isEmpty && warnings.count <= 3)
    for warning in warnings {
      #expect(warning.hasPrefix("\(venlo): warning: at overrides[\""))
      #expect(warning.contains("(assumption) changes the housing need by ±"))
      #expect(warning.contains("ask the company or override it with a reason."))
    }
  }

  @Test("a study file is checked with its baseline file")
  func studyFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("study.json").path
      try Data(#"{"baseline": "./missing.json", "alternatives": []}"#.utf8).write(
        to: URL(fileURLWithPath: path))
      let run = Run(["check", "--lang", "en", path])
      #expect(run.status == 65 || run.status == 66)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.contains("missing.json"))
      #expect(run.stderr.contains("\(path): "))
    }
  }

  @Test("the example studies pass check")
  func exampleStudies() {
    for study in ["Scenarios/venlo-dc-study.json", "Scenarios/horst-glasshouse-study.json"] {
      let path = RepositoryPaths.root.appendingPathComponent(study).path
      let run = Run(["check", "--lang", "en", path])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stderr.hasSuffix("\(path): ok\n"), "\(run.stderr)")
    }
  }

  @Test("municipalities from a region file given to check count as known")
  func regionFileMunicipalities() throws {
    try withTemporaryDirectory { directory in
      let csv = directory.appendingPathComponent("regions.csv").path
      let site = directory.appendingPathComponent("site.json").path
      try Data(
        """
        code,name,region,population,population_date
        GM9001,Testdorp,Noord-Limburg,12000,2024-01-01

        """.utf8
      ).write(to: URL(fileURLWithPath: csv))
      try Data(
        """
        { "schemaVersion": 1, "name": "Site", "municipality": "Testdorp",
          "type": "food-processing", "size": { "jobs": 200 }, "startYear": 2028 }
        """.utf8
      ).write(to: URL(fileURLWithPath: site))
      let alone = Run(["check", "--lang", "en", site])
      #expect(alone.status == 65)
      #expect(alone.stderr.contains("Unknown municipality 'Testdorp'"))
      for arguments in [
        ["check", "--lang", "en", csv, site],
        ["check", "--lang", "en", site, "--region-file", csv],
      ] {
        let run = Run(arguments)
        #expect(run.status == 0, "\(arguments): \(run.stderr)")
      }
      #expect(Run(["check", "--lang", "en", csv]).stderr == "\(csv): ok (1 municipality)\n")
    }
  }

  @Test("check takes at least one file and writes no report")
  func usage() throws {
    #expect(Run(["check"]).status == 64)
    let file = try #require(RepositoryPaths.scenarios.first)
    let run = Run(["check", "--lang", "en", file, "--output", "/tmp/x.txt"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("'check' changes nothing and writes no report"))
  }

  @Test("a file is checked once even when it is named twice")
  func duplicateArgument() {
    let path = RepositoryPaths.fixture("wrong-type.json")
    let run = Run(["check", "--lang", "en", path, path])
    #expect(run.stderr.components(separatedBy: "\(path): 1 error").count == 2)
  }
}
