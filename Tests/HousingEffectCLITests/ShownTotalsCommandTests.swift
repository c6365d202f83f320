import Foundation
import HousingEffect
import Testing

@testable import HousingEffectReports

/// Issue 21, item 3, for `compare`, `project` and `batch`: parts shown beside their total add up
/// to the shown total (largest remainder, design notes §48 and §53), or the report says why not.
@Suite("compare, project and batch: shown parts add up to shown totals")
struct ShownTotalsCommandTests {
  /// The numbers of every text-table row that starts with `label`, in order: "1.427 (+53)"
  /// gives 1427 and 53, "−14" gives -14; `nil` for "< 1" and other cells that are not whole
  /// numbers.
  static func rows(_ report: String, _ label: String) -> [[Int?]] {
    report.split(separator: "\n").compactMap { line -> [Int?]? in
      // A table row: the label, then the column gap of at least two spaces (a sentence or a
      // chart title that starts with the same words has one).
      guard line.hasPrefix(label + "  ") else { return nil }
      // Percentages (the table of relative differences) are not counts: left out.
      let rest = line.dropFirst(label.count).replacing("< 1", with: "<1")
        .replacing(/[−+-]?[0-9.,]+ %/, with: "pct")
        .replacing("(", with: " ").replacing(")", with: " ").replacing("−", with: "-")
      return rest.split(separator: " ").map { cell in
        Int(cell.replacing(".", with: "").replacing(",", with: "").replacing("+", with: ""))
      }
    }
  }

  /// Checks that in every occurrence of the four rows, the three parts add up to the total in
  /// every column where all four are whole numbers; returns the number of columns checked.
  static func expectAddUp(
    _ report: String, parts: [String], total: String, _ context: String
  ) -> Int {
    let partRows = parts.map { rows(report, $0) }
    let totalRows = rows(report, total)
    guard partRows.allSatisfy({ $0.count == totalRows.count }) else {
      Issue.record("\(context): \(partRows.map(\.count)) part rows against \(totalRows.count)")
      return 0
    }
    var checked = 0
    for (index, totalRow) in totalRows.enumerated() {
      let part = partRows.map { $0[index] }
      guard part.allSatisfy({ $0.count == totalRow.count }) else {
        Issue.record("\(context): row lengths differ")
        continue
      }
      for column in totalRow.indices {
        guard let sum = totalRow[column],
          let values = Optional(part.compactMap { $0[column] }), values.count == 3
        else { continue }
        #expect(values.reduce(0, +) == sum, "\(context) table \(index) column \(column)")
        checked += 1
      }
    }
    return checked
  }

  static let studies = ["venlo-dc-study.json", "horst-glasshouse-study.json"]
  static let projections = [
    "projection-study-venray.json", "projection-study-limburg.json",
    "projection-study-backtest-2017.json",
  ]
  static func scenario(_ name: String) -> String {
    RepositoryPaths.root.appendingPathComponent("Scenarios/\(name)").path
  }

  @Test(
    "compare: stay classes add up to the total in the values and the differences",
    arguments: studies, [Language.nl, .en])
  func compare(_ study: String, _ language: Language) {
    let run = Run([
      "compare", Self.scenario(study), "--draws", "0", "--lang", language.rawValue,
    ])
    #expect(run.status == 0)
    let strings = ReportStrings(language: language)
    let parts = ["migration.shortStay", "migration.midStay", "migration.longStay"].map {
      strings.label(IndicatorID($0))
    }
    let checked = Self.expectAddUp(
      run.stdout, parts: parts, total: strings.label("migration.labourMigrants"),
      "\(study) \(language)")
    #expect(checked > 0)
  }

  @Test(
    "project: stay classes add up to the working labour migrants, with and without establishments",
    arguments: projections, [Language.nl, .en])
  func project(_ study: String, _ language: Language) {
    let run = Run([
      "project", Self.scenario(study), "--draws", "0", "--lang", language.rawValue,
    ])
    #expect(run.status == 0)
    let words = ProjectionStrings(language: language)
    let merged = language == .nl ? "Short-stay en mid-stay, elk" : "Short stay and mid stay, each"
    if run.stdout.contains(merged) { return }  // equal short and mid stays: rounded alone
    let checked = Self.expectAddUp(
      run.stdout,
      parts: [
        words.indicator(.shortStay), words.indicator(.midStay),
        words.indicator(.longStay),
      ],
      total: words.indicator(.working), "\(study) \(language)")
    #expect(checked > 0)
  }

  @Test(
    "batch: the totals on page 1 say they are added before rounding",
    arguments: [
      Language.nl, .en,
    ])
  func batch(_ language: Language) {
    let run = Run([
      "batch", Self.scenario("batch-example.csv"), "--draws", "0", "--lang", language.rawValue,
    ])
    #expect(run.status == 0)
    // The note is a wrapped paragraph.
    #expect(
      run.stdout.replacing("\n", with: " ").contains(
        language == .nl
          ? "Een totaal is opgeteld vóór afronding" : "A total is added before rounding"))
    // The example's labour migrants: 1,130 in total against 1,131 for the five rows as shown
    // (456 + 74 + 540 + 48 + 13), which is why the note is needed.
    let label = language == .nl ? "Arbeidsmigranten" : "Labour migrants"
    let total = Self.rows(run.stdout, label).first?.first ?? nil
    #expect(total == 1130)
  }
}
