import Foundation
import Testing

@testable import HousingEffect

/// The built-in reference establishments are Swift source generated from
/// `Docs/data/reference-establishments.csv`, like the region data: this test regenerates the
/// source and fails when the committed file is out of step;
/// `RECORD_SNAPSHOTS=1 swift test --filter GeneratedReferenceData` rewrites it.
@Suite("Generated reference data")
struct GeneratedReferenceDataTests {
  static let csvPath = "Docs/data/reference-establishments.csv"
  static let swiftPath = "Sources/HousingEffect/References/ReferenceEstablishments+Data.swift"

  @Test("ReferenceEstablishments+Data.swift is generated from the reference CSV")
  func generated() throws {
    let csv = try GeneratedRegionDataTests.text(Self.csvPath)
    let (references, diagnostics) = ReferenceTable.parse(csv, file: Self.csvPath)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    try GeneratedRegionDataTests.verify(Self.swift(references), path: Self.swiftPath)
    if !GeneratedRegionDataTests.recording {
      #expect(ReferenceEstablishment.all == references)
    }
  }

  @Test("the table has at least 40 references and every establishment type")
  func coverage() {
    let all = ReferenceEstablishment.all
    #expect(all.count >= 40)
    #expect(Set(all.map(\.type)) == Set(EstablishmentType.allCases))
    #expect(Set(all.map(\.id)).count == all.count)
    #expect(
      all.allSatisfy { !$0.figures.isEmpty && $0.figures.allSatisfy { !$0.source.title.isEmpty } })
  }

  @Test("no figure is entered twice: one source's value counts once in a median")
  func noDuplicateFigures() {
    // A reference's outcome is the median of its published figures (ReferenceEstablishment.value),
    // so the same value from the same page entered twice would outweigh every other source
    // (issue 20, round 6: bol.com's 2,000 jobs and Vion Boxtel's 1,700 were entered twice).
    for reference in ReferenceEstablishment.all {
      var seen: Set<String> = []
      for figure in reference.figures {
        let key =
          "\(figure.field.rawValue) \(figure.value) \(figure.valueHigh ?? -1) \(figure.source.url ?? figure.source.title)"
        #expect(seen.insert(key).inserted, "\(reference.id): \(key) entered twice")
      }
    }
    let bol = ReferenceEstablishment.all.first { $0.id == "waalwijk-bolcom-dc" }
    // 800 persons a day (De Telegraaf 2023) and 2,000 at opening (HLN 2017): median 1,400.
    #expect(bol?.value(.jobs) == 1_400)
  }

  @Test("a bad row is reported with its line and column, and the good rows are kept")
  func badRows() {
    let header = ReferenceTable.columns.joined(separator: ",")
    let csv = """
      \(header)
      a,A,Venlo,Limburg,distribution-contract,jobs,100,,persons,2020,T,P,2021,https://x,reported,
      b,B,Venlo,Limburg,warehouse,jobs,100,,persons,2020,T,P,2021,https://x,reported,
      c,C,Venlo,Limburg,meat-processing,labour_migrant_share,1.5,,share,2020,T,P,2021,,reported,
      a,A,Venlo,Limburg,distribution-contract,floor_area_m2,40000,,m2,2020,T,P,,,planned,

      """
    let (references, diagnostics) = ReferenceTable.parse(csv, file: "refs.csv")
    #expect(references.map(\.id) == ["a"])
    #expect(references.first?.figures.count == 2)
    #expect(references.first?.figures.last?.published == nil)
    #expect(diagnostics.map(\.path) == ["line 3.type", "line 4.value"])
    #expect(diagnostics.allSatisfy { $0.file == "refs.csv" })
  }

  static func number(_ value: Double) -> String { "\(value)" }

  static func swift(_ references: [ReferenceEstablishment]) -> String {
    let literal = RegionDataGenerator.literal
    var out = """
      // Generated from \(csvPath) by Tests/HousingEffectTests/GeneratedReferenceDataTests.swift;
      // do not edit. After editing the CSV, regenerate with
      // `RECORD_SNAPSHOTS=1 swift test --filter GeneratedReferenceData`.
      // swift-format-ignore-file

      extension ReferenceEstablishment {
        /// \(references.count) establishments with \(references.map(\.figures.count).reduce(0, +)) published figures.
        static let generated: [ReferenceEstablishment] = [

      """
    for reference in references {
      out += "    ReferenceEstablishment(\n"
      out += "      id: \(literal(reference.id)), name: \(literal(reference.name)),\n"
      out +=
        "      municipality: \(literal(reference.municipality)), province: \(literal(reference.province)),\n"
      out += "      type: .\(reference.type), figures: [\n"
      for figure in reference.figures {
        out += "        ReferenceFigure(\n"
        out +=
          "          field: .\(figure.field), value: \(number(figure.value)), valueHigh: \(figure.valueHigh.map(number) ?? "nil"),\n"
        out +=
          "          unit: \(literal(figure.unit)), figureYear: \(figure.figureYear.map(String.init) ?? "nil"),\n"
        out +=
          "          source: Source(title: \(literal(figure.source.title)), publisher: \(literal(figure.source.publisher)), year: \(figure.source.year), url: \(figure.source.url.map(literal) ?? "nil")),\n"
        out +=
          "          reliability: .\(figure.reliability), note: \(literal(figure.note))),\n"
      }
      out += "      ]),\n"
    }
    out += "  ]\n}\n"
    return out
  }
}
