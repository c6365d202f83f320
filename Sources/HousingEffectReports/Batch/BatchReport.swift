import HousingEffect

/// The output of `batch`: one row per establishment, and the totals per municipality and per
/// policy region, as text, Markdown, HTML (with a bar chart per municipality), CSV or JSON.
public struct BatchReport: Sendable {
  public var result: BatchResult
  public var language: Language

  public init(_ result: BatchResult, language: Language) {
    self.result = result
    self.language = language
  }

  typealias Block = ReportDocument.Block

  func pick(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

  var format: NumberFormat { NumberFormat(language: language) }

  func count(_ value: Double) -> String { format.format(value, .whole) }
  func optionalCount(_ value: Double?) -> String { value.map(count) ?? "–" }
  func percent(_ value: Double?) -> String { value.map { format.percent($0) } ?? "–" }
  func ratio(_ value: Double?) -> String { value.map { format.format($0, .decimals(1)) } ?? "–" }

  func crossed(_ names: [String]) -> String {
    guard !names.isEmpty else { return "–" }
    return names.map { name in
      switch name {
      case "migrantsPer1000": pick("nieuwkomers/1.000", "newcomers/1,000")
      case "migrantsPer1000.high": pick("nieuwkomers/1.000 (hoog)", "newcomers/1,000 (high)")
      case "housingPressure": pick("woningdruk", "housing pressure")
      case "facilityPressure": pick("voorzieningen", "facilities")
      default: name
      }
    }.joined(separator: ", ")
  }

  static func column(
    _ title: String, _ alignment: ReportDocument.Alignment = .right
  )
    -> ReportDocument.Column
  {
    ReportDocument.Column(title: title, alignment: alignment)
  }

  var rowsTable: ReportDocument.Table {
    let columns = [
      Self.column(pick("regel", "line")), Self.column(pick("naam", "name"), .left),
      Self.column(pick("gemeente", "municipality"), .left),
      Self.column(pick("type", "type"), .left),
      Self.column(pick("jaar", "year")), Self.column("fte"),
      Self.column(pick("arbeidsmigranten", "labour migrants")),
      Self.column(pick("short-stay-bedden", "short-stay beds")),
      Self.column(pick("mid-stay-kamers", "mid-stay rooms")),
      Self.column(pick("long-stay-woningen", "long-stay dwellings")),
      Self.column(pick("tekort bedden", "bed shortfall")),
      Self.column(pick("per 1.000 inw.", "per 1,000 inh.")),
    ]
    // "259 (176–392)" when the run drew ranges per row.
    func ranged(_ value: Double, _ band: Percentiles?) -> String {
      guard let band else { return count(value) }
      let (low, high) = (count(band.p10), count(band.p90))
      return low == high && low == count(value) ? low : "\(count(value)) (\(low)–\(high))"
    }
    let rows = result.rows.map { row in
      ReportDocument.Row(
        cells: [
          String(row.line), row.name, row.municipality, row.type.rawValue,
          String(row.headlineYear), format.format(row.jobsFTE, .staffing),
          ranged(row.labourMigrants, row.ranges?.labourMigrants),
          ranged(row.shortStayBeds, row.ranges?.shortStayBeds),
          ranged(row.midStayRooms, row.ranges?.midStayRooms),
          ranged(row.longStayDwellings, row.ranges?.longStayDwellings),
          ranged(row.shortfallBeds, row.ranges?.shortfallBeds), ratio(row.migrantsPer1000),
        ], note: nil)
    }
    return ReportDocument.Table(columns: columns, rows: rows, noteTitle: nil, repeatedColumns: 2)
  }

  func totalsTable(_ totals: [BatchResult.Total], municipalities: Bool) -> ReportDocument.Table {
    var columns = [
      Self.column(
        municipalities ? pick("gemeente", "municipality") : pick("regio", "region"), .left)
    ]
    if municipalities { columns.append(Self.column(pick("regio", "region"), .left)) }
    columns += [
      Self.column(pick("vestigingen", "establishments")), Self.column("fte"),
      Self.column(pick("tijdelijke bedden", "temporary beds")),
      Self.column(pick("werkgeversbedden", "employer beds")),
      Self.column(pick("vergunde bedden", "licensed beds")),
      Self.column(pick("beschikbare vergunde bedden", "free legal beds")),
      Self.column(pick("tekort", "shortfall")),
      Self.column(pick("long-stay-woningen", "long-stay dwellings")),
      Self.column(pick("woningdruk", "housing pressure")),
      Self.column(pick("per 1.000 inw.", "per 1,000 inh.")),
      Self.column(pick("drempels", "thresholds"), .left),
    ]
    let rows = totals.map { total in
      var cells = [total.name]
      if municipalities { cells.append(total.region ?? "–") }
      cells += [
        String(total.establishments), format.format(total.jobsFTE, .staffing),
        count(total.temporaryBeds), count(total.employerBeds), optionalCount(total.licensedBeds),
        optionalCount(total.freeLegalBeds), count(total.temporaryShortfall),
        count(total.longStayDwellings), percent(total.housingPressure),
        ratio(total.migrantsPer1000), crossed(total.crossed),
      ]
      return ReportDocument.Row(cells: cells, note: nil)
    }
    return ReportDocument.Table(
      columns: columns, rows: rows, noteTitle: nil, repeatedColumns: municipalities ? 2 : 1)
  }

  var chart: ReportDocument.Chart {
    let totals = result.municipalities
    return ReportDocument.Chart(
      title: pick(
        "Tijdelijke bedden en long-stay-woningen per gemeente",
        "Temporary beds and long-stay dwellings per municipality"),
      description: pick(
        "Opgeteld over de vestigingen, in elk hun piekjaar, voor het deel dat in de gemeente woont.",
        "Added up over the establishments, each in its peak year, for the part living in the municipality."
      ),
      categories: totals.map(\.name),
      series: [
        .init(
          name: pick("tijdelijke bedden", "temporary beds"), values: totals.map(\.temporaryBeds),
          labels: totals.map { count($0.temporaryBeds) }),
        .init(
          name: pick("long-stay-woningen", "long-stay dwellings"),
          values: totals.map(\.longStayDwellings),
          labels: totals.map { count($0.longStayDwellings) }),
      ],
      valueAxisTitle: pick("aantal", "number"))
  }

  var title: String {
    pick("Vestigingen in één keer: batch", "Many establishments at once: batch")
  }

  var preamble: [Block] {
    let n = result.rows.count
    return [
      .paragraph(
        pick(
          "\(n) vestigingen, elk in zijn eigen piekjaar (volledige bedrijfsvoering, gezinshereniging afgerond), op het seizoenspiekmoment. De totalen tellen de vestigingen op; vergunde en beschikbare vergunde bedden in een gemeente worden één keer geteld, niet per vestiging. Drempels: die van de brede-welvaartsscorekaart.",
          "\(n) establishments, each in its own peak year (full operation, family reunification complete), at the seasonal peak. The totals add the establishments up; licensed and free legal beds in a municipality are counted once, not per establishment. Thresholds: those of the broad-welfare scorecard."
        ))
    ]
  }

  var sections: [(title: String, blocks: [Block])] {
    [
      (
        pick("Per gemeente", "Per municipality"),
        [.table(totalsTable(result.municipalities, municipalities: true)), .chart(chart)]
      ),
      (
        pick("Per regio", "Per region"),
        [.table(totalsTable(result.regions, municipalities: false))]
      ),
      (pick("Per vestiging", "Per establishment"), [.table(rowsTable)]),
    ]
  }

  public func text() -> String {
    TextReport(language: language).layout(title: title, preamble: preamble, sections: sections)
  }

  public func markdown() -> String {
    MarkdownReport(language: language).layout(
      title: title, preamble: preamble, sections: sections)
  }

  public func html() -> String {
    HTMLReport(language: language).layout(title: title, preamble: preamble, sections: sections)
  }

  /// One row per establishment, or with `totals` one per municipality.
  ///
  /// In the report's language and dialect (``Language/csvFormat``) unless `format` is given;
  /// headers name the column and its unit; numbers follow ``NumberFormat/cell(_:unit:)``.
  public func csv(format: CSVFormat? = nil, totals: Bool = false) -> String {
    let stream = BatchStream(
      language: language, format: format, ranged: result.rows.contains { $0.ranges != nil })
    guard totals else { return stream.csvHead + stream.csvLines(result.rows) }
    let name = BatchReport.columnNames(language)
    let header = [
      "municipality", "code", "region", "establishments", "jobs_fte", "labour_migrants",
      "temporary_beds", "employer_beds", "licensed_beds", "free_legal_beds",
      "temporary_shortfall", "long_stay_dwellings", "housing_pressure", "migrants_per_1000",
      "gp_pressure", "primary_pressure", "thresholds_crossed",
    ].map { name[$0] ?? $0 }
    typealias Cell = BatchStream
    let rows: [[CSVValue]] = result.municipalities.map { t in
      [
        .text(t.name), .text(t.code ?? ""), .text(t.region ?? ""), .integer(t.establishments),
        Cell.fte(t.jobsFTE), Cell.persons(t.labourMigrants), Cell.persons(t.temporaryBeds),
        Cell.persons(t.employerBeds), Cell.persons(t.licensedBeds), Cell.persons(t.freeLegalBeds),
        Cell.persons(t.temporaryShortfall), Cell.persons(t.longStayDwellings),
        Cell.share(t.housingPressure), Cell.perThousand(t.migrantsPer1000),
        Cell.share(t.gpPressure), Cell.share(t.primaryPressure),
        .text(t.crossed.joined(separator: " ")),
      ]
    }
    return CSVWriter(format: stream.format).write(header: header, rows: rows)
  }

  /// Column headers in the report's language, with the unit where there is one.
  static func columnNames(_ language: Language) -> [String: String] {
    let names: [String: (String, String)] = [
      "line": ("regel", "line"), "name": ("naam", "name"),
      "municipality": ("gemeente", "municipality"), "code": ("code", "code"),
      "region": ("regio", "region"), "type": ("type", "type"),
      "establishments": ("vestigingen", "establishments"),
      "headline_year": ("peiljaar", "headline year"),
      "jobs_fte": ("banen (fte)", "jobs (FTE)"),
      "labour_migrants": ("arbeidsmigranten (personen)", "labour migrants (persons)"),
      "short_stay_beds": ("short-stay-bedden (bedden)", "short-stay beds (beds)"),
      "mid_stay_rooms": ("mid-stay-kamers (kamers)", "mid-stay rooms (rooms)"),
      "long_stay_dwellings": ("long-stay-woningen (woningen)", "long-stay dwellings (dwellings)"),
      "shortfall_beds": ("tekort bedden (bedden)", "shortfall (beds)"),
      "host_temporary_beds": (
        "tijdelijke bedden in de gemeente (bedden)", "temporary beds in the municipality (beds)"
      ),
      "host_long_stay_dwellings": (
        "long-stay-woningen in de gemeente (woningen)",
        "long-stay dwellings in the municipality (dwellings)"
      ),
      "migrants_per_1000": ("migranten per 1.000 inwoners", "migrants per 1,000 inhabitants"),
      "temporary_beds": ("tijdelijke bedden (bedden)", "temporary beds (beds)"),
      "employer_beds": ("bedden werkgever (bedden)", "employer beds (beds)"),
      "licensed_beds": ("vergunde bedden (bedden)", "licensed beds (beds)"),
      "free_legal_beds": ("beschikbare vergunde bedden (bedden)", "free legal beds (beds)"),
      "temporary_shortfall": ("tekort tijdelijke bedden (bedden)", "temporary shortfall (beds)"),
      "housing_pressure": (
        "druk op de woningvoorraad (aandeel 0–1)", "housing pressure (share 0–1)"
      ),
      "gp_pressure": ("druk op huisartsen (aandeel 0–1)", "GP pressure (share 0–1)"),
      "primary_pressure": (
        "druk op basisonderwijs (aandeel 0–1)", "primary school pressure (share 0–1)"
      ),
      "thresholds_crossed": ("drempels overschreden", "thresholds crossed"),
    ]
    return names.mapValues { language == .nl ? $0.0 : $0.1 }
  }

  struct Document: Encodable {
    static let schemaVersion = 1
    var schemaVersion = Document.schemaVersion
    var rows: [BatchResult.Row]
    var municipalities: [BatchResult.Total]
    var regions: [BatchResult.Total]
  }

  /// The JSON document, put together from the pieces `batch` streams (``BatchStream``).
  public func json() throws -> String {
    let rows = try BatchStream.jsonRows(result.rows)
    return try BatchStream.jsonHead(result) + (rows.isEmpty ? "" : BatchStream.jsonFirstRow)
      + rows + BatchStream.jsonTail(empty: result.rows.isEmpty)
  }
}
