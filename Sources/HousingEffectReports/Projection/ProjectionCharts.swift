import HousingEffect

/// The charts of the HTML projection report: per path a fan chart of the working labour
/// migrants (without and, with establishments, with them), and a stacked area of the people to
/// house by housing form.
enum ProjectionCharts {
  /// The fan chart of `path` and, with `stacked`, the stacked area of the people to house (one
  /// per area: the split by housing form is the same share on every path).
  static func blocks(
    _ result: Projection.AreaResult, path: Int, stacked: Bool = true, words: ProjectionStrings,
    numbers: NumberFormat
  ) -> [ReportDocument.Block] {
    let nl = words.language == .nl
    let years = result.years
    func values(_ indicator: ProjectionIndicator, _ variant: ProjectionVariant) -> [Double] {
      years.map { result.value(path: path, variant: variant, indicator, year: $0) ?? .nan }
    }
    func labels(_ list: [Double]) -> [String] {
      list.map { numbers.format($0, unit: .persons) }
    }
    let fan = result.variants.map { variant in
      let list = values(.working, variant)
      return ReportDocument.Chart.Series(
        name: variant == .without
          ? (nl ? "Werkzame arbeidsmigranten, pad" : "Working labour migrants, path")
          : (nl ? "Met vestigingen" : "With establishments"),
        values: list, labels: labels(list),
        bands: result.bands == nil
          ? nil : years.map { result.band(path: path, variant: variant, .working, year: $0) })
    }
    let name = words.path(result.paths[path], in: result.area)
    // People to house by form, in one unit (persons): short-stay and mid-stay beds hold one
    // person each; long stays are the resident long-stay migrants and their families.
    let variant: ProjectionVariant = result.variants.contains(.with) ? .with : .without
    let short = values(.shortStayBeds, variant)
    let mid = values(.midStayBeds, variant)
    let resident = values(.resident, variant)
    let working = values(.working, variant)
    let long = values(.longStay, variant)
    let family = values(.familyMembers, variant)
    let settled = years.indices.map { index in
      (working[index] > 0 ? long[index] * resident[index] / working[index] : 0) + family[index]
    }
    let stack = [
      (nl ? "Short-stay (personen in bedden)" : "Short stay (persons in beds)", short),
      (nl ? "Mid-stay (personen in bedden)" : "Mid stay (persons in beds)", mid),
      (
        nl
          ? "Long-stay: arbeidsmigranten en gezinnen (personen)"
          : "Long stay: migrants and families (persons)", settled
      ),
    ].map { ReportDocument.Chart.Series(name: $0.0, values: $0.1, labels: labels($0.1)) }
    let fanChart: ReportDocument.Block =
      .chart(
        ReportDocument.Chart(
          title: (nl ? "Werkzame arbeidsmigranten, " : "Working labour migrants, ") + name,
          description: nl
            ? "Waaier per jaar: de lijn is de centrale schatting, het vlak de band P10–P90."
            : "Fan per year: the line is the central estimate, the shaded area the P10–P90 band.",
          categories: years.map(String.init), series: fan,
          valueAxisTitle: nl ? "personen" : "persons", style: .fan,
          note: fan.contains { $0.bands != nil }
            ? (nl
              ? "Doorgetrokken lijn: de centrale schatting (catalogus); stippellijn: de middelste uitkomst (P50) van de trekkingen; vlak: P10–P90."
              : "Solid line: the central estimate (catalogue values); dashed line: the middle outcome (P50) of the draws; shaded: P10–P90.")
            : nil))
    guard stacked else { return [fanChart] }
    return [
      fanChart,
      .chart(
        ReportDocument.Chart(
          title: (nl
            ? "Te huisvesten personen naar woonvorm, " : "People to house by housing form, ")
            + name + (variant == .with ? (nl ? ", met vestigingen" : ", with establishments") : ""),
          description: nl
            ? "Gestapeld per jaar: personen in short-stay- en mid-stay-bedden (piek) en long-stay-arbeidsmigranten met hun gezinnen."
            : "Stacked per year: persons in short- and mid-stay beds (peak) and long-stay migrants with their families.",
          categories: years.map(String.init), series: stack,
          valueAxisTitle: nl ? "personen" : "persons", style: .stackedArea)),
    ]
  }
}
