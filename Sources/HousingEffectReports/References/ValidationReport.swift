import HousingEffect

/// The output of `validate`: per sector and overall, the share of published outcomes inside the
/// tool's P10–P90, the share whose headline (P50) is within a factor 1.5 of them, and the median
/// P90/P10; then every check. Text, Markdown, CSV or JSON.
public struct ValidationReport: Sendable {
  /// The validation run to report on.
  public var validation: ReferenceValidation
  /// The language of the headers and words.
  public var language: Language

  /// A report of `validation` in `language`.
  public init(_ validation: ReferenceValidation, language: Language) {
    self.validation = validation
    self.language = language
  }

  typealias Block = ReportDocument.Block

  func pick(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }
  var format: NumberFormat { NumberFormat(language: language) }
  var references: ReferenceReport { ReferenceReport([], language: language) }

  func outcomeName(_ outcome: ReferenceValidation.Outcome) -> String {
    switch outcome {
    case .jobs: pick("banen (uit de omvang)", "jobs (from the size)")
    case .peakWorkforce: pick("werknemers op de piek", "peak workforce")
    case .labourMigrants: pick("arbeidsmigranten", "labour migrants")
    case .labourMigrantShare: pick("aandeel arbeidsmigranten", "labour-migrant share")
    }
  }

  func value(_ value: Double, _ outcome: ReferenceValidation.Outcome) -> String {
    outcome == .labourMigrantShare ? format.percent(value) : format.format(value, .upTo(1))
  }

  func share(_ part: Int, _ whole: Int) -> String {
    whole > 0 ? "\(part)/\(whole) (\(format.percent(Double(part) / Double(whole))))" : "–"
  }

  var summaryTable: ReportDocument.Table {
    table(validation.sectors, overall: validation.overall, heldOut: true)
  }

  /// The same figures leave-one-out: each reference whose range the rule sets checked against
  /// draws with the range recomputed from the other sites.
  var leaveOneOutTable: ReportDocument.Table {
    table(validation.leaveOneOutSectors, overall: validation.leaveOneOut, heldOut: false)
  }

  func table(
    _ sectors: [ReferenceValidation.Summary], overall: ReferenceValidation.Summary,
    heldOut: Bool
  ) -> ReportDocument.Table {
    let columns = [
      BatchReport.column(pick("sector", "sector"), .left),
      BatchReport.column(pick("toetsen", "checks")),
      BatchReport.column(pick("binnen P10–P90", "inside P10–P90")),
      BatchReport.column(pick("P50 binnen ×1,5", "P50 within ×1.5")),
      BatchReport.column(pick("mediaan P90/P10", "median P90/P10")),
    ]
    func row(_ summary: ReferenceValidation.Summary) -> ReportDocument.Row {
      ReportDocument.Row(
        cells: [
          summary.type.map { references.typeName($0) } ?? pick("totaal", "all"),
          String(summary.checks), share(summary.inside, summary.checks),
          share(summary.withinFactor, summary.checks),
          summary.medianSpread.map { format.format($0, .decimals(1)) } ?? "–",
        ], note: nil)
    }
    return ReportDocument.Table(
      columns: columns,
      rows: sectors.map(row) + [row(overall)] + (heldOut ? [heldOutRow(row)] : []),
      noteTitle: nil)
  }

  /// The overall row without the references that set a range: the out-of-sample figure.
  func heldOutRow(
    _ row: (ReferenceValidation.Summary) -> ReportDocument.Row
  ) -> ReportDocument.Row {
    var held = row(validation.heldOut)
    held.cells[0] = pick(
      "totaal zonder kalibratiereferenties", "all without calibration references")
    return held
  }

  var checksTable: ReportDocument.Table {
    let columns = [
      BatchReport.column(pick("referentie", "reference"), .left),
      BatchReport.column(pick("uitkomst", "outcome"), .left),
      BatchReport.column(pick("gepubliceerd", "published")),
      BatchReport.column("P10"), BatchReport.column("P50"), BatchReport.column("P90"),
      BatchReport.column(pick("binnen", "inside"), .left),
      BatchReport.column(
        "×1,5".replacingText(",", with: language == .nl ? "," : "."), .left),
    ]
    let rows = validation.checks.map { check in
      ReportDocument.Row(
        cells: [
          check.referenceID, outcomeName(check.outcome), value(check.published, check.outcome),
          value(check.range.p10, check.outcome), value(check.range.p50, check.outcome),
          value(check.range.p90, check.outcome),
          check.inside ? pick("ja", "yes") : pick("nee", "no"),
          check.withinFactor ? pick("ja", "yes") : pick("nee", "no"),
        ], note: nil)
    }
    return ReportDocument.Table(columns: columns, rows: rows, noteTitle: nil, repeatedColumns: 2)
  }

  var title: String {
    pick("Validatie tegen referentievestigingen", "Validation against reference establishments")
  }

  var preamble: [Block] {
    let draws = format.format(Double(validation.options.draws), .count)
    var text = pick(
      "Elke referentievestiging is geschat zoals een snelle schatting: type, omvang (vloeroppervlak of hectares als die gepubliceerd zijn, anders banen) en gemeente, al het andere uit de standaardwaarden van de catalogus, met \(draws) trekkingen (seed \(validation.options.seed)). Per gepubliceerde uitkomst: ligt zij binnen P10–P90, en ligt de kopwaarde (P50) binnen een factor 1,5 ervan? Een goed gekalibreerde bandbreedte bevat ongeveer 8 van de 10 uitkomsten. Gepubliceerde banen zijn personen, het model telt fte.",
      "Every reference establishment is estimated like a quick estimate: type, size (floor area or hectares when published, else jobs) and municipality, everything else from the catalogue's defaults, with \(draws) draws (seed \(validation.options.seed)). Per published outcome: does it lie inside P10–P90, and is the headline (P50) within a factor 1.5 of it? A well-calibrated range holds about 8 in 10 outcomes. Published jobs are persons; the model counts FTE."
    )
    if !validation.unchecked.isEmpty {
      text +=
        " "
        + pick(
          "Zonder toetsbare uitkomst (alleen bedden, bouw of woningen gepubliceerd, of alleen banen als omvang): \(validation.unchecked.count) referenties.",
          "Without an outcome to check (only beds, construction or dwellings published, or jobs as the only size): \(validation.unchecked.count) references."
        )
    }
    text += " " + inSampleSentence
    return [.paragraph(text)]
  }

  /// Which references informed which parameter's range, by parameter, and what the last row
  /// of the table does about it (issue 20: leave-one-out where a formula allows it; these
  /// ranges were set by judgement, so the held-out row leaves all of them out).
  var inSampleSentence: String {
    let used = ReferenceValidation.usedForRanges
    let strings = ReportStrings(language: language)
    let parameters = Set(used.values.flatMap { $0 }).sorted { $0.rawValue < $1.rawValue }
    let lists = parameters.map { id -> String in
      let label =
        ParameterCatalog.standard[id].map { strings.parameterLabel($0) } ?? id.rawValue
      let ids = used.filter { $0.value.contains(id) }.keys.sorted()
      return "\(label): \(ids.joined(separator: ", "))"
    }
    let ruled = ReferenceValidation.setByRule.count
    let judged = used.count - ruled
    return pick(
      "\(used.count) referenties zijn gebruikt om een bandbreedte te zetten; hun toetsen in de eerste tabel zijn in-sample (\(lists.joined(separator: "; "))). \(ruled) daarvan zetten een bandbreedte met één regel (het voorspellingsinterval voor een nieuwe locatie uit de gepubliceerde locaties, P10–P90 op logschaal verbreed voor hun kleine aantal, per helft gelijkmatig op logschaal rond de standaardwaarde getrokken): de tabel leave-one-out toetst elk ervan tegen trekkingen waarvan de bandbreedte zonder die referentie uit de overige locaties opnieuw is berekend. De andere \(judged) zijn met oordeel over de hele spreiding gezet; de laatste regel van de eerste tabel laat alle \(used.count) weg, en in de tabel leave-one-out blijven die \(judged) in-sample.",
      "\(used.count) references were used to set a range; their checks in the first table are in-sample (\(lists.joined(separator: "; "))). \(ruled) of them set a range by one rule (the prediction interval for a new site from the published sites, P10–P90 on the log scale widened for their small number, drawn log-uniform on each side of the default): the leave-one-out table checks each against draws whose range was recomputed from the other sites. The other \(judged) were set by judgement over the whole spread; the first table's last row leaves all \(used.count) out, and in the leave-one-out table those \(judged) stay in-sample."
    )
  }

  var sections: [(title: String, blocks: [Block])] {
    [
      (pick("Per sector", "Per sector"), [.table(summaryTable)]),
      (pick("Per sector, leave-one-out", "Per sector, leave-one-out"), [.table(leaveOneOutTable)]),
      (pick("Per uitkomst", "Per outcome"), [.table(checksTable)]),
    ]
  }

  /// The report as Markdown (`markdown`) or plain text.
  public func render(markdown: Bool) -> String {
    markdown
      ? MarkdownReport(language: language).layout(
        title: title, preamble: preamble, sections: sections)
      : TextReport(language: language).layout(title: title, preamble: preamble, sections: sections)
  }

  /// One row per check, in the report language's spreadsheet dialect.
  public func csv() -> String {
    let header = [
      pick("referentie", "reference"), "type", pick("uitkomst", "outcome"),
      pick("gepubliceerd", "published"), "P10", "P50", "P90", pick("binnen", "inside"),
      pick("binnen_factor_1_5", "within_factor_1_5"),
    ]
    let rows: [[CSVValue]] = validation.checks.map { check in
      [
        .text(check.referenceID), .text(check.type.rawValue), .text(check.outcome.rawValue),
        .number(check.published), .number(check.range.p10), .number(check.range.p50),
        .number(check.range.p90), .integer(check.inside ? 1 : 0),
        .integer(check.withinFactor ? 1 : 0),
      ]
    }
    return CSVWriter(format: language.csvFormat).write(header: header, rows: rows)
  }

  /// The JSON document: options, the summaries and every check.
  public struct Document: Encodable {
    var draws: Int
    var seed: UInt64
    var overall: ReferenceValidation.Summary
    var heldOut: ReferenceValidation.Summary
    /// All checks with each rule-set reference checked leave-one-out.
    var leaveOneOut: ReferenceValidation.Summary
    var leaveOneOutSectors: [ReferenceValidation.Summary]
    var usedForRanges: [String: [ParameterID]]
    var sectors: [ReferenceValidation.Summary]
    var checks: [CheckDocument]
    var unchecked: [String]
  }

  struct CheckDocument: Encodable {
    var reference: String
    var type: EstablishmentType
    var outcome: ReferenceValidation.Outcome
    var published: Double
    var p10: Double
    var p50: Double
    var p90: Double
    var inside: Bool
    var withinFactor: Bool
  }

  /// The validation as the JSON document `validate --format json` writes: the run's draws and
  /// seed, the summaries overall, held out and per sector, and every check.
  public var document: Document {
    Document(
      draws: validation.options.draws, seed: validation.options.seed,
      overall: validation.overall, heldOut: validation.heldOut,
      leaveOneOut: validation.leaveOneOut, leaveOneOutSectors: validation.leaveOneOutSectors,
      usedForRanges: ReferenceValidation.usedForRanges, sectors: validation.sectors,
      checks: validation.checks.map {
        CheckDocument(
          reference: $0.referenceID, type: $0.type, outcome: $0.outcome, published: $0.published,
          p10: $0.range.p10, p50: $0.range.p50, p90: $0.range.p90, inside: $0.inside,
          withinFactor: $0.withinFactor)
      }, unchecked: validation.unchecked)
  }
}
