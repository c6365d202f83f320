/// How a CSV file is laid out: delimiter, decimal separator, byte order mark and line ending.
///
/// `standard` follows RFC 4180 (comma, CRLF, decimal point). `dutchExcel` is what Excel with
/// Dutch regional settings reads and writes: semicolon-separated, decimal comma, and a UTF-8
/// byte order mark so that accented names are not read as Windows-1252.
public struct CSVFormat: Sendable, Hashable {
  /// The character between fields.
  public enum Delimiter: String, Sendable, Hashable, Codable, CaseIterable {
    case comma = ","
    case semicolon = ";"

    var scalar: Unicode.Scalar {
      switch self {
      case .comma: ","
      case .semicolon: ";"
      }
    }
  }

  /// The character between the whole and the fractional part of a number.
  public enum DecimalSeparator: String, Sendable, Hashable, Codable, CaseIterable {
    case point = "."
    case comma = ","
  }

  /// The characters that end a record.
  public enum LineEnding: String, Sendable, Hashable, Codable, CaseIterable {
    case crlf = "\r\n"
    case lf = "\n"
  }

  /// The character between fields: comma (RFC 4180) or semicolon (Dutch Excel).
  public var delimiter: Delimiter
  /// The decimal mark of numbers: point, or comma (Dutch Excel).
  public var decimalSeparator: DecimalSeparator
  /// Whether output starts with U+FEFF.
  public var byteOrderMark: Bool
  /// What ends a record: CRLF (RFC 4180, the default) or LF.
  public var lineEnding: LineEnding

  /// A layout; the defaults are RFC 4180 (`standard`): comma, decimal point, no byte order mark,
  /// CRLF.
  public init(
    delimiter: Delimiter = .comma, decimalSeparator: DecimalSeparator = .point,
    byteOrderMark: Bool = false, lineEnding: LineEnding = .crlf
  ) {
    self.delimiter = delimiter
    self.decimalSeparator = decimalSeparator
    self.byteOrderMark = byteOrderMark
    self.lineEnding = lineEnding
  }

  /// RFC 4180: comma, decimal point, CRLF, no byte order mark.
  public static let standard = CSVFormat()

  /// RFC 4180 with the UTF-8 byte order mark, so that Excel with English regional settings
  /// reads accented names and "m²" as UTF-8: the English reports' CSV.
  public static let english = CSVFormat(byteOrderMark: true)

  /// Excel with Dutch regional settings: semicolon, decimal comma, CRLF, UTF-8 byte order mark.
  public static let dutchExcel = CSVFormat(
    delimiter: .semicolon, decimalSeparator: .comma, byteOrderMark: true, lineEnding: .crlf)
}
