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
    // Dutch: every value in words (path, variant, indicator, unit); English keeps the ids,
    // as the JSON does for programs.
    let dutch = language == .nl
    let words = ProjectionStrings(language: language)
    let writer = CSVWriter(format: language.csvFormat)
    let ending = Array(writer.format.lineEnding.rawValue.utf8)
    // Written record by record into bytes (the same bytes as `CSVWriter.write(header:rows:)`,
    // a test compares them): a projection has a row per area, year, path, variant and
    // indicator, 22,475 for the province's 31 municipalities, and a `String` per cell and per
    // row cost about 25 k instructions a row (issue 18).
    var bytes: [UInt8] = []
    // About 60 bytes a row, 80 with a band; reserved once (reserving per area would copy).
    bytes.reserveCapacity(
      projection.areas.reduce(200) { $0 + $1.central.count * ($1.bands == nil ? 60 : 80) })
    if writer.format.byteOrderMark { bytes.append(contentsOf: "\u{FEFF}".utf8) }
    bytes.append(contentsOf: writer.record(header(language)).utf8)
    bytes.append(contentsOf: ending)
    let indicators = ProjectionIndicator.allCases
    let delimiter = Array(writer.format.delimiter.rawValue.utf8)
    // A text cell as `appendRecord` writes it in a record of several cells: nothing when
    // empty, else the text, quoted when it has to be (`CSVWriter.field`). The words of the
    // rows are made once, not once per row.
    func cell(_ text: String) -> [UInt8] { text.isEmpty ? [] : Array(writer.field(text).utf8) }
    let indicatorCells = indicators.map { cell(dutch ? words.indicator($0) : $0.rawValue) }
    let unitCells = indicators.map { cell(dutch ? words.unit($0.unit) : $0.unit.symbol) }
    func put(_ cell: [UInt8]) {
      bytes.append(contentsOf: cell)
      bytes.append(contentsOf: delimiter)
    }
    var numbers: [CSVValue] = []
    numbers.reserveCapacity(4)
    for result in projection.areas {
      let area = cell(result.area.name)
      let pathCells = result.paths.map { cell(dutch ? words.path($0) : $0.name) }
      let variantCells = result.variants.map {
        cell(dutch ? words.variant($0) : $0.rawValue)
      }
      for (yearIndex, year) in result.years.enumerated() {
        let yearCell = Array(String(year).utf8)
        for pathIndex in result.paths.indices {
          for variantIndex in result.variants.indices {
            for (number, indicator) in indicators.enumerated() {
              let position = result.index(
                path: pathIndex, variant: variantIndex, indicator: indicator, year: yearIndex)
              // Region, year, path, variant, indicator and unit, each followed by the
              // delimiter; then the value and the band through `appendRecord`, which writes
              // each cell of a record by itself, so the row is the record of all ten cells.
              put(area)
              put(yearCell)
              put(pathCells[pathIndex])
              put(variantCells[variantIndex])
              put(indicatorCells[number])
              put(unitCells[number])
              numbers.removeAll(keepingCapacity: true)
              numbers.append(NumberFormat.cell(result.central[position], unit: indicator.unit))
              if let band = result.bands?[position] {
                numbers.append(NumberFormat.cell(band.p10, unit: indicator.unit))
                numbers.append(NumberFormat.cell(band.p50, unit: indicator.unit))
                numbers.append(NumberFormat.cell(band.p90, unit: indicator.unit))
              } else {
                numbers.append(.empty)
                numbers.append(.empty)
                numbers.append(.empty)
              }
              writer.appendRecord(numbers, to: &bytes)
              bytes.append(contentsOf: ending)
            }
          }
        }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
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
