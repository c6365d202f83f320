import HousingEffect

/// The output of `batch`: one row per establishment, and the totals per municipality and per
/// policy region, as text, Markdown, HTML (with a bar chart per municipality), CSV or JSON.
public struct BatchReport: Sendable {
  /// The assessed rows and totals to report on.
  public var result: BatchResult
  /// The language of every word and number in the output.
  public var language: Language
  /// The key the rows were sorted by (`batch --sort`), for a sentence above them and a column
  /// with each row's value; `nil` when they are in input order. The rows themselves are
  /// sorted by the caller (`BatchSortKey.sorted(_:)`).
  public var sortedBy: BatchSortKey?

  /// The report of `result` in `language`; pass `sortedBy` when the rows were sorted.
  public init(_ result: BatchResult, language: Language, sortedBy: BatchSortKey? = nil) {
    self.result = result
    self.language = language
    self.sortedBy = sortedBy
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
    let columns =
      [
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
      ] + (sortedBy.map { [Self.column(sortColumnTitle($0))] } ?? [])
    // "259 (176–392)" when the run drew ranges per row: the median of the draws (P50) beside
    // its P10–P90, the headline rule of every report.
    func ranged(_ value: Double, _ band: Percentiles?) -> String {
      guard let band else { return count(value) }
      let (middle, low, high) = (count(band.p50), count(band.p10), count(band.p90))
      return low == high && low == middle ? low : "\(middle) (\(low)–\(high))"
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
        ] + (sortedBy.map { [sortValue($0, row)] } ?? []), note: nil)
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
      Self.column(pick("vergunde bedden (bezet)", "licensed beds (occupied)")),
      Self.column(pick("beschikbare vergunde bedden", "vacant beds")),
      Self.column(
        municipalities
          ? pick("tekort vóór beschikbare bedden", "shortfall before vacant beds")
          : pick("tekort na beschikbare bedden", "shortfall after vacant beds")),
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
        optionalCount(total.vacantBeds), count(total.temporaryShortfall),
        count(total.longStayDwellings), percent(total.housingPressure),
        ratio(total.migrantsPer1000), crossed(total.crossed),
      ]
      return ReportDocument.Row(cells: cells, note: nil)
    }
    return ReportDocument.Table(
      columns: columns, rows: rows, noteTitle: nil, repeatedColumns: municipalities ? 2 : 1)
  }

  /// A map of the Limburg municipalities shaded by the temporary beds placed in each (the
  /// table's column, added up over the establishments where their newcomers live; issue 19,
  /// item 8); `nil` when no municipality of the totals is in Limburg.
  var loadMap: Block? {
    let values: [ReportDocument.Map.Value] = result.municipalities.compactMap { total in
      guard
        let outline = total.code.flatMap(LimburgMap.outline(code:))
          ?? LimburgMap.outline(name: total.name)
      else { return nil }
      return .init(
        code: outline.code, value: total.temporaryBeds, label: count(total.temporaryBeds))
    }
    guard !values.isEmpty else { return nil }
    return .map(
      ReportDocument.Map(
        title: pick(
          "Cumulatieve belasting: tijdelijke bedden per gemeente",
          "Cumulative load: temporary beds per municipality"),
        description: pick(
          "Kaart van de 31 Limburgse gemeenten, ingekleurd naar de tijdelijke bedden die de vestigingen samen in de gemeente vragen (elk in zijn piekjaar, waar hun nieuwkomers wonen), zoals de tabel hierboven.",
          "Map of the 31 Limburg municipalities, shaded by the temporary beds the establishments together need in the municipality (each in its peak year, where their newcomers live), as in the table above."
        ),
        legendTitle: pick("tijdelijke bedden", "temporary beds"), values: values,
        noData: pick("geen vestiging of nieuwkomers", "no establishment or newcomers"),
        credit: ReportDocument.Map.boundariesCredit(language)))
  }

  var chart: ReportDocument.Chart {
    let totals = result.municipalities
    return ReportDocument.Chart(
      title: pick(
        "Tijdelijke bedden en long-stay-woningen per gemeente",
        "Temporary beds and long-stay dwellings per municipality"),
      description: pick(
        "Opgeteld over de vestigingen, elk in zijn piekjaar, voor wie in de gemeente woont.",
        "Added up over the establishments, each in its peak year, for those living in the municipality."
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

  /// The title of the column with the value the rows are sorted by.
  func sortColumnTitle(_ key: BatchSortKey) -> String {
    switch key {
    case .shortfall: pick("tekort per 100 banen", "shortfall per 100 jobs")
    case .migrants: pick("arbeidsmigranten per baan", "labour migrants per job")
    case .rating: pick("scorekaart negatief / aandacht", "scorecard negative / attention")
    case .facilities: pick("zwaarste voorzieningsdruk", "heaviest facility pressure")
    case .newcomers: pick("per 1.000 inw. (sortering)", "per 1,000 inh. (sort)")
    }
  }

  /// A row's value for `key`, as the column shows it.
  func sortValue(_ key: BatchSortKey, _ row: BatchResult.Row) -> String {
    switch key {
    case .rating: return "\(row.negativeRatings) / \(row.attentionRatings)"
    case .facilities: return percent(key.value(row))
    case .shortfall, .newcomers: return ratio(key.value(row))
    case .migrants: return key.value(row).map { format.format($0, .decimals(2)) } ?? "–"
    }
  }

  /// The sentence above the rows that says how they are ordered.
  var sortSentence: String? {
    guard let key = sortedBy else { return nil }
    let what: String
    switch key {
    case .shortfall:
      what = pick(
        "het tekort aan tijdelijke bedden per 100 banen (fte)",
        "the temporary-bed shortfall per 100 jobs (FTE)")
    case .migrants:
      what = pick("arbeidsmigranten per baan (fte)", "labour migrants per job (FTE)")
    case .rating:
      what = pick(
        "de brede-welvaartsscorekaart van het peiljaar: eerst de meeste negatieve oordelen, dan de meeste ‘aandacht’",
        "the broad-welfare scorecard of the headline year: most negative ratings first, then most ‘attention’"
      )
    case .facilities:
      what = pick(
        "de zwaarste druk op voorzieningen (huisartsen of basisonderwijs)",
        "the heaviest facility pressure (GPs or primary schools)")
    case .newcomers:
      what = pick("nieuwkomers per 1.000 inwoners", "newcomers per 1,000 inhabitants")
    }
    let order = key == .rating ? "" : pick(", de hoogste eerst", ", highest first")
    return pick(
      "De vestigingen staan gesorteerd op \(what)\(order); bij gelijke waarden in de volgorde van de invoer (de kolom ‘regel’).",
      "The establishments are sorted by \(what)\(order); equal values keep the input order (the column ‘line’)."
    )
  }

  var title: String {
    pick("Vestigingen in één keer: batch", "Many establishments at once: batch")
  }

  var preamble: [Block] {
    let n = result.rows.count
    let ranges =
      result.rows.contains { $0.ranges != nil }
      ? " "
        + pick(
          "Per vestiging is elk getal met een bandbreedte de middelste uitkomst (P50) van de trekkingen; 8 op de 10 uitkomsten liggen tussen de getallen tussen haakjes (P10–P90). De totalen tellen de berekeningen met de standaardwaarden op.",
          "Per establishment, every figure with a range is the middle outcome (P50) of the draws; 8 in 10 outcomes lie between the figures in brackets (P10–P90). The totals add up the calculations with the default values."
        ) : ""
    let b = result.balance
    return [
      .paragraph(
        pick(
          "\(n) vestigingen, elk in zijn eigen piekjaar (volledige bedrijfsvoering, gezinshereniging afgerond), op het seizoenspiekmoment. Drempels: die van de brede-welvaartsscorekaart.",
          "\(n) establishments, each in its own peak year (full operation, family reunification complete), at the seasonal peak. Thresholds: those of the broad-welfare scorecard."
        ) + ranges),
      .paragraph(
        pick(
          "Hoe de totalen ontstaan. Een regel is de vestiging op zichzelf, met dezelfde balans als `assess`: de vraag in de provincie min de werkgeversbedden (geteld tot de strengste van hun eigen norm en de vraagnorm) en de beschikbare vergunde bedden die de regel noemt. De totalen plaatsen de vraag van elke regel waar de nieuwkomers wonen: wie in de werkgeversbedden woont bij de vestiging, de rest met de woonverdeling van `assess` over de gemeente zelf, de genoemde buurgemeenten en de rest van de provincie (naar inwonertal; een aanname). Per gemeente staat die vraag tegenover de werkgeversbedden in de gemeente, elk tot de eigen vraag van zijn vestiging; vergunde bedden zijn de bestaande, door de huidige arbeidsmigranten bezette voorraad en worden niet afgetrokken. Vrije bedden die regels noemen vormen één pool per regio en tellen één keer, op regioniveau. Daarom kan een totaal afwijken van de som van de regeltekorten: de regels samen missen \(count(b.rowShortfalls)) bedden nadat elke regel zijn eigen beschikbare bedden aftrok (samen \(count(b.rowVacantBeds))); de gemeenten samen missen \(count(b.municipalShortfalls)) bedden vóór beschikbare bedden, de regio's \(count(b.regionShortfalls)) na \(count(b.pooledVacantBeds)) beschikbare bedden in hun pools, elke pool één keer geteld. Werkgeversbedden boven de eigen vraag van hun vestiging (\(count(b.employerBedsBeyondOwnNeed))) tellen niet voor anderen. Buiten de gemeenten van de regiodata geplaatst: \(count(b.unallocated.temporaryBeds)) bedden en \(count(b.unallocated.longStayDwellings)) woningen.",
          "How the totals are formed. A row is the establishment on its own, with the same balance as `assess`: the need in the province less the employer beds (counted up to the stricter of their own norm and the demand norm) and the free legal beds the row states. The totals place each row's need where its newcomers live: those in the employer's beds at the site, the rest with the residence split of `assess` over the municipality itself, its named neighbours and the rest of the province (by population; an assumption). Each municipality's need is set against the employer beds in it, each up to its own establishment's need; licensed beds are the existing stock, occupied by today's labour migrants, and are not subtracted. Vacant beds stated in rows form one pool per region and count once, at the region level. That is why a total can differ from the sum of the row shortfalls: the rows together lack \(count(b.rowShortfalls)) beds after each row subtracted its own free beds (together \(count(b.rowVacantBeds))); the municipalities together lack \(count(b.municipalShortfalls)) beds before vacant beds, the regions \(count(b.regionShortfalls)) after \(count(b.pooledVacantBeds)) vacant beds in their pools, each pool counted once. Employer beds beyond their own establishment's need (\(count(b.employerBedsBeyondOwnNeed))) do not count for others. Not placed in a municipality of the region data: \(count(b.unallocated.temporaryBeds)) beds and \(count(b.unallocated.longStayDwellings)) dwellings."
        )),
    ]
  }

  var sections: [(title: String, blocks: [Block])] {
    [
      keyFigureSection,
      (
        pick("Per gemeente", "Per municipality"),
        [.table(totalsTable(result.municipalities, municipalities: true)), .chart(chart)]
          + (loadMap.map { [$0] } ?? [])
      ),
      (
        pick("Per regio", "Per region"),
        [.table(totalsTable(result.regions, municipalities: false))]
      ),
      (
        pick("Per vestiging", "Per establishment"),
        (sortSentence.map { [Block.paragraph($0)] } ?? []) + [.table(rowsTable)]
      ),
    ]
  }

  /// The report as plain text for the terminal.
  public func text() -> String {
    TextReport(language: language).layout(title: title, preamble: preamble, sections: sections)
  }

  /// The report as Markdown.
  public func markdown() -> String {
    MarkdownReport(language: language).layout(
      title: title, preamble: preamble, sections: sections)
  }

  /// The report as a standalone HTML page, with a bar chart per municipality.
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
    guard totals else {
      return stream.csvHead + stream.csvLines(result.rows) + stream.csvTotals(result)
    }
    let name = BatchReport.columnNames(language)
    let header = [
      "level", "area", "code", "region", "establishments", "jobs_fte", "labour_migrants",
      "temporary_beds", "mid_stay_rooms", "employer_beds", "licensed_beds", "vacant_beds",
      "temporary_shortfall", "long_stay_dwellings", "gp_fte", "primary_places",
      "housing_pressure", "migrants_per_1000", "gp_pressure", "primary_pressure",
      "thresholds_crossed",
    ].map { name[$0] ?? $0 }
    typealias Cell = BatchStream
    func cells(_ t: BatchResult.Total, level: String) -> [CSVValue] {
      [
        .text(level), .text(t.name), .text(t.code ?? ""), .text(t.region ?? ""),
        .integer(t.establishments), Cell.fte(t.jobsFTE), Cell.persons(t.labourMigrants),
        Cell.persons(t.temporaryBeds), Cell.persons(t.need.midStayRooms),
        Cell.persons(t.employerBeds), Cell.persons(t.licensedBeds), Cell.persons(t.vacantBeds),
        Cell.persons(t.temporaryShortfall), Cell.persons(t.longStayDwellings),
        Cell.fte(t.need.gpFTE), Cell.persons(t.need.primaryPlaces),
        Cell.share(t.housingPressure), Cell.perThousand(t.migrantsPer1000),
        Cell.share(t.gpPressure), Cell.share(t.primaryPressure),
        .text(t.crossed.joined(separator: " ")),
      ]
    }
    let rows =
      result.municipalities.map { cells($0, level: "municipality") }
      + result.regions.map { cells($0, level: "region") }
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
      "vacant_beds": ("beschikbare vergunde bedden (bedden)", "vacant beds (beds)"),
      "level": ("niveau", "level"), "area": ("gebied", "area"),
      "gp_fte": ("huisartsen (fte)", "GPs (FTE)"),
      "primary_places": ("plaatsen basisonderwijs (leerlingen)", "primary school places (pupils)"),
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
    var balance: BatchResult.Balance
  }

  /// The JSON document, put together from the pieces `batch` streams (``BatchStream``).
  public func json() throws -> String {
    let rows = try BatchStream.jsonRows(result.rows)
    return try BatchStream.jsonHead(result) + (rows.isEmpty ? "" : BatchStream.jsonFirstRow)
      + rows + BatchStream.jsonTail(empty: result.rows.isEmpty)
  }
}
