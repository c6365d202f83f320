import HousingEffect

// The chart of the comparison; HTML draws it after the table of values.
extension ComparisonReportBuilder {
  /// The housing indicators the comparison chart shows, in legend order.
  static let chartIndicators: [IndicatorID] = [
    "housing.shortStayBeds", "housing.midStayRooms", "housing.longStayDwellings",
    "housing.shortfallBeds",
  ]

  /// The housing need at the peak for the baseline and every alternative in `year`; `nil` when
  /// the comparison has none of the housing indicators.
  func housingChart(_ year: Comparison.Year) -> ReportDocument.Chart? {
    let series = ComparisonReportBuilder.chartIndicators.compactMap {
      id -> ReportDocument.Chart.Series? in
      guard let row = year.rows.first(where: { $0.id == id }) else { return nil }
      let values = [row.baseline] + row.cells.map(\.alternative)
      return ReportDocument.Chart.Series(
        name: strings.label(id), values: values, labels: values.map { number($0, row.unit) })
    }
    guard !series.isEmpty else { return nil }
    return ReportDocument.Chart(
      title: pick(
        "Huisvesting op het piekmoment per alternatief, \(year.year)",
        "Housing at the peak per alternative, \(year.year)"),
      description: pick(
        "Gegroepeerd staafdiagram met voor de basis en elk alternatief (met het begin van de titel; de letters ervoor staan onder de titel van het rapport) de short-stay-bedden, mid-stay-kamers, long-stay-woningen en het tekort aan bedden op het piekmoment in \(year.year). De tabel hierboven geeft dezelfde getallen.",
        "Grouped bar chart with, for the baseline and each alternative (by name; the letters before them are listed under the report title), the short-stay beds, mid-stay rooms, long-stay dwellings and the shortfall of beds at the peak in \(year.year). The table above gives the same numbers."
      ),
      // Named, not lettered: a printed chart is read without the key at the top.
      categories: [baselineWord]
        + zip(keys, alternatives).map { "\($0) \(strings.alternativeLabel($1.alternative))" },
      series: series,
      valueAxisTitle: pick(
        "aantal (bedden, kamers, woningen)", "number (beds, rooms, dwellings)"))
  }
}
