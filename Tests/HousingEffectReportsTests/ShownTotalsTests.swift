import HousingEffect
import HousingEffectReports
import Testing

/// Issue 21, item 3: a total shown beside its parts equals the sum of the parts as shown, or
/// the report says why. The rule (Docs/design-notes.md §48): parts shown in the same table as
/// their total are rounded by largest remainder; a total shown apart from its parts says that
/// it was added before rounding.
@Suite("Reports: shown parts add up to shown totals")
struct ShownTotalsTests {
  /// The whole numbers of a text-report row: `Arbeidsmigranten mid-stay   0   0   28 …`; a
  /// cell "< 1" is -1 (not a whole number, left out of the sums).
  static func row(_ report: String, _ label: String) -> [Int]? {
    for line in report.split(separator: "\n") where line.hasPrefix(label + " ") {
      let cells = line.dropFirst(label.count).replacing("< 1", with: "<1").split(separator: " ")
      return cells.map { Int($0.replacing(".", with: "").replacing(",", with: "")) ?? -1 }
    }
    return nil
  }

  @Test(
    "every example: short-, mid- and long-stay labour migrants add up to the total in each year",
    arguments: Examples.all, [Language.nl, .en])
  func stayClassesAddUp(_ example: Examples.Example, _ language: Language) throws {
    let report = HumanReport.render(
      example.assessment, format: .text, language: language, command: "test")
    let labels =
      language == .nl
      ? [
        "Arbeidsmigranten short-stay", "Arbeidsmigranten mid-stay", "Arbeidsmigranten long-stay",
        "Arbeidsmigranten, totaal",
      ]
      : [
        "Labour migrants, short stay", "Labour migrants, mid stay", "Labour migrants, long stay",
        "Labour migrants, total",
      ]
    let rows = try labels.map { try #require(Self.row(report, $0), "no row \($0)") }
    let years = rows[3].count
    #expect(years > 0 && rows.allSatisfy { $0.count == years })
    for column in 0..<years where rows.allSatisfy({ $0[column] >= 0 }) {
      #expect(
        rows[0][column] + rows[1][column] + rows[2][column] == rows[3][column],
        "\(example.id) \(language) column \(column): \(rows.map { $0[column] })")
    }
  }

  @Test("largest remainder: the parts add up to the rounded total and stay within 1 of each")
  func largestRemainder() {
    // 30.6 + 56.6 + 171.8 = 259.0: rounded alone 31 + 57 + 172 = 260. Rounded down
    // 30 + 56 + 171 = 257; the 2 missing units go to the largest remainders, 0.8 (long) and
    // the first 0.6 (short).
    #expect(NumberFormat.partsAddingUp([30.6, 56.6, 171.8]) == [31, 56, 172])
    // Equal remainders: the earlier part gets the unit.
    #expect(NumberFormat.partsAddingUp([0.5, 0.5]) == [1, 0])
    #expect(NumberFormat.partsAddingUp([1.2, 2.3, 3.5]) == [1, 2, 4])
    #expect(NumberFormat.partsAddingUp([]) == [])
    #expect(NumberFormat.partsAddingUp([2, 3]) == [2, 3])
  }

  @Test("the settling-persons indicator says that it was added before rounding")
  func settlingSaysWhy() {
    let report = HumanReport.render(
      Examples.venlo.assessment, format: .text, language: .nl, command: "test")
    #expect(report.contains("Opgeteld vóór afronding"))
  }
}
