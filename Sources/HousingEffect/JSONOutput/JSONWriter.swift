/// Renders a ``JSONTree`` exactly as Foundation's `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`: two-space indent, `"key" : value`,
/// keys sorted by their UTF-8 bytes, an empty array or object as `[`, a blank line and `]`,
/// integers as written, doubles as their shortest round-trip `description` without a trailing
/// `.0`, strings escaping only `"`, `\` and the control characters below U+0020.
///
/// The tests compare it with `JSONEncoder` on many doubles and strings and on every command's
/// document.
public enum JSONWriter {
  /// A number that is not finite, which JSON cannot hold (`JSONEncoder` throws as well).
  public struct NonFiniteNumber: Error, CustomStringConvertible {
    public var value: Double
    public var description: String { "Unable to encode \(value) directly in JSON." }
  }

  /// The text of `value`, without a final newline.
  public static func render(_ value: JSONTree) throws(NonFiniteNumber) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(1 << 14)
    try write(value, indent: 0, into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  private static func write(
    _ value: JSONTree, indent: Int, into bytes: inout [UInt8]
  ) throws(NonFiniteNumber) {
    switch value {
    case .null: bytes.append(contentsOf: "null".utf8)
    case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    case .integer(let number): bytes.append(contentsOf: String(number).utf8)
    case .unsigned(let number): bytes.append(contentsOf: String(number).utf8)
    case .number(let number): try writeNumber(number, into: &bytes)
    case .string(let text): writeString(text, into: &bytes)
    case .array(let elements):
      bytes.append(UInt8(ascii: "["))
      bytes.append(newline)
      if elements.isEmpty {
        bytes.append(newline)
      } else {
        for (index, element) in elements.enumerated() {
          if index > 0 {
            bytes.append(UInt8(ascii: ","))
            bytes.append(newline)
          }
          pad(indent + 2, into: &bytes)
          try write(element, indent: indent + 2, into: &bytes)
        }
        bytes.append(newline)
      }
      pad(indent, into: &bytes)
      bytes.append(UInt8(ascii: "]"))
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      bytes.append(newline)
      if members.isEmpty {
        bytes.append(newline)
      } else {
        let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (index, member) in sorted.enumerated() {
          if index > 0 {
            bytes.append(UInt8(ascii: ","))
            bytes.append(newline)
          }
          pad(indent + 2, into: &bytes)
          writeString(member.key, into: &bytes)
          bytes.append(contentsOf: " : ".utf8)
          try write(member.value, indent: indent + 2, into: &bytes)
        }
        bytes.append(newline)
      }
      pad(indent, into: &bytes)
      bytes.append(UInt8(ascii: "}"))
    }
  }

  private static let newline = UInt8(ascii: "\n")

  private static func pad(_ count: Int, into bytes: inout [UInt8]) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  /// The shortest text that reads back as `value` (Swift's `description`), without `.0`.
  static func writeNumber(_ value: Double, into bytes: inout [UInt8]) throws(NonFiniteNumber) {
    guard value.isFinite else { throw NonFiniteNumber(value: value) }
    let text = value.description
    if text.utf8.count > 2, text.utf8.hasSuffix(".0".utf8) {
      bytes.append(contentsOf: text.utf8.dropLast(2))
    } else {
      bytes.append(contentsOf: text.utf8)
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// `text` in quotes, escaping `"`, `\` and control characters; `/` and every other
  /// character as is.
  static func writeString(_ text: String, into bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
      case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
      case 0x08: bytes.append(contentsOf: "\\b".utf8)
      case 0x0C: bytes.append(contentsOf: "\\f".utf8)
      case 0x0A: bytes.append(contentsOf: "\\n".utf8)
      case 0x0D: bytes.append(contentsOf: "\\r".utf8)
      case 0x09: bytes.append(contentsOf: "\\t".utf8)
      case 0..<0x20:
        bytes.append(contentsOf: "\\u00".utf8)
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }
}

extension Collection where Element == UInt8 {
  fileprivate func hasSuffix(_ suffix: some Collection<UInt8>) -> Bool {
    count >= suffix.count && dropFirst(count - suffix.count).elementsEqual(suffix)
  }
}
