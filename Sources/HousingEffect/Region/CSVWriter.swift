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

  /// Appends one record of typed cells, without its line ending, to `bytes`: the same bytes as
  /// `record(cells.map { $0.text(in: format) })`, written without a `String` per cell.
  public func appendRecord(_ cells: [CSVValue], to bytes: inout [UInt8]) {
    if cells.count == 1 {
      bytes.append(contentsOf: record([cells[0].text(in: format)]).utf8)
      return
    }
    let delimiter = UInt8(ascii: format.delimiter.scalar)
    for (index, cell) in cells.enumerated() {
      if index > 0 { bytes.append(delimiter) }
      let start = bytes.count
      cell.append(to: &bytes, in: format)
      guard bytes.count > start else { continue }
      if plainField(bytes[start...], delimiter: delimiter) { continue }
      // A cell that needs quotes, or is not plain ASCII: the text's own way.
      let text = String(decoding: bytes[start...], as: UTF8.self)
      bytes.removeSubrange(start...)
      bytes.append(contentsOf: field(text).utf8)
    }
  }

  /// Whether `field` is printable ASCII without the delimiter or a quote that neither starts nor
  /// ends with a space: written as it is.
  private func plainField(_ field: ArraySlice<UInt8>, delimiter: UInt8) -> Bool {
    guard let first = field.first, let last = field.last, first != 0x20, last != 0x20 else {
      return false
    }
    for byte in field where byte < 0x20 || byte > 0x7E || byte == delimiter || byte == 0x22 {
      return false
    }
    return true
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
