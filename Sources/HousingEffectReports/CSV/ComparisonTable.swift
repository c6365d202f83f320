import HousingEffect

/// The side-by-side table of a scenario comparison as CSV: one row per year and key indicator;
/// per alternative its value, its difference from the baseline and that difference as a share
/// of the baseline.
///
/// In the report's language and dialect (``Language/csvFormat``). Columns: year, full
/// operation (ja/nee), indicator name, unit, the baseline, then per alternative `NAME`,
/// `NAME Δ` and `NAME Δ (aandeel)`; numbers follow ``NumberFormat/cell(_:unit:)``. An undefined
/// relative difference is an empty field. With Monte Carlo ranges, the baseline's P10/P90
/// follow the baseline and each difference's P10, P50, P90 follow it (common random numbers).
public enum ComparisonTable {
  /// The comparison as CSV in the language's dialect; with `ensemble`, the baseline's P10 and
  /// P90 and each difference's P10, P50 and P90 as extra columns.
  public static func csv(
    _ comparison: Comparison, language: Language = .nl, ensemble: ComparisonEnsemble? = nil
  ) -> String {
    let strings = ReportStrings(language: language)
    let names = comparison.alternatives.enumerated().map { index, resolved in
      language == .nl
        ? "\(ComparisonReportBuilder.key(index)) \(strings.alternativeLabel(resolved.alternative))"
        : resolved.name
    }
    let ranged = ensemble != nil
    let baseline = strings.pick("basis", Study.baselineName)
    var header: [String] = [
      strings.pick("jaar", "year"), strings.pick("volledige bedrijfsvoering", "full operation"),
      "indicator", strings.pick("eenheid", "unit"), baseline,
    ]
    if ranged { header += [baseline + " P10", baseline + " P90"] }
    for name in names {
      header += [name, name + " Δ", name + strings.pick(" Δ (aandeel 0–1)", " Δ (share 0–1)")]
      if ranged { header += ["P10", "P50", "P90"].map { name + " Δ " + $0 } }
    }
    let rows: [[CSVValue]] = comparison.years.flatMap { year in
      year.rows.map { row in
        func cell(_ value: Double) -> CSVValue { NumberFormat.cell(value, unit: row.unit) }
        let fixed: [CSVValue] = [
          .integer(year.year), .text(strings.yesNo(year.isFullOperation)),
          .text(strings.label(row.id)), .text(row.unit == .share ? "0–1" : strings.unit(row.unit)),
          cell(row.baseline),
        ]
        let baseBand: [CSVValue] =
          ensemble.map { ensemble in
            let band = ensemble.baseline.band(row.id, year: year.year)
            return [band?.p10, band?.p90].map { $0.map(cell) ?? .empty }
          } ?? []
        return fixed + baseBand
          + row.cells.enumerated().flatMap { index, entry -> [CSVValue] in
            let own: [CSVValue] = [
              cell(entry.alternative), cell(entry.delta),
              entry.deltaShare.map { .decimal($0, places: 4) } ?? .empty,
            ]
            guard let ensemble else { return own }
            let band = ensemble.deltas[index].band(row.id, year: year.year)
            return own
              + [band?.p10, band?.p50, band?.p90].map { $0.map(cell) ?? .empty }
          }
      }
    }
    return CSVWriter(format: language.csvFormat).write(header: header, rows: rows)
  }
}
