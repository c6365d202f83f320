import HousingEffect
import Testing

@testable import HousingEffectReports

/// Issue 21, item 1: the key-figure box that opens the effect report. Its numbers are the
/// model's (the P50 of the draws, the headline rule) and lie inside their P10–P90, in both
/// languages; the traffic lights name every scorecard indicator with a symbol and a word.
@Suite("Reports: key figures on page 1")
struct KeyFigureTests {
  static let example = Examples.venlo
  static let assessment = example.assessment
  static let ensemble = AssessmentEnsemble(
    example.establishment, region: example.region, years: assessment.years,
    used: assessment.parametersUsed, options: EnsembleOptions(draws: 200, threads: 2))

  static func document(_ language: Language) -> ReportDocument {
    ReportDocument(assessment, language: language, command: nil, ensemble: ensemble)
  }

  /// The key-figure table: the first table of the summary, under the first subheading.
  static func table(_ document: ReportDocument) -> ReportDocument.Table? {
    guard let summary = document.section(.summary) else { return nil }
    guard case .subheading = summary.blocks.first else { return nil }
    for block in summary.blocks {
      if case .table(let table) = block { return table }
    }
    return nil
  }

  static func cell(_ table: ReportDocument.Table, _ label: String) -> [String]? {
    table.rows.first { $0.cells.first == label }?.cells
  }

  /// "1.234" or "1,234" read back as a number.
  static func parse(_ text: String, _ language: Language) -> Double? {
    let grouping: Character = language == .nl ? "." : ","
    let decimal: Character = language == .nl ? "," : "."
    let plain = String(text.filter { $0 != grouping }.map { $0 == decimal ? "." : $0 })
    return Double(plain)
  }

  @Test("the box opens the summary, in both languages", arguments: [Language.nl, .en])
  func opensTheSummary(language: Language) throws {
    let summary = try #require(Self.document(language).section(.summary))
    guard case .subheading(let title) = summary.blocks.first else {
      Issue.record("the summary does not start with a subheading")
      return
    }
    #expect(title == (language == .nl ? "Kerncijfers" : "Key figures"))
  }

  @Test(
    "need, gap and facility loads are the P50 of the draws and lie inside P10–P90",
    arguments: [Language.nl, .en])
  func figuresAreTheModels(language: Language) throws {
    let table = try #require(Self.table(Self.document(language)))
    let year = Self.assessment.fullOperationYear
    let ranges = try #require(Self.ensemble.ranges(year: year))
    let nl = language == .nl
    let checked: [(String, IndicatorID)] = [
      (nl ? "Short-stay-bedden nodig" : "Short-stay beds needed", "housing.shortStayBeds"),
      (nl ? "Mid-stay-kamers nodig" : "Mid-stay rooms needed", "housing.midStayRooms"),
      (nl ? "Long-stay-woningen nodig" : "Long-stay dwellings needed", "housing.longStayDwellings"),
      (nl ? "Tekort tijdelijke bedden" : "Temporary-bed shortfall", "housing.shortfallBeds"),
      (nl ? "Inschrijvingen BRP" : "BRP registrations", "facilities.brpRegistrations"),
    ]
    #expect(table.columns[1].title == "\(year) (P50)")
    for (label, id) in checked {
      let cells = try #require(Self.cell(table, label), "no row \(label)")
      let band = try #require(ranges[id])
      let shown = try #require(Self.parse(cells[1], language), "\(label): \(cells[1])")
      // The P50 rounded to a whole number.
      #expect(abs(shown - band.p50) <= 0.5, "\(label): \(shown) against P50 \(band.p50)")
      let bounds = cells[2].split(separator: "–").compactMap { Self.parse(String($0), language) }
      #expect(bounds.count == 2, "\(label): range \(cells[2])")
      if bounds.count == 2 {
        #expect(abs(bounds[0] - band.p10) <= 0.5 && abs(bounds[1] - band.p90) <= 0.5)
        #expect(bounds[0] <= shown && shown <= bounds[1], "\(label): \(shown) outside \(cells[2])")
      }
    }
    // Venlo states free legal beds but no long-stay supply: the long-stay gap is unknown.
    let gap = try #require(
      Self.cell(table, nl ? "Tekort long-stay-woningen" : "Long-stay dwelling gap"))
    #expect(gap[1].hasPrefix(nl ? "onbekend" : "unknown"))
    // Full operation and the critical year are named.
    let full = try #require(
      Self.cell(table, nl ? "Volledige bedrijfsvoering vanaf" : "Full operation from"))
    #expect(full[1] == String(year))
    let critical = try #require(Self.assessment.criticalYear)
    let criticalRow = try #require(
      table.rows.first { $0.cells.first?.hasPrefix(nl ? "Kritieke jaar" : "Critical year") == true }
    )
    #expect(criticalRow.cells[1].hasPrefix(String(critical)))
  }

  @Test(
    "traffic lights: every scorecard indicator once, with symbol and word",
    arguments: [Language.nl, .en])
  func trafficLights(language: Language) throws {
    let summary = try #require(Self.document(language).section(.summary))
    var lights: [ReportDocument.KeyValue] = []
    for block in summary.blocks {
      if case .keyValues(let pairs) = block {
        lights = pairs
        break
      }
    }
    let scorecard = try #require(
      Self.assessment.welfare.years[Self.assessment.index(of: Self.assessment.fullOperationYear)!])
    let strings = ReportStrings(language: language)
    // Venlo's unmet temporary housing is rated negative: the first light.
    #expect(lights.first?.key == "▼ " + (language == .nl ? "negatief" : "negative"))
    let named = lights.flatMap { $0.value.components(separatedBy: "; ") }
    #expect(named.count == scorecard.indicators.count)
    for indicator in scorecard.indicators {
      let light = try #require(
        lights.first {
          $0.value.components(separatedBy: "; ").contains(strings.label(indicator.id))
        })
      #expect(light.key.hasSuffix(" " + strings.rating(indicator.rating)))
    }
  }

  @Test("the glossary explains the jargon in the report language", arguments: [Language.nl, .en])
  func glossary(language: Language) throws {
    let summary = try #require(Self.document(language).section(.summary))
    let title = language == .nl ? "Begrippen" : "Glossary"
    let index = try #require(summary.blocks.firstIndex(of: .subheading(title)))
    guard case .keyValues(let terms) = summary.blocks[index + 1] else {
      Issue.record("no terms after the glossary heading")
      return
    }
    let keys = Set(terms.map(\.key))
    for term in ["BRP", "RNI", "SNF", "AKF", "VNG", "fte", "P10 / P50 / P90"] {
      #expect(keys.contains(term), "\(term) missing")
    }
    #expect(terms.count == 10)
  }

  @Test("the annex lists each source once; repeated explanations are referred to")
  func sourcesOnce() throws {
    let annex = try #require(Self.document(.nl).section(.assumptions))
    var bullets: [String] = []
    var lines: [String] = []
    for block in annex.blocks {
      if case .bullets(let items) = block { bullets = items }
      if case .entries(let entries) = block { lines += entries.flatMap(\.lines) }
    }
    #expect(!bullets.isEmpty)
    let citations = bullets.map { $0.drop { $0 != " " }.dropFirst() }
    #expect(Set(citations).count == citations.count, "a source is listed twice")
    // Every number a parameter points to exists.
    for line in lines where line.hasPrefix("Bron [") || line.hasPrefix("Bronnen [") {
      for part in line.split(separator: "[").dropFirst() {
        let number = try #require(Int(part.prefix { $0.isNumber }))
        #expect((1...bullets.count).contains(number))
      }
    }
    // No explanation of 200 characters or more appears twice.
    let long = lines.filter { $0.count >= 200 }
    #expect(Set(long).count == long.count, "a long explanation is repeated")
  }

  @Test("the annex can be split off: the report points to it by file name only")
  func splitAnnex() throws {
    let (report, annex) = Self.document(.nl).splittingAnnex(named: "/home/me/raad/bijlage.html")
    let pointer = try #require(report.section(.assumptions))
    #expect(
      pointer.blocks == [
        .paragraph(
          "De gebruikte parameters met hun waarde, herkomst en bron staan in de bijlage ‘bijlage.html’."
        )
      ])
    #expect(annex.sections.map(\.kind) == [.assumptions])
    #expect(annex.sections.first == Self.document(.nl).section(.assumptions))
    #expect(report.sections.count == Self.document(.nl).sections.count)
  }
}
