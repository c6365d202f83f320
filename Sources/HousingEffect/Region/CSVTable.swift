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
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
      self.line = line
      self.fields = fields
    }
  }

  public var header: [String]
  /// The line the header is on (after any blank lines).
  public var headerLine: Int
  /// Only rows with exactly `header.count` fields.
  public var rows: [Row]

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
        Diagnostic(
          .error, .invalidValue, at: "", "The file is empty: expected a header line.", line: 1))
      return (CSVTable(header: [], rows: []), diagnostics)
    }
    let header = headerRecord.fields.map(trimmed)
    var seen: Set<String> = []
    for name in header where !name.isEmpty {
      if !seen.insert(name).inserted {
        diagnostics.append(
          Diagnostic(
            .error, .duplicateKey, at: name, "The column '\(name)' appears more than once.",
            line: headerRecord.line))
      }
    }
    var rows: [Row] = []
    for record in records.dropFirst() {
      guard record.fields.count == header.count else {
        diagnostics.append(
          Diagnostic(
            .error, .invalidValue, at: "",
            "The row has \(record.fields.count) field\(record.fields.count == 1 ? "" : "s") "
              + "but the header has \(header.count); the row is left out."
              + delimiterHint(record.fields, header: header, delimiter: delimiter),
            line: record.line))
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

  private static func delimiterHint(
    _ fields: [String], header: [String], delimiter: CSVFormat.Delimiter
  ) -> String {
    let other: CSVFormat.Delimiter = delimiter == .comma ? .semicolon : .comma
    guard fields.count == 1, header.count > 1, fields[0].contains(other.rawValue) else { return "" }
    return " Is this row separated by '\(other.rawValue)' instead of '\(delimiter.rawValue)'?"
  }
}

private func trimmed(_ text: String) -> String {
  let scalars = text.unicodeScalars
  guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
  else { return "" }
  return String(scalars[start...end])
}

/// The state machine behind ``CSVTable/parse(_:delimiter:)``, over Unicode scalars so that a
/// CRLF pair or a quote followed by a combining mark is never one `Character`.
private struct CSVScanner {
  struct Record {
    var line: Int
    var fields: [String]
    var isBlank: Bool
  }

  let scalars: [Unicode.Scalar]
  let delimiter: Unicode.Scalar
  var index = 0
  var line = 1
  var lineStart = 0

  init(_ text: String, delimiter: Unicode.Scalar) {
    scalars = Array(text.unicodeScalars)
    self.delimiter = delimiter
    if scalars.first == "\u{FEFF}" { index = 1 }
    lineStart = index
  }

  var column: Int { index - lineStart + 1 }
  var atEnd: Bool { index >= scalars.count }

  func isLineBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\r" || scalar == "\n" }

  /// Consumes a line break at `index` (CRLF, LF or CR) and appends it to `field` if given.
  mutating func consumeLineBreak(into field: inout String.UnicodeScalarView, keep: Bool) {
    let first = scalars[index]
    if keep { field.append(first) }
    index += 1
    if first == "\r", !atEnd, scalars[index] == "\n" {
      if keep { field.append("\n") }
      index += 1
    }
    line += 1
    lineStart = index
  }

  mutating func records(_ diagnostics: inout [Diagnostic]) -> [Record] {
    var records: [Record] = []
    while !atEnd {
      let recordLine = line
      var fields: [String] = []
      var sawQuote = false
      while true {
        var field = String.UnicodeScalarView()
        if !atEnd, scalars[index] == "\"" {
          sawQuote = true
          readQuoted(into: &field, &diagnostics)
        } else {
          readUnquoted(into: &field, &diagnostics)
        }
        fields.append(String(field))
        if atEnd { break }
        if scalars[index] == delimiter {
          index += 1
          continue
        }
        var ignored = String.UnicodeScalarView()
        consumeLineBreak(into: &ignored, keep: false)
        break
      }
      let isBlank =
        !sawQuote && fields.count == 1
        && fields[0].unicodeScalars.allSatisfy(\.properties.isWhitespace)
      records.append(Record(line: recordLine, fields: fields, isBlank: isBlank))
    }
    return records
  }

  private mutating func readQuoted(
    into field: inout String.UnicodeScalarView, _ diagnostics: inout [Diagnostic]
  ) {
    let openLine = line
    let openColumn = column
    index += 1
    while !atEnd {
      let scalar = scalars[index]
      if scalar == "\"" {
        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
          field.append("\"")
          index += 2
          continue
        }
        index += 1
        if !atEnd, scalars[index] != delimiter, !isLineBreak(scalars[index]) {
          diagnostics.append(
            Diagnostic(
              .error, .invalidValue, at: "",
              "Unexpected text after the closing quote of a field; a quote inside a quoted "
                + "field must be doubled (\"\").",
              line: line, column: column))
          while !atEnd, scalars[index] != delimiter, !isLineBreak(scalars[index]) {
            field.append(scalars[index])
            index += 1
          }
        }
        return
      }
      if isLineBreak(scalar) {
        consumeLineBreak(into: &field, keep: true)
      } else {
        field.append(scalar)
        index += 1
      }
    }
    diagnostics.append(
      Diagnostic(
        .error, .invalidValue, at: "",
        "A quoted field opened here is never closed; everything up to the end of the file was "
          + "read into it.",
        line: openLine, column: openColumn))
  }

  private mutating func readUnquoted(
    into field: inout String.UnicodeScalarView, _ diagnostics: inout [Diagnostic]
  ) {
    var reported = false
    while !atEnd {
      let scalar = scalars[index]
      if scalar == delimiter || isLineBreak(scalar) { return }
      if scalar == "\"", !reported {
        reported = true
        diagnostics.append(
          Diagnostic(
            .error, .invalidValue, at: "",
            "A quote inside an unquoted field; enclose the field in quotes and double the quote "
              + "(\"\").",
            line: line, column: column))
      }
      field.append(scalar)
      index += 1
    }
  }
}
