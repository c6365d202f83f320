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
    /// The number that is NaN or infinite.
    public var value: Double
    /// The message, worded as `JSONEncoder`'s.
    public var description: String { "Unable to encode \(value) directly in JSON." }
  }

  /// The text of `value`, without a final newline.
  public static func render(_ value: JSONTree) throws(NonFiniteNumber) -> String {
    String(decoding: try bytes(value), as: UTF8.self)
  }

  /// The UTF-8 bytes of ``render(_:)``, for a caller that writes bytes: a large document
  /// (a projection's bands) then skips the `String`'s UTF-8 validation (issue 18).
  public static func bytes(_ value: JSONTree) throws(NonFiniteNumber) -> [UInt8] {
    var writer = ByteWriter()
    try write(value, indent: 0, into: &writer)
    return writer.bytes()
  }

  /// Calls `body` with the UTF-8 bytes of ``render(_:)`` followed by a newline, in the
  /// writer's own memory: a caller that writes them out (the command line) copies nothing, where
  /// ``bytes(_:)`` copies a projection's 600 kB once more (issue 18).
  public static func withLine<Result>(
    _ value: JSONTree, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) throws(NonFiniteNumber) -> Result {
    var writer = ByteWriter()
    try write(value, indent: 0, into: &writer)
    writer.append(UInt8(ascii: "\n"))
    return writer.withBytes(body)
  }

  private static func write(
    _ value: JSONTree, indent: Int, into bytes: inout ByteWriter
  ) throws(NonFiniteNumber) {
    switch value {
    case .null: bytes.append("null")
    case .bool(let flag): if flag { bytes.append("true") } else { bytes.append("false") }
    case .integer(let number): writeInteger(Int64(number), into: &bytes)
    case .unsigned(let number): bytes.append(Array(String(number).utf8))
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
    case .numbers(let values):
      bytes.append(UInt8(ascii: "["))
      bytes.append(newline)
      if values.isEmpty {
        bytes.append(newline)
      } else {
        for (index, value) in values.enumerated() {
          if index > 0 {
            bytes.append(UInt8(ascii: ","))
            bytes.append(newline)
          }
          pad(indent + 2, into: &bytes)
          try writeNumber(value, into: &bytes)
        }
        bytes.append(newline)
      }
      pad(indent, into: &bytes)
      bytes.append(UInt8(ascii: "]"))
    case .numberRecords(let keys, let values):
      try writeRecords(keys: keys, values: values, indent: indent, into: &bytes)
    case .object(let members):
      bytes.append(UInt8(ascii: "{"))
      bytes.append(newline)
      if members.isEmpty {
        bytes.append(newline)
      } else {
        var sorted = members
        if !isSorted(sorted) { sorted.sort { precedes($0.key, $1.key) } }
        for (index, member) in sorted.enumerated() {
          if index > 0 {
            bytes.append(UInt8(ascii: ","))
            bytes.append(newline)
          }
          pad(indent + 2, into: &bytes)
          writeString(member.key, into: &bytes)
          bytes.append(" : ")
          try write(member.value, indent: indent + 2, into: &bytes)
        }
        bytes.append(newline)
      }
      pad(indent, into: &bytes)
      bytes.append(UInt8(ascii: "}"))
    }
  }

  /// `.numberRecords(keys:values:)` as the `.array` of `.object`s it stands for: the keys
  /// sorted once, each record's members in that order, the same bytes as the expanded tree.
  private static func writeRecords(
    keys: [String], values: [Double], indent: Int, into bytes: inout ByteWriter
  ) throws(NonFiniteNumber) {
    let count = keys.isEmpty ? 0 : values.count / keys.count
    bytes.append(UInt8(ascii: "["))
    bytes.append(newline)
    guard count > 0 else {
      bytes.append(newline)
      pad(indent, into: &bytes)
      bytes.append(UInt8(ascii: "]"))
      return
    }
    // The members in the order the writer puts an object's members in.
    var order = Array(keys.indices)
    let members = keys.map { JSONTree.Member(key: $0, value: .null) }
    if !isSorted(members) { order.sort { precedes(keys[$0], keys[$1]) } }
    // Each key as written, quoted and followed by " : ".
    let written = order.map { position -> [UInt8] in
      var key = ByteWriter(capacity: 64)
      writeString(keys[position], into: &key)
      key.append(" : ")
      return key.bytes()
    }
    // The bytes around the numbers of a record, made once: before its first number (its
    // indentation, its opening brace and first key), before each further number (a comma and
    // the next key) and after the last (its closing brace).
    func indentation(_ count: Int) -> [UInt8] {
      [UInt8](repeating: UInt8(ascii: " "), count: count)
    }
    let opening =
      indentation(indent + 2) + [UInt8(ascii: "{"), newline] + indentation(indent + 4)
      + written[0]
    let between = written.dropFirst().map {
      [UInt8(ascii: ","), newline] + indentation(indent + 4) + $0
    }
    let closing = [newline] + indentation(indent + 2) + [UInt8(ascii: "}")]
    for record in 0..<count {
      if record > 0 {
        bytes.append(UInt8(ascii: ","))
        bytes.append(newline)
      }
      let start = record * keys.count
      bytes.append(opening)
      try writeNumber(values[start + order[0]], into: &bytes)
      for (index, separator) in between.enumerated() {
        bytes.append(separator)
        try writeNumber(values[start + order[index + 1]], into: &bytes)
      }
      bytes.append(closing)
    }
    bytes.append(newline)
    pad(indent, into: &bytes)
    bytes.append(UInt8(ascii: "]"))
  }

  private static let newline = UInt8(ascii: "\n")

  private static func pad(_ count: Int, into bytes: inout ByteWriter) {
    bytes.append(repeating: UInt8(ascii: " "), count: count)
  }

  /// Whether `members` are in key order already (then the writer skips the sort).
  private static func isSorted(_ members: [JSONTree.Member]) -> Bool {
    var index = 1
    while index < members.count {
      if !precedes(members[index - 1].key, members[index].key) { return false }
      index += 1
    }
    return true
  }

  /// Whether `a` sorts before `b` by their UTF-8 bytes, as `JSONEncoder` sorts keys.
  static func precedes(_ a: String, _ b: String) -> Bool {
    let fast = a.utf8.withContiguousStorageIfAvailable { x in
      b.utf8.withContiguousStorageIfAvailable { y -> Bool in
        let count = min(x.count, y.count)
        var index = 0
        while index < count {
          if x[index] != y[index] { return x[index] < y[index] }
          index += 1
        }
        return x.count < y.count
      }
    }
    if let fast, let result = fast { return result }
    return a.utf8.lexicographicallyPrecedes(b.utf8)
  }

  /// The shortest text that reads back as `value` (Swift's `description`), without `.0`.
  /// A whole number below 2⁵³ (which `description` writes with all its digits) is written
  /// from its digits directly.
  static func writeNumber(_ value: Double, into bytes: inout ByteWriter) throws(NonFiniteNumber) {
    guard value.isFinite else { throw NonFiniteNumber(value: value) }
    if abs(value) < 9_007_199_254_740_992, value.rounded(.towardZero) == value,
      !(value == 0 && value.sign == .minus)
    {
      writeInteger(Int64(value), into: &bytes)
      return
    }
    // Most fractions a report writes are in the range where the digits need no text stream.
    if ShortestDigits.write(value, into: &bytes) { return }
    // `write(to:)` hands the same digits as `description` to the stream as bytes, without
    // making a `String` of them.
    var sink = ByteSink()
    value.write(to: &sink)
    var text = sink.bytes
    if text.count > 2, text[text.count - 2] == UInt8(ascii: "."),
      text[text.count - 1] == UInt8(ascii: "0")
    {
      text.removeLast(2)
    }
    bytes.append(text)
  }

  /// The stream `Double.write(to:)` writes into: the writer's bytes, appended to.
  private struct ByteSink: TextOutputStream {
    var bytes: [UInt8] = []

    mutating func write(_ string: String) { bytes.append(contentsOf: string.utf8) }

    // The standard library's number types write their ASCII digits through this requirement.
    mutating func _writeASCII(_ buffer: UnsafeBufferPointer<UInt8>) {
      bytes.append(contentsOf: buffer)
    }
  }

  /// The decimal digits of `value`, with a minus sign when negative.
  static func writeInteger(_ value: Int64, into bytes: inout ByteWriter) {
    // A sign and at most 19 digits.
    bytes.write(atMost: 20) { buffer in
      // The digits counted by multiplying, not by dividing twice.
      var magnitude = value.magnitude
      var count = 1
      var limit: UInt64 = 10
      while count < 19 && magnitude >= limit {
        count += 1
        limit &*= 10
      }
      let length = count + (value < 0 ? 1 : 0)
      if value < 0 { buffer[0] = UInt8(ascii: "-") }
      var position = length
      repeat {
        position -= 1
        buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      return length
    }
  }

  private static let hexDigits = Array("0123456789abcdef".utf8)

  /// `text` in quotes, escaping `"`, `\` and control characters; `/` and every other
  /// character as is.
  static func writeString(_ text: String, into bytes: inout ByteWriter) {
    bytes.append(UInt8(ascii: "\""))
    let plain = text.utf8.withContiguousStorageIfAvailable { buffer -> Bool in
      for byte in buffer
      where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
        return false
      }
      bytes.append(buffer)
      return true
    }
    if plain != true { writeEscaped(text, into: &bytes) }
    bytes.append(UInt8(ascii: "\""))
  }

  /// The bytes of `text`, escaping `"`, `\` and control characters.
  private static func writeEscaped(_ text: String, into bytes: inout ByteWriter) {
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): bytes.append("\\\"")
      case UInt8(ascii: "\\"): bytes.append("\\\\")
      case 0x08: bytes.append("\\b")
      case 0x0C: bytes.append("\\f")
      case 0x0A: bytes.append("\\n")
      case 0x0D: bytes.append("\\r")
      case 0x09: bytes.append("\\t")
      case 0..<0x20:
        bytes.append("\\u00")
        bytes.append(hexDigits[Int(byte >> 4)])
        bytes.append(hexDigits[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
  }
}
