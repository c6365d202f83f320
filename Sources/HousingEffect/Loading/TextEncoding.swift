/// Recognises input files that are not UTF-8, so the message names the real encoding.
///
/// Every input file (establishment, study, region) must be UTF-8, with or without a byte order
/// mark. UTF-16 and UTF-32, with or without a byte order mark, are recognised by the mark or by
/// the pattern of zero bytes that ASCII text has in them; invalid UTF-8 is located by line and
/// column (characters, as an editor counts them).
public enum TextEncoding {
  /// The name of the Unicode encoding other than UTF-8 that `bytes` are in, or `nil`.
  public static func otherUnicodeEncoding(_ bytes: [UInt8]) -> String? {
    func at(_ index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }
    if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32" }
    if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
    guard bytes.count >= 4 else {
      if bytes.count >= 2, (at(0) == 0) != (at(1) == 0) { return "UTF-16" }
      return nil
    }
    let zeros = (0..<4).map { bytes[$0] == 0 }
    if zeros == [false, true, true, true] || zeros == [true, true, true, false] {
      return "UTF-32"
    }
    if zeros == [false, true, false, true] || zeros == [true, false, true, false] {
      return "UTF-16"
    }
    return nil
  }

  /// Where the first byte that is not valid UTF-8 is: byte offset, 1-based line and column.
  public struct InvalidByte: Sendable, Hashable {
    /// The 0-based byte offset in the file.
    public var offset: Int
    /// The byte itself.
    public var byte: UInt8
    /// The 1-based line the byte is on.
    public var line: Int
    /// The 1-based column of the byte on its line, counting characters.
    public var column: Int
  }

  /// The first invalid UTF-8 sequence in `bytes`, or `nil` when they are valid UTF-8.
  public static func firstInvalidUTF8(_ bytes: [UInt8]) -> InvalidByte? {
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0
    var line = 1
    var column = 1
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let encoded):
        if encoded.count == 1, encoded.first == 0x0A {
          line += 1
          column = 1
        } else {
          column += 1
        }
        offset += encoded.count
      case .error:
        return InvalidByte(offset: offset, byte: bytes[offset], line: line, column: column)
      case .emptyInput:
        return nil
      }
    }
  }

  /// A message for a file that is not UTF-8, or `nil` when it is.
  public static func problem(_ bytes: [UInt8]) -> (message: String, line: Int?, column: Int?)? {
    if let encoding = otherUnicodeEncoding(bytes) {
      return ("The file is saved as \(encoding); save it as UTF-8 instead.", nil, nil)
    }
    if let invalid = firstInvalidUTF8(bytes) {
      let hex = String(invalid.byte, radix: 16, uppercase: true)
      return (
        "The byte 0x\(hex.count == 1 ? "0" + hex : hex) is not valid UTF-8; save the file as "
          + "UTF-8 (it may be in Latin-1 or Windows-1252).", invalid.line, invalid.column
      )
    }
    return nil
  }
}
