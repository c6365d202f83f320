import HousingEffect

/// The projection as CSV in long format: one row per region, year, path, variant and
/// indicator, with the central value and P10/P50/P90 (empty without draws).
///
/// Columns: region, year, path, variant (`without` = the path alone, `with` = with the
/// study's establishments), indicator, unit, value, P10, P50, P90 — named in the report's
/// language. In that language's dialect (``Language/csvFormat``), numbers by the rounding
/// policy of ``NumberFormat/cell(_:unit:)``, like every CSV of the tool. Dutch writes the
/// path, variant, indicator and unit in words ("Recente trend", "zonder vestigingen",
/// "Werkzame arbeidsmigranten", "personen"); English keeps the ids, like the JSON.
public enum ProjectionTable {
  /// The CSV header row in `language`: region, year, path, variant, indicator, unit, value, P10,
  /// P50, P90.
  public static func header(_ language: Language) -> [String] {
    let strings = ReportStrings(language: language)
    return [
      strings.pick("regio", "region"), strings.pick("jaar", "year"), strings.pick("pad", "path"),
      strings.pick("variant", "variant"), strings.pick("indicator", "indicator"),
      strings.pick("eenheid", "unit"), strings.pick("waarde", "value"), "P10", "P50", "P90",
    ]
  }

  /// The projection as CSV: one row per area, year, path, variant and indicator, in the
  /// language's CSV dialect.
  public static func csv(_ projection: Projection, language: Language = .nl) -> String {
    var rows: [[CSVValue]] = []
    // Dutch: every value in words (path, variant, indicator, unit); English keeps the ids,
    // as the JSON does for programs.
    let dutch = language == .nl
    let words = ProjectionStrings(language: language)
    for result in projection.areas {
      for (yearIndex, year) in result.years.enumerated() {
        for (pathIndex, path) in result.paths.enumerated() {
          for (variantIndex, variant) in result.variants.enumerated() {
            for indicator in ProjectionIndicator.allCases {
              let position = result.index(
                path: pathIndex, variant: variantIndex, indicator: indicator, year: yearIndex)
              let band = result.bands?[position]
              rows.append(
                [
                  .text(result.area.name), .integer(year),
                  .text(dutch ? words.path(path) : path.name),
                  .text(dutch ? words.variant(variant) : variant.rawValue),
                  .text(dutch ? words.indicator(indicator) : indicator.rawValue),
                  .text(dutch ? words.unit(indicator.unit) : indicator.unit.symbol),
                  NumberFormat.cell(result.central[position], unit: indicator.unit),
                ]
                  + [band?.p10, band?.p50, band?.p90].map {
                    $0.map { NumberFormat.cell($0, unit: indicator.unit) } ?? .empty
                  })
            }
          }
        }
      }
    }
    return CSVWriter(format: language.csvFormat).write(header: header(language), rows: rows)
  }
}

extension ProjectionTable {
  /// The header of `welfareCSV(_:language:)`, in the report's language.
  public static func welfareHeader(_ language: Language) -> [String] {
    let strings = ReportStrings(language: language)
    return [
      strings.pick("regio", "region"), strings.pick("jaar", "year"), strings.pick("pad", "path"),
      strings.pick("variant", "variant"), strings.pick("indicator", "indicator"),
      strings.pick("eenheid", "unit"), strings.pick("waarde", "value"),
      strings.pick("oordeel", "rating"),
    ]
  }

  /// The broad-welfare indicators of the projection (`ProjectionWelfare`) as CSV in long
  /// format: one row per region, year, path, variant and indicator, with its central value and
  /// the scorecard's rating (issue 19, item 7). Dutch writes path, variant, indicator, unit
  /// and rating in words; English keeps the ids (`welfare.migrantsPer1000`, `attention`).
  public static func welfareCSV(_ projection: Projection, language: Language = .nl) -> String {
    let dutch = language == .nl
    let words = ProjectionStrings(language: language)
    let strings = ReportStrings(language: language)
    let scorecard = ProjectionWelfare(study: projection.study)
    var rows: [[CSVValue]] = []
    for result in projection.areas {
      for year in result.years {
        for (pathIndex, path) in result.paths.enumerated() {
          for variant in result.variants {
            for indicator in scorecard.indicators(
              result, path: pathIndex, variant: variant, year: year)
            {
              let per1000 = indicator.unit == .per(.persons, .thousandPersons)
              rows.append([
                .text(result.area.name), .integer(year),
                .text(dutch ? words.path(path) : path.name),
                .text(dutch ? words.variant(variant) : variant.rawValue),
                .text(dutch ? strings.label(indicator.id) : indicator.id.rawValue),
                .text(
                  per1000
                    ? strings.pick("per 1.000 inwoners", "per 1,000 inhabitants")
                    : dutch ? "aandeel" : indicator.unit.symbol),
                indicator.value.map {
                  per1000 ? .decimal($0, places: 1) : .decimal($0, places: 4)
                } ?? .empty,
                .text(dutch ? strings.rating(indicator.rating) : indicator.rating.rawValue),
              ])
            }
          }
        }
      }
    }
    return CSVWriter(format: language.csvFormat).write(header: welfareHeader(language), rows: rows)
  }
}
