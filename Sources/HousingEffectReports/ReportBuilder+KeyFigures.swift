import HousingEffect

// The key-figure box at the top of page 1 (issue 21, item 1): the critical year and the settled
// year, the housing need and gap by form with P10–P90, the facility loads that matter, and the
// scorecard as traffic lights (symbol and word, never colour alone); then a short glossary.
extension ReportBuilder {
  /// The key-figure box: a subheading, the figures table and the traffic lights.
  var keyFigureBlocks: [Block] {
    [
      .subheading(pick("Kerncijfers", "Key figures")),
      .table(keyFigureTable),
      .keyValues(trafficLights),
    ]
  }

  /// The rows of the key-figure table: the years, the need and the gap by form, and the
  /// facility loads above half a unit. Figures follow the headline rule: the P50 of the draws
  /// beside P10–P90 (methodology, "Headline numbers").
  var keyFigureTable: Table {
    let a = assessment
    let columns = [
      Column(title: pick("Kerncijfer", "Key figure"), alignment: .left),
      Column(title: ensemble == nil ? fullYear : "\(fullYear) (P50)", alignment: .right),
      Column(title: "P10–P90", alignment: .right),
    ]
    var rows: [Row] = []
    func row(_ label: String, _ value: String, _ range: String = "") {
      rows.append(Row(cells: [label, value, range], note: nil))
    }
    func rangeText(_ band: Percentiles?, _ formatter: (Double) -> String) -> String {
      guard let band else { return "" }
      return "\(formatter(band.p10))–\(formatter(band.p90))"
    }
    func indicator(_ id: IndicatorID, _ label: String, _ value: Double) {
      row(label, count(headline(id, value)), rangeText(band(id), count))
    }
    let criticalLabel = pick("Kritieke jaar (grootste tekort)", "Critical year (largest shortfall)")
    if let years = a.criticalYears, let critical = a.criticalYear {
      row(criticalLabel, "\(yearSpan(years)) (\(phaseName(a.phase(of: critical))))")
      // The critical year's shortfall, by the headline rule, when it is not the headline year
      // (whose shortfall follows below).
      if a.housing.temporarySupplyKnown, critical != at(a.years, full) {
        let band = ensemble?.ranges(year: critical)?["housing.shortfallBeds"]
        row(
          pick(
            "Tekort tijdelijke bedden in \(year(critical))",
            "Temporary-bed shortfall in \(year(critical))"),
          count(band?.p50 ?? a.criticalShortfall), rangeText(band, count))
      }
    } else {
      row(criticalLabel, pick("geen: nooit een tekort", "none: never a shortfall"))
    }
    row(
      isFullOperation
        ? pick("Volledige bedrijfsvoering vanaf", "Full operation from")
        : pick("Peiljaar", "Reference year"),
      fullYear)
    guard let peak = at(a.housing.years, full)?.peak else {
      return Table(columns: columns, rows: rows, noteTitle: nil)
    }
    let y = ""
    indicator(
      "housing.shortStayBeds", pick("Short-stay-bedden nodig", "Short-stay beds needed") + y,
      peak.shortStayBeds)
    indicator(
      "housing.midStayRooms", pick("Mid-stay-kamers nodig", "Mid-stay rooms needed") + y,
      peak.midStayRooms)
    indicator(
      "housing.longStayDwellings",
      pick("Long-stay-woningen nodig", "Long-stay dwellings needed") + y, peak.longStayDwellings)
    if a.housing.temporarySupplyKnown {
      indicator(
        "housing.shortfallBeds",
        pick("Tekort tijdelijke bedden", "Temporary-bed shortfall")
          + y, peak.shortfallBeds)
    } else {
      row(
        pick("Tekort tijdelijke bedden", "Temporary-bed shortfall")
          + y, pick("onbekend (geen aanbod opgegeven)", "unknown (no supply stated)"))
    }
    let longGapLabel =
      pick("Tekort long-stay-woningen", "Long-stay dwelling gap") + y
    if let supply = peak.longStaySupply {
      // The gap is max(0, need − supply) with the supply fixed: a non-decreasing function of
      // the need, so its P10, P50 and P90 are those of the need minus the supply.
      let gap = { (need: Double) in HousingBalance.gap(need: need, supply: supply) }
      let needBand = band("housing.longStayDwellings")
      row(
        longGapLabel, count(gap(headline("housing.longStayDwellings", peak.longStayDwellings))),
        needBand.map { "\(count(gap($0.p10)))–\(count(gap($0.p90)))" } ?? "")
    } else if peak.longStayDwellings >= 0.5 {
      row(longGapLabel, pick("onbekend (aanbod niet opgegeven)", "unknown (supply not stated)"))
    }
    if let f = at(a.facilities.years, full) {
      let gp = headline("facilities.gpFTE", f.gpFTE)
      if gp >= NumberFormat.negligibleFTE {
        row(
          strings.label("facilities.gpFTE") + y, fte(gp),
          rangeText(band("facilities.gpFTE"), fte))
      }
      let loads: [(IndicatorID, Double)] = [
        ("facilities.primaryPlaces", f.primaryPlaces),
        ("facilities.secondaryPlaces", f.secondaryPlaces),
        ("facilities.newcomerPlaces", f.newcomerPlaces),
        ("facilities.brpRegistrations", f.brpRegistrations),
        ("facilities.rniRegistrations", f.rniRegistrations),
      ]
      for (id, value) in loads where headline(id, value) >= 0.5 {
        indicator(id, strings.label(id) + y, value)
      }
    }
    return Table(columns: columns, rows: rows, noteTitle: nil)
  }

  /// The symbol shown before a rating word: the same in every format, so that the verdict
  /// never depends on colour.
  static func ratingSymbol(_ rating: Welfare.Rating) -> String {
    switch rating {
    case .negative: "▼"
    case .attention: "◆"
    case .neutral: "●"
    case .positive: "▲"
    case .unknown: "?"
    case .info: "i"
    }
  }

  /// The scorecard of the headline year as traffic lights: per rating, worst first, its symbol
  /// and word, then the indicators that have it.
  var trafficLights: [ReportDocument.KeyValue] {
    guard let scorecard = at(assessment.welfare.years, full) else { return [] }
    let order: [Welfare.Rating] = [.negative, .attention, .neutral, .positive, .unknown, .info]
    return order.compactMap { rating in
      let names = scorecard.indicators.filter { $0.rating == rating }.map {
        strings.label($0.id)
      }
      guard !names.isEmpty else { return nil }
      return ReportDocument.KeyValue(
        key: ReportBuilder.ratingSymbol(rating) + " " + strings.rating(rating),
        value: names.joined(separator: "; "))
    }
  }

  /// The words a council member may not know, explained once.
  var glossaryBlocks: [Block] {
    [
      .subheading(pick("Begrippen", "Glossary")),
      .keyValues(strings.glossary),
    ]
  }
}

extension ReportStrings {
  /// BRP, RNI, SNF, AKF, VNG, fte, P10/P50/P90 and the stay classes, in the report language.
  var glossary: [ReportDocument.KeyValue] {
    let pairs: [(String, String, String)] = [
      (
        "BRP",
        "Basisregistratie Personen: de inschrijving van wie verwacht meer dan vier maanden in de gemeente te wonen.",
        "Basisregistratie Personen, the municipal population register: people expecting to live in the municipality for more than four months."
      ),
      (
        "RNI",
        "Registratie Niet-ingezetenen: de inschrijving van wie korter dan vier maanden in Nederland verblijft.",
        "Registratie Niet-ingezetenen, the register of non-residents: people staying in the Netherlands for less than four months."
      ),
      (
        "SNF",
        "Stichting Normering Flexwonen: keurmerk en norm voor de huisvesting van arbeidsmigranten.",
        "Stichting Normering Flexwonen: certification and standard for the housing of labour migrants."
      ),
      (
        "AKF",
        "Agrarisch Keurmerk Flexwonen: keurmerk en norm voor huisvesting van arbeidsmigranten bij agrarische bedrijven.",
        "Agrarisch Keurmerk Flexwonen: certification and standard for the housing of labour migrants on farms and glasshouse firms."
      ),
      (
        "VNG",
        "Vereniging van Nederlandse Gemeenten; haar handreiking beschrijft de effectrapportage.",
        "Association of Netherlands Municipalities; its guidance describes the effect report."
      ),
      (
        "fte",
        "voltijdbaan (full-time equivalent): 2 halve banen zijn 1 fte.",
        "full-time equivalent: 2 half-time jobs are 1 FTE."
      ),
      (
        "P10 / P50 / P90",
        "van de doorgerekende uitkomsten ligt 10 %, 50 % en 90 % onder dit getal; P50 is de middelste uitkomst, 8 op de 10 liggen tussen P10 en P90.",
        "10 %, 50 % and 90 % of the calculated outcomes lie below this figure; P50 is the middle outcome, 8 in 10 lie between P10 and P90."
      ),
      (
        pick("short-stay", "short stay"),
        "verblijf korter dan 4 maanden; huisvesting in bedden.",
        "a stay of less than 4 months; housed in beds."
      ),
      (
        pick("mid-stay", "mid stay"),
        "verblijf van 4 tot 12 maanden; huisvesting in kamers.",
        "a stay of 4 to 12 months; housed in rooms."
      ),
      (
        pick("long-stay", "long stay"),
        "verblijf langer dan 12 maanden, vaak met gezin; huisvesting in woningen.",
        "a stay of more than 12 months, often with a family; housed in dwellings."
      ),
    ]
    return pairs.map { ReportDocument.KeyValue(key: $0.0, value: pick($0.1, $0.2)) }
  }
}
