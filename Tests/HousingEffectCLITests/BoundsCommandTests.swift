import Foundation
import HousingEffect
import Testing

@testable import HousingEffectCLI

/// Issue 22 at the command line: budgets refused up front, progress on request, lost rows as
/// errors, standard output written in place.
@Suite("Bounds at the command line")
struct BoundsCommandTests {
  static func scenario(_ name: String) -> String {
    RepositoryPaths.root.appendingPathComponent("Scenarios/" + name).path
  }

  @Test("project Venray with a million draws is refused up front with 64 and the reason")
  func projectMillionDraws() {
    let run = Run([
      "project", "--lang", "en", Self.scenario("projection-study-venray.json"), "--draws",
      "1000000",
    ])
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("pipeline runs, above the limit of 50,000,000"))
    #expect(run.stderr.contains("--allow-long-run"))
  }

  @Test("the largest batch with a million draws is refused up front")
  func batchMillionDraws() {
    let run = Run([
      "batch", "--lang", "en", Self.scenario("batch-limburg-1000.csv"), "--draws", "1000000",
      "--format", "csv",
    ])
    #expect(run.status == 64)
    #expect(run.stderr.contains("1000 rows with --draws 1000000"))
  }

  @Test("--progress shows progress with the time left even when standard error is a pipe")
  func progressOnRequest() {
    let arguments = [
      "assess", Self.scenario("venlo-ecommerce-dc.json"), "--draws", "300", "--format", "json",
    ]
    let quiet = Run(arguments)
    #expect(quiet.stderr.isEmpty)
    let shown = Run(arguments + ["--progress", "--lang", "en"])
    #expect(shown.status == 0)
    #expect(shown.stderr.contains("housing-effect: draws: 100 %"))
    #expect(shown.stdout == quiet.stdout)
  }

  static func csv(_ rows: [String]) -> String {
    (["name,municipality,type,jobs"] + rows).joined(separator: "\n") + "\n"
  }

  @Test("an unclosed quote is a file error even with --skip-invalid")
  func unclosedQuote() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("quote.csv")
      try Self.csv([
        "A,Venlo,distribution-ecommerce,100", "\"B,Venlo,distribution-ecommerce,200",
        "C,Venlo,distribution-ecommerce,300", "D,Venlo,distribution-ecommerce,400",
      ]).write(to: file, atomically: true, encoding: .utf8)
      let run = Run(["batch", "--lang", "en", file.path, "--skip-invalid", "--format", "csv"])
      #expect(run.status == 65)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.contains("lines 3–5 (3 lines) were read into it"))
    }
  }

  @Test("every row invalid with --skip-invalid does not suggest --skip-invalid")
  func noSuggestionOfGivenFlag() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("bad.csv")
      try Self.csv(["A,Nowhere,distribution-ecommerce,100"])
        .write(to: file, atomically: true, encoding: .utf8)
      let given = Run(["batch", "--lang", "en", file.path, "--skip-invalid", "--format", "csv"])
      #expect(given.status == 65)
      #expect(!given.stderr.contains("run with --skip-invalid"))
      #expect(given.stderr.contains("Every row is invalid"))
      let plain = Run(["batch", "--lang", "en", file.path, "--format", "csv"])
      #expect(plain.stderr.contains("run with --skip-invalid"))
    }
  }

  @Test("a long list of skipped rows is summarised: count, first ten, where to find all")
  func skippedSummary() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("many.csv")
      let bad = (0..<30).map { "R\($0),Nowhere,distribution-ecommerce,100" }
      try Self.csv(["A,Venlo,distribution-ecommerce,100"] + bad)
        .write(to: file, atomically: true, encoding: .utf8)
      let run = Run(["batch", "--lang", "en", file.path, "--skip-invalid", "--format", "csv"])
      #expect(run.status == 0)
      let summary = try #require(
        run.stderr.split(separator: "\n").first { $0.contains("warning: skipped") })
      #expect(summary.contains("skipped 30 invalid rows (line 3, line 4,"))
      #expect(summary.contains("line 12, and 20 more; each is listed above"))
      #expect(!summary.contains("line 13"))
    }
  }

  @Test("--output naming standard output writes through it in place, not by replacing the file")
  func outputIsStandardOutput() throws {
    try withTemporaryDirectory { directory in
      let log = directory.appendingPathComponent("log.txt")
      try "earlier\n".write(to: log, atomically: true, encoding: .utf8)
      let identity = try #require(FilePath.identity(log.path))
      let io = CapturingIO()
      let writer = OutputWriter(path: log.path, io: io, standardOutput: identity)
      try writer.write("report\n")
      #expect(io.output == "report\n")
      // The file is the process's standard output: the shell's `>>` decides where it goes.
      #expect(try String(contentsOf: log, encoding: .utf8) == "earlier\n")
      let other = directory.appendingPathComponent("other.txt")
      try OutputWriter(path: other.path, io: io, standardOutput: identity).write("x")
      #expect(try String(contentsOf: other, encoding: .utf8) == "x")
    }
  }

  @Test("--output /dev/stdout under >> appends, and under 2>&1 keeps the warnings")
  func shellAppend() throws {
    let binary = RepositoryPaths.root.appendingPathComponent(".build/debug/housing-effect").path
    guard FileManager.default.isExecutableFile(atPath: binary) else { return }
    try withTemporaryDirectory { directory in
      let log = directory.appendingPathComponent("log.txt").path
      try "earlier\n".write(toFile: log, atomically: true, encoding: .utf8)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = [
        "-c",
        "'\(binary)' assess --sector distribution-ecommerce --jobs 100 --municipality Venlo "
          + "--draws 0 --format csv --output /dev/stdout >> '\(log)' 2>&1",
      ]
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      let text = try String(contentsOfFile: log, encoding: .utf8)
      #expect(text.hasPrefix("earlier\n"))
      #expect(text.count > "earlier\n".count + 100)
    }
  }

  @Test("sensitivity --draws 3 leaves the variance shares out and says why")
  func sensitivityFewDraws() {
    let run = Run([
      "sensitivity", Self.scenario("venlo-ecommerce-dc.json"), "--draws", "3", "--lang", "en",
    ])
    #expect(run.status == 0)
    #expect(
      run.stdout.contains("Variance shares need at least 100 draws; with 3 they are left out"))
    #expect(!run.stdout.contains("100 %"))
  }
}

/// Issue 22, item 6: messages that say what happened.
@Suite("Bounds: messages")
struct BoundsMessageTests {
  @Test("--jobs 0.001 is a decimal, never 'Did you mean 0001'; --draws 0.001 is not whole")
  func decimalPoint() {
    let jobs = Run([
      "assess", "--sector", "distribution-ecommerce", "--jobs", "0.001", "--municipality",
      "Venlo", "--draws", "0",
    ])
    #expect(!jobs.stderr.contains("0001"))
    #expect(jobs.status == 0)
    let draws = Run([
      "assess", "--lang", "en", BoundsCommandTests.scenario("venlo-ecommerce-dc.json"), "--draws",
      "0.001",
    ])
    #expect(draws.status == 64)
    #expect(!draws.stderr.contains("Did you mean"))
    #expect(draws.stderr.contains("a whole number of draws"))
    // A real thousands grouping still gets its suggestion.
    let grouped = Run([
      "assess", BoundsCommandTests.scenario("venlo-ecommerce-dc.json"), "--draws", "1.000",
    ])
    #expect(grouped.status == 64)
    #expect(grouped.stderr.contains("1000"))
  }

  @Test("a projection study naming a study as establishment says so and names the command")
  func studyAsEstablishment() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("p.json")
      let study = BoundsCommandTests.scenario("venlo-dc-study.json")
      try """
      {"schemaVersion":1,"title":"t","projection":{"regions":["Venray"],"paths":["trend"],
      "establishments":[{"file":"\(study)"}]}}
      """.write(to: file, atomically: true, encoding: .utf8)
      let run = Run(["project", file.path, "--draws", "0"])
      #expect(run.status == 65)
      #expect(
        run.stderr.contains("is a study (a baseline with alternatives), not an establishment file"))
      #expect(run.stderr.contains("housing-effect compare"))
      #expect(!run.stderr.contains("missing-field"))
    }
  }
}
