import Foundation
import HousingEffect
import Testing

/// The model reads parameters through the catalogue's typed ids only (issue 18, item 1): no
/// stage spells a parameter id as a string, literal or interpolated, so a mistyped id cannot
/// compile.
@Suite("Typed parameter ids")
struct TypedParameterIDTests {
  static let library = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/HousingEffect")

  /// The model's folders that read parameters; the catalogue itself is where ids are spelled.
  static let folders = [
    "Pipeline", "Projection", "Study", "Batch", "Checks", "Model", "Uncertainty", "Loading",
    "References", "Region",
  ]

  /// Every Swift source of `folders`, by path relative to the library.
  static func sources() throws -> [(String, String)] {
    try folders.flatMap { folder in
      let directory = library.appendingPathComponent(folder)
      return try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
        .filter { $0.hasSuffix(".swift") }
        .map {
          (
            "\(folder)/\($0)",
            try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8)
          )
        }
    }
  }

  @Test("the model's folders spell no parameter id as a string")
  func noStringIDs() throws {
    let sources = try Self.sources()
    #expect(sources.count > 50, "the source folders were not found")
    let groups = Set(ParameterCatalog.standard.parameters.map(\.group))
    var found: [String] = []
    for (path, text) in sources {
      for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
        .enumerated()
      {
        let code =
          line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false)
          .first ?? ""
        if code.contains("parameters[\"") { found.append("\(path):\(number + 1)") }
        // A quoted string that starts with a catalogue group and a dot, and is either an id
        // of the catalogue or an id built by interpolation.
        for piece in code.split(separator: "\"").enumerated() where piece.offset % 2 == 1 {
          let string = String(piece.element)
          guard let dot = string.firstIndex(of: "."), groups.contains(String(string[..<dot]))
          else { continue }
          if ParameterCatalog.standard[ParameterID(string)] != nil
            || (string.contains("\\(") && !string.contains(" "))
          {
            found.append("\(path):\(number + 1): \(string)")
          }
        }
      }
    }
    #expect(found == [])
  }

  @Test("an id family gives the catalogue's id for every case it names")
  func familiesMatchTheCatalogue() {
    let catalog = ParameterCatalog.standard
    for contract in ContractType.allCases {
      #expect(catalog[.workforcePersonsPerFTEYear(contract)] != nil)
      for stay in TemporaryStay.allCases {
        #expect(catalog[.migrationStayShare(contract, stay)] != nil)
      }
      for group in SectorGroup.allCases {
        #expect(catalog[.migrationMigrantShare(contract, group)] != nil)
      }
    }
    for group in SectorGroup.allCases {
      #expect(catalog[.workforceAgencyShare(group)] != nil)
      #expect(catalog[.workforcePeakFactor(group)] != nil)
      #expect(catalog[.workforceSeasonMonths(group)] != nil)
      #expect(catalog[.welfareWagePerJob(group)] != nil)
      #expect(catalog[.migrationKnowledgeMigrantShare(group)] != nil)
    }
    for type in EstablishmentType.allCases where type != .constructionProject {
      #expect(ParameterID.jobsDensity(type).map { catalog[$0] != nil } == true)
    }
    for norm in HousingNorm.allCases {
      #expect(catalog[.housingNormM2PerPersonShortStay(norm)] != nil)
      #expect(catalog[.housingNormM2PerPersonMidStay(norm)] != nil)
      #expect(catalog[.housingNormPersonsPerBedroom(norm)] != nil)
    }
    #expect(ParameterID.jobsRampUpShare(year: 1) == "jobs.rampUp.year1Share")
    #expect(ParameterID.jobsRampUpShare(year: 3) == nil)
    #expect(ParameterID.migrationStayShare(.agency, .mid) == "migration.stayShare.agency.mid")
  }
}
