import Foundation
import Testing

@testable import HousingEffectCLI

/// Regression tests for issue 10: inputs `check` accepted that crashed the tool, gave
/// non-finite results or cost unbounded work.
@Suite("Adversarial inputs (issue 10)")
struct AdversarialInputTests {
  static let tinyDensity = """
    {"schemaVersion":1,"name":"x","municipality":"Venlo","type":"distribution-xxl","size":{"floorAreaM2":100000},"startYear":2028,
     "overrides":{"jobs.m2PerJob.distributionXxl":{"value":1e-300,"reason":"r"}}}
    """
  static let tinyAgencyShare = """
    {"schemaVersion":1,"name":"x","municipality":"Venlo","type":"distribution-ecommerce","size":{"floorAreaM2":100000},"startYear":2028,
     "overrides":{"workforce.agencyShare.logistics":{"value":1e-300,"reason":"r"}}}
    """
  static let zeroDensity = """
    {"schemaVersion":1,"name":"x","municipality":"Venlo","type":"glasshouse-tomato","size":{"hectares":20},"startYear":2028,
     "overrides":{"jobs.fteByHectare.glasshouseTomato":{"value":0,"reason":"r"}}}
    """

  /// A study of `count` alternatives, each `jobsFactor: 10` on the one before.
  static func chainedStudy(_ count: Int) -> String {
    let alternatives = (0..<count).map { index in
      let base = index == 0 ? "" : #","basedOn":"a\#(index - 1)""#
      return
        #"{"name":"a\#(index)","title":"t","rationale":"r","inputs":{"jobsFactor":10}\#(base)}"#
    }
    return #"{"schemaVersion":1,"title":"t","baseline":"#
      + "\"\(RepositoryPaths.root.path)/Scenarios/venlo-ecommerce-dc.json\","
      + #""alternatives":["# + alternatives.joined(separator: ",") + "]}"
  }

  static let establishmentCommands: [[String]] = [
    ["check"], ["assess"], ["assess", "--format", "markdown"], ["assess", "--format", "html"],
    ["assess", "--format", "csv"], ["assess", "--format", "json"],
    ["explain", "housing.shortStayBeds"], ["explain", "housing.shortStayBeds", "--format", "json"],
  ]

  static let studyCommands: [[String]] = [
    ["check"], ["compare"], ["compare", "--format", "markdown"], ["compare", "--format", "html"],
    ["compare", "--format", "csv"], ["compare", "--format", "json"],
  ]

  /// Runs `command` with the file inserted after the command name (after the indicator for
  /// `explain`).
  static func run(_ command: [String], file: String) -> Run {
    var arguments = command
    arguments.insert(file, at: command.first == "explain" ? 2 : 1)
    return Run(arguments)
  }

  static func expectRefused(
    _ contents: String, name: String, commands: [[String]], naming path: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent(name).path
      try contents.write(toFile: file, atomically: true, encoding: .utf8)
      for command in commands {
        let run = run(command, file: file)
        #expect(run.status == 65, "\(command): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(run.stdout.isEmpty, "\(command)", sourceLocation: sourceLocation)
        #expect(
          run.stderr.contains(file + ":") && run.stderr.contains(path),
          "\(command): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(!run.stderr.contains("Fatal error"), sourceLocation: sourceLocation)
      }
    }
  }

  @Test("a density of 1e-300 is refused with 65 at its override by every command and format")
  func tinyDensityIsRefused() throws {
    try Self.expectRefused(
      Self.tinyDensity, name: "xxl.json", commands: Self.establishmentCommands,
      naming: #"overrides["jobs.m2PerJob.distributionXxl"].value"#)
  }

  @Test("an agency share of 1e-300 is refused with 65 at its override by every command")
  func tinyAgencyShareIsRefused() throws {
    try Self.expectRefused(
      Self.tinyAgencyShare, name: "ecommerce.json", commands: Self.establishmentCommands,
      naming: #"overrides["workforce.agencyShare.logistics"].value"#)
  }

  @Test("a density of 0 no longer gives 0 jobs silently")
  func zeroDensityIsRefused() throws {
    try Self.expectRefused(
      Self.zeroDensity, name: "tomato.json", commands: [["check"], ["assess"]],
      naming: #"overrides["jobs.fteByHectare.glasshouseTomato"].value"#)
  }

  @Test("33 chained jobsFactor alternatives are refused with 65 by check and compare")
  func longChainIsRefused() throws {
    try Self.expectRefused(
      Self.chainedStudy(33), name: "study.json", commands: Self.studyCommands,
      naming: "alternatives[20].basedOn")
  }

  @Test("chained jobsFactor beyond 100 million jobs is refused after resolving")
  func chainBeyondJobLimit() throws {
    try Self.expectRefused(
      Self.chainedStudy(12), name: "study.json", commands: Self.studyCommands,
      naming: "alternatives[5]")
  }

  @Test("an agency share of 0 is still allowed (no flexible staff)")
  func zeroAgencyShareIsFine() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("zero.json").path
      try Self.tinyAgencyShare.replacingOccurrences(of: "1e-300", with: "0")
        .write(toFile: file, atomically: true, encoding: .utf8)
      let run = Run(["assess", file, "--format", "csv"])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(!run.stdout.contains("inf") && !run.stdout.contains("nan"))
    }
  }

  @Test("a tiny override value is echoed with its exponent, not as '0'")
  func tinyValueInMessage() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("xxl.json").path
      try Self.tinyDensity.write(toFile: file, atomically: true, encoding: .utf8)
      let run = Run(["check", "--lang", "en", file])
      #expect(run.stderr.contains("'1e-300'"), "\(run.stderr)")
      #expect(!run.stderr.contains("'0'"))
    }
  }
}

/// Issue 10, items 7 and 8: input files that are not files, and numbers as documented.
@Suite("Special input files and numbers (issue 10)")
struct SpecialInputTests {
  @Test("/dev/zero is too large, not 'permission denied'")
  func devZero() {
    let run = Run(["check", "--lang", "en", "/dev/zero"])
    #expect(run.status == 66)
    #expect(run.stderr.contains("Cannot read '/dev/zero': it gives more than 10 MiB"))
    #expect(!run.stderr.contains("permission denied"))
  }

  @Test("/dev/null is an empty file: 65 with the JSON message")
  func devNull() {
    let run = Run(["assess", "--lang", "en", "/dev/null"])
    #expect(run.status == 65)
    #expect(run.stderr.contains("/dev/null:1:1: error: The file is empty"))
  }

  @Test("a FIFO without a writer reads as empty instead of hanging")
  func fifoInput() throws {
    try withTemporaryDirectory { directory in
      let fifo = directory.appendingPathComponent("in.json").path
      #expect(mkfifo(fifo, 0o600) == 0)
      let run = Run(["check", "--lang", "en", fifo])
      #expect(run.status == 65)
      #expect(run.stderr.contains("The file is empty"))
    }
  }

  @Test("a file over 10 MiB is refused with 66 before it is parsed")
  func largeFile() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("big.json")
      try Data(repeating: 0x20, count: 10 * 1024 * 1024 + 1).write(to: file)
      let run = Run(["check", "--lang", "en", file.path])
      #expect(run.status == 66)
      #expect(run.stderr.contains("it is larger than 10 MiB"))
    }
  }

  @Test("a study of more than 100 alternatives is refused with 65")
  func tooManyAlternatives() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("study.json").path
      let alternatives = (0..<101).map {
        #"{"name":"a\#($0)","title":"t","rationale":"r","inputs":{"jobsFactor":1}}"#
      }
      let study =
        #"{"schemaVersion":1,"title":"t","baseline":""#
        + "\(RepositoryPaths.root.path)/Scenarios/venlo-ecommerce-dc.json\","
        + #""alternatives":["# + alternatives.joined(separator: ",") + "]}"
      try study.write(toFile: file, atomically: true, encoding: .utf8)
      for command in ["check", "compare"] {
        let run = Run([command, file, "--lang", "en"])
        #expect(run.status == 65, "\(run.stderr)")
        #expect(run.stderr.contains("at alternatives: The study has 101 alternatives"))
        if command == "check" {
          let dutch = Run([command, file])
          #expect(dutch.stderr.contains("bij alternatives: De studie heeft 101 alternatieven"))
        }
      }
    }
  }

  @Test(
    "numbers on the command line are decimal only",
    arguments: ["0x10", "0x1p3", "inf", "nan", "1e", "--1", "1..2", "1e99999"])
  func hexadecimalRefused(_ value: String) {
    let run = Run([
      "assess", "--sector", "data-centre", "--jobs=\(value)", "--municipality", "Venlo",
    ])
    #expect(run.status == 64, "\(value): \(run.stderr)")
  }

  @Test(
    "decimal numbers with a point or an exponent are accepted",
    arguments: ["16", "16.5", ".5", "1e3", "+12", "1E2"])
  func decimalAccepted(_ value: String) {
    let run = Run([
      "assess", "--sector", "data-centre", "--jobs=\(value)", "--municipality", "Venlo",
    ])
    #expect(run.status == 0, "\(value): \(run.stderr)")
  }
}
