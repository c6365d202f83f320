import HousingEffect

/// Builds the content of the scenario comparison: all wording and number formatting happens
/// here, once, for the text, Markdown and HTML renderers.
struct ComparisonReportBuilder {
  typealias Block = ReportDocument.Block
  typealias Table = ReportDocument.Table
  typealias Row = ReportDocument.Row
  typealias Column = ReportDocument.Column
  typealias KeyValue = ReportDocument.KeyValue
  typealias Entry = ReportDocument.Entry

  let comparison: Comparison
  let command: String?
  let catalog: ParameterCatalog
  let strings: ReportStrings
  let format: NumberFormat
  /// Monte Carlo ranges of the runs and their differences, when drawn.
  let ensemble: ComparisonEnsemble?

  init(
    comparison: Comparison, language: Language, command: String?, catalog: ParameterCatalog,
    ensemble: ComparisonEnsemble? = nil
  ) {
    self.comparison = comparison
    self.ensemble = ensemble
    self.command = command
    self.catalog = catalog
    strings = ReportStrings(language: language)
    format = NumberFormat(language: language)
  }

  func pick(_ nl: String, _ en: String) -> String { strings.pick(nl, en) }

  var study: Study { comparison.study.study }
  var alternatives: [ResolvedAlternative] { comparison.alternatives }

  /// The column key of the alternative at `index`: A, B, …, Z, AA, AB and so on.
  static func key(_ index: Int) -> String {
    var number = index
    var key = ""
    repeat {
      key = String(Character(Unicode.Scalar(UInt8(65 + number % 26)))) + key
      number = number / 26 - 1
    } while number >= 0
    return key
  }

  var keys: [String] { alternatives.indices.map(ComparisonReportBuilder.key) }

  /// The title of the alternative called `name`, in the report language; the name itself
  /// when the study has no such alternative.
  func titleOf(_ name: String) -> String {
    study.alternatives.first { $0.name == name }.map(strings.alternativeTitle) ?? name
  }

  /// In Dutch, the alternatives an alternative builds on, by title, instead of the chain of
  /// ids: "bouwt voort op ‘Gematigde groei …’ — "; empty for an alternative on the baseline.
  func chainInWords(_ alternative: ResolvedAlternative) -> String {
    let before = alternative.chain.dropLast()
    guard !before.isEmpty else { return "" }
    return "bouwt voort op " + before.map { "‘\(titleOf($0))’" }.joined(separator: " en ")
      + " — "
  }

  var baselineWord: String { pick("Basis", "Baseline") }

  var title: String { strings.comparisonTitle(strings.text(study.title, study.texts["title"])) }

  /// The chains of every alternative, under the title: what each column letter stands for.
  var preamble: [Block] {
    let baseline = KeyValue(
      key: baselineWord,
      value: pick("", "\(Study.baselineName) — ")
        + "\(strings.name(study.baseline)) (\(comparison.baseline.region.name))"
    )
    let chains = zip(keys, alternatives).map { key, alternative in
      KeyValue(
        key: key,
        value: pick(chainInWords(alternative), alternative.chainDescription + " — ")
          + strings.alternativeTitle(alternative.alternative))
    }
    return [.keyValues([baseline] + chains)]
  }

  var sections: [(title: String, blocks: [Block])] {
    var sections = [studySection, alternativesSection]
    if let findingsSection { sections.insert(findingsSection, at: 0) }
    for year in comparison.years {
      sections.append(indicatorSection(year))
      sections.append(welfareSection(year))
    }
    sections.append(methodSection)
    if let command {
      sections.append((pick("Reproduceren", "Reproducing this report"), reproduce(command)))
    }
    return sections
  }

  // MARK: The study

  var studySection: (title: String, blocks: [Block]) {
    let baseline = study.baseline
    var blocks: [Block] = []
    if let description = study.description {
      blocks.append(.paragraph(strings.text(description, study.texts["description"])))
    }
    var pairs = [
      KeyValue(
        key: pick("Vestiging (basis)", "Establishment (baseline)"), value: strings.name(baseline)),
      KeyValue(key: pick("Gemeente", "Municipality"), value: comparison.baseline.region.name),
      KeyValue(key: pick("Type", "Type"), value: strings.establishmentType(baseline.type)),
      KeyValue(key: pick("Omvang", "Size"), value: strings.size(baseline.size)),
      KeyValue(
        key: pick("Start exploitatie", "Start of operation"), value: "\(baseline.startYear)"),
      KeyValue(
        key: pick("Volledige bedrijfsvoering (basis)", "Full operation (baseline)"),
        value: "\(comparison.fullOperationYear)"),
    ]
    if let year = comparison.chosenYear {
      pairs.append(KeyValue(key: pick("Gekozen jaar", "Chosen year"), value: "\(year)"))
    }
    pairs.append(
      KeyValue(
        key: pick("Peildatum parameters", "Reference date of parameters"),
        value: baseline.referenceDay.description))
    let source =
      switch study.baselineSource {
      case .inline: pick("in het studiebestand", "in the study file")
      case .file(let written, _): written
      }
    pairs.append(KeyValue(key: pick("Basis uit", "Baseline from"), value: source))
    pairs.append(
      KeyValue(
        key: pick("Alternatieven", "Alternatives"),
        value: format.integer(alternatives.count)
          + (alternatives.count < study.alternatives.count
            ? pick(" van ", " of ") + format.integer(study.alternatives.count) : "")))
    blocks.append(.keyValues(pairs))
    return (pick("De studie", "The study"), blocks)
  }

  // MARK: Alternatives

  var alternativesSection: (title: String, blocks: [Block]) {
    var blocks: [Block] = [
      .paragraph(
        pick(
          "Elk alternatief is de basis plus wijzigingen in de invoer of de parameters. Een alternatief dat voortbouwt op een ander krijgt eerst alle wijzigingen van dat andere; de keten staat erbij. Per wijziging de waarde in de basis (of in de voorganger) en de nieuwe waarde; ‘standaard’ betekent dat de basis de waarde niet opgaf en het model een standaardwaarde gebruikte.",
          "Each alternative is the baseline plus changes to inputs or parameters. An alternative that builds on another first gets all changes of that other one; the chain is shown. Per change the value in the baseline (or in the base alternative) and the new value; ‘default’ means the baseline did not state the value and the model used a default."
        ))
    ]
    for (key, alternative) in zip(keys, alternatives) {
      let own = alternative.alternative
      blocks.append(
        .subheading(
          "\(key). \(strings.alternativeTitle(own))" + pick("", " (\(own.name))")))
      if let description = own.description {
        blocks.append(.paragraph(strings.text(description, own.texts["description"])))
      }
      var pairs = [
        KeyValue(
          key: pick("Keten", "Chain"),
          value: pick(
            (["basis"] + alternative.chain.map { "‘\(titleOf($0))’" }).joined(separator: " → "),
            alternative.chainDescription))
      ]
      if let template = own.template {
        pairs.append(KeyValue(key: pick("Sjabloon", "Template"), value: templateText(template)))
      }
      pairs.append(
        KeyValue(
          key: pick("Waarom", "Rationale"),
          value: strings.text(own.rationale, own.texts["rationale"])))
      blocks.append(.keyValues(pairs))
      blocks.append(changesBlock(alternative))
    }
    return (pick("Alternatieven en wat ze veranderen", "Alternatives and what they change"), blocks)
  }

  /// "gematigde groei: banenfactor × 0,75; jaren tot volledige bedrijfsvoering 4 jaar".
  func templateText(_ template: AlternativeTemplate) -> String {
    let settings = template.settings.compactMap { setting in
      setting.value.map { strings.templateSetting(setting.name) + " " + strings.changeValue($0) }
    }
    return strings.template(template.kind) + ": " + settings.joined(separator: "; ")
  }

  /// The changes of an alternative, grouped by the alternative in the chain that made them.
  func changesBlock(_ alternative: ResolvedAlternative) -> Block {
    guard !alternative.changes.isEmpty else {
      return .paragraph(
        pick(
          "Geen wijzigingen: dit alternatief rekent met precies de invoer van de basis.",
          "No changes: this alternative runs with exactly the inputs of the baseline."))
    }
    let entries = alternative.chain.compactMap { step -> Entry? in
      let changes = alternative.changes.filter { $0.alternative == step }
      let title =
        step == alternative.name
        ? pick("Wijzigingen", "Changes")
        : pick(
          "Van ‘\(titleOf(step))’ (voorganger in de keten)", "From \(step) (base in the chain)")
      let lines =
        changes.isEmpty
        ? [pick("geen wijzigingen", "no changes")] : changes.map(changeLine)
      return Entry(title: title, lines: lines)
    }
    return .entries(entries)
  }

  /// "Banen bij volledige bedrijfsvoering: 545,5 fte (geschat uit de omvang) → 409,1 fte · sjabloon
  /// gematigde groei".
  func changeLine(_ change: AppliedChange) -> String {
    let label: String
    let defaultWord: String
    switch change.target {
    case .input(let field):
      label = strings.inputLabel(field, segment: change.segment.map(strings.segmentLabel))
      defaultWord =
        field == "size.jobs"
        ? pick("geschat uit de omvang", "estimated from the size") : pick("standaard", "default")
    case .parameter(let id):
      label = catalog[id].map { "\(strings.parameterLabel($0)) (\(id))" } ?? id.rawValue
      defaultWord = pick("catalogus", "catalogue")
    }
    var text = label + ": "
    if case .origin(let old) = change.from, case .origin(let new) = change.to {
      text += strings.originChange(from: old, to: new)
      if change.fromDefaulted { text += " (" + pick("was standaard", "was default") + ")" }
    } else {
      text += strings.changeValue(change.from)
      if change.fromDefaulted { text += " (\(defaultWord))" }
      text += " → " + strings.changeValue(change.to)
    }
    text += " · " + strings.changeSource(change.source)
    if let reason = change.reason, !reason.isEmpty {
      text += " · " + pick("reden: ", "reason: ") + reason
    }
    return text
  }

  // MARK: Key indicators

  func yearDescription(_ year: Comparison.Year) -> String {
    if year.isFullOperation {
      return pick(
        "\(year.year) is het jaar waarin de basis volledig draait (opbouw en gezinshereniging afgerond). Alle alternatieven worden in dat jaar vergeleken; een alternatief met een langere opbouw is dan mogelijk nog niet op volle sterkte, en dat hoort bij het alternatief.",
        "\(year.year) is the year the baseline runs at full operation (ramp-up and family reunification complete). Every alternative is compared in that year; an alternative with a longer ramp-up may not be at full strength yet, which is part of the alternative."
      )
    }
    return pick(
      "\(year.year) is het jaar dat met --year is gekozen.",
      "\(year.year) is the year chosen with --year.")
  }

  func indicatorSection(_ year: Comparison.Year) -> (title: String, blocks: [Block]) {
    let indicator = Column(title: pick("Indicator", "Indicator"), alignment: .left)
    let keyColumns = keys.map { Column(title: $0, alignment: .right) }
    let shown = shownStayClasses(year)
    let values = Table(
      columns: [indicator, Column(title: baselineWord, alignment: .right)] + keyColumns,
      rows: year.rows.map { row in
        if let columns = shown[row.id] {
          return Row(
            cells: [strings.label(row.id)] + columns.map { number($0, row.unit) }, note: nil)
        }
        return Row(
          cells: [strings.label(row.id), number(row.baseline, row.unit)]
            + row.cells.map { number($0.alternative, row.unit) }, note: nil)
      }, noteTitle: nil, repeatedColumns: 2)
    let deltas = Table(
      columns: [indicator] + keyColumns,
      rows: year.rows.map { row in
        if let columns = shown[row.id] {
          // The difference of the shown figures, so the parts' differences add up too.
          return Row(
            cells: [strings.label(row.id)]
              + columns.dropFirst().map { delta($0 - columns[0], row.unit) }, note: nil)
        }
        return Row(
          cells: [strings.label(row.id)] + row.cells.map { delta($0.delta, row.unit) }, note: nil)
      }, noteTitle: nil)
    let shares = Table(
      columns: [indicator] + keyColumns,
      rows: year.rows.map { row in
        Row(cells: [strings.label(row.id)] + row.cells.map { relative($0.deltaShare) }, note: nil)
      }, noteTitle: nil)
    var blocks: [Block] = [
      .paragraph(yearDescription(year)),
      .subheading(pick("Waarden", "Values")), .table(values),
    ]
    if let chart = housingChart(year) { blocks.append(.chart(chart)) }
    blocks += [
      .subheading(pick("Verschil met de basis", "Difference from the baseline")), .table(deltas),
    ]
    blocks += deltaRangeBlocks(year, columns: [indicator] + keyColumns)
    blocks += [
      .subheading(
        pick("Verschil in procenten van de basis", "Difference as a share of the baseline")),
      .table(shares),
    ]
    return (pick("Kerncijfers \(year.year)", "Key figures \(year.year)"), blocks)
  }

  func number(_ value: Double, _ unit: Unit) -> String { format.format(value, unit: unit) }

  /// The labour migrants by stay class and their total as shown, per column (baseline first):
  /// the parts rounded by largest remainder so that they add up to the shown total in every
  /// column (`NumberFormat.partsAddingUp`, design note §48), the total as the sum of the parts.
  /// Empty when a figure is missing, not a number of persons, negative or not finite: then every
  /// figure is rounded on its own.
  func shownStayClasses(_ year: Comparison.Year) -> [IndicatorID: [Double]] {
    let total: IndicatorID = "migration.labourMigrants"
    let parts: [IndicatorID] = ["migration.shortStay", "migration.midStay", "migration.longStay"]
    let rows = Dictionary(year.rows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    guard let totalRow = rows[total], totalRow.unit == .persons else { return [:] }
    let partRows = parts.compactMap { rows[$0] }
    guard partRows.count == parts.count, partRows.allSatisfy({ $0.unit == totalRow.unit }) else {
      return [:]
    }
    let columns = 1 + totalRow.cells.count
    let raw = partRows.map { row in [row.baseline] + row.cells.map(\.alternative) }
    var shown: [IndicatorID: [Double]] = [:]
    for id in parts + [total] { shown[id] = [] }
    for column in 0..<columns {
      let values = raw.map { $0[column] }
      guard values.allSatisfy({ $0.isFinite && $0 >= 0 }) else { return [:] }
      let rounded = NumberFormat.partsAddingUp(values)
      for (index, id) in parts.enumerated() {
        // A part under 1 that rounds to 0 keeps its own value, so it still reads "< 1".
        shown[id]!.append(
          rounded[index] == 0 && values[index] >= NumberFormat.zeroTolerance
            ? values[index] : rounded[index])
      }
      shown[total]!.append(rounded.reduce(0, +))
    }
    return shown
  }

  /// The headline indicators whose differences get a P10–P90 band.
  static let rangedIndicators: [IndicatorID] = [
    "migration.labourMigrants", "housing.shortStayBeds", "housing.midStayRooms",
    "housing.longStayDwellings", "housing.shortfallBeds", "facilities.brpRegistrations",
  ]

  /// The P10–P90 band of each difference, draw by draw with common random numbers.
  func deltaRangeBlocks(_ year: Comparison.Year, columns: [Column]) -> [Block] {
    guard let ensemble else { return [] }
    let draws = format.format(Double(ensemble.options.draws), .count)
    let rows = year.rows.filter { ComparisonReportBuilder.rangedIndicators.contains($0.id) }
      .map { row in
        Row(
          cells: [strings.label(row.id)]
            + row.cells.indices.map { index in
              guard let band = ensemble.deltas[index].band(row.id, year: year.year) else {
                return NumberFormat.notANumber
              }
              let (low, high) = (delta(band.p10, row.unit), delta(band.p90, row.unit))
              return low == high ? low : "\(low) \(pick("tot", "to")) \(high)"
            }, note: nil)
      }
    return [
      .subheading(
        pick("Bandbreedte van het verschil (P10–P90)", "Range of the difference (P10–P90)")),
      .paragraph(
        pick(
          "Over \(draws) trekkingen met dezelfde parameterwaarden voor basis en alternatief (common random numbers): in acht van de tien trekkingen ligt het verschil tussen deze grenzen. Onzekerheid die basis en alternatief delen valt zo weg.",
          "Over \(draws) draws with the same parameter values for baseline and alternative (common random numbers): in eight out of ten draws the difference lies between these bounds. Uncertainty that baseline and alternative share cancels out."
        )),
      .table(Table(columns: columns, rows: rows, noteTitle: nil)),
    ]
  }

  /// A difference with its sign; shares as percentage points.
  func delta(_ value: Double, _ unit: Unit) -> String {
    if unit == .share {
      return format.format(value * 100, .decimals(1), signed: true) + pick(" %-punt", " pp")
    }
    return format.format(value, unit: unit, signed: true)
  }

  func relative(_ share: Double?) -> String {
    share.map { format.format($0, .percent(1), signed: true) } ?? NumberFormat.notANumber
  }

  // MARK: Broad welfare

  func welfareSection(_ year: Comparison.Year) -> (title: String, blocks: [Block]) {
    var blocks: [Block] = [
      .paragraph(
        pick(
          "De scorekaart brede welvaart van \(year.year) naast elkaar: per indicator de waarde en het oordeel (positief, neutraal, aandacht, negatief; info zonder drempel; onbekend als een gegeven ontbreekt). Een * markeert een ander oordeel dan in de basis.",
          "The broad-welfare scorecard of \(year.year) side by side: per indicator the value and the rating (positive, neutral, attention, negative; info without a threshold; unknown when an input is missing). A * marks a rating that differs from the baseline."
        ))
    ]
    let columns =
      [
        Column(title: pick("Indicator", "Indicator"), alignment: .left),
        Column(title: baselineWord, alignment: .left),
      ] + keys.map { Column(title: $0, alignment: .left) }
    for dimension in Welfare.Dimension.allCases {
      let rows = year.welfare.filter { $0.dimension == dimension }
      guard !rows.isEmpty else { continue }
      blocks.append(.subheading(capitalized(strings.dimension(dimension))))
      blocks.append(
        .table(
          Table(
            columns: columns,
            rows: rows.map { row in
              Row(
                cells: [strings.label(row.id), rating(row.baseline, row)]
                  + row.alternatives.map {
                    rating($0, row, marked: $0.rating != row.baseline.rating)
                  },
                note: nil)
            }, noteTitle: nil, repeatedColumns: 2)))
    }
    return (pick("Brede welvaart \(year.year)", "Broad welfare \(year.year)"), blocks)
  }

  /// "12,5% aandacht", with a trailing * when the rating differs from the baseline.
  func rating(
    _ rating: Comparison.Rating, _ row: Comparison.WelfareRow, marked: Bool = false
  )
    -> String
  {
    let value = strings.welfareValue(row.id, rating.value, unit: row.unit)
    let word = strings.rating(rating.rating)
    return (value == word ? value : value + " " + word) + (marked ? "*" : "")
  }

  func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  // MARK: Method and reproduction

  var methodSection: (title: String, blocks: [Block]) {
    let blocks: [Block] = [
      .bullets([
        pick(
          "Basis en alternatieven gaan door dezelfde berekening (dezelfde catalogus, dezelfde peildatum); alleen de genoemde wijzigingen verschillen. Per alternatief worden eerst de wijzigingen van zijn voorgangers toegepast, dan zijn parameters, zijn sjabloon en zijn invoer.",
          "Baseline and alternatives go through the same calculation (same catalogue, same reference date); only the listed changes differ. Per alternative the changes of its bases come first, then its parameters, its template and its inputs."
        ),
        pick(
          "Verschil = alternatief − basis, berekend op de onafgeronde waarden; afgeronde getallen in de tabellen tellen daardoor niet altijd precies op. Verschillen in aandelen zijn procentpunten.",
          "Difference = alternative − baseline, from the unrounded values, so rounded figures in the tables do not always add up exactly. Differences of shares are percentage points (pp)."
        ),
        pick(
          "Verschil in procenten = verschil ÷ basis; 0% als er niets verandert, ‘–’ als de basis 0 is en het alternatief niet.",
          "Difference as a share = difference ÷ baseline; 0% when nothing changes, ‘–’ when the baseline is 0 and the alternative is not."
        ),
        pick(
          "Huisvesting staat op het piekmoment; de overige kerncijfers zijn gemiddelden over het jaar of aantallen in het jaar.",
          "Housing is at the seasonal peak; the other key figures are averages over the year or counts in the year."
        ),
        pick(
          "Ligt een vergeleken jaar na het einde van de tijdlijn van een berekening, dan loopt het laatste opstartaandeel door; de getallen van de eerdere jaren veranderen daardoor niet.",
          "When a compared year lies beyond the end of a run's timeline, the last level of operation continues; that leaves the figures of the earlier years unchanged."
        ),
      ])
    ]
    return (pick("Hoe de verschillen zijn berekend", "How the differences are computed"), blocks)
  }

  func reproduce(_ command: String) -> [Block] {
    [
      .paragraph(
        pick(
          "Dezelfde vergelijking opnieuw maken (zelfde versie, zelfde bestanden):",
          "To make the same comparison again (same version, same files):")),
      .code(command),
    ]
  }
}
