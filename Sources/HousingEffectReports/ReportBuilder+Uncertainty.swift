import HousingEffect

// Monte Carlo ranges in the effect report: "76 (52–118)" beside the headline numbers, a table of
// P10, P50 and P90, and one sentence on how to read them.
extension ReportBuilder {
  /// The headline indicators the range table shows, in report order.
  static let rangedIndicators: [IndicatorID] = [
    "staffing.operationFTE", "workforce.presentPeak", "migration.labourMigrants",
    "migration.shortStay", "migration.midStay", "migration.longStay",
    "migration.knowledgeMigrants", "households.familyMembers", "households.children",
    "housing.shortStayBeds", "housing.midStayRooms", "housing.longStayDwellings",
    "housing.shortfallBeds", "facilities.gpFTE", "facilities.primaryPlaces",
    "facilities.brpRegistrations", "facilities.rniRegistrations",
  ]

  /// The ranged indicators this report shows: without any stated supply the shortfall is the
  /// whole need, reported as unknown, so it has no row.
  var shownRangedIndicators: [IndicatorID] {
    assessment.housing.temporarySupplyKnown
      ? ReportBuilder.rangedIndicators
      : ReportBuilder.rangedIndicators.filter { $0 != "housing.shortfallBeds" }
  }

  /// The P10–P90 band of `id` in the headline year, if the run drew an ensemble.
  func band(_ id: IndicatorID) -> Percentiles? {
    guard let ensemble, assessment.years.indices.contains(full) else { return nil }
    return ensemble.ranges(year: assessment.years[full])?[id]
  }

  /// The number the report prints for key indicator `id` in the headline year: the median
  /// (P50) of the draws when the run drew them, so that it always lies inside the P10–P90 printed
  /// beside it; `value` (the run with the catalogue's defaults, which `explain` traces) without
  /// draws. The one headline rule of every report (methodology, "Headline numbers").
  func headline(_ id: IndicatorID, _ value: Double) -> Double {
    band(id)?.p50 ?? value
  }

  /// The headline of `id` followed by its P10–P90 band in the headline year, formatted the same
  /// way: "76 (52–118)". Just the number when there is no ensemble or the band is one value.
  func ranged(_ id: IndicatorID, _ value: Double, _ formatter: (Double) -> String) -> String {
    let text = formatter(headline(id, value))
    guard let band = band(id) else { return text }
    let (low, high) = (formatter(band.p10), formatter(band.p90))
    return low == high && low == text ? text : "\(text) (\(low)–\(high))"
  }

  /// How to read the ranges, and which parameters did not vary.
  var uncertaintyBlocks: [Block] {
    guard let ensemble else {
      return [
        .paragraph(
          pick(
            "Deze rapportage toont puntschattingen zonder bandbreedte (--draws 0). Draai het commando zonder --draws 0 voor P10–P90 per indicator.",
            "This report shows point estimates without ranges (--draws 0). Run the command without --draws 0 for P10–P90 per indicator."
          ))
      ]
    }
    let draws = format.format(Double(ensemble.options.draws), .count)
    var text = pick(
      "Elk getal met een bandbreedte is de middelste uitkomst (P50) van \(draws) trekkingen waarin elke onzekere parameter binnen zijn bandbreedte uit de catalogus varieert; 8 op de 10 uitkomsten liggen tussen de getallen tussen haakjes (P10–P90). De kolom ‘Standaardwaarden’ is de berekening met de standaardwaarden van de catalogus, die de tabellen per jaar en ‘explain’ stap voor stap tonen.",
      "Every figure with a range is the middle outcome (P50) of \(draws) draws in which every uncertain parameter varies within its range from the catalogue; 8 in 10 outcomes lie between the figures in brackets (P10–P90). The column ‘Defaults’ is the calculation with the catalogue's default values, which the tables per year and ‘explain’ show step by step."
    )
    let fixed = ensemble.fixedParameters.filter { $0.reason == .overriddenWithoutRange }
      .map(\.id.rawValue)
    if !fixed.isEmpty {
      text +=
        " "
        + pick(
          "Zonder bandbreedte en dus vast in elke trekking: \(list(fixed)) (overschreven zonder low/high).",
          "Without a range, and so fixed in every draw: \(list(fixed)) (overridden without low/high)."
        )
    }
    if ensemble.fixedParameters.contains(where: { $0.reason == .normative }) {
      text +=
        " "
        + pick(
          "Normen en beoordelingsdrempels zijn keuzes, geen onzekerheden: die variëren niet.",
          "Norms and rating thresholds are choices, not uncertainties: they do not vary.")
    }
    let values = Dictionary(
      assessment.keyIndicators(year: assessment.years[full]).map { ($0.id, $0.value) },
      uniquingKeysWith: { first, _ in first })
    let columns = [
      Column(title: pick("Indicator", "Indicator"), alignment: .left),
      Column(title: "P50", alignment: .right),
      Column(title: "P10", alignment: .right),
      Column(title: "P90", alignment: .right),
      Column(title: pick("Standaardwaarden", "Defaults"), alignment: .right),
    ]
    let units = Dictionary(
      uniqueKeysWithValues: zip(Assessment.keyIndicatorIDs, Assessment.keyIndicatorUnits).map {
        ($0, $1)
      })
    let rows: [Row] = shownRangedIndicators.compactMap { id in
      guard let band = band(id), let value = values[id], let unit = units[id] else { return nil }
      func show(_ value: Double) -> String {
        id == "staffing.operationFTE" ? jobs(value) : number(value, unit)
      }
      var figures = [band.p50, band.p10, band.p90, value].map(show)
      // One row speaks one language: "verwaarloosbaar" beside 0,08 and 0,13 reads as a
      // different kind of value, so a negligible load among figures is "< 0,05" (issue 21,
      // item 3); a row that is negligible throughout keeps the word.
      let negligible = fte(NumberFormat.negligibleFTE / 2)
      if figures.contains(negligible), figures.contains(where: { $0 != negligible }) {
        let bound = "< " + format.format(NumberFormat.negligibleFTE, .decimals(2))
        figures = figures.map { $0 == negligible ? bound : $0 }
      }
      return Row(cells: [strings.label(id)] + figures, note: nil)
    }
    return [
      .subheading(
        pick("Bandbreedtes in \(fullYear) (P10–P90)", "Ranges in \(fullYear) (P10–P90)")),
      .paragraph(text),
      .table(Table(columns: columns, rows: rows, noteTitle: nil)),
    ]
  }

  /// The ensemble's draws and seed, for the reproduction section.
  var ensembleReproduction: String? {
    guard let ensemble else { return nil }
    let draws = format.format(Double(ensemble.options.draws), .count)
    return pick(
      "De bandbreedtes komen uit \(draws) trekkingen met seed \(ensemble.options.seed); dezelfde seed en hetzelfde aantal trekkingen geven bit voor bit dezelfde bandbreedtes, ongeacht het aantal threads (--threads).",
      "The ranges come from \(draws) draws with seed \(ensemble.options.seed); the same seed and number of draws give bit-identical ranges, whatever the number of threads (--threads)."
    )
  }
}
