import Foundation
import Testing

@testable import HousingEffect

/// Issue 19, item 3: a user's distribution key file for `"distribute"` — a StatLine download or
/// a region-file column — with its concept, year and source; clear errors for bad files.
@Suite("Distribution key file")
struct DistributionKeyFileTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/DistributionKey")

  static func read(_ path: String) -> Result<[UInt8], StudyLoader.FileProblem> {
    guard let data = FileManager.default.contents(atPath: path) else { return .failure(.notFound) }
    return .success([UInt8](data))
  }

  static func load(_ distribute: String) -> (ProjectionStudy?, [ProjectionArea], [Diagnostic]) {
    let text = """
      {"schemaVersion": 1, "title": "t", "projection": {"regions": ["Limburg"],
       "paths": ["expectation2030"], "until": 2030, "distribute": \(distribute)}}
      """
    return ProjectionStudyLoader.load(
      Array(text.utf8), file: fixtures.appendingPathComponent("study.json").path,
      regions: .limburg, readFile: read)
  }

  /// The fixture's counts by hand: population ÷ 100 (Polen) + population ÷ 300 (Roemenië),
  /// whole numbers, from the shipped key's population column.
  static func fixtureCount(_ name: String) throws -> Double {
    let csv = try String(
      contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Docs/data/limburg-distribution-key.csv"), encoding: .utf8)
    var total = 0.0
    var own = 0.0
    for line in csv.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: ",")
      let population = try #require(Int(fields[3]))
      let count = Double(population / 100 + population / 300)
      total += count
      if fields[1] == name { own = count }
    }
    return own / total
  }

  @Test("a StatLine download: rows of the stated year, nationalities added up, labelled proxy")
  func statLine() throws {
    let (study, areas, diagnostics) = Self.load(
      #"{"file": "statline-nationality.csv", "concept": "registered residents with Polish or Romanian nationality", "year": 2024, "source": "CBS StatLine (fixture)"}"#
    )
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    #expect(study != nil)
    #expect(areas.count == 35)
    let venray = try #require(areas.first { $0.name == "Venray" })
    #expect(abs(venray.baseWorking - 82895 * (try Self.fixtureCount("Venray"))) < 1e-6)
    #expect(
      venray.baseSource.contains("proxy") && venray.baseSource.contains("statline-nationality.csv"))
    #expect(venray.baseSource.contains("Polish or Romanian") && venray.baseSource.contains("2024"))
    #expect(venray.baseSource.contains("Known error"))
    // The municipalities add up to the province.
    let sum = areas.filter { $0.level == .municipality }.reduce(0) { $0 + $1.baseWorking }
    #expect(abs(sum - 82895) < 1e-6)
  }

  @Test("a region file's column")
  func regionColumn() throws {
    let (_, areas, diagnostics) = Self.load(
      #"{"file": "region-column.csv", "column": "ceeResidents", "concept": "residents from Central and Eastern Europe", "year": 2024, "source": "own count"}"#
    )
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let maastricht = try #require(areas.first { $0.name == "Maastricht" })
    #expect(maastricht.baseWorking > 0)
  }

  @Test("bad key files: the file, the line, what was expected and a suggestion")
  func errors() throws {
    // A column that is not there: its name and the closest.
    var (study, _, diagnostics) = Self.load(
      #"{"file": "region-column.csv", "column": "ceeResident", "concept": "c", "year": 2024, "source": "s"}"#
    )
    #expect(study == nil)
    var error = try #require(diagnostics.errors.first)
    #expect(error.file?.hasSuffix("region-column.csv") == true && error.line == 1)
    #expect(error.suggestion == "ceeResidents")
    // A StatLine '.' for Venray and no row for Beesel.
    (study, _, diagnostics) = Self.load(
      #"{"file": "statline-missing-figure.csv", "concept": "c", "year": 2024, "source": "s"}"#)
    #expect(study == nil)
    error = try #require(diagnostics.errors.first)
    #expect(error.message.contains("Venray") && error.message.contains("no figure"))
    #expect(error.line == 9)
    // A year the download does not hold: the periods it does hold.
    (study, _, diagnostics) = Self.load(
      #"{"file": "statline-nationality.csv", "concept": "c", "year": 2021, "source": "s"}"#)
    error = try #require(diagnostics.errors.first)
    #expect(error.message.contains("'2023'") && error.message.contains("'2024'"))
    // A file that is not there, and a missing source.
    (study, _, diagnostics) = Self.load(
      #"{"file": "nowhere.csv", "concept": "c", "year": 2024, "source": "s"}"#)
    #expect(diagnostics.errors.first?.code == .fileNotFound)
    #expect(diagnostics.errors.first?.path == "projection.distribute.file")
    (study, _, diagnostics) = Self.load(
      #"{"file": "region-column.csv", "concept": "c", "year": 2024}"#)
    #expect(diagnostics.errors.first?.path == "projection.distribute.source")
  }

  @Test("Beesel missing: the error names it and its code")
  func missingMunicipality() throws {
    let text = try String(
      contentsOf: Self.fixtures.appendingPathComponent("statline-missing-figure.csv"),
      encoding: .utf8
    ).replacingOccurrences(of: "\"Venray\";\".\"", with: "\"Venray\";\"10\"")
    let (key, diagnostics) = DistributionKeyFile.read(
      text, file: "k.csv", column: nil, concept: "c", year: 2024, source: "s",
      at: "projection.distribute")
    #expect(key == nil)
    let error = try #require(diagnostics.errors.first)
    #expect(error.message.contains("Beesel") && error.message.contains("GM0889"))
    #expect(error.file == "k.csv" && error.line == 2)
  }
}
