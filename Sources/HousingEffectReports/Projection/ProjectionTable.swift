import HousingEffect

/// The projection as CSV in long format: one row per region, year, path, variant and
/// indicator, with the central value and P10/P50/P90 (empty without draws).
///
/// Columns: `region`, `year`, `path`, `variant` (`without` = the path alone, `with` = with the
/// study's establishments), `indicator`, `unit`, `value`, `p10`, `p50`, `p90`. Dutch Excel by
/// default (semicolons, decimal commas, UTF-8 BOM), like every CSV of the tool.
public enum ProjectionTable {
  public static let header = [
    "region", "year", "path", "variant", "indicator", "unit", "value", "p10", "p50", "p90",
  ]

  public static func csv(_ projection: Projection, format: CSVFormat = .dutchExcel) -> String {
    var rows: [[CSVValue]] = []
    for result in projection.areas {
      for (yearIndex, year) in result.years.enumerated() {
        for (pathIndex, path) in result.paths.enumerated() {
          for (variantIndex, variant) in result.variants.enumerated() {
            for indicator in ProjectionIndicator.allCases {
              let position = result.index(
                path: pathIndex, variant: variantIndex, indicator: indicator, year: yearIndex)
              let places = KeyIndicatorTable.places(indicator.unit)
              let band = result.bands?[position]
              rows.append(
                [
                  .text(result.area.name), .integer(year), .text(path.name),
                  .text(variant.rawValue),
                  .text(indicator.rawValue), .text(indicator.unit.symbol),
                  .decimal(result.central[position], places: places),
                ]
                  + [band?.p10, band?.p50, band?.p90].map {
                    $0.map { .decimal($0, places: places) } ?? .empty
                  })
            }
          }
        }
      }
    }
    return CSVWriter(format: format).write(header: header, rows: rows)
  }
}
