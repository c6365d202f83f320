import HousingEffect

/// The headline indicators per year as CSV: one row per year, one column per indicator.
///
/// Dutch Excel by default (semicolons, decimal commas, UTF-8 BOM), so it opens correctly by
/// double-clicking; column names are the stable indicator ids plus their unit. With Monte Carlo
/// ranges, every indicator column is followed by `<id>.p10`, `<id>.p50` and `<id>.p90`.
public enum KeyIndicatorTable {
  public static func csv(
    _ assessment: Assessment, format: CSVFormat = .dutchExcel,
    ensemble: AssessmentEnsemble? = nil
  ) -> String {
    let header =
      ["year", "phase"]
      + Assessment.keyIndicatorIDs.flatMap { id in
        ensemble == nil ? [id.rawValue] : [id.rawValue] + ["p10", "p50", "p90"].map { "\(id).\($0)" }
      }
    let rows: [[CSVValue]] = assessment.years.map { year in
      let phase =
        year < assessment.establishment.startYear
        ? "construction"
        : (year < assessment.staffing.fullOperationYear ? "rampUp" : "fullOperation")
      let values = assessment.keyIndicators(year: year)
      let bands = ensemble?.ranges(year: year)
      return [.integer(year), .text(phase)]
        + values.flatMap { indicator -> [CSVValue] in
          let places = places(indicator.unit)
          let value = CSVValue.decimal(indicator.value, places: places)
          guard let band = bands?[indicator.id] else { return [value] }
          return [value] + [band.p10, band.p50, band.p90].map { .decimal($0, places: places) }
        }
    }
    return CSVWriter(format: format).write(header: header, rows: rows)
  }

  /// Decimals per unit: shares to 0.1 %, FTE to 0.01, counts of people to 0.1.
  static func places(_ unit: Unit) -> Int {
    switch unit {
    case .share: 4
    case .fte: 2
    case .euros: 0
    default: 1
    }
  }
}
