import HousingEffect

/// The headline indicators per year as CSV: one row per year, one column per indicator.
///
/// Dutch Excel by default (semicolons, decimal commas, UTF-8 BOM), so it opens correctly by
/// double-clicking; column names are the stable indicator ids plus their unit.
public enum KeyIndicatorTable {
  public static func csv(_ assessment: Assessment, format: CSVFormat = .dutchExcel) -> String {
    let header = ["year", "phase"] + Assessment.keyIndicatorIDs.map { $0.rawValue }
    let rows: [[CSVValue]] = assessment.years.map { year in
      let phase =
        year < assessment.establishment.startYear
        ? "construction"
        : (year < assessment.staffing.fullOperationYear ? "rampUp" : "fullOperation")
      let values = assessment.keyIndicators(year: year)
      return [.integer(year), .text(phase)]
        + values.map { .decimal($0.value, places: places($0.unit)) }
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
