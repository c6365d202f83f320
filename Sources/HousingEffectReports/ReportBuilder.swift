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
  }

  var title: String { strings.reportTitle(assessment.establishment.name) }

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

  /// "Bij volledige bezetting (2030)" or, for another chosen year, "In 2028".
  var headlinePhrase: (nl: String, en: String) {
    isFullOperation
      ? ("Bij volledige bezetting (\(fullYear))", "At full operation (\(fullYear))")
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

  var summary: Section {
    let a = assessment
    let e = a.establishment
    var text = pick(
      "Deze rapportage beschrijft wat \(e.name) (\(strings.establishmentType(e.type)), gemeente \(municipality)) betekent voor huisvesting, voorzieningen en brede welvaart.",
      "This report describes what \(e.name) (\(strings.establishmentType(e.type)), municipality of \(municipality)) means for housing, public facilities and broad welfare."
    )
    let construction = a.staffing.years.map(\.constructionWorkers).max() ?? 0
    if construction > 0 {
      let from = a.migration.years.map(\.constructionMigrants).max() ?? 0
      text +=
        " "
        + pick(
          "Tijdens de bouw (\(constructionYears)) werken er in het drukste jaar gemiddeld \(count(construction)) bouwvakkers, van wie \(count(from)) van buiten de regio.",
          "During construction (\(constructionYears)) an average of \(count(construction)) construction workers are on site in the busiest year, \(count(from)) of them from outside the region."
        )
    }
    if let s = at(a.staffing.years, full), let w = at(a.workforce.years, full),
      let m = at(a.migration.years, full), let h = at(a.housing.years, full),
      let f = at(a.facilities.years, full)
    {
      let lm = m.labourMigrantsAverage
      text +=
        " "
        + pick(
          "\(headlinePhrase.nl) zijn er \(ranged("staffing.operationFTE", jobs(s.operationFTE), jobs)) banen (fte). Gemiddeld zijn \(count(w.presentAverage)) werknemers aanwezig, op het drukste moment \(count(w.presentPeak)). Van de gemiddeld aanwezigen zijn \(ranged("migration.labourMigrants", count(lm.total), count)) arbeidsmigranten: \(count(lm.short)) \(stayName(.short)), \(count(lm.mid)) mid-stay en \(count(lm.long)) long-stay",
          "\(headlinePhrase.en) there are \(ranged("staffing.operationFTE", jobs(s.operationFTE), jobs)) jobs (FTE). On average \(count(w.presentAverage)) workers are present, at the busiest time \(count(w.presentPeak)). Of those present on average, \(ranged("migration.labourMigrants", count(lm.total), count)) are labour migrants: \(count(lm.short)) \(stayName(.short)), \(count(lm.mid)) mid-stay and \(count(lm.long)) long-stay"
        )
      text +=
        m.knowledgeMigrants > 0
        ? pick(
          "; daarnaast komen er \(count(m.knowledgeMigrants)) kennismigranten.",
          "; in addition, \(count(m.knowledgeMigrants)) knowledge migrants come.")
        : "."
      let peak = h.peak
      text +=
        " "
        + pick(
          "Op het piekmoment zijn in de provincie \(ranged("housing.shortStayBeds", count(peak.shortStayBeds), count)) short-stay-bedden, \(ranged("housing.midStayRooms", count(peak.midStayRooms), count)) mid-stay-kamers en \(ranged("housing.longStayDwellings", count(peak.longStayDwellings), count)) long-stay-woningen nodig.",
          "At the peak the province needs \(ranged("housing.shortStayBeds", count(peak.shortStayBeds), count)) short-stay beds, \(ranged("housing.midStayRooms", count(peak.midStayRooms), count)) mid-stay rooms and \(ranged("housing.longStayDwellings", count(peak.longStayDwellings), count)) long-stay dwellings."
        )
      text += " " + shortfallSentence(peak)
      text +=
        " "
        + pick(
          "Voor de voorzieningen in \(municipality) betekent dit \(fte(f.gpFTE)) fte huisarts, \(count(f.primaryPlaces)) plaatsen in het basisonderwijs, \(count(f.secondaryPlaces)) in het voortgezet onderwijs en \(count(f.newcomerPlaces)) in het nieuwkomersonderwijs. In \(municipality) wonen dan \(format.format(f.migrantsPer1000, .decimals(1))) migranten uit deze vestiging per 1.000 inwoners.",
          "For the facilities in \(municipality) this means \(fte(f.gpFTE)) GP FTE, \(count(f.primaryPlaces)) primary school places, \(count(f.secondaryPlaces)) secondary school places and \(count(f.newcomerPlaces)) newcomer-class places. \(municipality) then has \(format.format(f.migrantsPer1000, .decimals(1))) migrants from this establishment per 1,000 inhabitants."
        )
    }
    if let w = at(a.welfare.years, full) {
      let counts = Welfare.Rating.allCases.map { rating in
        "\(w.indicators.filter { $0.rating == rating }.count) \(strings.rating(rating))"
      }
      text +=
        " "
        + pick(
          "De brede-welvaartsscorekaart voor \(fullYear) telt \(list(counts)).",
          "The broad-welfare scorecard for \(fullYear) counts \(list(counts)).")
    }
    let defaulted = a.defaulted.count
    text +=
      " "
      + (defaulted == 0
        ? pick(
          "Alle gegevens over het bedrijf zijn opgegeven.",
          "Every input about the company was given.")
        : pick(
          "\(defaulted) \(defaulted == 1 ? "gegeven over het bedrijf is" : "gegevens over het bedrijf zijn") niet opgegeven en aangevuld met standaardwaarden; de gespreksleidraad (hoofdstuk 8) zet de vragen op een rij.",
          "\(defaulted) \(defaulted == 1 ? "input" : "inputs") about the company \(defaulted == 1 ? "was" : "were") not given and were filled in with defaults; the conversation guide (section 8) lists the questions."
        ))
    return section(.summary, [.paragraph(text)] + uncertaintyBlocks)
  }

  /// Whether supply covers the temporary beds needed at the peak, in one sentence.
  func shortfallSentence(_ peak: HousingDemand.Figures) -> String {
    let shortfall = ranged("housing.shortfallBeds", count(peak.shortfallBeds), count)
    if peak.shortfallBeds > NumberFormat.zeroTolerance {
      return pick(
        "Na aftrek van \(count(peak.supplyBeds)) beschikbare bedden (werkgever en vrije legale bedden) blijft een tekort van \(shortfall) bedden voor short- en mid-stay.",
        "After \(count(peak.supplyBeds)) available beds (employer and free legal beds), a shortfall of \(shortfall) short- and mid-stay beds remains."
      )
    }
    var sentence = pick(
      "De \(count(peak.supplyBeds)) beschikbare bedden (werkgever en vrije legale bedden) dekken de vraag naar short- en mid-stay-bedden.",
      "The \(count(peak.supplyBeds)) available beds (employer and free legal beds) cover the demand for short- and mid-stay beds."
    )
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
    add(pick("Naam", "Name"), e.name)
    add(pick("Gemeente", "Municipality"), region.name + (region.code.map { " (\($0))" } ?? ""))
    add(pick("Inwoners", "Inhabitants"), count(region.population))
    add(
      pick("Woningvoorraad", "Dwelling stock"),
      region.dwellings.map(count) ?? pick("woningvoorraad onbekend", "dwelling stock unknown"))
    add(pick("Type", "Type"), strings.establishmentType(e.type))
    add(pick("Omvang", "Size"), strings.size(e.size))
    add(
      pick("Banen bij volledige bezetting", "Jobs at full operation"),
      jobs(assessment.staffing.fullOperationFTE) + " fte"
        + (e.size.basis == .jobs
          ? "" : pick(" (geschat uit de omvang)", " (estimated from the size)")))
    if let construction = e.construction {
      add(
        pick("Bouw", "Construction"),
        pick(
          "vanaf \(year(construction.startYear))-\(twoDigits(construction.startMonth)), \(construction.durationMonths) maanden, gemiddeld \(count(construction.workers)) bouwvakkers",
          "from \(year(construction.startYear))-\(twoDigits(construction.startMonth)), \(construction.durationMonths) months, \(count(construction.workers)) workers on average"
        ))
    } else {
      add(pick("Bouw", "Construction"), pick("niet opgegeven", "not given"))
    }
    add(pick("Start exploitatie", "Start of operation"), year(e.startYear))
    add(pick("Volledige bezetting", "Full operation"), fullYear)
    add(
      pick("Opstart (bezetting per jaar)", "Ramp-up (share per year)"),
      assessment.staffing.rampUp.map(percent).joined(separator: " – "))
    add(pick("Peildatum parameters", "Reference date of parameters"), assessment.asOf.description)
    add(pick("Huisvestingsnorm", "Housing norm"), strings.norm(assessment.housing.norm))
    add(
      pick("Huisvesting door werkgever", "Employer housing"),
      e.employerHousing.map {
        count($0.beds) + pick(" bedden", " beds") + ($0.norm.map { " (\(strings.norm($0)))" } ?? "")
      } ?? pick("niet opgegeven", "not given"))
    add(
      pick("Vrije legale bedden in de regio", "Free legal beds in the region"),
      e.freeLegalBeds.map(count) ?? pick("niet opgegeven", "not given"))
    add(
      pick("Taallessen door werkgever", "Language training by employer"), yesNo(e.languageTraining))

    var blocks: [Block] = [.keyValues(facts)]
    if let description = e.description, !description.isEmpty {
      blocks.append(.paragraph(pick("Omschrijving: ", "Description: ") + description))
    }
    if !e.sources.isEmpty {
      blocks.append(.paragraph(pick("Herkomst van de invoer:", "Where the inputs come from:")))
      blocks.append(.bullets(e.sources))
    }
    blocks.append(
      .subheading(pick("Niet opgegeven, standaardwaarde gebruikt", "Not given, default used")))
    if assessment.defaulted.isEmpty {
      blocks.append(.paragraph(pick("Alle gegevens zijn opgegeven.", "Every input was given.")))
    } else {
      blocks.append(.bullets(assessment.defaulted.map(defaultDescription)))
    }
    blocks += limburgDerivedBlocks
    return section(.establishment, blocks)
  }

  func twoDigits(_ value: Int) -> String {
    value >= 0 && value < 10 ? "0\(value)" : String(value)
  }
}
