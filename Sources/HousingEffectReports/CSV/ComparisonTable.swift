import HousingEffect

/// The side-by-side table of a scenario comparison as CSV: one row per year and key indicator;
/// per alternative its value, its difference from the baseline and that difference as a share
/// of the baseline.
///
/// Dutch Excel by default (semicolons, decimal commas, UTF-8 BOM). Column names are stable:
/// `year`, `fullOperation`, `indicator`, `unit`, `baseline`, then per alternative `NAME`,
/// `NAME.delta` and `NAME.deltaShare`. An undefined relative difference is an empty field.
public enum ComparisonTable {
  public static func csv(_ comparison: Comparison, format: CSVFormat = .dutchExcel) -> String {
    let names = comparison.alternatives.map(\.name)
    let header =
      ["year", "fullOperation", "indicator", "unit", Study.baselineName]
      + names.flatMap { [$0, $0 + ".delta", $0 + ".deltaShare"] }
    let rows: [[CSVValue]] = comparison.years.flatMap { year in
      year.rows.map { row in
        let places = KeyIndicatorTable.places(row.unit)
        let fixed: [CSVValue] = [
          .integer(year.year), .text(year.isFullOperation ? "true" : "false"),
          .text(row.id.rawValue), .text(row.unit.symbol),
          .decimal(row.baseline, places: places),
        ]
        return fixed
          + row.cells.flatMap { cell -> [CSVValue] in
            [
              .decimal(cell.alternative, places: places), .decimal(cell.delta, places: places),
              cell.deltaShare.map { .decimal($0, places: 4) } ?? .empty,
            ]
          }
      }
    }
    return CSVWriter(format: format).write(header: header, rows: rows)
  }
}
