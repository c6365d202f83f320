import HousingEffect

/// Builds the sections of a ``ReportDocument`` from an assessment: all wording and number
/// formatting happens here, once, for every renderer.
struct ReportBuilder {
  typealias Section = ReportDocument.Section
  typealias Block = ReportDocument.Block
  typealias Table = ReportDocument.Table
  typealias Row = ReportDocument.Row
  typealias Column = ReportDocument.Column

  let assessment: Assessment
  let language: Language
  let command: String?
  let catalog: ParameterCatalog
  let strings: ReportStrings
  let format: NumberFormat
  /// The values the run used: the catalogue at the reference date with the overrides.
  let parameters: ParameterSet
  /// Position of the headline year on the timeline: the full-operation year, or the year the
  /// user chose with `--year`.
  let full: Int
  /// Whether the headline year is the full-operation year (and may be called that).
  let isFullOperation: Bool
  /// The Monte Carlo ranges, when the run drew them.
  let ensemble: AssessmentEnsemble?
  /// How much each parameter moves the housing need, largest first: the summary names the
  /// largest, and the conversation guide orders its questions by it.
  let swings: [Assessment.Swing]
  /// The parameters the traced run used (``Assessment/parametersUsed``), gathered once: the
  /// swings, the questions and the annex all read them, and each gathering hashes every id
  /// the trace names (issue 18).
  let used: [ParameterID]

  init(
    assessment: Assessment, language: Language, command: String?, catalog: ParameterCatalog,
    year: Int? = nil, ensemble: AssessmentEnsemble? = nil
  ) {
    self.assessment = assessment
    self.ensemble = ensemble
    self.language = language
    self.command = command
    self.catalog = catalog
    strings = ReportStrings(language: language)
    format = NumberFormat(language: language)
    parameters = ParameterSet(
      catalog: catalog, asOf: assessment.asOf, overrides: assessment.overrides)
    let headline = year ?? assessment.fullOperationYear
    full = assessment.index(of: headline) ?? max(0, assessment.years.count - 1)
    isFullOperation =
      assessment.years.indices.contains(full)
      && assessment.years[full] == assessment.fullOperationYear
    used = assessment.parametersUsed
    swings = assessment.housingNeedSwings(catalog: catalog, used: used)
  }

  var title: String { strings.reportTitle(strings.name(assessment.establishment)) }

  /// "E-commercedistributiecentrum, Venlo · housing-effect 0.1.0 · parameters van 2028-01-01".
  var runningHeader: String {
    strings.name(assessment.establishment) + " · housing-effect " + HousingEffectVersion.current
      + pick(" · parameters van ", " · parameters as of ") + assessment.asOf.description
  }

  var sections: [Section] {
    [
      summary, establishmentSection, workforceSection, householdsSection, housingSection,
      facilitiesSection, welfareSection, questionsSection, assumptionsSection,
      notModelledSection, reproduceSection,
    ]
  }

  // MARK: Helpers

  func pick(_ nl: String, _ en: String) -> String { strings.pick(nl, en) }

  func section(_ kind: ReportDocument.SectionKind, _ blocks: [Block]) -> Section {
    Section(kind: kind, title: strings.sectionTitle(kind), blocks: blocks)
  }

  /// A number in the precision of its unit.
  func number(_ value: Double, _ unit: Unit) -> String { format.format(value, unit: unit) }

  func count(_ value: Double) -> String { format.format(value, .count) }
  /// School places in running text: "geen plaatsen", "minder dan 1 plaats", "1 plaats",
  /// "12 plaatsen" (never "1 plaatsen").
  func places(_ value: Double) -> (nl: String, en: String) {
    (
      format.counted(value, one: "plaats", many: "plaatsen"),
      NumberFormat(language: .en).counted(value, one: "place", many: "places")
    )
  }

  /// After the supply is subtracted, in running text: "na aftrek van 40 beschikbare bedden",
  /// or "zonder beschikbare bedden" when there are none (never "na aftrek van 0 …").
  func afterSupply(_ beds: Double) -> (nl: String, en: String) {
    if count(beds) == "0" { return ("zonder beschikbare bedden", "with no beds available") }
    return (
      "na aftrek van " + format.counted(beds, one: "beschikbaar bed", many: "beschikbare bedden"),
      "after " + format.counted(beds, one: "available bed", many: "available beds")
    )
  }
  /// An FTE load on a facility: two significant figures or "verwaarloosbaar".
  func fte(_ value: Double) -> String { format.format(value, .load) }
  /// Jobs in FTE: whole.
  func jobs(_ value: Double) -> String { format.format(value, .staffing) }
  /// A quantity a norm asks for (bedrooms, toilets, showers): rounded up.
  func normQuantity(_ value: Double) -> String { format.format(value, .roundedUp) }
  func percent(_ share: Double) -> String { format.percent(share) }
  func year(_ year: Int) -> String { String(year) }

  /// The value a run used for a catalogue parameter; `nil` when the catalogue lacks it.
  func value(_ id: ParameterID) -> Double? {
    catalog[id] == nil && !parameters.isOverridden(id) ? nil : parameters[id]
  }

  /// The value of a parameter with its unit, or "–" when the catalogue lacks it.
  func quantity(_ id: ParameterID) -> String {
    guard let value = value(id), let parameter = catalog[id] else { return NumberFormat.notANumber }
    return strings.quantity(value, parameter.unit)
  }

  /// The value of a parameter shown next to its label, or "–" when the catalogue lacks it.
  ///
  /// The full unit follows the number ("4,3 fte per 10.000 inwoners"); a ratio of like units
  /// (a peak factor) is a bare number, or a percentage below 1.
  func labelledValue(_ id: ParameterID, _ value: Double? = nil) -> String {
    guard let value = value ?? self.value(id), let parameter = catalog[id] else {
      return NumberFormat.notANumber
    }
    guard case .per(let numerator, let denominator) = parameter.unit else {
      return strings.quantity(value, parameter.unit)
    }
    if numerator == denominator {
      return abs(value) < 1 ? percent(value) : format.format(value, .ratio)
    }
    return strings.quantity(value, parameter.unit)
  }

  var municipality: String { assessment.region.name }
  var fullYear: String {
    year(
      assessment.years.indices.contains(full)
        ? assessment.years[full] : assessment.fullOperationYear)
  }

  /// "Bij volledige bedrijfsvoering (2030)" or, for another chosen year, "In 2028".
  var headlinePhrase: (nl: String, en: String) {
    isFullOperation
      ? ("Bij volledige bedrijfsvoering (\(fullYear))", "At full operation (\(fullYear))")
      : ("In \(fullYear)", "In \(fullYear)")
  }

  /// The element at `index`, or `nil` off the end (the stages all share one timeline).
  func at<T>(_ array: [T], _ index: Int) -> T? {
    array.indices.contains(index) ? array[index] : nil
  }

  /// A table with one row per indicator and one column per year of the timeline.
  func yearTable(_ rows: [(IndicatorID, (Int) -> String)]) -> Table {
    let columns =
      [Column(title: pick("Indicator", "Indicator"), alignment: .left)]
      + assessment.years.map { Column(title: year($0), alignment: .right) }
    return Table(
      columns: columns,
      rows: rows.map { id, cell in
        Row(cells: [strings.label(id)] + assessment.years.indices.map(cell), note: nil)
      },
      noteTitle: nil)
  }

  /// The stay class names with the configured limits.
  func stayName(_ stay: ReportStrings.Stay) -> String {
    let short = value("migration.shortStayMaxMonths").map { format.format($0, .upTo(1)) } ?? "4"
    let mid = value("migration.midStayMaxMonths").map { format.format($0, .upTo(1)) } ?? "12"
    return strings.stay(stay, shortMaxMonths: short, midMaxMonths: mid)
  }

  /// "a, b en c" / "a, b and c".
  func list(_ items: [String]) -> String {
    guard let last = items.last else { return "" }
    guard items.count > 1 else { return last }
    return items.dropLast().joined(separator: ", ") + pick(" en ", " and ") + last
  }

  func yesNo(_ value: Bool?) -> String { strings.yesNo(value) }

  // MARK: Summary

  /// Whether supply covers the temporary beds needed at the peak, in one sentence.
  func shortfallSentence(_ peak: HousingDemand.Figures) -> String {
    if !assessment.housing.temporarySupplyKnown, let unknown = unknownSupplySentence {
      return unknown
    }
    let shortfall = ranged("housing.shortfallBeds", peak.shortfallBeds, count)
    // Employer beds beyond the norm do not count; say so wherever coverage is judged.
    let atNorm = employerBedsAtNormSentence.map { " " + $0 } ?? ""
    if headline("housing.shortfallBeds", peak.shortfallBeds) > NumberFormat.zeroTolerance {
      guard count(peak.supplyBeds) != "0" else {
        return pick(
          "Er zijn geen beschikbare bedden (werkgever of beschikbare vergunde bedden): het tekort is \(shortfall) bedden voor short- en mid-stay.",
          "There are no available beds (employer or free legal beds): the shortfall is \(shortfall) short- and mid-stay beds."
        ) + atNorm
      }
      return pick(
        "Na aftrek van \(format.counted(peak.supplyBeds, one: "beschikbaar bed", many: "beschikbare bedden")) (werkgever en beschikbare vergunde bedden) blijft een tekort van \(shortfall) bedden voor short- en mid-stay.",
        "After \(format.counted(peak.supplyBeds, one: "available bed", many: "available beds")) (employer and free legal beds), a shortfall of \(shortfall) short- and mid-stay beds remains."
      ) + atNorm
    }
    var sentence =
      pick(
        "De \(count(peak.supplyBeds)) beschikbare bedden (werkgever en beschikbare vergunde bedden) dekken de vraag naar short- en mid-stay-bedden.",
        "The \(count(peak.supplyBeds)) available beds (employer and free legal beds) cover the demand for short- and mid-stay beds."
      ) + atNorm
    // Covered with the defaults is not covered for sure: say when the unfavourable draws fall short.
    if let band = band("housing.shortfallBeds"), band.p90 >= 0.5 {
      sentence +=
        " "
        + pick(
          "Bij ongunstige aannames (P90) ontstaat toch een tekort van \(count(band.p90)) bedden.",
          "With unfavourable assumptions (P90) a shortfall of \(count(band.p90)) beds still arises."
        )
    }
    return sentence
  }

  /// "2026–2027" or "2026": the calendar years with construction work.
  var constructionYears: String {
    let years = assessment.staffing.years.filter { $0.constructionWorkers > 0 }.map(\.year)
    guard let first = years.first, let last = years.last else { return "" }
    return first == last ? year(first) : "\(year(first))–\(year(last))"
  }

  // MARK: The establishment

  var establishmentSection: Section {
    let e = assessment.establishment
    let region = assessment.region
    var facts: [ReportDocument.KeyValue] = []
    func add(_ key: String, _ value: String) {
      facts.append(ReportDocument.KeyValue(key: key, value: value))
    }
    add(pick("Naam", "Name"), strings.name(e))
    add(pick("Gemeente", "Municipality"), region.name + (region.code.map { " (\($0))" } ?? ""))
    add(pick("Inwoners", "Inhabitants"), count(region.population))
    add(
      pick("Woningvoorraad", "Dwelling stock"),
      region.dwellings.map(count) ?? pick("woningvoorraad onbekend", "dwelling stock unknown"))
    add(pick("Type", "Type"), strings.establishmentType(e.type))
    add(pick("Omvang", "Size"), strings.size(e.size))
    add(
      pick("Banen bij volledige bedrijfsvoering", "Jobs at full operation"),
      jobs(assessment.staffing.fullOperationFTE) + " fte"
        + (e.size.basis == .jobs
          ? "" : pick(" (geschat uit de omvang)", " (estimated from the size)")))
    if let construction = e.construction {
      let crew = count(Staffing.constructionWorkers(e, parameters: parameters).0)
      let estimated =
        construction.workers == nil
        ? pick(" (geschat uit het vloeroppervlak)", " (estimated from the floor area)") : ""
      add(
        pick("Bouw", "Construction"),
        pick(
          "vanaf \(year(construction.startYear))-\(twoDigits(construction.startMonth)), \(construction.durationMonths) maanden, gemiddeld \(crew) bouwvakkers\(estimated)",
          "from \(year(construction.startYear))-\(twoDigits(construction.startMonth)), \(construction.durationMonths) months, \(crew) workers on average\(estimated)"
        ))
    } else {
      add(pick("Bouw", "Construction"), pick("niet opgegeven", "not given"))
    }
    add(pick("Start exploitatie", "Start of operation"), year(e.startYear))
    add(pick("Volledige bedrijfsvoering", "Full operation"), fullYear)
    add(
      pick("Opstart (aandeel banen per jaar)", "Ramp-up (share per year)"),
      assessment.staffing.rampUp.map(percent).joined(separator: " – "))
    add(pick("Peildatum parameters", "Reference date of parameters"), assessment.asOf.description)
    add(pick("Huisvestingsnorm", "Housing norm"), strings.norm(assessment.housing.norm))
    add(
      pick("Huisvesting door werkgever", "Employer housing"),
      e.employerHousing.map {
        count($0.beds) + pick(" bedden", " beds") + ($0.norm.map { " (\(strings.norm($0)))" } ?? "")
      } ?? pick("niet opgegeven", "not given"))
    add(
      pick("Beschikbare vergunde bedden in de regio", "Free legal beds in the region"),
      e.freeLegalBeds.map(count) ?? pick("niet opgegeven", "not given"))
    add(
      pick("Taallessen door werkgever", "Language training by employer"), yesNo(e.languageTraining))

    var blocks: [Block] = [.keyValues(facts)]
    if let description = strings.description(e), !description.isEmpty {
      blocks.append(.paragraph(pick("Omschrijving: ", "Description: ") + description))
    }
    if !strings.sources(e).isEmpty {
      blocks.append(.paragraph(pick("Herkomst van de invoer:", "Where the inputs come from:")))
      blocks.append(.bullets(strings.sources(e)))
    }
    blocks.append(
      .subheading(pick("Niet opgegeven, standaardwaarde gebruikt", "Not given, default used")))
    if assessment.defaulted.isEmpty {
      blocks.append(.paragraph(pick("Alle gegevens zijn opgegeven.", "Every input was given.")))
    } else {
      blocks.append(.bullets(assessment.defaulted.map(defaultDescription)))
    }
    blocks += limburgDerivedBlocks
    blocks += referenceBlocks
    return section(.establishment, blocks)
  }

  func twoDigits(_ value: Int) -> String {
    value >= 0 && value < 10 ? "0\(value)" : String(value)
  }
}
