import Foundation
import HousingEffect
import HousingEffectReports
import Testing

/// Issue 11, item 2: one rounding policy, the same value printed the same way in text,
/// Markdown, HTML and CSV (JSON stays unrounded).
@Suite("Reports: one rounding policy across formats")
struct RoundingPolicyTests {
  static let assessment = Examples.venlo.assessment
  static let command = "housing-effect assess Scenarios/venlo-ecommerce-dc.json"
  static let last = assessment.years.count - 1

  static func render(_ format: ReportFormat) -> String {
    HumanReport.render(assessment, format: format, language: .nl, command: command)
  }

  @Test(
    "jobs are whole: 60,000 m² at 110 m² per job is 545.45 FTE, shown as 545",
    arguments: [
      ReportFormat.text, .markdown, .html,
    ])
  func jobsWhole(_ format: ReportFormat) {
    let jobs = Self.assessment.staffing.fullOperationFTE
    #expect(abs(jobs - 60_000 / 110) < 1e-9)
    let report = Self.render(format)
    #expect(report.contains("545 banen"))
    #expect(!report.contains("545,5"))
  }

  @Test(
    "norm quantities are rounded up in every format",
    arguments: [
      ReportFormat.text, .markdown, .html,
    ])
  func toiletsRoundedUp(_ format: ReportFormat) throws {
    let peak = try #require(Self.assessment.housing.years.first).peak
    // The construction year's toilets are not whole; the report shows the next whole number.
    #expect(peak.toilets.truncatingRemainder(dividingBy: 1) > 0)
    var up = Int(peak.toilets)
    if Double(up) < peak.toilets { up += 1 }
    let report = Self.render(format)
    let row = try #require(
      report.split(separator: "\n").first { $0.contains("Toiletten") && $0.contains(String(up)) },
      "no Toiletten row with \(up)")
    #expect(!row.contains(","), "a toilet count with a decimal comma: \(row)")
  }

  @Test(
    "a facility load under 0.05 FTE is 'verwaarloosbaar', never 0,00",
    arguments: [
      ReportFormat.text, .markdown, .html,
    ])
  func negligibleLoad(_ format: ReportFormat) throws {
    let wijkagent = try #require(Self.assessment.facilities.years.last).wijkagentFTE
    #expect(wijkagent > 0 && wijkagent < NumberFormat.negligibleFTE)
    let report = Self.render(format)
    #expect(report.contains("verwaarloosbaar"))
    let tokens = report.split { $0 == " " || $0 == "\n" || $0 == "|" || $0 == "<" || $0 == ">" }
    #expect(!tokens.contains("0,00"))
  }

  @Test(
    "money totals from a million are in millions to three significant figures, in every format",
    arguments: [
      ReportFormat.text, .markdown, .html,
    ])
  func moneyMillions(_ format: ReportFormat) throws {
    let indicator = try #require(
      Self.assessment.welfare.years.last?.indicators.first { $0.id == "welfare.wageSum" })
    let value = try #require(indicator.value)
    let expected: String
    if value >= 999_500 {
      // Three significant figures, worked out here: 20.765 mln → "20,8", 1.254 → "1,25".
      let millions = value / 1_000_000
      let decimals = millions >= 99.95 ? 0 : (millions >= 9.995 ? 1 : 2)
      var text = String(format: "%.\(decimals)f", millions)
      if decimals > 0 {
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
      }
      expected = "€ " + text.replacingOccurrences(of: ".", with: ",") + " mln"
    } else {
      let thousands = Int((value / 1_000).rounded()) * 1_000
      expected = "€ " + NumberFormat(language: .nl).integer(thousands)
    }
    let report = Self.render(format)
    #expect(report.contains(expected), "\(expected) not in the report")
    // No money total to the euro or the thousand from a million: "€ 20.765.000" is gone.
    #expect(
      report.range(of: #"€ [0-9]{1,3}\.[0-9]{3}\.[0-9]{3}"#, options: .regularExpression) == nil)
  }

  @Test(
    "percentages by size: no '50,0%', a space before % in Dutch",
    arguments: [
      ReportFormat.text, .markdown, .html,
    ])
  func percentages(_ format: ReportFormat) {
    let report = Self.render(format)
    #expect(report.range(of: #"[0-9],0%"#, options: .regularExpression) == nil)
    // The figures the report formats: no "50%" in Dutch. (HTML's style sheet has "100%"
    // widths, and quoted source notes keep their own spelling: the annex is left out.)
    if format != .html {
      let annex = report.range(of: "Aannames en bronnen", options: .backwards)?.lowerBound
      let body = report[..<(annex ?? report.endIndex)]
      #expect(body.range(of: #"[0-9]%"#, options: .regularExpression) == nil)
    }
    #expect(report.contains(" %"))
  }

  @Test("CSV cells follow the same policy and stay numbers")
  func csvCells() throws {
    let csv = KeyIndicatorTable.csv(Self.assessment, language: .en)
    let table = CSVTable.parse(csv).table
    let row = try #require(table.rows.last)
    func column(_ prefix: String) throws -> Substring {
      let name = try #require(table.header.first { $0.hasPrefix(prefix) }, "\(prefix)")
      return Substring(try #require(table.value(row, name)))
    }
    #expect(try column("Jobs (FTE)") == "545")
    let wage = try #require(
      Self.assessment.welfare.years.last?.indicators.first { $0.id == "welfare.wageSum" }?.value)
    #expect(
      try column("Annual wage sum") == Substring(String(Int((wage / 1_000).rounded()) * 1_000)))
    // Knowledge migrants (5.45) are whole; GP FTE (0.078) keeps two significant figures.
    #expect(try column("Knowledge migrants") == "5")
    let gp = try #require(Self.assessment.facilities.years.last).gpFTE
    #expect(gp > 0.01 && gp < 0.1)
    #expect(try column("GPs (FTE)").count == 5)  // "0.078"
  }

  @Test("CSV dialect: Dutch semicolons and decimal commas, English commas and points")
  func dialect() {
    let dutch = KeyIndicatorTable.csv(Self.assessment, language: .nl)
    let english = KeyIndicatorTable.csv(Self.assessment, language: .en)
    #expect(dutch.hasPrefix("\u{FEFF}jaar;fase;Banen (fte);"))
    #expect(english.hasPrefix("\u{FEFF}year,phase,Jobs (FTE),"))
    // The GP load (below 0.1 FTE, two significant figures) with each dialect's decimal mark.
    #expect(dutch.range(of: #";0,0[1-9][0-9]?;"#, options: .regularExpression) != nil)
    #expect(english.range(of: #",0\.0[1-9][0-9]?,"#, options: .regularExpression) != nil)
  }
}
