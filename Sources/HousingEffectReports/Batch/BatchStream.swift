import HousingEffect

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The machine formats of `batch` (CSV and JSON) in pieces: the rows chunk by chunk as they are
/// assessed, the totals at the end. The pieces put together are the same bytes as
/// ``BatchReport`` writes from a whole `BatchResult`, which a test checks.
///
/// The rows of a JSON document come after the totals (keys are sorted), so a writer keeps the
/// row pieces aside (a temporary file) and writes `head`, the pieces joined by
/// ``jsonSeparator``, then `tail`.
public struct BatchStream: Sendable {
  /// The language of the CSV header and words.
  public var language: Language
  /// The CSV dialect (separator, decimal mark, byte order mark).
  public var format: CSVFormat
  /// Whether the rows carry P10–P90 bands (the run has draws): their columns are in the header.
  public var ranged: Bool

  /// In `language`'s CSV dialect (``Language/csvFormat``) unless `format` is given.
  public init(language: Language, format: CSVFormat? = nil, ranged: Bool) {
    self.language = language
    self.format = format ?? language.csvFormat
    self.ranged = ranged
  }

  // MARK: CSV

  /// The byte order mark (if the dialect has one) and the header line.
  public var csvHead: String {
    (format.byteOrderMark ? "\u{FEFF}" : "") + CSVWriter(format: format).record(csvHeader)
      + format.lineEnding.rawValue
  }

  /// Column headers in the report's language, with units. The rows and the totals share them:
  /// `level` says which a line is (`establishment`, `municipality`, `region`), and a column
  /// that does not apply to a level is empty.
  var csvHeader: [String] {
    let name = BatchReport.columnNames(language)
    var header = [
      "level", "line", "name", "municipality", "code", "type", "headline_year", "jobs_fte",
      "labour_migrants", "short_stay_beds", "mid_stay_rooms", "long_stay_dwellings",
      "shortfall_beds", "host_temporary_beds", "host_long_stay_dwellings", "migrants_per_1000",
      "region", "temporary_beds", "employer_beds", "licensed_beds", "vacant_beds",
      "housing_pressure", "gp_pressure", "primary_pressure", "thresholds_crossed",
    ].map { name[$0] ?? $0 }
    let bandNames = [
      "labour_migrants", "short_stay_beds", "mid_stay_rooms", "long_stay_dwellings",
      "shortfall_beds",
    ].map { name[$0] ?? $0 }
    if ranged { header += bandNames.flatMap { [$0 + " P10", $0 + " P90"] } }
    return header
  }

  /// One line per row, each with its line ending.
  public func csvLines(_ rows: [BatchResult.Row]) -> String {
    var bytes: [UInt8] = []
    appendCSVLines(rows[...], to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The UTF-8 bytes of ``csvLines(_:)`` for `rows`, appended to `bytes`: one buffer, no
  /// `String` per cell.
  public func appendCSVLines(_ rows: ArraySlice<BatchResult.Row>, to bytes: inout [UInt8]) {
    let writer = CSVWriter(format: format)
    let ending = Array(format.lineEnding.rawValue.utf8)
    for row in rows {
      writer.appendRecord(csvCells(row), to: &bytes)
      bytes.append(contentsOf: ending)
    }
  }

  /// The bytes of ``csvLines(_:)`` made on up to `threads` threads, each writing a run of
  /// consecutive rows, joined in row order: the same bytes on any number of threads.
  public func csvBytes(_ rows: [BatchResult.Row], threads: Int) -> [UInt8] {
    let parts = min(max(1, threads), rows.count / Self.rowsPerPart + 1)
    guard parts > 1 else {
      var bytes: [UInt8] = []
      appendCSVLines(rows[...], to: &bytes)
      return bytes
    }
    let pieces = Ensemble.map(count: parts, threads: parts) { part -> [UInt8] in
      let range = rows.count * part / parts..<rows.count * (part + 1) / parts
      var bytes: [UInt8] = []
      bytes.reserveCapacity(range.count * 256)
      appendCSVLines(rows[range], to: &bytes)
      return bytes
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(pieces.reduce(0) { $0 + $1.count })
    for piece in pieces { bytes += piece }
    return bytes
  }

  /// The fewest rows worth a thread of their own.
  static let rowsPerPart = 64

  // The rounding policy of every CSV (``NumberFormat/cell(_:unit:)``); empty when unknown.
  static func persons(_ value: Double?) -> CSVValue {
    value.map { NumberFormat.cell($0, unit: .persons) } ?? .empty
  }
  static func fte(_ value: Double?) -> CSVValue {
    value.map { NumberFormat.cell($0, unit: .fte) } ?? .empty
  }
  static func share(_ value: Double?) -> CSVValue {
    value.map { NumberFormat.cell($0, unit: .share) } ?? .empty
  }
  static func perThousand(_ value: Double?) -> CSVValue {
    value.flatMap { $0.isFinite ? CSVValue.decimal($0, places: 1) : nil } ?? .empty
  }

  func csvCells(_ r: BatchResult.Row) -> [CSVValue] {
    typealias Cell = BatchStream
    var cells: [CSVValue] = [
      .text("establishment"), .integer(r.line), .text(r.name), .text(r.municipality),
      .text(r.code), .text(r.type.rawValue), .integer(r.headlineYear), Cell.fte(r.jobsFTE),
      Cell.persons(r.labourMigrants), Cell.persons(r.shortStayBeds),
      Cell.persons(r.midStayRooms), Cell.persons(r.longStayDwellings),
      Cell.persons(r.shortfallBeds), Cell.persons(r.hostTemporaryBeds),
      Cell.persons(r.hostLongStayDwellings), Cell.perThousand(r.migrantsPer1000), .empty,
      Cell.persons(r.need.temporaryBeds), Cell.persons(r.employerBedsCounted), .empty,
      Cell.persons(r.freeLegalBeds), .empty, Cell.share(r.gpPressure),
      Cell.share(r.primaryPressure), .empty,
    ]
    if ranged, let bands = r.ranges {
      for band in [
        bands.labourMigrants, bands.shortStayBeds, bands.midStayRooms, bands.longStayDwellings,
        bands.shortfallBeds,
      ] {
        cells += [Cell.persons(band.p10), Cell.persons(band.p90)]
      }
    }
    return cells
  }

  /// The totals as CSV lines after the rows, in the rows' columns: every municipality, then
  /// every region; each with its line ending.
  public func csvTotals(_ result: BatchResult) -> String {
    let writer = CSVWriter(format: format)
    let ending = format.lineEnding.rawValue
    return csvTotalCells(result).map {
      writer.record($0.map { $0.text(in: format) }) + ending
    }.joined()
  }

  /// The cells of the totals' lines: every municipality, then every region.
  func csvTotalCells(_ result: BatchResult) -> [[CSVValue]] {
    typealias Cell = BatchStream
    let bands = ranged ? Array(repeating: CSVValue.empty, count: 10) : []
    func cells(_ t: BatchResult.Total, level: String) -> [CSVValue] {
      [
        .text(level), .empty, .text(t.name), .text(level == "municipality" ? t.name : ""),
        .text(t.code ?? ""), .empty, .empty, Cell.fte(t.jobsFTE), Cell.persons(t.labourMigrants),
        .empty, Cell.persons(t.need.midStayRooms), Cell.persons(t.longStayDwellings),
        Cell.persons(t.temporaryShortfall), .empty, .empty, Cell.perThousand(t.migrantsPer1000),
        .text(t.region ?? ""), Cell.persons(t.temporaryBeds), Cell.persons(t.employerBeds),
        Cell.persons(t.licensedBeds), Cell.persons(t.vacantBeds), Cell.share(t.housingPressure),
        Cell.share(t.gpPressure), Cell.share(t.primaryPressure),
        .text(t.crossed.joined(separator: " ")),
      ] + bands
    }
    return result.municipalities.map { cells($0, level: "municipality") }
      + result.regions.map { cells($0, level: "region") }
  }

  // MARK: JSON

  /// Between two pieces of rows.
  public static let jsonSeparator = ",\n"

  /// The rows of one chunk, as they stand in the document's `rows` array (indented, without
  /// the brackets and without a separator at either end); empty for no rows.
  public static func jsonRows(_ rows: [BatchResult.Row]) throws -> String {
    guard !rows.isEmpty else { return "" }
    let array = try encode(rows)
    // "[\n  {…},\n  {…}\n]": the lines inside the brackets, two levels deeper.
    let lines = array.split(separator: "\n", omittingEmptySubsequences: false)
    return lines.dropFirst().dropLast().map(deeper).joined(separator: "\n")
  }

  /// The document up to the first row.
  public static func jsonHead(_ result: BatchResult) throws -> String {
    "{\n  \"balance\" : " + indented(try encode(result.balance)) + ",\n"
      + "  \"municipalities\" : " + indented(try encode(result.municipalities)) + ",\n"
      + "  \"regions\" : " + indented(try encode(result.regions)) + ",\n" + "  \"rows\" : ["
  }

  /// The document after the last row; `empty` when the run had no rows at all.
  public static func jsonTail(empty: Bool) -> String {
    (empty ? "\n\n  ]" : "\n  ]") + ",\n  \"schemaVersion\" : "
      + String(BatchReport.Document.schemaVersion) + "\n}\n"
  }

  /// What comes between `jsonHead` and the first row.
  public static let jsonFirstRow = "\n"

  /// The value's JSON, byte for byte as `JSONEncoder` wrote it (design note 65).
  static func encode(_ value: some JSONRepresentable) throws -> String {
    try JSONWriter.render(value.json)
  }

  /// `json` one level deeper: every line after the first indented by two spaces.
  static func indented(_ json: String) -> String {
    json.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
      $0.offset == 0 ? String($0.element) : deeper($0.element)
    }.joined(separator: "\n")
  }

  /// One line two spaces deeper; the encoder leaves the blank line of an empty array blank.
  static func deeper(_ line: Substring) -> String {
    line.isEmpty ? "" : "  " + line
  }
}
