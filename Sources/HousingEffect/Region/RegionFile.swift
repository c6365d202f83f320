/// The region-file format: a CSV with one municipality per row, as in the built-in Limburg data.
///
/// Lists inside a field (`neighbours`, `sources`) are separated by `;`; `borders` is `none`, `DE`,
/// `BE` or `DE+BE`; dates are `YYYY-MM-DD` (or `D-M-YYYY` as Dutch Excel saves them).
public enum RegionFile {
  /// Every column, in the order the writer uses.
  public static let columns = [
    "code", "name", "region", "population", "population_date", "dwellings", "dwellings_date",
    "households", "households_date", "area_km2", "labour_migrants", "labour_migrants_year",
    "labour_migrants_kind", "licensed_migrant_beds", "beds_year", "borders", "neighbours",
    "sources", "notes", "notes_nl",
  ]

  /// Columns a region file must have; the others may be left out.
  public static let requiredColumns = ["code", "name", "population", "population_date"]

  /// The most rows a region file may have (Limburg has 31 municipalities, the Netherlands 342).
  public static let maximumRows = 10_000
  /// The most "did you mean" searches for unknown neighbours in one file.
  static let maximumSuggestionSearches = 100

  static func load(text: String, fileName: String?) -> ([Municipality], [Diagnostic]) {
    let delimiter = CSVTable.detectDelimiter(in: text)
    for candidate in [delimiter, delimiter == .comma ? .semicolon : .comma] {
      let (records, recordDiagnostics) = CSVTable.records(text, delimiter: candidate)
      if StatLineExport.matches(records) {
        let (municipalities, diagnostics) = StatLineExport.load(
          records: records, fileName: fileName)
        let csv = fileName.map { name in recordDiagnostics.map { $0.inFile(name) } }
        return (municipalities, (csv ?? recordDiagnostics) + diagnostics)
      }
    }
    let (table, csvDiagnostics) = CSVTable.parse(text, delimiter: delimiter)
    if table.rows.count > maximumRows {
      let diagnostic = Diagnostic(
        .error, .inputTooLarge, at: "",
        "The file has \(table.rows.count) rows; a region file may have at most \(maximumRows).")
      return ([], [fileName.map { diagnostic.inFile($0) } ?? diagnostic])
    }
    var diagnostics = csvDiagnostics
    diagnostics += checkColumns(table)
    var loaded: [(municipality: Municipality, line: Int)] = []
    if !diagnostics.contains(where: { $0.code == .missingField }) {
      var codeLines: [String: Int] = [:]
      var nameLines: [String: (name: String, line: Int)] = [:]
      for row in table.rows where row.fields.contains(where: { !trim($0).isEmpty }) {
        var parser = RowParser(table: table, row: row, decimalComma: delimiter == .semicolon)
        let parsed = parser.municipality()
        diagnostics += parser.diagnostics
        guard let municipality = parsed, !parser.diagnostics.hasErrors else { continue }
        if let line = codeLines[municipality.code] {
          diagnostics.append(
            Diagnostic(
              .error, .duplicateName, at: "code",
              "\(municipality.name): the code \(municipality.code) is already used on line \(line); "
                + "the row is left out.", line: row.line))
          continue
        }
        let key = NameKey(municipality.name).full
        if let earlier = nameLines[key] {
          diagnostics.append(
            Diagnostic(
              .error, .duplicateName, at: "name",
              "'\(municipality.name)' cannot be told apart from '\(earlier.name)' on line "
                + "\(earlier.line); the row is left out.", line: row.line))
          continue
        }
        codeLines[municipality.code] = row.line
        nameLines[key] = (municipality.name, row.line)
        loaded.append((municipality, row.line))
      }
    }
    diagnostics += checkNeighbours(loaded)
    let ordered = diagnostics.enumerated().sorted {
      ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
    }.map(\.element)
    return (
      loaded.map(\.municipality),
      fileName.map { name in ordered.map { $0.inFile(name) } } ?? ordered
    )
  }

  /// The municipalities as a region CSV file in `format`, with the header and columns the reader
  /// (`load`) accepts, so that writing and reading back gives the same municipalities.
  public static func write(_ municipalities: [Municipality], format: CSVFormat) -> String {
    func count(_ value: Int?) -> CSVValue { value.map(CSVValue.integer) ?? .empty }
    func text(_ value: String?) -> CSVValue { value.map(CSVValue.text) ?? .empty }
    let rows: [[CSVValue]] = municipalities.map { m in
      let borders =
        m.borders.isEmpty ? "none" : m.borders.sorted().map(\.rawValue).joined(separator: "+")
      return [
        .text(m.code), .text(m.name), text(m.regionText), .integer(m.population.value),
        .text(m.population.date.description), count(m.dwellings?.value),
        text(m.dwellings?.date.description), count(m.households?.value),
        text(m.households?.date.description), m.landAreaKm2.map(CSVValue.number) ?? .empty,
        count(m.labourMigrants?.count), text(m.labourMigrants?.year),
        text(m.labourMigrants?.kind.rawValue), count(m.licensedMigrantBeds?.count),
        count(m.licensedMigrantBeds?.year), .text(borders),
        .text(m.neighbours.joined(separator: ";")), .text(m.sources.joined(separator: ";")),
        .text(m.notes), .text(m.dutchNotes),
      ]
    }
    return CSVWriter(format: format).write(header: columns, rows: rows)
  }

  private static func checkColumns(_ table: CSVTable) -> [Diagnostic] {
    guard !table.header.isEmpty else { return [] }
    var diagnostics: [Diagnostic] = []
    for column in requiredColumns where table.columnIndex(column) == nil {
      diagnostics.append(
        Diagnostic(
          .error, .missingField, at: column, "The required column '\(column)' is missing.",
          line: table.headerLine))
    }
    for (index, column) in table.header.enumerated() where !columns.contains(column) {
      if column.isEmpty {
        guard table.rows.contains(where: { !trim($0.fields[index]).isEmpty }) else { continue }
        diagnostics.append(
          Diagnostic(
            .warning, .unknownKey, at: "",
            "Column \(index + 1) has no name; its values are ignored.",
            line: table.headerLine))
      } else {
        diagnostics.append(
          Diagnostic(
            .warning, .unknownKey, at: column,
            "'\(column)' is not a region-file column; its values are ignored.",
            line: table.headerLine, suggestion: Suggestion.closest(to: column, in: columns)))
      }
    }
    return diagnostics
  }

  /// Warnings for neighbour lists that contradict each other or name something unexpected.
  private static func checkNeighbours(
    _ loaded: [(municipality: Municipality, line: Int)]
  )
    -> [Diagnostic]
  {
    let region = RegionData(municipalities: loaded.map(\.municipality))
    var listed: [String: Set<String>] = [:]
    for (municipality, _) in loaded {
      listed[municipality.code] = Set(
        region.neighbours(of: municipality).compactMap { $0.municipality?.code })
    }
    var diagnostics: [Diagnostic] = []
    // Each unknown neighbour is compared with every name for a "did you mean"; the number of
    // such searches is bounded so that a large file of near-miss names stays linear.
    var searches = 0
    for (municipality, line) in loaded {
      var seen: Set<String> = []
      for name in municipality.neighbours {
        func warn(_ message: String, suggestion: String? = nil) {
          diagnostics.append(
            Diagnostic(
              .warning, .invalidValue, at: "neighbours", "\(municipality.name): " + message,
              line: line, suggestion: suggestion))
        }
        let suggest = searches < maximumSuggestionSearches
        let lookup = region.municipality(named: name, suggest: suggest)
        if case .failure = lookup, suggest { searches += 1 }
        switch lookup {
        case .success(let neighbour):
          if neighbour.code == municipality.code {
            warn("lists itself as a neighbour.")
          } else if !seen.insert(neighbour.code).inserted {
            warn("lists '\(name)' more than once.")
          } else if !neighbour.neighbours.isEmpty,
            listed[neighbour.code]?.contains(municipality.code) != true
          {
            warn("lists '\(name)' as a neighbour, but '\(neighbour.name)' does not list it.")
          }
        case .failure(let failure):
          // Names outside the file are normal; only a near-identical name suggests a typo.
          if let suggestion = failure.suggestion,
            isLikelyTypo(name, of: suggestion)
          {
            warn("the neighbour '\(name)' is not in the file.", suggestion: suggestion)
          }
        }
      }
    }
    return diagnostics
  }
}

/// One edit apart, or two in a name of eight letters or more ("Testdrop" for "Testdorp"), so
/// that real names outside the file ("Asten" next to "Stein") are not flagged.
private func isLikelyTypo(_ name: String, of candidate: String) -> Bool {
  let distance = Suggestion.editDistance(name.lowercased(), candidate.lowercased())
  return distance <= 1 || (distance == 2 && name.count >= 8)
}

private func trim(_ text: String) -> String {
  let scalars = text.unicodeScalars
  guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
  else { return "" }
  return String(scalars[start...end])
}

/// Reads one row into a ``Municipality``, collecting a diagnostic for every bad field.
private struct RowParser {
  let table: CSVTable
  let row: CSVTable.Row
  let decimalComma: Bool
  var diagnostics: [Diagnostic] = []
  /// How the row is named in messages: its municipality name, else its line.
  var label: String

  init(table: CSVTable, row: CSVTable.Row, decimalComma: Bool) {
    self.table = table
    self.row = row
    self.decimalComma = decimalComma
    let name = table.value(row, "name").map(trim) ?? ""
    label = name.isEmpty ? "Row" : name
  }

  func text(_ column: String) -> String {
    table.value(row, column).map(trim) ?? ""
  }

  mutating func report(
    _ severity: Diagnostic.Severity, _ code: DiagnosticCode, _ column: String, _ message: String,
    suggestion: String? = nil
  ) {
    diagnostics.append(
      Diagnostic(
        severity, code, at: column, "\(label): \(message)", line: row.line,
        suggestion: suggestion))
  }

  /// An `invalid-value` error.
  mutating func report(_ column: String, _ message: String, suggestion: String? = nil) {
    report(.error, .invalidValue, column, message, suggestion: suggestion)
  }

  mutating func municipality() -> Municipality? {
    let code = self.code()
    let name = text("name")
    if name.isEmpty { report(.error, .missingField, "name", "the name is empty.") }
    var population = dated("population", "population_date", required: true)
    if let count = population, count.value <= 0 {
      // Every rate per inhabitant divides by it: 0 (or -0) gave 178,178 migrants per 1,000
      // inhabitants (issue 22).
      report(
        "population",
        "the population is \(count.value); a municipality has at least 1 inhabitant.",
        suggestion: "give the number of inhabitants on population_date")
      population = nil
    }
    let (policyRegion, subRegion) = region()
    let landArea = area()
    let dwellings = dated("dwellings", "dwellings_date")
    let households = dated("households", "households_date")
    let labourMigrants = labourMigrants()
    let licensedBeds = licensedBeds()
    let borders = borders()
    let neighbours = list("neighbours")
    let sources = sources()
    guard let code, !name.isEmpty, let population else { return nil }
    return Municipality(
      code: code, name: name, policyRegion: policyRegion, subRegion: subRegion,
      population: population, landAreaKm2: landArea, dwellings: dwellings,
      households: households, labourMigrants: labourMigrants, licensedMigrantBeds: licensedBeds,
      borders: borders, neighbours: neighbours, sources: sources, notes: text("notes"),
      dutchNotes: text("notes_nl"))
  }

  mutating func code() -> String? {
    let raw = text("code")
    if raw.isEmpty {
      report(.error, .missingField, "code", "the CBS code is empty.")
      return nil
    }
    guard let code = RegionData.cbsCode(raw) else {
      report("code", "'\(raw)' is not a CBS municipality code like GM0983.")
      return nil
    }
    return code
  }

  mutating func region() -> (Municipality.PolicyRegion?, String?) {
    let raw = text("region")
    guard !raw.isEmpty else { return (nil, nil) }
    var main = raw
    var sub: String?
    if raw.hasSuffix(")"), let open = raw.lastIndex(of: "(") {
      main = trim(String(raw[..<open]))
      sub = trim(String(raw[raw.index(after: open)..<raw.index(before: raw.endIndex)]))
    }
    let key = NameKey.fold(main)
    if let region = Municipality.PolicyRegion.allCases.first(where: {
      NameKey.fold($0.rawValue) == key
    }) {
      return (region, sub?.isEmpty == true ? nil : sub)
    }
    let names = Municipality.PolicyRegion.allCases.map(\.rawValue)
    if let suggestion = Suggestion.closest(to: main, in: names) {
      report(
        .warning, .invalidValue, "region",
        "'\(main)' is not a Limburg policy region; the text is kept as it is.",
        suggestion: suggestion)
    }
    return (nil, raw)
  }

  /// A whole number ≥ 0; `nil` (after a diagnostic) when the text is not one.
  mutating func integer(_ column: String, _ raw: String) -> Int? {
    var digits = Substring(raw)
    let negative = digits.first == "-"
    if negative || digits.first == "+" { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      let separators = raw.contains(".") || raw.contains(",") || raw.contains(" ")
      report(
        column,
        "'\(raw)' is not a whole number"
          + (separators ? "; write it without thousands separators." : "."))
      return nil
    }
    // The same limit as every number in an establishment file: at most 1e15.
    guard let value = Int(digits), value <= 1_000_000_000_000_000 else {
      report(
        .error, .valueTooLarge, column,
        "'\(raw)' is too large; no number in an input file may be above 1e15.")
      return nil
    }
    guard !negative || value == 0 else {
      report(.error, .negativeValue, column, "'\(raw)' is negative.")
      return nil
    }
    return value
  }

  /// `YYYY-MM-DD`, or `D-M-YYYY` as Dutch Excel writes dates.
  mutating func day(_ column: String, _ raw: String) -> Day? {
    let parts = raw.split(separator: "-", omittingEmptySubsequences: false)
    let numbers = parts.compactMap { part in
      part.allSatisfy({ $0.isASCII && $0.isNumber }) ? Int(part) : nil
    }
    if parts.count == 3, numbers.count == 3 {
      if parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
        let day = Day(year: numbers[0], month: numbers[1], day: numbers[2])
      {
        return day
      }
      if parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
        let day = Day(year: numbers[2], month: numbers[1], day: numbers[0])
      {
        return day
      }
    }
    report(column, "'\(raw)' is not a date; write it as YYYY-MM-DD.")
    return nil
  }

  /// A count with its reference date; both or neither must be given.
  mutating func dated(
    _ valueColumn: String, _ dateColumn: String, required: Bool = false
  )
    -> Municipality.DatedCount?
  {
    let rawValue = text(valueColumn)
    let rawDate = text(dateColumn)
    if rawValue.isEmpty {
      if required {
        report(.error, .missingField, valueColumn, "\(valueColumn) is empty.")
      } else if !rawDate.isEmpty {
        report(
          .warning, .invalidValue, dateColumn,
          "\(dateColumn) is given but \(valueColumn) is empty; the date is ignored.")
      }
      if required, rawDate.isEmpty {
        report(.error, .missingField, dateColumn, "\(dateColumn) is empty.")
      }
      return nil
    }
    let value = integer(valueColumn, rawValue)
    if rawDate.isEmpty {
      report(
        .error, .missingField, dateColumn,
        "\(valueColumn) \(rawValue) has no reference date in \(dateColumn).")
      return nil
    }
    let date = day(dateColumn, rawDate)
    guard let value, let date else { return nil }
    return Municipality.DatedCount(value, on: date)
  }

  mutating func area() -> Double? {
    let raw = text("area_km2")
    guard !raw.isEmpty else { return nil }
    var body = Substring(raw)
    let negative = body.first == "-"
    if negative { body = body.dropFirst() }
    let separators = body.filter { $0 == "." || $0 == "," }
    let digitsOnly = body.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "." || $0 == "," }
    guard digitsOnly, separators.count <= 1, body.first?.isNumber == true,
      body.last?.isNumber == true
    else {
      report("area_km2", "'\(raw)' is not a number.")
      return nil
    }
    if separators == ",", !decimalComma {
      report(
        "area_km2",
        "'\(raw)' uses a decimal comma in a comma-separated file; write a decimal point.")
      return nil
    }
    guard let value = Double(String(body.map { $0 == "," ? "." : $0 })) else {
      report("area_km2", "'\(raw)' is not a number.")
      return nil
    }
    guard value.isFinite, value <= 1e15 else {
      report(
        .error, .valueTooLarge, "area_km2",
        "'\(raw)' is too large; no number in an input file may be above 1e15.")
      return nil
    }
    if negative, value != 0 {
      report(.error, .negativeValue, "area_km2", "'\(raw)' is negative.")
      return nil
    }
    if value == 0 {
      report("area_km2", "the land area is zero; leave it empty when it is not known.")
      return nil
    }
    return value
  }

  /// A calendar year in 1900...2100.
  mutating func year(_ column: String, _ raw: String) -> Int? {
    guard raw.count == 4, raw.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(raw) else {
      report(column, "'\(raw)' is not a year like 2024.")
      return nil
    }
    guard (1900...2100).contains(year) else {
      report(.error, .yearOutOfRange, column, "\(year) is not between 1900 and 2100.")
      return nil
    }
    return year
  }

  mutating func labourMigrants() -> Municipality.LabourMigrants? {
    let rawCount = text("labour_migrants")
    let rawYear = text("labour_migrants_year")
    let rawKind = text("labour_migrants_kind")
    guard !rawCount.isEmpty else {
      if !rawYear.isEmpty || !rawKind.isEmpty {
        report(
          .warning, .invalidValue, "labour_migrants",
          "labour_migrants_year or labour_migrants_kind is given without a count; ignored.")
      }
      return nil
    }
    let count = integer("labour_migrants", rawCount)
    var period: String?
    if rawYear.isEmpty {
      report(
        .error, .missingField, "labour_migrants_year",
        "the labour-migrant count has no year or period.")
    } else {
      let parts = rawYear.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
      if parts.count <= 2 {
        let years = parts.compactMap { year("labour_migrants_year", $0) }
        if years.count == parts.count {
          if years.count == 2, years[0] > years[1] {
            report(
              .error, .yearsOutOfOrder, "labour_migrants_year",
              "the period '\(rawYear)' ends before it starts.")
          } else {
            period = rawYear
          }
        }
      } else {
        report("labour_migrants_year", "'\(rawYear)' is not a year or a period like 2016-2018.")
      }
    }
    var kind: Municipality.LabourMigrants.Kind?
    if rawKind.isEmpty {
      report(
        .error, .missingField, "labour_migrants_kind",
        "the labour-migrant count has no kind (working, registered or estimate).")
    } else {
      kind = Municipality.LabourMigrants.Kind(rawValue: rawKind.lowercased())
      if kind == nil {
        let kinds = Municipality.LabourMigrants.Kind.allCases.map(\.rawValue)
        report(
          "labour_migrants_kind", "'\(rawKind)' is not one of \(kinds.joined(separator: ", ")).",
          suggestion: Suggestion.closest(to: rawKind, in: kinds))
      }
    }
    guard let count, let period, let kind else { return nil }
    return Municipality.LabourMigrants(count, year: period, kind: kind)
  }

  mutating func licensedBeds() -> Municipality.LicensedBeds? {
    let rawCount = text("licensed_migrant_beds")
    let rawYear = text("beds_year")
    guard !rawCount.isEmpty else {
      if !rawYear.isEmpty {
        report(
          .warning, .invalidValue, "beds_year",
          "beds_year is given but licensed_migrant_beds is empty; ignored.")
      }
      return nil
    }
    let count = integer("licensed_migrant_beds", rawCount)
    guard !rawYear.isEmpty else {
      report(.error, .missingField, "beds_year", "the licensed-bed count has no year.")
      return nil
    }
    guard let year = year("beds_year", rawYear), let count else { return nil }
    return Municipality.LicensedBeds(count, year: year)
  }

  mutating func borders() -> Set<Municipality.Country> {
    let raw = text("borders")
    guard !raw.isEmpty, raw.lowercased() != "none" else { return [] }
    var countries: Set<Municipality.Country> = []
    for part in raw.split(whereSeparator: { $0 == "+" || $0 == "/" }) {
      let token = trim(String(part)).uppercased()
      guard let country = Municipality.Country(rawValue: token) else {
        report("borders", "'\(raw)' is not none, DE, BE or DE+BE.")
        return []
      }
      countries.insert(country)
    }
    return countries
  }

  func list(_ column: String) -> [String] {
    text(column).split(separator: ";").map { trim(String($0)) }.filter { !$0.isEmpty }
  }

  mutating func sources() -> [String] {
    let sources = list("sources")
    for source in sources where !(source.hasPrefix("https://") || source.hasPrefix("http://")) {
      report(.warning, .invalidValue, "sources", "the source '\(source)' is not a web address.")
    }
    return sources
  }
}
