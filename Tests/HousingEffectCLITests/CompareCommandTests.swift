import Foundation
import Testing
import _TestSupport

@testable import HousingEffectCLI

/// `housing-effect compare`, run in-process.
@Suite("compare command")
struct CompareCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let scenarios = root.appendingPathComponent("Scenarios")

  /// Every study in `Scenarios/`.
  static let studies: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: scenarios.path)) ?? []
    return names.filter { $0.hasSuffix("-study.json") }.sorted()
  }()

  static func path(_ name: String) -> String {
    scenarios.appendingPathComponent(name).path
  }

  /// `output` with the package's absolute path removed, so snapshots do not depend on where the
  /// package is checked out.
  static func portable(_ output: String) -> String {
    output.replacingOccurrences(of: root.path + "/", with: "")
  }

  struct StudyRun: CustomTestStringConvertible, Sendable {
    var study: String
    var arguments: [String]
    var testDescription: String { "\(study) \(arguments.joined(separator: " "))" }
  }

  static let runs: [StudyRun] = studies.flatMap { study in
    [
      [], ["--lang", "en"], ["--format", "markdown"], ["--format", "json"], ["--format", "csv"],
      ["--format", "html"], ["--year", "2035", "--lang", "en"],
    ].map { StudyRun(study: study, arguments: $0) }
  }

  @Test("there are at least two studies in Scenarios/")
  func studiesExist() {
    #expect(Self.studies.count >= 2)
  }

  @Test("every study in Scenarios/ runs in every format with exit 0", arguments: runs)
  func everyStudyRuns(_ run: StudyRun) {
    let result = Run(["compare", Self.path(run.study)] + run.arguments)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(!result.stdout.isEmpty)
    // Never a raw Double in a human format: no exponents, no long binary fractions.
    if !run.arguments.contains("json"), !run.arguments.contains("csv") {
      #expect(result.stdout.range(of: #"\d[.,]\d{5,}"#, options: .regularExpression) == nil)
      #expect(result.stdout.range(of: #"\de[+-]\d"#, options: .regularExpression) == nil)
    }
  }

  @Test("the Venlo study in Dutch matches its golden text")
  func venloSnapshot() {
    let result = Run(["compare", Self.path("venlo-dc-study.json")])
    #expect(result.status == 0)
    let problem = Snapshot.verify(
      Self.portable(result.stdout), named: "compare-venlo-dc-study.txt")
    #expect(problem == nil, "\(problem ?? "")")
  }

  @Test("the Horst study in English for 2032 matches its golden text")
  func horstSnapshot() {
    let result = Run([
      "compare", Self.path("horst-glasshouse-study.json"), "--lang", "en", "--year", "2032",
    ])
    #expect(result.status == 0)
    let problem = Snapshot.verify(
      Self.portable(result.stdout), named: "compare-horst-glasshouse-study-en-2032.txt")
    #expect(problem == nil, "\(problem ?? "")")
  }

  @Test("the header shows every alternative's chain")
  func chainInHeader() {
    let result = Run(["compare", Self.path("venlo-dc-study.json"), "--lang", "en"])
    #expect(result.stdout.contains("baseline / moderate-growth / + with-local-labour"))
    #expect(result.stdout.contains("baseline / fewer-labour-migrants"))
  }

  @Test("JSON has the versioned schema, the chain and a cell per alternative and indicator")
  func json() throws {
    let result = Run(["compare", Self.path("venlo-dc-study.json"), "--format", "json"])
    #expect(result.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["schemaVersion"] as? Int == 1)
    let alternatives = try #require(object["alternatives"] as? [[String: Any]])
    #expect(alternatives.count == 5)
    let stacked = try #require(alternatives.first { $0["name"] as? String == "with-local-labour" })
    #expect(stacked["chainKey"] as? String == "baseline/moderate-growth/with-local-labour")
    let years = try #require(object["years"] as? [[String: Any]])
    #expect(years.count == 1)
    let indicators = try #require(years.first?["indicators"] as? [[String: Any]])
    for indicator in indicators {
      let cells = try #require(indicator["alternatives"] as? [[String: Any]])
      #expect(cells.count == 5)
      for cell in cells {
        for key in ["name", "baseline", "alternative", "delta", "deltaShare"] {
          #expect(cell.keys.contains(key), "\(key)")
        }
      }
    }
  }

  @Test("--alternative shows only the alternatives named")
  func onlyNamed() throws {
    let result = Run([
      "compare", Self.path("venlo-dc-study.json"), "--alternative", "employer-housing",
      "--format", "csv",
    ])
    #expect(result.status == 0)
    let header = try #require(result.stdout.split(separator: "\r\n").first)
    #expect(
      header.hasSuffix(
        "jaar;volledige bedrijfsvoering;indicator;eenheid;basis;basis P10;basis P90;"
          + "A De werkgever huisvest zijn…;A De werkgever huisvest zijn… Δ;"
          + "A De werkgever huisvest zijn… Δ (aandeel 0–1);A De werkgever huisvest zijn… Δ P10;"
          + "A De werkgever huisvest zijn… Δ P50;A De werkgever huisvest zijn… Δ P90"))
    // In English the study's names, as before.
    let english = Run([
      "compare", Self.path("venlo-dc-study.json"), "--alternative", "employer-housing",
      "--format", "csv", "--lang", "en",
    ])
    #expect(
      english.stdout.split(separator: "\r\n").first?.hasSuffix(
        "employer-housing Δ P50,employer-housing Δ P90") == true)
    #expect(result.stdout.hasPrefix("\u{FEFF}"))
  }

  @Test("--year adds a second set of tables for that year")
  func chosenYear() {
    let result = Run(["compare", Self.path("venlo-dc-study.json"), "--year", "2033"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Kerncijfers 2030"))
    #expect(result.stdout.contains("Kerncijfers 2033"))
    #expect(result.stdout.contains("Brede welvaart 2033"))
  }

  @Test("comparing a baseline with itself shows zero everywhere in the JSON")
  func selfComparison() throws {
    try withTemporaryDirectory { directory in
      let baseline = try Data(
        contentsOf: Self.scenarios.appendingPathComponent("venlo-ecommerce-dc.json"))
      try baseline.write(to: directory.appendingPathComponent("venlo.json"))
      let study = """
        {"schemaVersion": 1, "title": "Self", "baseline": "./venlo.json",
         "alternatives": [{"name": "same", "title": "Same", "rationale": "A check."}]}
        """
      let file = directory.appendingPathComponent("self.json")
      try Data(study.utf8).write(to: file)
      let result = Run(["compare", file.path, "--format", "json", "--year", "2034"])
      #expect(result.status == 0, "\(result.stderr)")
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      let years = try #require(object["years"] as? [[String: Any]])
      #expect(years.count == 2)
      for year in years {
        for indicator in try #require(year["indicators"] as? [[String: Any]]) {
          for cell in try #require(indicator["alternatives"] as? [[String: Any]]) {
            #expect(cell["delta"] as? Double == 0)
            #expect(cell["deltaShare"] as? Double == 0)
          }
        }
      }
    }
  }

  struct FailureCase: CustomTestStringConvertible, Sendable {
    var testDescription: String
    var study: String?
    var arguments: [String] = []
    var status: Int32
    var stderr: [String]
  }

  static let failures: [FailureCase] = [
    FailureCase(
      testDescription: "a circle of bases is invalid data, with file, line, path and the circle",
      study: """
        {"schemaVersion": 1, "title": "T", "baseline": "./venlo.json", "alternatives": [
          {"name": "a", "title": "A", "rationale": "r", "basedOn": "b"},
          {"name": "b", "title": "B", "rationale": "r", "basedOn": "a"}]}
        """,
      status: 65,
      stderr: [
        "study.json:2:60: error: at alternatives[0].basedOn:", "a → b → a", "[cyclic-alternatives]",
      ]),
    FailureCase(
      testDescription: "an unknown template gets a did-you-mean",
      study: """
        {"schemaVersion": 1, "title": "T", "baseline": "./venlo.json", "alternatives": [
          {"name": "a", "title": "A", "rationale": "r", "template": "fewer-labor-migrants"}]}
        """,
      status: 65,
      stderr: [
        "study.json:2:61: error: at alternatives[0].template:",
        "Did you mean 'fewer-labour-migrants'? [unknown-template]",
      ]),
    FailureCase(
      testDescription: "a missing baseline file is missing input",
      study: """
        {"schemaVersion": 1, "title": "T", "baseline": "./elsewhere.json", "alternatives": [
          {"name": "a", "title": "A", "rationale": "r"}]}
        """,
      status: 66,
      stderr: ["at baseline: Cannot read the baseline './elsewhere.json'", "[file-not-found]"]),
    FailureCase(
      testDescription: "a missing study file is missing input",
      study: nil, status: 66, stderr: ["there is no such file"]),
    FailureCase(
      testDescription: "an unknown --alternative is a usage error with a did-you-mean",
      study: """
        {"schemaVersion": 1, "title": "T", "baseline": "./venlo.json", "alternatives": [
          {"name": "moderate-growth", "title": "A", "rationale": "r"}]}
        """,
      arguments: ["--alternative", "moderate-grwth"], status: 64,
      stderr: ["Unknown alternative 'moderate-grwth'", "Did you mean 'moderate-growth'?"]),
    FailureCase(
      testDescription: "a year before the timeline is a usage error",
      study: """
        {"schemaVersion": 1, "title": "T", "baseline": "./venlo.json", "alternatives": [
          {"name": "a", "title": "A", "rationale": "r"}]}
        """,
      arguments: ["--year", "2020"], status: 64, stderr: ["which starts in 2026"]),
    FailureCase(
      testDescription: "--output may not replace the baseline file",
      study: """
        {"schemaVersion": 1, "title": "T", "baseline": "./venlo.json", "alternatives": [
          {"name": "a", "title": "A", "rationale": "r"}]}
        """,
      arguments: ["--output", "BASELINE"], status: 64, stderr: ["it is an input file"]),
  ]

  @Test(arguments: failures)
  func failure(_ testCase: FailureCase) throws {
    try withTemporaryDirectory { directory in
      let baseline = try Data(
        contentsOf: Self.scenarios.appendingPathComponent("venlo-ecommerce-dc.json"))
      let baselinePath = directory.appendingPathComponent("venlo.json")
      try baseline.write(to: baselinePath)
      let file = directory.appendingPathComponent("study.json")
      if let study = testCase.study { try Data(study.utf8).write(to: file) }
      let arguments = testCase.arguments.map { $0 == "BASELINE" ? baselinePath.path : $0 }
      let result = Run(["compare", file.path] + arguments + ["--lang", "en"])
      #expect(result.status == testCase.status, "\(result.stderr)")
      #expect(result.stdout.isEmpty)
      for text in testCase.stderr {
        #expect(result.stderr.contains(text), "stderr lacks \(text): \(result.stderr)")
      }
      #expect(try Data(contentsOf: baselinePath) == baseline)
    }
  }
}
