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
      let run = Run(["check", file])
      #expect(run.stderr.contains("'1e-300'"), "\(run.stderr)")
      #expect(!run.stderr.contains("'0'"))
    }
  }
}
