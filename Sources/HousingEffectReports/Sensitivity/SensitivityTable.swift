import HousingEffect

/// The tornado as CSV: one row per indicator and parameter, ranked.
///
/// Columns: `indicator`, `rank`, `parameter`, `low`, `high`, `atLow`, `atHigh`, `swing`,
/// `varianceShare` (empty without draws), `assumption` (`true`/`false`), `base`.
public enum SensitivityTable {
  /// The CSV text with the `top` parameters per indicator, in the language's CSV dialect (Dutch:
  /// semicolons, decimal commas and a byte order mark).
  public static func csv(
    _ sensitivity: Sensitivity, top: Int, language: Language = .nl
  ) -> String {
    let format = language.csvFormat
    // Parameter and indicator ids stay ids (they are what `--override` and `explain` take);
    // the headers are in the report's language.
    let header =
      language == .nl
      ? [
        "indicator", "rang", "parameter", "laag", "hoog", "uitkomst bij laag",
        "uitkomst bij hoog", "zwaai", "aandeel in spreiding (0–1)", "aanname", "basis",
      ]
      : [
        "indicator", "rank", "parameter", "low", "high", "result at low", "result at high",
        "swing", "share of variance (0–1)", "assumption", "base",
      ]
    let rows: [[CSVValue]] = sensitivity.results.flatMap { result in
      result.swings.prefix(top).enumerated().map { index, swing -> [CSVValue] in
        [
          .text(result.indicator.id.rawValue), .integer(index + 1), .text(swing.parameter.rawValue),
          .decimal(swing.low, places: 6), .decimal(swing.high, places: 6),
          .decimal(swing.atLow, places: 2), .decimal(swing.atHigh, places: 2),
          .decimal(swing.size, places: 2),
          swing.varianceShare.map { .decimal($0, places: 4) } ?? .empty,
          .text(swing.isAssumption ? "true" : "false"), .decimal(result.base, places: 2),
        ]
      }
    }
    return CSVWriter(format: format).write(header: header, rows: rows)
  }
}
