import HousingEffect

// The summary: findings first (what a council must weigh), then the establishment in figures.
extension ReportBuilder {
  var summary: Section {
    var blocks: [Block] =
      keyFigureBlocks + [
        .subheading(pick("Bevindingen", "Findings")),
        .bullets(findings),
      ]
    blocks.append(.paragraph(figuresParagraph))
    return section(.summary, blocks + uncertaintyBlocks + glossaryBlocks)
  }

  /// The name as a reader says it: the file's name in the report language, "in Venlo" added
  /// only when the name does not already say where.
  var naturalName: String {
    let name = strings.name(assessment.establishment)
    return name.contains(municipality) ? "‘\(name)’" : "‘\(name)’ in \(municipality)"
  }

  /// "bouw", "opstart", "volledige bedrijfsvoering".
  func phaseName(_ phase: Assessment.Phase) -> String {
    switch phase {
    case .construction: pick("bouw", "construction")
    case .rampUp: pick("opstart", "ramp-up")
    case .fullOperation: pick("volledige bedrijfsvoering", "full operation")
    }
  }

  /// "2027–2028" or "2027".
  func yearSpan(_ years: ClosedRange<Int>) -> String {
    years.lowerBound == years.upperBound
      ? year(years.lowerBound) : "\(year(years.lowerBound))–\(year(years.upperBound))"
  }

  /// What matters, one point each: the largest temporary shortfall and its year beside the
  /// headline year, norm failures, every negative rating by name, the uncertainty of the need
  /// and the assumption that drives it most, and the inputs still missing.
  var findings: [String] {
    var points = [shortfallFinding]
    if let longStay = longStayFinding { points.append(longStay) }
    if let norm = normFinding { points.append(norm) }
    points += ratingFindings
    if let uncertainty = uncertaintyFinding { points.append(uncertainty) }
    let defaulted = assessment.defaulted.count
    points.append(
      defaulted == 0
        ? pick(
          "Alle gegevens over het bedrijf zijn opgegeven.",
          "Every input about the company was given.")
        : pick(
          "\(defaulted) \(defaulted == 1 ? "gegeven over het bedrijf ontbreekt en is" : "gegevens over het bedrijf ontbreken en zijn") aangevuld met standaardwaarden; de gespreksleidraad (hoofdstuk 8) zet de vragen op een rij.",
          "\(defaulted) \(defaulted == 1 ? "input" : "inputs") about the company \(defaulted == 1 ? "is" : "are") missing and filled in with defaults; the conversation guide (section 8) lists the questions."
        ))
    return points
  }

  /// The critical year's shortfall beside the headline year's.
  var shortfallFinding: String {
    let a = assessment
    if !a.housing.temporarySupplyKnown, let unknown = unknownSupplySentence {
      return unknown
    }
    let headline = at(a.housing.years, full)?.peak
    let headlineText: String
    if let headline, self.headline("housing.shortfallBeds", headline.shortfallBeds) >= 0.5 {
      let shortfall = ranged("housing.shortfallBeds", headline.shortfallBeds, count)
      headlineText = pick(
        "\(headlinePhrase.nl) ontbreken \(shortfall) tijdelijke bedden (short- en mid-stay) \(afterSupply(headline.supplyBeds).nl).",
        "\(headlinePhrase.en) \(shortfall) temporary beds (short and mid stay) are lacking \(afterSupply(headline.supplyBeds).en)."
      )
    } else if let headline {
      headlineText = pick(
        "\(headlinePhrase.nl) dekken de \(count(headline.supplyBeds)) beschikbare bedden de vraag naar tijdelijke bedden.",
        "\(headlinePhrase.en) the \(count(headline.supplyBeds)) available beds cover the demand for temporary beds."
      )
    } else {
      headlineText = ""
    }
    guard let years = a.criticalYears, let critical = a.criticalYear else {
      var text = pick(
        "In geen enkel jaar is er een tekort aan tijdelijke bedden.",
        "No year has a shortfall of temporary beds.")
      if let band = band("housing.shortfallBeds"), band.p90 >= 0.5 {
        text +=
          " "
          + pick(
            "Bij ongunstige aannames (P90) ontstaat \(headlinePhrase.nl.lowercased()) toch een tekort van \(count(band.p90)) bedden.",
            "With unfavourable assumptions (P90) a shortfall of \(count(band.p90)) beds still arises \(headlinePhrase.en.lowercased())."
          )
      }
      return text + (headlineText.isEmpty ? "" : " " + headlineText)
    }
    let headlineYear = at(a.years, full)
    if headlineYear == critical || (headlineYear.map(years.contains) ?? false),
      let headline, self.headline("housing.shortfallBeds", headline.shortfallBeds) >= 0.5
    {
      let shortfall = ranged("housing.shortfallBeds", headline.shortfallBeds, count)
      return pick(
        "Het grootste tijdelijke tekort valt \(headlinePhrase.nl.lowercasedFirst): \(shortfall) tijdelijke bedden (short- en mid-stay) ontbreken \(afterSupply(headline.supplyBeds).nl).",
        "The largest temporary shortfall falls \(headlinePhrase.en.lowercasedFirst): \(shortfall) temporary beds (short and mid stay) are lacking \(afterSupply(headline.supplyBeds).en)."
      )
    }
    let phase = phaseName(a.phase(of: critical))
    return pick(
      "Het grootste tijdelijke tekort valt in \(yearSpan(years)) (\(phase)): \(count(a.criticalShortfall)) bedden voor short- en mid-stay en bouwvakkers ontbreken. ",
      "The largest temporary shortfall falls in \(yearSpan(years)) (\(phase)): \(count(a.criticalShortfall)) beds for short and mid stay and construction workers are lacking. "
    ) + headlineText
  }

  /// The employer's housing that fails its norm, criterion by criterion.
  var normFinding: String? {
    guard let check = assessment.housing.employerHousingCheck, check.compliant == false else {
      return nil
    }
    let failing = check.results.filter { $0.compliant == false }.map {
      strings.criterion($0.criterion)
    }
    return pick(
      "De \(count(check.beds)) bedden van de werkgever voldoen niet aan \(strings.norm(check.norm)): \(list(failing)).",
      "The employer's \(count(check.beds)) beds do not meet \(strings.norm(check.norm)): \(list(failing))."
    )
  }

  /// Every negative rating by name, then those asking for attention; in the critical year as
  /// well when it differs from the headline year.
  var ratingFindings: [String] {
    guard let scorecard = at(assessment.welfare.years, full) else { return [] }
    func names(_ indicators: [Welfare.Indicator], _ rating: Welfare.Rating) -> [String] {
      indicators.filter { $0.rating == rating }.map { strings.label($0.id) }
    }
    var points: [String] = []
    let negative = names(scorecard.indicators, .negative)
    let attention = names(scorecard.indicators, .attention)
    if !negative.isEmpty {
      points.append(
        pick(
          "Negatief op de brede-welvaartsscorekaart (\(fullYear)): \(list(negative)).",
          "Negative on the broad-welfare scorecard (\(fullYear)): \(list(negative))."))
    }
    if !attention.isEmpty {
      points.append(
        pick(
          "Vraagt aandacht (\(fullYear)): \(list(attention)).",
          "Asks for attention (\(fullYear)): \(list(attention))."))
    }
    if negative.isEmpty && attention.isEmpty {
      points.append(
        pick(
          "Geen negatief oordeel en geen aandachtspunt op de brede-welvaartsscorekaart (\(fullYear)).",
          "No negative rating and no point of attention on the broad-welfare scorecard (\(fullYear))."
        ))
    }
    if let critical = assessment.criticalYear, critical != at(assessment.years, full),
      let index = assessment.index(of: critical),
      let worst = at(assessment.welfare.years, index)
    {
      let more = names(worst.indicators, .negative).filter { !negative.contains($0) }
      if !more.isEmpty {
        points.append(
          pick(
            "In het kritieke jaar \(year(critical)) ook negatief: \(list(more)).",
            "In the critical year \(year(critical)) also negative: \(list(more))."))
      }
    }
    return points
  }

  /// The parameter that moves the housing need most, with the need at its low and high value,
  /// and the P10–P90 of the shortfall when the run drew ranges.
  var uncertaintyFinding: String? {
    guard let top = swings.first, top.size >= 0.5, let parameter = catalog[top.id] else {
      return nil
    }
    let name = strings.parameterLabel(parameter)
    let kind = top.isAssumption ? pick(" (een aanname)", " (an assumption)") : ""
    var text = pick(
      "De huisvestingsbehoefte hangt het meest af van ‘\(name.lowercasedFirst)’\(kind): tussen de lage en de hoge waarde verschuift zij van \(count(min(top.needAtLow, top.needAtHigh))) naar \(count(max(top.needAtLow, top.needAtHigh))) bedden, kamers en woningen.",
      "The housing need depends most on ‘\(name.lowercasedFirst)’\(kind): between its low and high value it moves from \(count(min(top.needAtLow, top.needAtHigh))) to \(count(max(top.needAtLow, top.needAtHigh))) beds, rooms and dwellings."
    )
    if assessment.housing.temporarySupplyKnown, let band = band("housing.shortfallBeds"),
      band.p90 - band.p10 >= 0.5
    {
      text +=
        " "
        + pick(
          "Over alle onzekere parameters samen ligt het tekort \(headlinePhrase.nl.lowercased()) tussen \(count(band.p10)) en \(count(band.p90)) bedden (P10–P90).",
          "Over all uncertain parameters together the shortfall \(headlinePhrase.en.lowercased()) lies between \(count(band.p10)) and \(count(band.p90)) beds (P10–P90)."
        )
    }
    return text
  }

  /// The establishment in figures: construction, jobs, migrants, housing need, facilities.
  var figuresParagraph: String {
    let a = assessment
    var text = pick(
      "Deze rapportage beschrijft wat \(naturalName) betekent voor huisvesting, voorzieningen en brede welvaart.",
      "This report describes what \(naturalName) means for housing, public facilities and broad welfare."
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
    guard let s = at(a.staffing.years, full), let w = at(a.workforce.years, full),
      let m = at(a.migration.years, full), let h = at(a.housing.years, full),
      let f = at(a.facilities.years, full)
    else { return text }
    let lm = m.labourMigrantsAverage
    let knowledge = headline("migration.knowledgeMigrants", m.knowledgeMigrants)
    let gp = headline("facilities.gpFTE", f.gpFTE)
    text +=
      " "
      + pick(
        "\(headlinePhrase.nl) zijn er \(ranged("staffing.operationFTE", s.operationFTE, jobs)) banen (fte). Gemiddeld zijn \(count(headline("workforce.presentAverage", w.presentAverage))) werknemers aanwezig, op het drukste moment \(count(headline("workforce.presentPeak", w.presentPeak))). Van de gemiddeld aanwezigen zijn \(ranged("migration.labourMigrants", lm.total, count)) arbeidsmigranten: \(count(headline("migration.shortStay", lm.short))) \(stayName(.short)), \(count(headline("migration.midStay", lm.mid))) mid-stay en \(count(headline("migration.longStay", lm.long))) long-stay",
        "\(headlinePhrase.en) there are \(ranged("staffing.operationFTE", s.operationFTE, jobs)) jobs (FTE). On average \(count(headline("workforce.presentAverage", w.presentAverage))) workers are present, at the busiest time \(count(headline("workforce.presentPeak", w.presentPeak))). Of those present on average, \(ranged("migration.labourMigrants", lm.total, count)) are labour migrants: \(count(headline("migration.shortStay", lm.short))) \(stayName(.short)), \(count(headline("migration.midStay", lm.mid))) mid-stay and \(count(headline("migration.longStay", lm.long))) long-stay"
      )
    text +=
      knowledge >= 0.5
      ? pick(
        "; daarnaast trekt de vestiging \(format.counted(knowledge, one: "kennismigrant", many: "kennismigranten")) aan.",
        "; in addition, the establishment attracts \(format.counted(knowledge, one: "knowledge migrant", many: "knowledge migrants"))."
      )
      : "."
    let peak = h.peak
    text +=
      " "
      + pick(
        "Op het piekmoment zijn in de provincie \(ranged("housing.shortStayBeds", peak.shortStayBeds, count)) short-stay-bedden, \(ranged("housing.midStayRooms", peak.midStayRooms, count)) mid-stay-kamers en \(ranged("housing.longStayDwellings", peak.longStayDwellings, count)) long-stay-woningen nodig.",
        "At the peak the province needs \(ranged("housing.shortStayBeds", peak.shortStayBeds, count)) short-stay beds, \(ranged("housing.midStayRooms", peak.midStayRooms, count)) mid-stay rooms and \(ranged("housing.longStayDwellings", peak.longStayDwellings, count)) long-stay dwellings."
      )
    text +=
      " "
      + pick(
        "Voor de voorzieningen in \(municipality) betekent dit \(fte(gp)) \(gp < NumberFormat.negligibleFTE ? "extra huisartscapaciteit" : "fte huisarts"), \(places(headline("facilities.primaryPlaces", f.primaryPlaces)).nl) in het basisonderwijs, \(places(headline("facilities.secondaryPlaces", f.secondaryPlaces)).nl) in het voortgezet onderwijs en \(places(headline("facilities.newcomerPlaces", f.newcomerPlaces)).nl) in het nieuwkomersonderwijs. In \(municipality) wonen dan \(format.format(headline("facilities.migrantsPer1000", f.migrantsPer1000), unit: .per(.persons, .thousandPersons))) migranten uit deze vestiging per 1.000 inwoners.",
        "For the facilities in \(municipality) this means \(fte(gp)) \(gp < NumberFormat.negligibleFTE ? "extra GP capacity" : "GP FTE"), \(places(headline("facilities.primaryPlaces", f.primaryPlaces)).en) at primary schools, \(places(headline("facilities.secondaryPlaces", f.secondaryPlaces)).en) at secondary schools and \(places(headline("facilities.newcomerPlaces", f.newcomerPlaces)).en) in newcomer classes. \(municipality) then has \(format.format(headline("facilities.migrantsPer1000", f.migrantsPer1000), unit: .per(.persons, .thousandPersons))) migrants from this establishment per 1,000 inhabitants."
      )
    return text
  }
}

extension String {
  /// The text with a lower-case first letter, for a label inside a sentence; an acronym
  /// ("BRP", "GP") stays as it is.
  var lowercasedFirst: String {
    guard let first = first, dropFirst().first?.isUppercase != true else { return self }
    return first.lowercased() + dropFirst()
  }
}
