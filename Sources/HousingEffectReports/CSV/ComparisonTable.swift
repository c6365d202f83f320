import HousingEffect

/// The side-by-side table of a scenario comparison as CSV: one row per year and key indicator;
/// per alternative its value, its difference from the baseline and that difference as a share
/// of the baseline.
///
/// Dutch Excel by default (semicolons, decimal commas, UTF-8 BOM). Column names are stable:
/// `year`, `fullOperation`, `indicator`, `unit`, `baseline`, then per alternative `NAME`,
/// `NAME.delta` and `NAME.deltaShare`. An undefined relative difference is an empty field. With
/// Monte Carlo ranges, `baseline.p10`/`.p90` follow the baseline and `NAME.delta.p10`,
/// `NAME.delta.p50`, `NAME.delta.p90` follow each difference (common random numbers).
public enum ComparisonTable {
  public static func csv(
    _ comparison: Comparison, format: CSVFormat = .dutchExcel,
    ensemble: ComparisonEnsemble? = nil
  ) -> String {
    let names = comparison.alternatives.map(\.name)
    let ranged = ensemble != nil
    var header: [String] = ["year", "fullOperation", "indicator", "unit", Study.baselineName]
    if ranged { header += [Study.baselineName + ".p10", Study.baselineName + ".p90"] }
    for name in names {
      header += [name, name + ".delta", name + ".deltaShare"]
      if ranged { header += ["p10", "p50", "p90"].map { name + ".delta." + $0 } }
    }
    let rows: [[CSVValue]] = comparison.years.flatMap { year in
      year.rows.map { row in
        let places = KeyIndicatorTable.places(row.unit)
        let fixed: [CSVValue] = [
          .integer(year.year), .text(year.isFullOperation ? "true" : "false"),
          .text(row.id.rawValue), .text(row.unit.symbol),
          .decimal(row.baseline, places: places),
        ]
        let baseBand: [CSVValue] =
          ensemble.map { ensemble in
            let band = ensemble.baseline.band(row.id, year: year.year)
            return [band?.p10, band?.p90].map { $0.map { .decimal($0, places: places) } ?? .empty }
          } ?? []
        return fixed + baseBand
          + row.cells.enumerated().flatMap { index, cell -> [CSVValue] in
            let own: [CSVValue] = [
              .decimal(cell.alternative, places: places), .decimal(cell.delta, places: places),
              cell.deltaShare.map { .decimal($0, places: 4) } ?? .empty,
            ]
            guard let ensemble else { return own }
            let band = ensemble.deltas[index].band(row.id, year: year.year)
            return own
              + [band?.p10, band?.p50, band?.p90].map {
                $0.map { .decimal($0, places: places) } ?? .empty
              }
          }
      }
    }
    return CSVWriter(format: format).write(header: header, rows: rows)
  }
}
