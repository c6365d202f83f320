import Foundation
import Testing

@testable import HousingEffect

/// Projection study files: the examples load; each kind of mistake gets its diagnostic with
/// the file, the field path and a suggestion.
@Suite("Projection study loader")
struct ProjectionStudyLoaderTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

  static func read(_ path: String) -> Result<[UInt8], StudyLoader.FileProblem> {
    guard let data = FileManager.default.contents(atPath: path) else { return .failure(.notFound) }
    return .success([UInt8](data))
  }

  static func load(
    _ projection: String, file: String = "study.json"
  ) -> (
    ProjectionStudy?, [ProjectionArea], [Diagnostic]
  ) {
    let text = """
      {"schemaVersion": 1, "title": "t", "projection": \(projection)}
      """
    return ProjectionStudyLoader.load(
      Array(text.utf8), file: file, regions: .limburg, readFile: read)
  }

  @Test("the projection studies in Scenarios/ load without diagnostics")
  func examples() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: Self.scenarios.path)
      .filter { $0.hasSuffix(".json") }.sorted()
    var count = 0
    for name in names {
      let path = Self.scenarios.appendingPathComponent(name).path
      let bytes = try #require(FileManager.default.contents(atPath: path))
      guard ProjectionStudyLoader.isProjectionStudy([UInt8](bytes)) else { continue }
      count += 1
      let (study, areas, diagnostics) = ProjectionStudyLoader.load(
        [UInt8](bytes), file: path, regions: .limburg, readFile: Self.read)
      #expect(diagnostics.isEmpty, "\(name): \(diagnostics)")
      #expect(study != nil && !areas.isEmpty)
    }
    #expect(count >= 2)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var projection: String
    var code: DiagnosticCode
    var path: String
    var suggestion: String?
    var testDescription: String { code.rawValue + " at " + path }
  }

  static let cases: [Case] = [
    Case(
      projection: #"{"regions": ["Limburg"], "paths": ["trend", "moderatGrowth"]}"#,
      code: .unknownPath, path: "projection.paths[1]", suggestion: "moderateGrowth"),
    Case(
      projection: #"{"regions": ["Venrai"], "paths": ["trend"]}"#,
      code: .unknownRegion, path: "projection.regions[0]", suggestion: "Venray"),
    Case(
      projection: #"{"regions": ["Limburg"], "paths": ["trend"], "until": 2060}"#,
      code: .yearOutOfRange, path: "projection.until"),
    Case(
      projection: #"{"regions": ["Horst aan de Maas"], "paths": ["trend"]}"#,
      code: .missingBase, path: "projection.regions[0]",
      suggestion:
        #"add {"region": "Horst aan de Maas", "year": …, "working": …, "source": …} to projection.bases"#
    ),
    Case(
      projection: #"{"regions": ["Limburg"], "paths": ["custom"]}"#,
      code: .missingField, path: "projection.paths[0]"),
    Case(
      projection:
        #"{"regions": ["Limburg"], "paths": ["trend"], "establishments": [{"file": "nowhere.json"}]}"#,
      code: .fileNotFound, path: "projection.establishments[0].file"),
    Case(
      projection:
        #"{"regions": ["Venray"], "paths": ["trend"], "plannedSupply": [{"region": "Venlo", "year": 2030, "beds": 10}]}"#,
      code: .unknownRegion, path: "projection.plannedSupply[0].region", suggestion: "Venray"),
    Case(
      projection:
        #"{"regions": ["Venray"], "paths": ["trend"], "establishments": [{"establishment": {"name": "x", "municipality": "Venlo", "type": "distribution-ecommerce", "size": {"jobs": 100}, "startYear": 2027}}]}"#,
      code: .unknownRegion, path: "projection.establishments[0].establishment"),
    Case(
      projection:
        #"{"regions": ["Venray"], "paths": ["trend"], "establishments": [{"file": "venray-meat-processing.json", "startYear": 2070}]}"#,
      code: .yearOutOfRange, path: "projection.establishments[0].startYear"),
    Case(
      projection:
        #"{"regions": ["Limburg"], "paths": ["trend"], "customPath": {"growthRates": {"20x0": 0.1}}}"#,
      code: .yearOutOfRange, path: "projection.customPath.growthRates[\"20x0\"]"),
    Case(
      projection:
        #"{"regions": ["Limburg"], "paths": ["trend"], "bases": [{"region": "Limburg", "year": 2022, "working": 5}]}"#,
      code: .missingField, path: "projection.bases[0].source"),
    Case(
      projection: #"{"regions": ["Limburg"], "paths": ["trend"], "paramters": {}}"#,
      code: .unknownKey, path: "projection.paramters", suggestion: "parameters"),
    Case(
      projection:
        #"{"regions": ["Limburg"], "paths": ["trend"], "establishmentsInPaths": "addded"}"#,
      code: .invalidValue, path: "projection.establishmentsInPaths", suggestion: "added"),
    Case(
      projection:
        #"{"regions": ["Venray"], "paths": ["custom"], "customPath": {"targets": {"2030": 9000}, "cap": -1}}"#,
      code: .negativeValue, path: "projection.customPath.cap"),
  ]

  @Test("each mistake gives one error at its field, naming the file", arguments: cases)
  func mistakes(_ mistake: Case) throws {
    let file = Self.scenarios.appendingPathComponent("study.json").path
    let (study, _, diagnostics) = Self.load(mistake.projection, file: file)
    #expect(study == nil)
    let errors = diagnostics.errors
    #expect(errors.count == 1, "\(errors)")
    let error = try #require(errors.first)
    #expect(error.code == mistake.code, "\(error)")
    #expect(error.path == mistake.path, "\(error)")
    #expect(error.file == file)
    if let suggestion = mistake.suggestion { #expect(error.suggestion == suggestion, "\(error)") }
    #expect(!error.message.isEmpty)
  }

  @Test("an establishment file with errors is reported in that file")
  func establishmentFileErrors() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "projection-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let bad = directory.appendingPathComponent("plant.json")
    try Data(
      #"{"schemaVersion": 1, "name": "x", "municipality": "Venray", "type": "meat-processing", "size": {"jobs": -5}, "startYear": 2027}"#
        .utf8
    ).write(to: bad)
    let (study, _, diagnostics) = Self.load(
      #"{"regions": ["Venray"], "paths": ["trend"], "establishments": [{"file": "plant.json"}]}"#,
      file: directory.appendingPathComponent("study.json").path)
    #expect(study == nil)
    let error = try #require(diagnostics.errors.first)
    #expect(error.file == bad.path)
    #expect(error.path == "size.jobs")
  }

  @Test("a start year moves the establishment and its construction by the same years")
  func startYear() throws {
    let (study, _, diagnostics) = Self.load(
      #"{"regions": ["Venlo"], "paths": ["trend"], "bases": [{"region": "Venlo", "year": 2024, "working": 10000, "source": "test"}], "establishments": [{"file": "venlo-ecommerce-dc.json", "startYear": 2031}]}"#,
      file: Self.scenarios.appendingPathComponent("study.json").path)
    #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
    let establishment = try #require(study?.establishments.first?.establishment)
    #expect(establishment.startYear == 2031)
    #expect(establishment.construction?.startYear == 2029)  // 2026 in the file, start 2028
  }
}
