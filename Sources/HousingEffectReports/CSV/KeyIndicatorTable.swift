import HousingEffect

/// The headline indicators per year as CSV: one row per year, one column per indicator.
///
/// In the report's language and its spreadsheet dialect (``Language/csvFormat``): Dutch Excel
/// (semicolons, decimal commas, UTF-8 BOM) for `nl`, RFC 4180 for `en`. Column headers are the
/// indicators' names with their unit in brackets ("Short-stay-bedden (bedden)"); numbers follow
/// the rounding policy of ``NumberFormat/cell(_:unit:)``. With Monte Carlo ranges, every
/// indicator column is followed by its P10, P50 and P90. Tools read the JSON output, which
/// keeps stable ids and unrounded values.
public enum KeyIndicatorTable {
  /// The key indicators of every year of `assessment` as CSV in the language's dialect; with
  /// `ensemble`, P10/P50/P90 columns after every indicator.
  public static func csv(
    _ assessment: Assessment, language: Language = .nl, ensemble: AssessmentEnsemble? = nil
  ) -> String {
    let strings = ReportStrings(language: language)
    let header =
      [strings.pick("jaar", "year"), strings.pick("fase", "phase")]
      + zip(Assessment.keyIndicatorIDs, Assessment.keyIndicatorUnits).flatMap { id, unit in
        let name = columnName(id, unit: unit, strings: strings)
        return ensemble == nil ? [name] : [name] + ["P10", "P50", "P90"].map { "\(name) \($0)" }
      }
    let rows: [[CSVValue]] = assessment.years.map { year in
      let phase =
        year < assessment.establishment.startYear
        ? strings.pick("bouw", "construction")
        : (year < assessment.staffing.fullOperationYear
          ? strings.pick("opstart", "ramp-up")
          : strings.pick("volledige bedrijfsvoering", "full operation"))
      let values = assessment.keyIndicators(year: year)
      let bands = ensemble?.ranges(year: year)
      return [.integer(year), .text(phase)]
        + values.flatMap { indicator -> [CSVValue] in
          let value = NumberFormat.cell(indicator.value, unit: indicator.unit)
          guard let band = bands?[indicator.id] else { return [value] }
          return [value]
            + [band.p10, band.p50, band.p90].map { NumberFormat.cell($0, unit: indicator.unit) }
        }
    }
    return CSVWriter(format: language.csvFormat).write(header: header, rows: rows)
  }

  /// "Short-stay-bedden (bedden)", "Aandeel lokaal (%)": the indicator's name and its unit.
  static func columnName(_ id: IndicatorID, unit: Unit, strings: ReportStrings) -> String {
    let label = strings.label(id)
    // "Banen (fte)", "Vloeroppervlak … (m²)" already name their unit.
    if label.hasSuffix(")") { return label }
    let unitName = unit == .share ? strings.pick("aandeel 0–1", "share 0–1") : strings.unit(unit)
    return "\(label) (\(unitName))"
  }
}
