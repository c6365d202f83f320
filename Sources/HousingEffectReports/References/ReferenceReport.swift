import HousingEffect

/// The output of `references`: the reference establishments as a table (text, Markdown), CSV in
/// the reference table's own columns, or JSON; and one establishment in detail with every
/// figure and its source.
public struct ReferenceReport: Sendable {
  /// The reference establishments to show, in the order given.
  public var references: [ReferenceEstablishment]
  /// The language of the headers and words.
  public var language: Language

  /// A report of `references` in `language`.
  public init(_ references: [ReferenceEstablishment], language: Language) {
    self.references = references
    self.language = language
  }

  typealias Block = ReportDocument.Block

  func pick(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }
  var format: NumberFormat { NumberFormat(language: language) }
  func count(_ value: Double?) -> String { value.map { format.format($0, .whole) } ?? "–" }
  func decimal(_ value: Double?) -> String { value.map { format.format($0, .decimals(1)) } ?? "–" }
  func percent(_ value: Double?) -> String { value.map { format.percent($0) } ?? "–" }

  /// "Limburg" for Limburg municipalities; the type's name in the report's language.
  func typeName(_ type: EstablishmentType) -> String {
    language == .nl ? type.dutchName : type.englishName
  }

  /// "1.000 m²" or "ha": the unit the jobs density is per.
  func densityUnit(_ type: EstablishmentType) -> String {
    switch type.physicalSizeBasis {
    case .floorArea: pick("per 1.000 m²", "per 1,000 m²")
    case .hectares: "per ha"
    default: ""
    }
  }

  /// The physical size as published: "140.000 m²", "20 ha", or "–".
  func size(_ reference: ReferenceEstablishment) -> String {
    if let area = reference.value(.floorAreaM2) { return count(area) + " m²" }
    if let hectares = reference.value(.hectares) {
      return format.format(hectares, .decimals(1)) + " ha"
    }
    return "–"
  }

  /// "planned" or "gepland": one reliability in the report's language.
  func reliability(_ value: ReferenceFigure.Reliability) -> String {
    switch value {
    case .measured: pick("gemeten", "measured")
    case .reported: pick("gemeld", "reported")
    case .planned: pick("gepland", "planned")
    case .estimate: pick("schatting", "estimate")
    }
  }

  /// What a field counts, in the report's language.
  func fieldName(_ field: ReferenceFigure.Field) -> String {
    switch field {
    case .jobs: pick("banen", "jobs")
    case .floorAreaM2: pick("vloeroppervlak (m²)", "floor area (m²)")
    case .hectares: pick("oppervlak (ha)", "area (ha)")
    case .labourMigrantShare: pick("aandeel arbeidsmigranten", "labour-migrant share")
    case .labourMigrants: pick("arbeidsmigranten", "labour migrants")
    case .peakWorkforce: pick("werknemers op de piek", "peak workforce")
    case .employerBeds: pick("bedden van de werkgever", "employer beds")
    case .constructionWorkers: pick("bouwvakkers", "construction workers")
    case .constructionOutsideShare:
      pick("aandeel bouwvakkers van elders", "construction workers from elsewhere")
    case .dwellingsNeeded: pick("benodigde woningen", "dwellings needed")
    case .automation: pick("automatiseringsgraad", "degree of automation")
    }
  }

  /// An automation level in words: "hoog (geautomatiseerd)", "high (automated)".
  func automationName(_ level: ReferenceFigure.Automation) -> String {
    switch level {
    case .low: pick("laag (handmatig)", "low (manual)")
    case .medium: pick("middel (gemechaniseerd)", "medium (mechanised)")
    case .high: pick("hoog (geautomatiseerd)", "high (automated)")
    }
  }

  /// A figure's value as published: shares in per cent, ranges as "150–250".
  func figureValue(_ figure: ReferenceFigure) -> String {
    let levels = figure.automationLevels
    if !levels.isEmpty { return levels.map(automationName).joined(separator: "–") }
    let isShare = figure.field == .labourMigrantShare || figure.field == .constructionOutsideShare
    func one(_ value: Double) -> String {
      isShare ? format.percent(value) : format.format(value, .upTo(1))
    }
    return figure.valueHigh.map { "\(one(figure.value))–\(one($0))" } ?? one(figure.value)
  }

  /// "De Telegraaf (2023), Title. URL", with "z.j."/"n.d." for an undated page.
  func citation(_ source: Source) -> String {
    let year = source.year > 0 ? String(source.year) : pick("z.j.", "n.d.")
    return "\(source.publisher) (\(year)), \(source.title)" + (source.url.map { ". \($0)" } ?? "")
  }

  var table: ReportDocument.Table {
    let columns = [
      BatchReport.column("id", .left), BatchReport.column(pick("naam", "name"), .left),
      BatchReport.column(pick("gemeente", "municipality"), .left),
      BatchReport.column("type", .left), BatchReport.column(pick("banen", "jobs")),
      BatchReport.column(pick("omvang", "size")),
      BatchReport.column(pick("banen per 1.000 m² of ha", "jobs per 1,000 m² or ha")),
      BatchReport.column(pick("aandeel migranten", "migrant share")),
      BatchReport.column(pick("piek", "peak")),
      BatchReport.column(pick("bedden werkgever", "employer beds")),
    ]
    let rows = references.map { reference in
      ReportDocument.Row(
        cells: [
          reference.id, reference.name, reference.municipality, reference.type.rawValue,
          count(reference.value(.jobs)), size(reference), decimal(reference.jobsPerSize),
          percent(reference.labourMigrantShare), count(reference.value(.peakWorkforce)),
          count(reference.value(.employerBeds)),
        ], note: nil)
    }
    return ReportDocument.Table(columns: columns, rows: rows, noteTitle: nil, repeatedColumns: 2)
  }

  var title: String { pick("Referentievestigingen", "Reference establishments") }

  var preamble: [Block] {
    [
      .paragraph(
        pick(
          "\(references.count) echte vestigingen in Nederland met gepubliceerde cijfers: de referentieobjecten waarmee de VNG-handreiking een effectrapportage laat vergelijken. Per vestiging de mediaan van de gepubliceerde waarden; ‘housing-effect references ID’ toont elk cijfer met zijn bron en betrouwbaarheid. Banen zijn personen zoals gepubliceerd, geen fte.",
          "\(references.count) real establishments in the Netherlands with published figures: the reference companies the VNG guide asks an effect report to compare with. Per establishment the median of the published values; ‘housing-effect references ID’ shows every figure with its source and reliability. Jobs are persons as published, not FTE."
        ))
    ]
  }

  /// The list as text or Markdown.
  public func render(markdown: Bool) -> String {
    let sections = [(title: pick("Vestigingen", "Establishments"), blocks: [Block.table(table)])]
    return markdown
      ? MarkdownReport(language: language).layout(
        title: title, preamble: preamble, sections: sections)
      : TextReport(language: language).layout(title: title, preamble: preamble, sections: sections)
  }

  /// One establishment with every figure, its source and reliability, as text or Markdown.
  public func detail(_ reference: ReferenceEstablishment, markdown: Bool) -> String {
    let columns = [
      BatchReport.column(pick("gegeven", "figure"), .left),
      BatchReport.column(pick("waarde", "value")),
      BatchReport.column(pick("jaar", "year")),
      BatchReport.column(pick("betrouwbaarheid", "reliability"), .left),
      BatchReport.column(pick("bron", "source"), .left),
    ]
    let rows = reference.figures.map { figure in
      ReportDocument.Row(
        cells: [
          fieldName(figure.field), figureValue(figure), figure.figureYear.map(String.init) ?? "–",
          reliability(figure.reliability), citation(figure.source),
        ], note: figure.note.isEmpty ? nil : figure.note)
    }
    let facts = [
      .paragraph(
        "\(reference.name), \(reference.municipality) (\(reference.province)) · \(typeName(reference.type)) · id \(reference.id)"
      ),
      Block.paragraph(
        pick(
          "Opmerkingen bij de cijfers staan in het Engels, zoals in de tabel Docs/data/reference-establishments.csv.",
          "Notes on the figures are as in the table Docs/data/reference-establishments.csv.")),
    ]
    let table = ReportDocument.Table(
      columns: columns, rows: rows, noteTitle: pick("Opmerkingen", "Notes"))
    let sections = [
      (title: pick("Gepubliceerde cijfers", "Published figures"), blocks: [Block.table(table)])
    ]
    return markdown
      ? MarkdownReport(language: language).layout(
        title: reference.name, preamble: facts, sections: sections)
      : TextReport(language: language).layout(
        title: reference.name, preamble: facts, sections: sections)
  }

  /// The table in its own long format (one row per figure), loadable again with
  /// `validate --references`; RFC 4180 whatever the language, like the source table.
  public func csv() -> String {
    let rows: [[CSVValue]] = references.flatMap { reference in
      reference.figures.map { figure in
        [
          .text(reference.id), .text(reference.name), .text(reference.municipality),
          .text(reference.province), .text(reference.type.rawValue), .text(figure.field.rawValue),
          .text("\(figure.value)"), .text(figure.valueHigh.map { "\($0)" } ?? ""),
          .text(figure.unit), .text(figure.figureYear.map(String.init) ?? ""),
          .text(figure.source.title), .text(figure.source.publisher),
          .text(figure.published.map(String.init) ?? ""), .text(figure.source.url ?? ""),
          .text(figure.reliability.rawValue), .text(figure.note),
        ]
      }
    }
    return CSVWriter(format: .standard).write(header: ReferenceTable.columns, rows: rows)
  }
}
