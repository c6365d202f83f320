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

  /// `text` followed by the P10–P90 band of `id` in the headline year, formatted the same way:
  /// "76 (52–118)". Just `text` when there is no ensemble or the band is a single value.
  func ranged(_ id: IndicatorID, _ text: String, _ formatter: (Double) -> String) -> String {
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
      "Getallen tussen haakjes zijn bandbreedtes: de 10e en de 90e percentielwaarde (P10–P90) over \(draws) trekkingen waarin elke onzekere parameter binnen zijn bandbreedte uit de catalogus varieert. In acht van de tien trekkingen ligt de uitkomst binnen die grenzen. Het getal ervoor is de uitkomst met de standaardwaarden van de catalogus.",
      "Figures in brackets are ranges: the 10th and 90th percentile (P10–P90) over \(draws) draws in which every uncertain parameter varies within its range from the catalogue. In eight out of ten draws the result lies within those bounds. The figure before them is the result with the catalogue's default values."
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
    let outside = shownRangedIndicators.filter { id in
      guard let band = band(id), let value = values[id] else { return false }
      return value < band.p10 - 1e-9 || value > band.p90 + 1e-9
    }
    if !outside.isEmpty {
      let names = outside.map { strings.label($0).lowercased() }
      let edges = ensemble.oneSidedParameters.map { id in
        catalog[id].map(strings.parameterLabel)?.lowercased() ?? id.rawValue
      }
      text +=
        " "
        + pick(
          "Bij \(list(names)) valt de standaarduitkomst buiten P10–P90"
            + (edges.isEmpty
              ? "."
              : ": de standaardwaarde van \(list(edges)) ligt aan de rand van de bandbreedte, zodat bijna alle trekkingen aan één kant ervan liggen."),
          "For \(list(names)) the default result lies outside P10–P90"
            + (edges.isEmpty
              ? "."
              : ": the default value of \(list(edges)) sits at an end of its range, so nearly all draws lie on one side of it.")
        )
    }
    let columns = [
      Column(title: pick("Indicator", "Indicator"), alignment: .left),
      Column(title: pick("Standaard", "Default"), alignment: .right),
      Column(title: "P10", alignment: .right),
      Column(title: "P50", alignment: .right),
      Column(title: "P90", alignment: .right),
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
      return Row(
        cells: [strings.label(id), show(value), show(band.p10), show(band.p50), show(band.p90)],
        note: nil)
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
