/// One establishment read from a batch CSV, with the line it came from.
public struct BatchRow: Sendable, Hashable {
  /// The 1-based line of the CSV the row starts on, for messages and the output's `line` column.
  public var line: Int
  /// The establishment the row describes, as a quick estimate with the row's optional inputs.
  public var establishment: Establishment

  /// A row read from `line`.
  public init(line: Int, establishment: Establishment) {
    self.line = line
    self.establishment = establishment
  }
}

/// The batch CSV: one establishment per row, in the quick-estimate fields plus the common
/// optional inputs. Comma- or semicolon-separated (detected; with `;` a decimal comma is read).
///
/// See `Docs/batch-format.md`.
public enum BatchFile {
  /// Every column, in documentation order.
  public static let columns = [
    "name", "municipality", "type", "jobs", "floor_area", "hectares", "start_year",
    "agency_share", "migrant_share", "employer_beds", "employer_norm", "free_legal_beds",
  ]

  /// The columns every batch CSV must have; a header without one is an error and no row is read.
  public static let requiredColumns = ["municipality", "type"]

  /// The start year of a row that gives none: fixed, never the clock (as `assess`).
  public static let defaultStartYear = 2028

  /// Whether `text` looks like a batch file rather than a region file: its header has `type`
  /// and `municipality` and no `code`.
  public static func matches(_ text: String) -> Bool {
    let header = CSVRowReader(text, delimiter: CSVTable.detectDelimiter(in: text)).header
    return header.contains("type") && header.contains("municipality") && !header.contains("code")
  }

  /// The rows without errors, every problem with its line and column, and the lines of the
  /// rows left out. Reads the whole file; ``BatchReader`` reads it in chunks.
  public static func load(
    text: String, fileName: String? = nil, regions: RegionData
  ) -> (rows: [BatchRow], diagnostics: [Diagnostic], invalidLines: [Int]) {
    var reader = BatchReader(text: text, fileName: fileName, regions: regions)
    var rows: [BatchRow] = []
    while !reader.isFinished { rows += reader.next(BatchResult.progressChunk) }
    let (diagnostics, invalid) = reader.problems()
    return (rows, diagnostics, invalid)
  }
}

/// Reads one batch row, collecting a diagnostic for every bad field.
struct BatchRowReader {
  let header: [String]
  let row: CSVTable.Row
  let decimalComma: Bool
  var diagnostics: [Diagnostic] = []

  init(header: [String], row: CSVTable.Row, decimalComma: Bool) {
    self.header = header
    self.row = row
    self.decimalComma = decimalComma
  }

  func text(_ column: String) -> String {
    let field = header.firstIndex(of: column).flatMap {
      $0 < row.fields.count ? row.fields[$0] : nil
    }
    let value = Substring(field ?? "")
    // Most fields neither start nor end with a space: seen from the bytes, without the Unicode
    // tables (an ASCII scalar other than a line feed is a character of its own).
    if let first = value.utf8.first, let last = value.utf8.last,
      Self.isPlainASCII(first), Self.isPlainASCII(last)
    {
      return String(value)
    }
    guard let first = value.firstIndex(where: { !$0.isWhitespace }),
      let last = value.lastIndex(where: { !$0.isWhitespace })
    else { return "" }
    return String(value[first...last])
  }

  /// Whether `byte` is an ASCII character that is not white space.
  static func isPlainASCII(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte < 0x7F
  }

  mutating func error(
    _ code: DiagnosticCode, _ column: String, _ message: String, suggestion: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(
        .error, code, at: column, "Column '\(column)': \(message)", line: row.line,
        suggestion: suggestion))
  }

  /// A number ≥ 0 and ≤ `maximum`, or `nil` when the field is empty or wrong (with an error).
  mutating func number(_ column: String, maximum: Double) -> Double? {
    let raw = text(column)
    guard !raw.isEmpty else { return nil }
    var body = raw
    if decimalComma { body = body.replacingText(",", with: ".") }
    // The ASCII characters that are numbers are the digits 0–9.
    guard body.utf8.allSatisfy({ (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2D }),
      let value = Double(body), value.isFinite
    else {
      let hint =
        raw.contains(",") && !decimalComma
        ? " A comma-separated file takes a decimal point." : ""
      error(.invalidValue, column, "'\(raw)' is not a number.\(hint)")
      return nil
    }
    if value < 0 {
      error(.negativeValue, column, "'\(raw)' is negative.")
      return nil
    }
    if value > maximum {
      error(.valueTooLarge, column, "'\(raw)' is larger than \(Int(maximum)).")
      return nil
    }
    // -0 is 0 (issue 22: "-0" jobs gave −0 FTE in the output).
    return value == 0 ? 0 : value
  }

  mutating func share(_ column: String) -> Double? {
    guard let value = number(column, maximum: .greatestFiniteMagnitude) else { return nil }
    guard value <= 1 else {
      error(
        .shareOutOfRange, column, "\(text(column)) is not a share from 0 to 1.",
        suggestion: value <= 100 ? EstablishmentLoader.formatNumber(value / 100) : nil)
      return nil
    }
    return value
  }

  /// The row's establishment, its municipality resolved through `lookup`; `nil` when a field
  /// has an error.
  mutating func establishment(lookup: inout MunicipalityLookup) -> Establishment? {
    let municipalityText = text("municipality")
    return establishment(
      municipality: municipalityText.isEmpty
        ? nil : lookup.municipality(named: municipalityText))
  }

  /// The row's establishment, its municipality `resolved` already (`nil` when the field is
  /// empty); `nil` when a field has an error. Reads nothing shared, so rows convert in parallel.
  mutating func establishment(
    municipality resolved: Result<Municipality, MunicipalityLookupFailure>?
  ) -> Establishment? {
    var municipality: Municipality?
    switch resolved {
    case nil: error(.missingField, "municipality", "the municipality is empty.")
    case .success(let found): municipality = found
    case .failure(let failure):
      error(
        .unknownMunicipality, "municipality",
        failure.message + " Add it with --region-file.", suggestion: failure.suggestion)
    }
    let typeText = text("type")
    var type: EstablishmentType?
    if typeText.isEmpty {
      error(.missingField, "type", "the establishment type is empty.")
    } else {
      type = EstablishmentType(rawValue: typeText)
      if type == nil {
        error(
          .unknownEstablishmentType, "type", "'\(typeText)' is not an establishment type.",
          suggestion: Suggestion.closest(
            to: typeText, in: EstablishmentType.allCases.map(\.rawValue)))
      }
    }
    let jobs = number("jobs", maximum: EstablishmentLoader.maximumJobs)
    let floorArea = number("floor_area", maximum: EstablishmentLoader.maximumFloorAreaM2)
    let hectares = number("hectares", maximum: EstablishmentLoader.maximumHectares)
    let given = [
      jobs.map { ("jobs", EstablishmentSize.jobs($0)) },
      floorArea.map { ("floor_area", EstablishmentSize.floorArea($0)) },
      hectares.map { ("hectares", EstablishmentSize.hectares($0)) },
    ].compactMap { $0 }
    var size: EstablishmentSize?
    if given.count > 1 {
      error(
        .contradictorySize, given[1].0,
        "give one size: jobs, floor_area or hectares, not \(given.map(\.0).joined(separator: " and "))."
      )
    } else if let (column, value) = given.first {
      size = value
      if let type, value.basis != .jobs, value.basis != type.physicalSizeBasis {
        let other = type.physicalSizeBasis == .hectares ? "hectares" : "floor_area"
        error(
          .invalidValue, column,
          "a\(type.englishNameWithArticle.dropFirst()) is sized by jobs"
            + (type.physicalSizeBasis == nil ? "" : " or \(other)") + ".",
          suggestion: type.physicalSizeBasis == nil ? "jobs" : other)
        size = nil
      }
    } else if !diagnostics.contains(where: { ["jobs", "floor_area", "hectares"].contains($0.path) })
    {
      error(.missingSize, "jobs", "the row gives no size: fill in jobs, floor_area or hectares.")
    }
    var startYear = BatchFile.defaultStartYear
    let yearText = text("start_year")
    if !yearText.isEmpty {
      if let year = Int(yearText), EstablishmentLoader.yearWindow.contains(year) {
        startYear = year
      } else {
        error(
          .yearOutOfRange, "start_year",
          "'\(yearText)' is not a year from \(EstablishmentLoader.yearWindow.lowerBound) to "
            + "\(EstablishmentLoader.yearWindow.upperBound).")
      }
    }
    let agencyShare = share("agency_share")
    let migrantShare = share("migrant_share")
    let maximumBeds = Double(EstablishmentLoader.maximumBeds)
    let employerBeds = number("employer_beds", maximum: maximumBeds)
    let normText = text("employer_norm")
    var norm: HousingNorm?
    if !normText.isEmpty {
      norm = HousingNorm(rawValue: normText.lowercased())
      if norm == nil {
        error(
          .invalidValue, "employer_norm", "'\(normText)' is not a housing norm.",
          suggestion: Suggestion.closest(to: normText, in: HousingNorm.allCases.map(\.rawValue)))
      } else if employerBeds == nil {
        error(.missingField, "employer_beds", "employer_norm is given without employer_beds.")
      }
    }
    if employerBeds != nil, employerBeds?.rounded() != employerBeds {
      error(.invalidValue, "employer_beds", "beds are whole numbers.")
    }
    let freeBeds = number("free_legal_beds", maximum: maximumBeds)
    guard let municipality, let type, let size else { return nil }
    var overrides: [ParameterOverride] = []
    let reason = "batch file, line \(row.line)"
    if let agencyShare {
      overrides.append(
        ParameterOverride(
          .workforceAgencyShare(type.sectorGroup), value: agencyShare,
          reason: reason + ", agency_share"))
    }
    if let migrantShare {
      overrides.append(
        ParameterOverride(
          ResolvedSegment.agencyMigrantShareParameter(for: type.sectorGroup),
          value: migrantShare, reason: reason + ", migrant_share"))
    }
    let seasonal =
      ParameterCatalog.standard[.workforceSeasonalShare(type.sectorGroup)]?
      .current?.value ?? 0
    if let agencyShare, agencyShare + seasonal > 1 {
      error(
        .shareOutOfRange, "agency_share",
        "with the sector's seasonal share of \(EstablishmentLoader.formatNumber(seasonal)), the "
          + "agency share can be at most \(EstablishmentLoader.formatNumber(1 - seasonal)).",
        suggestion: EstablishmentLoader.formatNumber(1 - seasonal))
      return nil
    }
    let name = text("name")
    return Establishment(
      name: name.isEmpty ? "\(type.englishName), \(municipality.name) (line \(row.line))" : name,
      municipality: municipality.name, type: type, size: size, startYear: startYear,
      employerHousing: employerBeds.map { EmployerHousing(beds: $0, norm: norm) },
      freeLegalBeds: freeBeds, overrides: overrides,
      sources: ["Batch file, line \(row.line)."])
  }
}
