/// A batch CSV read in chunks of rows, so that a file of 100,000 establishments is assessed and
/// written without ever being held as establishments all at once (see Docs/batch-format.md).
///
/// Problems collect as the rows are read; ``problems()`` gives them sorted by line. When the
/// header has an error (a required column missing, a column twice) no row is read at all.
public struct BatchReader {
  private var csv: CSVRowReader
  private let fileName: String?
  /// Each municipality name resolved once.
  private var lookup: MunicipalityLookup
  private let decimalComma: Bool
  private var diagnostics: [Diagnostic]
  private var invalid: [Int] = []
  /// Unnamed columns not yet seen with a value: one with a value anywhere is worth a warning.
  private var unnamedColumns: [Int]
  /// Problems found after the last row scanned, kept until the rows before them are read.
  private var trailing: [Diagnostic] = []
  /// The threads that read the fields of a chunk's rows; the rows and messages do not depend
  /// on it.
  public var threads = 1
  /// Whether reading is over: every row read, or the header had an error and no row will be.
  public private(set) var isFinished = false
  /// Whether an error has been found so far.
  public var hasErrors: Bool { !invalid.isEmpty || diagnostics.hasErrors }
  /// The lines a quoted field that is never closed swallowed (from its opening line to the end
  /// of the file): rows lost without being read, so the file is in error even with
  /// `--skip-invalid` (issue 22). `nil` when every quote is closed.
  public var swallowedLines: ClosedRange<Int>? {
    csv.unclosedQuote.map { $0.line...max($0.line, $0.lastLine) }
  }

  /// A reader of the batch CSV `text`: detects the delimiter (with `;` a decimal comma is read),
  /// reads and checks the header at once, and resolves municipalities against `regions`.
  /// `fileName` is the name messages give.
  public init(text: String, fileName: String? = nil, regions: RegionData) {
    let delimiter = CSVTable.detectDelimiter(in: text)
    csv = CSVRowReader(text, delimiter: delimiter)
    self.fileName = fileName
    lookup = MunicipalityLookup(regions: regions)
    decimalComma = delimiter == .semicolon
    var diagnostics = csv.headerDiagnostics
    let header = csv.header
    if !header.isEmpty {
      for column in BatchFile.requiredColumns where !header.contains(column) {
        diagnostics.append(
          Diagnostic(
            .error, .missingField, at: column, "The required column '\(column)' is missing.",
            line: csv.headerLine))
      }
      if !["jobs", "floor_area", "hectares"].contains(where: header.contains) {
        diagnostics.append(
          Diagnostic(
            .error, .missingField, at: "jobs",
            "A size column is missing: add jobs, floor_area or hectares.", line: csv.headerLine))
      }
    }
    for column in header where !column.isEmpty && !BatchFile.columns.contains(column) {
      diagnostics.append(Self.unknownColumn(column, line: csv.headerLine))
    }
    unnamedColumns = header.indices.filter { header[$0].isEmpty }
    isFinished = diagnostics.hasErrors
    self.diagnostics = diagnostics
  }

  static func unknownColumn(_ column: String, line: Int) -> Diagnostic {
    Diagnostic(
      .warning, .unknownKey, at: column,
      "'\(column)' is not a batch column; its values are ignored.", line: line,
      suggestion: Suggestion.closest(to: column, in: BatchFile.columns))
  }

  /// Up to `maximum` valid rows, in file order; fewer (or none) at the end of the file. Invalid
  /// rows are left out, their problems kept for ``problems()``.
  ///
  /// The text is scanned and each municipality name resolved in file order; the fields of the
  /// rows become establishments on ``threads`` threads, and their problems are kept in file
  /// order: the same rows and messages on any number of threads.
  public mutating func next(_ maximum: Int) -> [BatchRow] {
    var rows: [BatchRow] = []
    while rows.count < maximum, !isFinished {
      let candidates = scan(maximum - rows.count)
      let header = csv.header
      let decimalComma = decimalComma
      let converted = Ensemble.map(count: candidates.count, threads: max(1, threads)) {
        index -> (Establishment?, [Diagnostic]) in
        let candidate = candidates[index]
        var reader = BatchRowReader(
          header: header, row: candidate.row, decimalComma: decimalComma)
        let establishment = reader.establishment(municipality: candidate.municipality)
        return (establishment, reader.diagnostics)
      }
      for (candidate, (establishment, found)) in zip(candidates, converted) {
        diagnostics += candidate.before
        diagnostics += found
        if let establishment, !found.hasErrors, !candidate.rowHasErrors {
          rows.append(BatchRow(line: candidate.row.line, establishment: establishment))
        } else {
          invalid.append(candidate.row.line)
        }
      }
      diagnostics += trailing
      trailing = []
    }
    return rows
  }

  /// A row scanned, before its fields are read: the problems that come before its own (in file
  /// order), and its municipality resolved (`nil` when the field is empty).
  struct Candidate: Sendable {
    var row: CSVTable.Row
    var before: [Diagnostic]
    var rowHasErrors: Bool
    var municipality: Result<Municipality, MunicipalityLookupFailure>?
  }

  /// Up to `count` rows with a value, scanned in file order; the problems after the last of
  /// them (rows left out, the end of the file) wait in `trailing`.
  private mutating func scan(_ count: Int) -> [Candidate] {
    var candidates: [Candidate] = []
    var pending: [Diagnostic] = []
    while candidates.count < count {
      var found: [Diagnostic] = []
      guard let row = csv.next(&found) else {
        pending += found
        invalid += found.compactMap { $0.severity == .error ? $0.line : nil }
        isFinished = true
        break
      }
      // Errors before the row (a row with the wrong number of fields, left out) or inside it
      // (a stray quote) make those lines invalid.
      invalid += found.compactMap { $0.severity == .error ? $0.line : nil }
      pending += found
      if !unnamedColumns.isEmpty {
        unnamedColumns.removeAll { index in
          guard !row.fields[index].isEmpty else { return false }
          pending.append(Self.unknownColumn("", line: csv.headerLine))
          return true
        }
      }
      guard row.fields.contains(where: { !$0.isEmpty }) else { continue }
      let name = BatchRowReader(header: csv.header, row: row, decimalComma: decimalComma)
        .text("municipality")
      candidates.append(
        Candidate(
          row: row, before: pending,
          rowHasErrors: found.contains { $0.severity == .error && $0.line == row.line },
          municipality: name.isEmpty ? nil : lookup.municipality(named: name)))
      pending = []
    }
    trailing += pending
    return candidates
  }

  /// Every problem found so far, in the file (when named) and sorted by line, and the lines of
  /// the rows left out.
  public func problems() -> (diagnostics: [Diagnostic], invalidLines: [Int]) {
    let named = fileName.map { name in diagnostics.map { $0.inFile(name) } } ?? diagnostics
    let ordered = named.enumerated().sorted {
      ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset)
    }.map(\.element)
    return (ordered, Array(Set(invalid)).sorted())
  }
}
