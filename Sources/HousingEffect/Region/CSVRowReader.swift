/// A CSV document read one row at a time: the header at once, the rows on demand, so that a
/// long file is never held as a whole table (a batch of 100,000 establishments is assessed and
/// written in chunks).
///
/// The rules and diagnostics are those of ``CSVTable/parse(_:delimiter:)``: blank lines are
/// skipped, and a row whose number of fields differs from the header's is left out with an
/// error on its line.
public struct CSVRowReader {
  /// The trimmed column names; empty when the text has no header.
  public let header: [String]
  /// The line the header is on (after any blank lines).
  public let headerLine: Int
  /// Problems with the header: an empty file, a repeated column name.
  public let headerDiagnostics: [Diagnostic]
  private let delimiter: CSVFormat.Delimiter
  private var scanner: CSVScanner

  /// Where a quoted field that is never closed opened and the last line it swallowed; `nil`
  /// when every quote is closed (so far).
  public var unclosedQuote: (line: Int, column: Int, lastLine: Int)? { scanner.unclosedQuote }

  /// A reader of `text` that reads the header at once (its problems in ``headerDiagnostics``)
  /// and the rows on demand.
  public init(_ text: String, delimiter: CSVFormat.Delimiter = .comma) {
    self.delimiter = delimiter
    scanner = CSVScanner(text, delimiter: delimiter.scalar)
    var diagnostics: [Diagnostic] = []
    var first: CSVScanner.Record?
    while let record = scanner.next(&diagnostics) {
      if !record.isBlank {
        first = record
        break
      }
    }
    guard let first else {
      diagnostics.append(
        CSVTable.emptyFile)
      header = []
      headerLine = 1
      headerDiagnostics = diagnostics
      return
    }
    header = first.fields.map(trimmed)
    headerLine = first.line
    headerDiagnostics = diagnostics + CSVTable.repeatedColumns(header, line: first.line)
  }

  /// The index of the column called `name`, if any.
  public func columnIndex(_ name: String) -> Int? {
    header.firstIndex(of: name)
  }

  /// The next row with as many fields as the header, or `nil` at the end of the text. Problems
  /// found on the way are appended to `diagnostics`, each with its line; a row with the wrong
  /// number of fields is one of them and is not returned.
  public mutating func next(_ diagnostics: inout [Diagnostic]) -> CSVTable.Row? {
    guard !header.isEmpty else { return nil }
    while let record = scanner.next(&diagnostics) {
      if record.isBlank { continue }
      guard record.fields.count == header.count else {
        diagnostics.append(
          CSVTable.fieldCountMismatch(
            record.fields, line: record.line, header: header, delimiter: delimiter))
        continue
      }
      return CSVTable.Row(line: record.line, fields: record.fields)
    }
    return nil
  }
}
