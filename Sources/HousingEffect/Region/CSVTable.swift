/// A CSV document read per RFC 4180: a header and the rows under it, each with its line number.
///
/// Reading never traps. Every problem becomes a ``Diagnostic`` with code `invalid-value` (or
/// `duplicate-key` for a repeated column name) and the line it starts on:
/// - a quoted field that is never closed, text after a closing quote, a quote inside an unquoted
///   field (the text is kept as written and the row is still returned);
/// - a row whose number of fields differs from the header's (the row is left out).
///
/// Accepted: quoted fields holding delimiters, doubled quotes and line breaks; CRLF, LF or CR
/// line endings; a leading UTF-8 byte order mark. Blank lines are skipped. Fields are not trimmed;
/// header names are.
public struct CSVTable: Sendable, Hashable {
  /// One data row; `line` is the 1-based line the row starts on in the source text.
  public struct Row: Sendable, Hashable {
    /// The 1-based line the row starts on in the source text.
    public var line: Int
    /// The fields as written (unquoted, not trimmed), one per header column.
    public var fields: [String]

    /// A row that starts on `line` with `fields`.
    public init(line: Int, fields: [String]) {
      self.line = line
      self.fields = fields
    }
  }

  /// The trimmed column names, in order.
  public var header: [String]
  /// The line the header is on (after any blank lines).
  public var headerLine: Int
  /// Only rows with exactly `header.count` fields.
  public var rows: [Row]

  /// A table with `header` on `headerLine` and `rows` under it.
  public init(header: [String], rows: [Row], headerLine: Int = 1) {
    self.header = header
    self.headerLine = headerLine
    self.rows = rows
  }

  /// The index of the column called `name` (exact, after trimming of the header), if any.
  public func columnIndex(_ name: String) -> Int? {
    header.firstIndex(of: name)
  }

  /// The field of `row` in the column called `name`; `nil` when there is no such column.
  public func value(_ row: Row, _ name: String) -> String? {
    guard let index = columnIndex(name), index < row.fields.count else { return nil }
    return row.fields[index]
  }

  /// Every non-blank record of `text` with its line and trimmed fields, without a header:
  /// for files whose header is not on the first line (a StatLine export starts with a title).
  static func records(
    _ text: String, delimiter: CSVFormat.Delimiter
  ) -> (records: [Row], diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    var scanner = CSVScanner(text, delimiter: delimiter.scalar)
    let records = scanner.records(&diagnostics).filter { !$0.isBlank }
    return (records.map { Row(line: $0.line, fields: $0.fields.map(trimmed)) }, diagnostics)
  }

  /// Reads `text`; the table holds what could be read, the diagnostics every problem found.
  public static func parse(
    _ text: String, delimiter: CSVFormat.Delimiter = .comma
  ) -> (
    table: CSVTable, diagnostics: [Diagnostic]
  ) {
    var diagnostics: [Diagnostic] = []
    var scanner = CSVScanner(text, delimiter: delimiter.scalar)
    let records = scanner.records(&diagnostics).filter { !$0.isBlank }
    guard let headerRecord = records.first else {
      diagnostics.append(
        CSVTable.emptyFile)
      return (CSVTable(header: [], rows: []), diagnostics)
    }
    let header = headerRecord.fields.map(trimmed)
    diagnostics += repeatedColumns(header, line: headerRecord.line)
    var rows: [Row] = []
    for record in records.dropFirst() {
      guard record.fields.count == header.count else {
        diagnostics.append(
          fieldCountMismatch(record.fields, line: record.line, header: header, delimiter: delimiter)
        )
        continue
      }
      rows.append(Row(line: record.line, fields: record.fields))
    }
    return (CSVTable(header: header, rows: rows, headerLine: headerRecord.line), diagnostics)
  }

  /// The delimiter a file most likely uses: `;` when its first record has more semicolons than
  /// commas outside quotes, else `,`.
  public static func detectDelimiter(in text: String) -> CSVFormat.Delimiter {
    var commas = 0
    var semicolons = 0
    var quoted = false
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": quoted.toggle()
      case "," where !quoted: commas += 1
      case ";" where !quoted: semicolons += 1
      case "\r" where !quoted, "\n" where !quoted:
        if commas + semicolons > 0 { return semicolons > commas ? .semicolon : .comma }
      default: break
      }
    }
    return semicolons > commas ? .semicolon : .comma
  }

  /// The error for a text without a header.
  static let emptyFile = Diagnostic(
    .error, .invalidValue, at: "", "The file is empty: expected a header line.", line: 1)

  /// An error for every column name that appears more than once.
  static func repeatedColumns(_ header: [String], line: Int) -> [Diagnostic] {
    var seen: Set<String> = []
    var diagnostics: [Diagnostic] = []
    for name in header where !name.isEmpty {
      if !seen.insert(name).inserted {
        diagnostics.append(
          Diagnostic(
            .error, .duplicateKey, at: name, "The column '\(name)' appears more than once.",
            line: line))
      }
    }
    return diagnostics
  }

  /// The error for a row whose number of fields differs from the header's.
  static func fieldCountMismatch(
    _ fields: [String], line: Int, header: [String], delimiter: CSVFormat.Delimiter
  ) -> Diagnostic {
    Diagnostic(
      .error, .invalidValue, at: "",
      "The row has \(fields.count) field\(fields.count == 1 ? "" : "s") "
        + "but the header has \(header.count); the row is left out."
        + delimiterHint(fields, header: header, delimiter: delimiter),
      line: line)
  }

  private static func delimiterHint(
    _ fields: [String], header: [String], delimiter: CSVFormat.Delimiter
  ) -> String {
    let other: CSVFormat.Delimiter = delimiter == .comma ? .semicolon : .comma
    guard fields.count == 1, header.count > 1, fields[0].contains(other.rawValue) else { return "" }
    return " Is this row separated by '\(other.rawValue)' instead of '\(delimiter.rawValue)'?"
  }
}

func trimmed(_ text: String) -> String {
  let scalars = text.unicodeScalars
  guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
  else { return "" }
  return String(scalars[start...end])
}

/// The state machine behind ``CSVTable/parse(_:delimiter:)``, over the text's UTF-8 bytes:
/// quotes, delimiters and line breaks are ASCII, so a byte equal to one of them is that
/// character and never part of another (a CRLF pair or a quote followed by a combining mark is
/// never one `Character`). Bytes keep a long batch file at one byte per character in memory.
struct CSVScanner {
  struct Record {
    var line: Int
    var fields: [String]
    var isBlank: Bool
  }

  static let quote = UInt8(ascii: "\"")
  static let cr = UInt8(ascii: "\r")
  static let lf = UInt8(ascii: "\n")

  let bytes: [UInt8]
  let delimiter: UInt8
  var index = 0
  var line = 1
  /// Where a quoted field that is never closed opened (line, column), and the last line it
  /// swallowed: every row after it was read into that one field.
  var unclosedQuote: (line: Int, column: Int, lastLine: Int)?
  var lineStart = 0

  init(_ text: String, delimiter: Unicode.Scalar) {
    bytes = Array(text.utf8)
    self.delimiter = UInt8(delimiter.value)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    lineStart = index
  }

  /// The 1-based column of `index` in characters (Unicode scalars), as a reader counts them.
  var column: Int {
    bytes[lineStart..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }
  var atEnd: Bool { index >= bytes.count }

  func isLineBreak(_ byte: UInt8) -> Bool { byte == Self.cr || byte == Self.lf }

  /// Consumes a line break at `index` (CRLF, LF or CR) and appends it to `field` if given.
  mutating func consumeLineBreak(into field: inout [UInt8], keep: Bool) {
    let first = bytes[index]
    if keep { field.append(first) }
    index += 1
    if first == Self.cr, !atEnd, bytes[index] == Self.lf {
      if keep { field.append(Self.lf) }
      index += 1
    }
    line += 1
    lineStart = index
  }

  mutating func records(_ diagnostics: inout [Diagnostic]) -> [Record] {
    var records: [Record] = []
    while let record = next(&diagnostics) { records.append(record) }
    return records
  }

  /// The record at the scanner's position, or `nil` at the end of the text.
  mutating func next(_ diagnostics: inout [Diagnostic]) -> Record? {
    guard !atEnd else { return nil }
    let recordLine = line
    var fields: [String] = []
    var sawQuote = false
    var field: [UInt8] = []
    while true {
      if !atEnd, bytes[index] == Self.quote {
        field.removeAll(keepingCapacity: true)
        sawQuote = true
        readQuoted(into: &field, &diagnostics)
        fields.append(String(decoding: field, as: UTF8.self))
      } else {
        // An unquoted field is its bytes as they stand: decoded straight from the text.
        let start = index
        readUnquoted(&diagnostics)
        fields.append(String(decoding: bytes[start..<index], as: UTF8.self))
      }
      if atEnd { break }
      if bytes[index] == delimiter {
        index += 1
        continue
      }
      var ignored: [UInt8] = []
      consumeLineBreak(into: &ignored, keep: false)
      break
    }
    let isBlank =
      !sawQuote && fields.count == 1
      && fields[0].unicodeScalars.allSatisfy(\.properties.isWhitespace)
    return Record(line: recordLine, fields: fields, isBlank: isBlank)
  }

  private mutating func readQuoted(into field: inout [UInt8], _ diagnostics: inout [Diagnostic]) {
    let openLine = line
    let openColumn = column
    index += 1
    while !atEnd {
      let byte = bytes[index]
      if byte == Self.quote {
        if index + 1 < bytes.count, bytes[index + 1] == Self.quote {
          field.append(Self.quote)
          index += 2
          continue
        }
        index += 1
        if !atEnd, bytes[index] != delimiter, !isLineBreak(bytes[index]) {
          diagnostics.append(
            Diagnostic(
              .error, .invalidValue, at: "",
              "Unexpected text after the closing quote of a field; a quote inside a quoted "
                + "field must be doubled (\"\").",
              line: line, column: column))
          while !atEnd, bytes[index] != delimiter, !isLineBreak(bytes[index]) {
            field.append(bytes[index])
            index += 1
          }
        }
        return
      }
      if isLineBreak(byte) {
        consumeLineBreak(into: &field, keep: true)
      } else {
        field.append(byte)
        index += 1
      }
    }
    // The last line read: the one before the break that ended the file, if it ends with one.
    let lastLine = index > 0 && isLineBreak(bytes[index - 1]) ? line - 1 : line
    unclosedQuote = (openLine, openColumn, max(openLine, lastLine))
    diagnostics.append(
      Diagnostic(
        .error, .invalidValue, at: "",
        "A quoted field opened here is never closed; everything up to the end of the file was "
          + "read into it"
          + (lastLine > openLine
            ? " (lines \(openLine)–\(lastLine), \(lastLine - openLine + 1) lines)." : "."),
        line: openLine, column: openColumn))
  }

  /// Moves past an unquoted field (up to the delimiter or line break), reporting a quote in it.
  private mutating func readUnquoted(_ diagnostics: inout [Diagnostic]) {
    var reported = false
    while !atEnd {
      let byte = bytes[index]
      if byte == delimiter || isLineBreak(byte) { return }
      if byte == Self.quote, !reported {
        reported = true
        diagnostics.append(
          Diagnostic(
            .error, .invalidValue, at: "",
            "A quote inside an unquoted field; enclose the field in quotes and double the quote "
              + "(\"\").",
            line: line, column: column))
      }
      index += 1
    }
  }
}
