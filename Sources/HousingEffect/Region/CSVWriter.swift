/// Writes CSV text, quoting a field only when it has to be quoted.
///
/// A field is quoted when it contains the delimiter, a double quote, a line break, leading or
/// trailing white space or a leading byte order mark, and when it is the only field of its row and
/// empty (so that the row is not read back as a blank line). Pure and deterministic: no locale.
public struct CSVWriter: Sendable, Hashable {
  /// The layout the writer produces.
  public var format: CSVFormat

  /// A writer of `format`; the default is RFC 4180.
  public init(format: CSVFormat = .standard) {
    self.format = format
  }

  /// A header and typed rows; numbers get the format's decimal separator.
  public func write(header: [String], rows: [[CSVValue]]) -> String {
    var lines = [record(header)]
    for row in rows { lines.append(record(row.map { $0.text(in: format) })) }
    return document(lines)
  }

  /// A table whose fields are written as they are (no decimal conversion).
  public func write(_ table: CSVTable) -> String {
    var lines = [record(table.header)]
    for row in table.rows { lines.append(record(row.fields)) }
    return document(lines)
  }

  /// One record without its line ending.
  public func record(_ fields: [String]) -> String {
    if fields.count == 1, fields[0].isEmpty { return "\"\"" }
    return fields.map(field).joined(separator: format.delimiter.rawValue)
  }

  /// One field, quoted if needed.
  public func field(_ text: String) -> String {
    needsQuotes(text) ? "\"" + text.replacing("\"", with: "\"\"") + "\"" : text
  }

  private func needsQuotes(_ text: String) -> Bool {
    let delimiter = format.delimiter.scalar
    for scalar in text.unicodeScalars
    where scalar == delimiter || scalar == "\"" || scalar == "\r" || scalar == "\n" {
      return true
    }
    guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else {
      return false
    }
    return first == "\u{FEFF}" || Self.isWhitespace(first) || Self.isWhitespace(last)
  }

  /// Unicode's White_Space, answered for ASCII without the property tables (a batch writes
  /// millions of cells): tab to carriage return and the space.
  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.isASCII else { return scalar.properties.isWhitespace }
    return scalar == " " || (0x09...0x0D).contains(scalar.value)
  }

  private func document(_ lines: [String]) -> String {
    let ending = format.lineEnding.rawValue
    return (format.byteOrderMark ? "\u{FEFF}" : "") + lines.map { $0 + ending }.joined()
  }
}
