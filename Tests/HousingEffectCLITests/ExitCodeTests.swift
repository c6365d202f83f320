import Foundation
import Testing

@testable import HousingEffectCLI

/// A command line and the status it must exit with.
struct ExitCodeCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  var arguments: [String]
  var status: Int32
}

/// Exit statuses are the same across commands: 64 usage, 65 bad data, 66 missing input, 1 when
/// the output cannot be written; and a failure never leaves a file behind.
@Suite("Exit codes and safe output")
struct ExitCodeTests {
  static let venlo =
    RepositoryPaths.scenarios.first { $0.hasSuffix("venlo-ecommerce-dc.json") } ?? ""
  static let badFile = RepositoryPaths.fixture("share-out-of-range.json")

  static let cases: [ExitCodeCase] = [
    ExitCodeCase(
      testDescription: "assess a valid file: 0", arguments: ["assess", venlo], status: 0),
    ExitCodeCase(testDescription: "check a valid file: 0", arguments: ["check", venlo], status: 0),
    ExitCodeCase(
      testDescription: "assess an invalid file: 65", arguments: ["assess", badFile], status: 65),
    ExitCodeCase(
      testDescription: "check an invalid file: 65", arguments: ["check", badFile], status: 65),
    ExitCodeCase(
      testDescription: "assess a missing file: 66", arguments: ["assess", "/nonexistent.json"],
      status: 66),
    ExitCodeCase(
      testDescription: "check a missing file: 66", arguments: ["check", "/nonexistent.json"],
      status: 66),
    ExitCodeCase(
      testDescription: "assess a directory: 66", arguments: ["assess", RepositoryPaths.root.path],
      status: 66),
    ExitCodeCase(
      testDescription: "assess with a missing region file: 66",
      arguments: ["assess", venlo, "--region-file", "/nonexistent.csv"], status: 66),
    ExitCodeCase(
      testDescription: "assess with an invalid region file: 65",
      arguments: [
        "assess", venlo, "--region-file", RepositoryPaths.fixture("region-missing-column.csv"),
      ],
      status: 65),
    ExitCodeCase(
      testDescription: "an unknown command: 64", arguments: ["asess", venlo], status: 64),
    ExitCodeCase(
      testDescription: "an unknown option: 64", arguments: ["check", venlo, "--strikt"], status: 64),
    ExitCodeCase(
      testDescription: "a quick estimate with too many jobs: 64",
      arguments: ["assess", "--sector", "data-centre", "--jobs", "1e9", "--municipality", "Venlo"],
      status: 64),
    ExitCodeCase(
      testDescription: "a quick estimate in an unknown municipality (a command-line value): 64",
      arguments: [
        "assess", "--sector", "data-centre", "--jobs", "100", "--municipality", "Venloo",
      ],
      status: 64),
  ]

  @Test(arguments: cases)
  func status(_ testCase: ExitCodeCase) {
    let run = Run(testCase.arguments)
    #expect(run.status == testCase.status, "\(run.stderr)")
    if testCase.status != 0 {
      // `check` reports in the report language, Dutch by default ("fout").
      #expect(
        run.stderr.hasPrefix("housing-effect: error: ") || run.stderr.contains(": error: ")
          || run.stderr.contains(": fout: "))
      #expect(!run.stderr.contains("Swift.") && !run.stderr.contains("Foundation."))
    }
  }

  @Test("assess with a bad file and --output: 65, the diagnostics, and no output file")
  func badInputWritesNothing() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("report.txt").path
      let run = Run(["assess", "--lang", "en", Self.badFile, "--output", output])
      #expect(run.status == 65)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.contains("\(Self.badFile):9:16: error: at workforce[0].share: "))
      let remaining = try contents(of: directory)
      #expect(remaining.isEmpty)
    }
  }

  @Test("assess --output into a missing directory: 1, a clear message, nothing created")
  func missingDirectory() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("missing/report.txt").path
      let run = Run(["assess", "--lang", "en", Self.venlo, "--output", output])
      #expect(run.status == 1)
      #expect(run.stdout.isEmpty)
      #expect(
        run.stderr
          == "housing-effect: error: Cannot write '\(output)': the directory "
          + "'\(directory.path)/missing' does not exist.\n")
      let remaining = try contents(of: directory)
      #expect(remaining.isEmpty)
    }
  }

  @Test("--output naming the input: 64 and the input is byte for byte unchanged")
  func outputIsInput() throws {
    try withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("site.json")
      let original = try Data(contentsOf: URL(fileURLWithPath: Self.venlo))
      try original.write(to: input)
      for arguments in [
        ["assess", input.path, "--output", input.path],
        ["assess", input.path, "--output", directory.path + "/./site.json"],
        ["assess", input.path, "--format", "json", "--output", input.path],
      ] {
        let run = Run(arguments + ["--lang", "en"])
        #expect(run.status == 64, "\(arguments)")
        #expect(run.stderr.contains("it is an input file of this command"))
        #expect(try Data(contentsOf: input) == original)
      }
      #expect(try contents(of: directory) == ["site.json"])
    }
  }

  @Test("assess --output writes the whole report and leaves no temporary file")
  func writesReport() throws {
    try withTemporaryDirectory { directory in
      let output = directory.appendingPathComponent("report.json").path
      let run = Run(["assess", Self.venlo, "--format", "json", "--output", output])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stdout.isEmpty)
      let text = try String(contentsOfFile: output, encoding: .utf8)
      #expect(text.hasPrefix("{") && text.hasSuffix("}\n"))
      #expect(try contents(of: directory) == ["report.json"])
    }
  }
}
