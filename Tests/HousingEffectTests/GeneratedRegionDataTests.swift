import Foundation
import Testing

@testable import HousingEffect

/// The built-in region data is Swift source generated from the CSV files in `Docs/data/`, so
/// nothing is parsed at run time. These tests regenerate the source from the CSV and fail when
/// the committed file is out of step; `RECORD_SNAPSHOTS=1 swift test --filter GeneratedRegionData`
/// rewrites it after the CSV was edited.
@Suite("Generated region data")
struct GeneratedRegionDataTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

  static func text(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  /// Compares `generated` with the committed file at `path`, or writes it when recording.
  static func verify(_ generated: String, path: String) throws {
    if recording {
      try generated.write(
        to: root.appendingPathComponent(path), atomically: true, encoding: .utf8)
      return
    }
    let committed = try text(path)
    #expect(
      committed == generated,
      "\(path) is out of step with its CSV; regenerate with RECORD_SNAPSHOTS=1 swift test --filter GeneratedRegionData"
    )
  }

  @Test("LimburgMunicipalities.swift is generated from Docs/data/limburg-municipalities.csv")
  func limburg() throws {
    let csv = try Self.text(RegionDataGenerator.limburgCSV)
    let (municipalities, diagnostics) = RegionData.loadRegionFile(text: csv)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    #expect(municipalities.count == 31)
    try Self.verify(
      RegionDataGenerator.limburgSwift(municipalities), path: RegionDataGenerator.limburgSwiftPath)
    // The compiled-in data is exactly what the CSV says.
    #expect(RegionData.limburg.municipalities == municipalities)
  }

  @Test("MunicipalityProvinces.swift is generated from Docs/data/municipality-provinces.csv")
  func provinces() throws {
    let csv = try Self.text(RegionDataGenerator.provincesCSV)
    let (table, diagnostics) = CSVTable.parse(csv, delimiter: .comma)
    #expect(diagnostics.isEmpty)
    try Self.verify(
      try RegionDataGenerator.provincesSwift(table), path: RegionDataGenerator.provincesSwiftPath)
    #expect(MunicipalityProvinces.entries.count == table.rows.count)
  }
}

/// Writes the Swift source of the built-in region data.
enum RegionDataGenerator {
  static let limburgCSV = "Docs/data/limburg-municipalities.csv"
  static let limburgSwiftPath = "Sources/HousingEffect/Region/LimburgMunicipalities.swift"
  static let provincesCSV = "Docs/data/municipality-provinces.csv"
  static let provincesSwiftPath = "Sources/HousingEffect/Region/MunicipalityProvinces.swift"

  struct UnknownProvince: Error, CustomStringConvertible {
    var name: String
    var description: String { "'\(name)' is not a province" }
  }

  static func header(from csv: String) -> String {
    """
    // Generated from \(csv) by Tests/HousingEffectTests/GeneratedRegionDataTests.swift;
    // do not edit. After editing the CSV, regenerate with
    // `RECORD_SNAPSHOTS=1 swift test --filter GeneratedRegionData`.
    // swift-format-ignore-file

    """
  }

  /// A Swift string literal for `text`.
  static func literal(_ text: String) -> String {
    var out = "\""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      default: out.append(character)
      }
    }
    return out + "\""
  }

  static func day(_ day: Day) -> String {
    "Day(unchecked: \(day.year), month: \(day.month), day: \(day.day))"
  }

  static func count(_ count: Municipality.DatedCount?) -> String {
    guard let count else { return "nil" }
    return "Municipality.DatedCount(\(count.value), on: \(day(count.date)))"
  }

  static func list(_ items: [String], indent: String) -> String {
    guard !items.isEmpty else { return "[]" }
    return "[\n" + items.map { "\(indent)  \(literal($0)),\n" }.joined() + "\(indent)]"
  }

  static func limburgSwift(_ municipalities: [Municipality]) -> String {
    var out = header(from: limburgCSV)
    out += """

      extension RegionData {
        /// The \(municipalities.count) municipalities of the province of Limburg.
        static let limburgMunicipalities: [Municipality] = [

      """
    let indent = "      "
    for m in municipalities {
      let region: String =
        switch m.policyRegion {
        case .noordLimburg: ".noordLimburg"
        case .middenLimburg: ".middenLimburg"
        case .zuidLimburg: ".zuidLimburg"
        case nil: "nil"
        }
      let migrants =
        m.labourMigrants.map {
          "Municipality.LabourMigrants(\($0.count), year: \(literal($0.year)), kind: .\($0.kind.rawValue))"
        } ?? "nil"
      let beds =
        m.licensedMigrantBeds.map { "Municipality.LicensedBeds(\($0.count), year: \($0.year))" }
        ?? "nil"
      let borders = m.borders.sorted().map { $0 == .germany ? ".germany" : ".belgium" }
      out += "    Municipality(\n"
      out += "\(indent)code: \(literal(m.code)), name: \(literal(m.name)),\n"
      out += "\(indent)policyRegion: \(region), subRegion: \(m.subRegion.map(literal) ?? "nil"),\n"
      out += "\(indent)population: \(count(m.population)),\n"
      out += "\(indent)landAreaKm2: \(m.landAreaKm2.map { String(describing: $0) } ?? "nil"),\n"
      out += "\(indent)dwellings: \(count(m.dwellings)),\n"
      out += "\(indent)households: \(count(m.households)),\n"
      out += "\(indent)labourMigrants: \(migrants),\n"
      out += "\(indent)licensedMigrantBeds: \(beds),\n"
      out += "\(indent)borders: [\(borders.joined(separator: ", "))],\n"
      out += "\(indent)neighbours: \(list(m.neighbours, indent: indent)),\n"
      out += "\(indent)sources: \(list(m.sources, indent: indent)),\n"
      out += "\(indent)notes: \(literal(m.notes)),\n"
      out += "\(indent)dutchNotes: \(literal(m.dutchNotes))),\n"
    }
    out += "  ]\n}\n"
    return out
  }

  static func provincesSwift(_ table: CSVTable) throws -> String {
    let cases: [String: String] = [
      "Groningen": "groningen", "Fryslân": "fryslan", "Drenthe": "drenthe",
      "Overijssel": "overijssel", "Flevoland": "flevoland", "Gelderland": "gelderland",
      "Utrecht": "utrecht", "Noord-Holland": "noordHolland", "Zuid-Holland": "zuidHolland",
      "Zeeland": "zeeland", "Noord-Brabant": "noordBrabant", "Limburg": "limburg",
    ]
    var out = header(from: provincesCSV)
    out += """

      /// The current Dutch municipalities (municipal division of 2024) with their province.
      enum MunicipalityProvinces {
        struct Entry: Sendable, Hashable {
          let code: String
          let name: String
          let province: Province
        }

        static let entries: [Entry] = [

      """
    for row in table.rows {
      let code = table.value(row, "code") ?? ""
      let name = table.value(row, "name") ?? ""
      let province = table.value(row, "province") ?? ""
      guard let caseName = cases[province] else { throw UnknownProvince(name: province) }
      out +=
        "    Entry(code: \(literal(code)), name: \(literal(name)), province: .\(caseName)),\n"
    }
    out += "  ]\n}\n"
    return out
  }
}
