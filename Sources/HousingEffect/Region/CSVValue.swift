/// One cell to write, typed so that numbers get the format's decimal separator and text does not.
public enum CSVValue: Sendable, Hashable {
  case empty
  case text(String)
  case integer(Int)
  /// Written with as many digits as needed to read back the same `Double`, never in exponent form.
  case number(Double)
  /// Written rounded to `places` fractional digits (half away from zero), at most 15.
  case decimal(Double, places: Int)

  /// The cell as unquoted text in `format`.
  public func text(in format: CSVFormat) -> String {
    switch self {
    case .empty: return ""
    case .text(let text): return text
    case .integer(let value): return String(value)
    case .number(let value):
      return CSVValue.localized(CSVValue.plainDecimal(value), format.decimalSeparator)
    case .decimal(let value, let places):
      return CSVValue.localized(CSVValue.fixed(value, places: places), format.decimalSeparator)
    }
  }

  /// Appends the cell as unquoted text in `format` to `bytes`: the same bytes as
  /// ``text(in:)``, with whole and fixed-point numbers written digit by digit (a batch writes
  /// millions of cells).
  public func append(to bytes: inout [UInt8], in format: CSVFormat) {
    switch self {
    case .empty: return
    case .text(let text): bytes.append(contentsOf: text.utf8)
    case .integer(let value):
      if value < 0 { bytes.append(UInt8(ascii: "-")) }
      CSVValue.appendDigits(UInt64(value.magnitude), minimumCount: 1, to: &bytes)
    case .number: bytes.append(contentsOf: text(in: format).utf8)
    case .decimal(let value, let places):
      let places = min(max(places, 0), 15)
      var scale = 1.0
      for _ in 0..<places { scale *= 10 }
      let scaled = value * scale
      // What `fixed` leaves to `plainDecimal` goes the way of the text.
      guard value.isFinite, abs(scaled) < 9e15 else {
        bytes.append(contentsOf: text(in: format).utf8)
        return
      }
      // As `fixed`: half away from zero, by truncation.
      var integer = Int(scaled)
      let remainder = scaled - Double(integer)
      if remainder >= 0.5 { integer += 1 } else if remainder <= -0.5 { integer -= 1 }
      if integer < 0 { bytes.append(UInt8(ascii: "-")) }
      let magnitude = UInt64(integer.magnitude)
      guard places > 0 else {
        CSVValue.appendDigits(magnitude, minimumCount: 1, to: &bytes)
        return
      }
      var divisor: UInt64 = 1
      for _ in 0..<places { divisor *= 10 }
      CSVValue.appendDigits(magnitude / divisor, minimumCount: 1, to: &bytes)
      bytes.append(format.decimalSeparator == .comma ? UInt8(ascii: ",") : UInt8(ascii: "."))
      CSVValue.appendDigits(magnitude % divisor, minimumCount: places, to: &bytes)
    }
  }

  /// The decimal digits of `value`, left-padded with zeros to `minimumCount`.
  private static func appendDigits(_ value: UInt64, minimumCount: Int, to bytes: inout [UInt8]) {
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // room for 20 digits and padding
    withUnsafeMutableBytes(of: &digits) { buffer in
      var count = 0
      var rest = value
      repeat {
        buffer[buffer.count - 1 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        count += 1
      } while rest > 0
      while count < minimumCount, count < buffer.count {
        buffer[buffer.count - 1 - count] = UInt8(ascii: "0")
        count += 1
      }
      bytes.append(contentsOf: buffer[(buffer.count - count)...])
    }
  }

  private static func localized(_ text: String, _ separator: CSVFormat.DecimalSeparator) -> String {
    guard separator == .comma else { return text }
    // Byte by byte: "." and "," are single UTF-8 bytes that occur in no other character's.
    var bytes = Array(text.utf8)
    for index in bytes.indices where bytes[index] == UInt8(ascii: ".") {
      bytes[index] = UInt8(ascii: ",")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// `value` in positional notation with the shortest digits that round-trip.
  static func plainDecimal(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    if abs(value) < 1e15, Double(Int(value)) == value { return String(Int(value)) }
    let description = value.description
    let negative = description.hasPrefix("-")
    let unsigned = negative ? String(description.dropFirst()) : description
    let parts = unsigned.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
    let mantissa = parts.first.map(String.init) ?? unsigned
    let exponent = parts.count == 2 ? Int(parts[1]) ?? 0 : 0
    let pointIndex =
      mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
      ?? mantissa.count
    var digits = Array(mantissa.filter { $0 != "." })
    let newPoint = pointIndex + exponent
    var whole: [Character]
    var fraction: [Character]
    if newPoint <= 0 {
      whole = ["0"]
      fraction = Array(repeating: "0", count: -newPoint) + digits
    } else if newPoint >= digits.count {
      digits += Array(repeating: "0", count: newPoint - digits.count)
      whole = digits
      fraction = []
    } else {
      whole = Array(digits[..<newPoint])
      fraction = Array(digits[newPoint...])
    }
    while whole.count > 1, whole.first == "0" { whole.removeFirst() }
    while fraction.last == "0" { fraction.removeLast() }
    var text = negative ? "-" : ""
    text += String(whole)
    if !fraction.isEmpty { text += "." + String(fraction) }
    return text
  }

  /// `value` rounded to `places` digits after the point, always showing them.
  static func fixed(_ value: Double, places: Int) -> String {
    let places = min(max(places, 0), 15)
    guard value.isFinite else { return plainDecimal(value) }
    var scale = 1.0
    for _ in 0..<places { scale *= 10 }
    let scaled = value * scale
    guard abs(scaled) < 9e15 else { return plainDecimal(value) }
    // Half away from zero, by truncation (no libm).
    var integer = Int(scaled)
    let remainder = scaled - Double(integer)
    if remainder >= 0.5 { integer += 1 } else if remainder <= -0.5 { integer -= 1 }
    var digits = String(integer.magnitude)
    guard places > 0 else { return (integer < 0 ? "-" : "") + digits }
    if digits.count <= places {
      digits = String(repeating: "0", count: places - digits.count + 1) + digits
    }
    let split = digits.index(digits.endIndex, offsetBy: -places)
    return (integer < 0 ? "-" : "") + digits[..<split] + "." + digits[split...]
  }
}

extension CSVValue: ExpressibleByStringLiteral {
  /// A text field, written quoted when it needs to be.
  public init(stringLiteral value: String) { self = .text(value) }
}

extension CSVValue: ExpressibleByIntegerLiteral {
  /// A whole number, written without grouping.
  public init(integerLiteral value: Int) { self = .integer(value) }
}

extension CSVValue: ExpressibleByFloatLiteral {
  /// A number, written with the format's decimal separator.
  public init(floatLiteral value: Double) { self = .number(value) }
}
