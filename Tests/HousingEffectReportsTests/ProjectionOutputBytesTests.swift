import Foundation
import HousingEffect
import Testing

@testable import HousingEffectReports

/// The projection's CSV and JSON written without a value per cell or a tree node per band
/// (issue 18, round 7): the CSV must be the text of the typed rows through
/// `CSVWriter.write(header:rows:)`, as it was built before, and the JSON the text
/// `JSONEncoder` writes for the document, with and without bands.
@Suite("Projection CSV and JSON written as bytes")
struct ProjectionOutputBytesTests {
  /// The CSV the way it was written before: a `[CSVValue]` row per figure, then the writer.
  static func reference(_ projection: Projection, language: Language) -> String {
    var rows: [[CSVValue]] = []
    let dutch = language == .nl
    let words = ProjectionStrings(language: language)
    for result in projection.areas {
      for (yearIndex, year) in result.years.enumerated() {
        for (pathIndex, path) in result.paths.enumerated() {
          for (variantIndex, variant) in result.variants.enumerated() {
            for indicator in ProjectionIndicator.allCases {
              let position = result.index(
                path: pathIndex, variant: variantIndex, indicator: indicator, year: yearIndex)
              let band = result.bands?[position]
              rows.append(
                [
                  .text(result.area.name), .integer(year),
                  .text(dutch ? words.path(path) : path.name),
                  .text(dutch ? words.variant(variant) : variant.rawValue),
                  .text(dutch ? words.indicator(indicator) : indicator.rawValue),
                  .text(dutch ? words.unit(indicator.unit) : indicator.unit.symbol),
                  NumberFormat.cell(result.central[position], unit: indicator.unit),
                ]
                  + [band?.p10, band?.p50, band?.p90].map {
                    $0.map { NumberFormat.cell($0, unit: indicator.unit) } ?? .empty
                  })
            }
          }
        }
      }
    }
    return CSVWriter(format: language.csvFormat).write(
      header: ProjectionTable.header(language), rows: rows)
  }

  static func projection(draws: Int) throws -> Projection {
    let names = ["Venray", "Noord-Limburg"]
    let bases = [
      ProjectionStudy.Base(region: "Venray", year: 2022, working: 4_000, source: "t"),
      ProjectionStudy.Base(region: "Noord-Limburg", year: 2022, working: 20_000, source: "t"),
    ]
    let supply = [
      ProjectionStudy.PlannedSupply(
        region: "Venray", name: "Flex", year: 2026, beds: 120, dwellings: 15.5)
    ]
    // Venray with its existing beds known, Noord-Limburg without: both gap rules.
    let existing = [ProjectionStudy.ExistingSupply(region: "Venray", beds: 800, source: "t")]
    let areas = try names.map {
      try ProjectionArea.resolve($0, regions: .limburg, bases: bases, supply: existing).get()
    }
    let plant = Establishment(
      name: "Meat plant", municipality: "Venray", type: .meatProcessing, size: .jobs(650),
      startYear: 2027)
    let study = ProjectionStudy(
      title: "t", regions: names,
      // A title the Dutch CSV must quote (delimiter, comma and quotes in it).
      paths: [
        .expectation2030,
        .custom(CustomPath(title: "Eigen \"pad\"; krimp, snel", growthRates: [2024: -0.4])),
      ],
      until: 2034, bases: bases, existingSupply: existing, plannedSupply: supply,
      establishments: [.init(establishment: plant, source: "inline")])
    return Projection(
      study, areas: areas, regions: .limburg,
      options: draws > 0 ? EnsembleOptions(draws: draws, seed: 5, threads: 2) : nil)
  }

  @Test("with and without draws, in Dutch and English: the rows' text through the writer")
  func sameText() throws {
    for draws in [0, 30] {
      let projection = try Self.projection(draws: draws)
      #expect(projection.areas.allSatisfy { $0.variants.count == 2 })
      for language in [Language.nl, .en] {
        let written = ProjectionTable.csv(projection, language: language)
        let expected = Self.reference(projection, language: language)
        #expect(written == expected, "draws \(draws), \(language)")
        // One line per figure and the header; the byte order mark as the dialect has it.
        let lines = written.split(separator: "\r\n", omittingEmptySubsequences: false)
        let figures = projection.areas.reduce(0) { $0 + $1.central.count }
        #expect(lines.count == figures + 2)
        #expect(
          written.utf8.starts(with: [0xEF, 0xBB, 0xBF]) == language.csvFormat.byteOrderMark)
        if language == .nl { #expect(written.contains("\"Eigen \"\"pad\"\"; krimp, snel\"")) }
      }
    }
  }

  @Test("the JSON document with and without bands is JSONEncoder's, and its expanded tree's")
  func sameJSON() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    for draws in [0, 30] {
      let document = ProjectionDocument(try Self.projection(draws: draws), toolVersion: "test")
      let written = try JSONReport.render(document)
      let encoded = String(decoding: try encoder.encode(document), as: UTF8.self) + "\n"
      #expect(written == encoded, "draws \(draws)")
      #expect(try JSONWriter.render(Self.expandedAll(document.json)) + "\n" == written)
      #expect(written.contains("\"p50\" : ") == (draws > 0))
    }
  }

  /// `tree` with every `numbers` and `numberRecords` node written out as arrays and objects.
  static func expandedAll(_ tree: JSONTree) -> JSONTree {
    switch tree.expanded {
    case .array(let elements): return .array(elements.map(expandedAll))
    case .object(let members):
      return .object(members.map { .init(key: $0.key, value: expandedAll($0.value)) })
    case let other: return other
    }
  }
}
