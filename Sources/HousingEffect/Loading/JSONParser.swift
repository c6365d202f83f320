#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A strict RFC 8259 JSON parser that gives every syntax error a line, a column and a message a
/// person who edits JSON by hand can act on.
///
/// - Strict: no comments, trailing commas, single quotes, unquoted keys, `NaN` or `Infinity`;
///   each of these gets its own explanation instead of a generic "unexpected character".
/// - A UTF-8 byte order mark at the start is skipped (RFC 8259 §8.1 allows this; Windows
///   editors write one). UTF-16 files and invalid UTF-8 are errors.
/// - Numbers follow the JSON grammar exactly and become `Double`; one that overflows to
///   infinity is an error ("number too large").
/// - Containers nested more than `maxDepth` deep give `DiagnosticCode.tooDeep`.
/// - Never traps, whatever the input: it is iterative (an explicit stack instead of recursion),
///   reads bytes only through bounds-checked helpers, and runs in time linear in the input.
public struct JSONParser {
  /// The nesting depth `parse` accepts unless told otherwise.
  public static let defaultMaxDepth = 64

  /// The largest `maxDepth` honoured; larger values are lowered to it.
  ///
  /// Parsing itself is iterative, but destroying or comparing a tree recurses once per level, so an unbounded
  /// depth would let a hostile file exhaust the stack after a successful parse.
  public static let maximumSupportedDepth = 1_000

  /// Parses a complete JSON document.
  ///
  /// `maxDepth` is the number of arrays and objects that may be open at once (at most
  /// `maximumSupportedDepth`); a scalar document has depth 0. On failure the diagnostic has code `.malformedJSON` or `.tooDeep`, an empty path, no file
  /// (attribute one with `Diagnostic.inFile`), and the line and column of the problem.
  public static func parse(
    _ bytes: [UInt8], maxDepth: Int = defaultMaxDepth
  ) -> Result<
    JSONNode, Diagnostic
  > {
    var parser = JSONParser(bytes: bytes, maxDepth: maxDepth)
    do {
      return .success(try parser.parseDocument())
    } catch {
      return .failure(error.diagnostic)
    }
  }

  /// Parses a complete JSON document from `data`; see `parse(_:maxDepth:)` for `[UInt8]`.
  public static func parse(
    _ data: Data, maxDepth: Int = defaultMaxDepth
  ) -> Result<
    JSONNode, Diagnostic
  > {
    parse([UInt8](data), maxDepth: maxDepth)
  }

  /// Parses a complete JSON document from its text; see `parse(_:maxDepth:)` for `[UInt8]`.
  public static func parse(
    _ text: String, maxDepth: Int = defaultMaxDepth
  ) -> Result<
    JSONNode, Diagnostic
  > {
    parse(Array(text.utf8), maxDepth: maxDepth)
  }

  // MARK: - State

  private struct Failure: Error {
    var diagnostic: Diagnostic
  }

  /// An array or object that is open while its contents are parsed.
  private struct Frame {
    let isObject: Bool
    let line: Int
    let column: Int
    var elements: [JSONNode] = []
    var members: [JSONMember] = []
    /// The key whose value is being parsed (objects only).
    var key = ""
    var keyLine = 0
    var keyColumn = 0

    /// "an object opened at line 3", for messages.
    var opening: String {
      (isObject ? "an object" : "an array") + " opened at line \(line)"
    }
  }

  private let bytes: [UInt8]
  private let maxDepth: Int
  private var position = 0

  /// The last location computed, so that the next one only scans the bytes in between.
  ///
  /// Locations are asked for in increasing order, which keeps the parser linear.
  private var cachedOffset = 0
  private var cachedLine = 1
  private var cachedColumn = 1

  /// The most recent number, to explain a decimal comma (`"share": 0,35`).
  private var lastNumberEnd = -1
  private var lastNumberText = ""

  private init(bytes: [UInt8], maxDepth: Int) {
    self.bytes = bytes
    self.maxDepth = min(maxDepth, JSONParser.maximumSupportedDepth)
  }

  // MARK: - Document and containers

  private mutating func parseDocument() throws(Failure) -> JSONNode {
    if let encoding = TextEncoding.otherUnicodeEncoding(Array(bytes.prefix(4))) {
      throw failure("The file is saved as \(encoding); save it as UTF-8 instead.", at: 0)
    }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      position = 3
      cachedOffset = 3
    }
    let contentStart = position
    skipWhitespace()
    guard position < bytes.count else {
      let what = position == contentStart ? "The file is empty" : "The file contains only spaces"
      throw failure("\(what); expected a JSON value such as an object '{ … }'.", at: position)
    }

    var stack: [Frame] = []
    while true {
      // A value is expected here, and whitespace has been skipped.
      guard let byte = peek() else { throw endOfFile(inside: stack.last) }
      let (line, column) = location(of: position)
      var node: JSONNode
      if byte == Byte.openBrace || byte == Byte.openBracket {
        guard stack.count < maxDepth else {
          throw failure(
            .tooDeep,
            "Values are nested more than \(maxDepth) levels deep here; "
              + "the file is probably damaged.", at: position)
        }
        position += 1
        skipWhitespace()
        if byte == Byte.openBracket {
          if peek() == Byte.closeBracket {
            position += 1
            node = JSONNode(.array([]), line: line, column: column)
          } else {
            stack.append(Frame(isObject: false, line: line, column: column))
            continue
          }
        } else {
          if peek() == Byte.closeBrace {
            position += 1
            node = JSONNode(.object([]), line: line, column: column)
          } else {
            var frame = Frame(isObject: true, line: line, column: column)
            try readKey(into: &frame, afterCommaAt: nil)
            stack.append(frame)
            continue
          }
        }
      } else {
        node = JSONNode(try parseScalar(byte, inside: stack.last), line: line, column: column)
      }

      // Attach the finished value to its container; close containers that end here.
      attaching: while true {
        guard let top = stack.indices.last else {
          skipWhitespace()
          if position < bytes.count { throw trailingContent() }
          return node
        }
        if stack[top].isObject {
          stack[top].members.append(
            JSONMember(
              key: stack[top].key, line: stack[top].keyLine, column: stack[top].keyColumn,
              value: node))
        } else {
          stack[top].elements.append(node)
        }
        skipWhitespace()
        guard let next = peek() else { throw endOfFile(inside: stack[top]) }
        if stack[top].isObject {
          if next == Byte.comma {
            let comma = position
            position += 1
            skipWhitespace()
            try readKey(into: &stack[top], afterCommaAt: comma)
            break attaching
          }
          if next == Byte.closeBrace {
            position += 1
            let frame = stack.removeLast()
            node = JSONNode(.object(frame.members), line: frame.line, column: frame.column)
            continue attaching
          }
          throw failure(
            "Expected ',' or '}' after the value of '\(stack[top].key)' but found "
              + describe(at: position) + missingCommaHint(next), at: position)
        } else {
          if next == Byte.comma {
            let comma = position
            position += 1
            skipWhitespace()
            if peek() == Byte.closeBracket {
              throw failure(
                "Trailing comma before ']'; remove the ',' after the last element.", at: comma)
            }
            break attaching
          }
          if next == Byte.closeBracket {
            position += 1
            let frame = stack.removeLast()
            node = JSONNode(.array(frame.elements), line: frame.line, column: frame.column)
            continue attaching
          }
          throw failure(
            "Expected ',' or ']' after an element of \(stack[top].opening) but found "
              + describe(at: position) + missingCommaHint(next), at: position)
        }
      }
    }
  }

  /// Reads `"key":` and the whitespace after it; `position` is at the expected opening quote.
  private mutating func readKey(
    into frame: inout Frame, afterCommaAt comma: Int?
  )
    throws(Failure)
  {
    guard let byte = peek() else { throw endOfFile(inside: frame) }
    guard byte == Byte.quote else {
      if byte == Byte.closeBrace, let comma {
        throw failure(
          "Trailing comma before '}'; remove the ',' after the last member.", at: comma)
      }
      if let comma, comma == lastNumberEnd, Byte.isDigit(byte) {
        let digits = word(at: position)
        throw failure(
          "Expected a key in double quotes but found '\(digits)'. If '\(lastNumberText),\(digits)'"
            + " is one number, write it with a decimal point: \(lastNumberText).\(digits).",
          at: position)
      }
      if Byte.isWordByte(byte) {
        let name = word(at: position)
        throw failure(
          "Keys must be in double quotes: write \"\(name)\" instead of \(name).", at: position)
      }
      if byte == Byte.apostrophe {
        throw failure("Keys must be in double quotes (\"), not single quotes (').", at: position)
      }
      if let hint = curlyQuoteHint(at: position) { throw failure(hint, at: position) }
      throw failure(
        "Expected a key in double quotes but found \(describe(at: position)).", at: position)
    }
    let (line, column) = location(of: position)
    let key = try parseString()
    skipWhitespace()
    guard peek() == Byte.colon else {
      if peek() == nil { throw endOfFile(inside: frame) }
      throw failure(
        "Expected ':' after the key '\(key)' but found \(describe(at: position)).", at: position)
    }
    position += 1
    skipWhitespace()
    frame.key = key
    frame.keyLine = line
    frame.keyColumn = column
  }

  // MARK: - Scalars

  private mutating func parseScalar(
    _ byte: UInt8, inside frame: Frame?
  ) throws(Failure)
    -> JSONValue
  {
    if byte == Byte.quote { return .string(try parseString()) }
    if byte == Byte.minus || Byte.isDigit(byte) { return .number(try parseNumber()) }
    if Byte.isWordByte(byte) {
      let name = word(at: position)
      switch name {
      case "true":
        position += 4
        return .bool(true)
      case "false":
        position += 5
        return .bool(false)
      case "null":
        position += 4
        return .null
      default:
        throw wordFailure(name, at: position)
      }
    }
    switch byte {
    case Byte.apostrophe:
      throw failure("Strings must be in double quotes (\"), not single quotes (').", at: position)
    case Byte.slash:
      throw failure("Comments are not allowed in JSON; remove the comment.", at: position)
    case Byte.plus:
      throw failure("A number cannot start with '+'; leave the '+' out.", at: position)
    case Byte.dot:
      throw failure(
        "A number cannot start with '.'; write a 0 before the decimal point.", at: position)
    default:
      if byte >= 0x80, utf8SequenceLength(at: position) == nil {
        throw invalidUTF8(at: position)
      }
      if let hint = curlyQuoteHint(at: position) { throw failure(hint, at: position) }
      let context: String
      if let frame {
        context = frame.isObject ? " for '\(frame.key)'" : " in \(frame.opening)"
      } else {
        context = ""
      }
      throw failure(
        "Expected a value\(context) but found \(describe(at: position)).", at: position)
    }
  }

  /// A number, following the JSON grammar exactly: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  private mutating func parseNumber() throws(Failure) -> Double {
    let start = position
    if peek() == Byte.minus { position += 1 }
    guard let first = peek(), Byte.isDigit(first) else {
      if let byte = peek(), Byte.isWordByte(byte) {
        throw wordFailure("-" + word(at: position), at: start)
      }
      throw failure(
        "Expected a digit after '-' but found \(describe(at: position)).", at: position)
    }
    position += 1
    if first == Byte.zero, let next = peek(), Byte.isDigit(next) {
      skipDigits()
      let text = String(decoding: bytes[start..<position], as: UTF8.self)
      throw failure(
        "Numbers cannot have leading zeros ('\(text)'); leave out the zeros at the start.",
        at: start)
    }
    skipDigits()
    if peek() == Byte.dot {
      position += 1
      guard let digit = peek(), Byte.isDigit(digit) else {
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        throw failure(
          "Expected a digit after the decimal point in '\(text)' but found "
            + "\(describe(at: position)).", at: position)
      }
      skipDigits()
    }
    if peek() == Byte.lowerE || peek() == Byte.upperE {
      position += 1
      if peek() == Byte.plus || peek() == Byte.minus { position += 1 }
      guard let digit = peek(), Byte.isDigit(digit) else {
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        throw failure(
          "Expected a digit in the exponent of '\(text)' but found \(describe(at: position)).",
          at: position)
      }
      skipDigits()
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard let value = Double(text), value.isFinite else {
      throw failure(
        "Number too large: '\(abbreviated(text))' is beyond the largest number this tool can "
          + "hold (about 1.8e308).", at: start)
    }
    lastNumberEnd = position
    lastNumberText = text
    // -0 is 0: a count of "-0" jobs must not come out as "-0" (issue 22, found by the fuzzer).
    return value == 0 ? 0 : value
  }

  private mutating func skipDigits() {
    while let byte = peek(), Byte.isDigit(byte) { position += 1 }
  }

  /// A string; `position` is at the opening quote.
  private mutating func parseString() throws(Failure) -> String {
    let start = position
    position += 1
    var buffer: [UInt8] = []
    var hasEscapes = false
    var runStart = position
    while true {
      guard let byte = peek() else {
        let (line, column) = location(of: start)
        throw failure(
          "Unexpected end of file: the string that starts at line \(line), column \(column) "
            + "is not closed.", at: position)
      }
      switch byte {
      case Byte.quote:
        let text: String
        if hasEscapes {
          buffer.append(contentsOf: bytes[runStart..<position])
          text = String(decoding: buffer, as: UTF8.self)
        } else {
          text = String(decoding: bytes[runStart..<position], as: UTF8.self)
        }
        position += 1
        return text
      case Byte.backslash:
        hasEscapes = true
        buffer.append(contentsOf: bytes[runStart..<position])
        try parseEscape(into: &buffer, stringStart: start)
        runStart = position
      case Byte.newline, Byte.carriageReturn:
        throw failure(
          "The string is not closed before the end of the line; a string cannot span lines "
            + "(write \\n for a line break).", at: position)
      case Byte.tab:
        throw failure("A tab inside a string must be written as \\t.", at: position)
      case 0..<0x20:
        let code = Self.hex(UInt32(byte), width: 4)
        throw failure(
          "Control character U+\(code) is not allowed inside a string; write it as \\u\(code).",
          at: position)
      case 0..<0x80:
        position += 1
      default:
        guard let length = utf8SequenceLength(at: position) else {
          throw invalidUTF8(at: position)
        }
        position += length
      }
    }
  }

  /// One escape sequence; `position` is at the backslash.
  private mutating func parseEscape(
    into buffer: inout [UInt8], stringStart: Int
  )
    throws(Failure)
  {
    let start = position
    position += 1
    guard let escape = peek() else {
      let (line, column) = location(of: stringStart)
      throw failure(
        "Unexpected end of file: the string that starts at line \(line), column \(column) "
          + "is not closed.", at: position)
    }
    switch escape {
    case Byte.quote, Byte.backslash, Byte.slash: buffer.append(escape)
    case Byte.lowerB: buffer.append(0x08)
    case Byte.lowerF: buffer.append(0x0C)
    case Byte.lowerN: buffer.append(0x0A)
    case Byte.lowerR: buffer.append(0x0D)
    case Byte.lowerT: buffer.append(0x09)
    case Byte.lowerU:
      position += 1
      let first = try hexQuad(escapeStart: start)
      var scalar = first
      if (0xD800...0xDBFF).contains(first) {
        let secondStart = position
        guard peek() == Byte.backslash, peek(offset: 1) == Byte.lowerU else {
          throw failure(
            "The escape '\\u\(Self.hex(first, width: 4))' is the first half of a surrogate pair"
              + " and must be followed by a second half, \\uDC00 to \\uDFFF.", at: start)
        }
        position += 2
        let second = try hexQuad(escapeStart: secondStart)
        guard (0xDC00...0xDFFF).contains(second) else {
          throw failure(
            "The escape '\\u\(Self.hex(first, width: 4))' is the first half of a surrogate pair"
              + " and must be followed by a second half, \\uDC00 to \\uDFFF, not "
              + "'\\u\(Self.hex(second, width: 4))'.", at: start)
        }
        scalar = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(first) {
        throw failure(
          "The escape '\\u\(Self.hex(first, width: 4))' is the second half of a surrogate pair"
            + " without a first half before it.", at: start)
      }
      Self.appendUTF8(scalar, to: &buffer)
      return
    default:
      throw failure(
        "Invalid escape '\\\(character(at: position))' in a string; after a backslash only "
          + "\" \\ / b f n r t or uXXXX may follow. To write a backslash itself, write \\\\.",
        at: start)
    }
    position += 1
  }

  /// The four hex digits of a `\u` escape; `position` is just after the `u`.
  private mutating func hexQuad(escapeStart: Int) throws(Failure) -> UInt32 {
    var value: UInt32 = 0
    for _ in 0..<4 {
      guard let byte = peek(), let digit = Byte.hexValue(byte) else {
        let end = min(position + 1, bytes.count)
        let text = String(decoding: bytes[escapeStart..<end], as: UTF8.self)
        throw failure(
          "Invalid escape '\(text)': \\u must be followed by four hexadecimal digits "
            + "(0-9, A-F).", at: escapeStart)
      }
      value = value << 4 | digit
      position += 1
    }
    return value
  }

  // MARK: - Bytes

  private func peek(offset: Int = 0) -> UInt8? {
    let index = position + offset
    return index >= 0 && index < bytes.count ? bytes[index] : nil
  }

  private mutating func skipWhitespace() {
    while let byte = peek(),
      byte == Byte.space || byte == Byte.newline || byte == Byte.carriageReturn
        || byte == Byte.tab
    {
      position += 1
    }
  }

  /// The run of letters, digits and underscores at `offset`, at most 40 bytes of it.
  private func word(at offset: Int) -> String {
    var end = offset
    while end < bytes.count, end - offset < 40, Byte.isWordByte(bytes[end]) { end += 1 }
    return String(decoding: bytes[offset..<end], as: UTF8.self)
  }

  /// The length of the well-formed UTF-8 sequence at `offset` (Unicode table 3-7), or `nil`.
  private func utf8SequenceLength(at offset: Int) -> Int? {
    guard offset >= 0, offset < bytes.count else { return nil }
    func byte(_ i: Int, in range: ClosedRange<UInt8>) -> Bool {
      offset + i < bytes.count && range.contains(bytes[offset + i])
    }
    let tail: ClosedRange<UInt8> = 0x80...0xBF
    switch bytes[offset] {
    case 0x00...0x7F: return 1
    case 0xC2...0xDF: return byte(1, in: tail) ? 2 : nil
    case 0xE0: return byte(1, in: 0xA0...0xBF) && byte(2, in: tail) ? 3 : nil
    case 0xE1...0xEC, 0xEE...0xEF: return byte(1, in: tail) && byte(2, in: tail) ? 3 : nil
    case 0xED: return byte(1, in: 0x80...0x9F) && byte(2, in: tail) ? 3 : nil
    case 0xF0:
      return byte(1, in: 0x90...0xBF) && byte(2, in: tail) && byte(3, in: tail) ? 4 : nil
    case 0xF1...0xF3:
      return byte(1, in: tail) && byte(2, in: tail) && byte(3, in: tail) ? 4 : nil
    case 0xF4:
      return byte(1, in: 0x80...0x8F) && byte(2, in: tail) && byte(3, in: tail) ? 4 : nil
    default: return nil
    }
  }

  /// The Unicode scalar at `offset`, if the bytes there are well-formed UTF-8.
  private func scalar(at offset: Int) -> Unicode.Scalar? {
    guard let length = utf8SequenceLength(at: offset) else { return nil }
    return String(decoding: bytes[offset..<offset + length], as: UTF8.self).unicodeScalars.first
  }

  /// The character at `offset` as text, for quoting in a message.
  private func character(at offset: Int) -> String {
    guard let scalar = scalar(at: offset) else {
      return offset < bytes.count ? "0x" + Self.hex(UInt32(bytes[offset]), width: 2) : ""
    }
    return String(scalar)
  }

  /// What is at `offset`, for "but found …".
  private func describe(at offset: Int) -> String {
    guard offset < bytes.count else { return "the end of the file" }
    let byte = bytes[offset]
    switch byte {
    case _ where Byte.isWordByte(byte): return "'\(word(at: offset))'"
    case Byte.newline, Byte.carriageReturn: return "a line break"
    case Byte.tab: return "a tab"
    case Byte.apostrophe: return "an apostrophe (')"
    case 0..<0x20, 0x7F: return "the control character U+\(Self.hex(UInt32(byte), width: 4))"
    case 0..<0x80: return "'\(Character(Unicode.Scalar(byte)))'"
    default:
      guard let scalar = scalar(at: offset) else {
        return "a byte that is not valid UTF-8 (0x\(Self.hex(UInt32(byte), width: 2)))"
      }
      switch scalar.value {
      case 0xA0: return "a non-breaking space"
      case 0x200B: return "a zero-width space"
      case 0xFEFF: return "a byte order mark (U+FEFF)"
      default: return "'\(String(scalar))'"
      }
    }
  }

  /// Where `offset` is, as a 1-based line and a 1-based column counted in characters.
  ///
  /// `\n`, `\r\n` and a lone `\r` each end a line. Continues from the previous answer when
  /// `offset` is further on, so a whole parse costs one pass over the bytes.
  private mutating func location(of offset: Int) -> (line: Int, column: Int) {
    let target = max(0, min(offset, bytes.count))
    if target < cachedOffset {
      cachedOffset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? min(3, target) : 0
      cachedLine = 1
      cachedColumn = 1
    }
    var line = cachedLine
    var column = cachedColumn
    var index = cachedOffset
    while index < target {
      let byte = bytes[index]
      if byte == Byte.newline {
        line += 1
        column = 1
      } else if byte == Byte.carriageReturn {
        if index + 1 >= bytes.count || bytes[index + 1] != Byte.newline {
          line += 1
          column = 1
        }
      } else if byte & 0xC0 != 0x80 {
        column += 1
      }
      index += 1
    }
    cachedOffset = target
    cachedLine = line
    cachedColumn = column
    return (line, column)
  }

  // MARK: - Failures

  private mutating func failure(
    _ code: DiagnosticCode, _ message: String, at offset: Int,
    suggestion: String? = nil
  ) -> Failure {
    let (line, column) = location(of: offset)
    var diagnostic = Diagnostic.error(code, at: "", message, suggestion: suggestion)
    diagnostic.line = line
    diagnostic.column = column
    return Failure(diagnostic: diagnostic)
  }

  private mutating func failure(_ message: String, at offset: Int) -> Failure {
    failure(.malformedJSON, message, at: offset)
  }

  private mutating func endOfFile(inside frame: Frame?) -> Failure {
    guard let frame else {
      return failure("Unexpected end of file; expected a JSON value.", at: bytes.count)
    }
    return failure("Unexpected end of file: \(frame.opening) is not closed.", at: bytes.count)
  }

  private mutating func invalidUTF8(at offset: Int) -> Failure {
    let byte = offset < bytes.count ? bytes[offset] : 0
    return failure(
      "The file is not valid UTF-8 (byte 0x\(Self.hex(UInt32(byte), width: 2)) here); "
        + "save it with UTF-8 encoding.", at: offset)
  }

  /// Explains an unquoted word where a value should be: `True`, `NaN`, `yes`.
  private mutating func wordFailure(_ name: String, at offset: Int) -> Failure {
    let lower = name.lowercased()
    if ["true", "false", "null"].contains(lower) {
      return failure(
        .malformedJSON,
        "'\(name)' is not valid JSON; write true, false and null in lowercase.", at: offset,
        suggestion: lower)
    }
    if ["nan", "infinity", "-infinity", "inf", "-inf"].contains(lower) {
      return failure(
        "'\(name)' is not allowed in JSON; write a number, or null if the value is unknown.",
        at: offset)
    }
    return failure(
      "Unexpected word '\(name)'; text must be in double quotes, like \"\(name)\".", at: offset)
  }

  private mutating func trailingContent() -> Failure {
    guard let byte = peek() else { return failure("Unexpected end of file.", at: position) }
    if byte == Byte.closeBrace || byte == Byte.closeBracket {
      return failure(
        "Unexpected \(describe(at: position)) after the end of the document: there is one "
          + "closing bracket too many, or an opening one is missing.", at: position)
    }
    if byte == Byte.slash {
      return failure("Comments are not allowed in JSON; remove the comment.", at: position)
    }
    if byte >= 0x80, utf8SequenceLength(at: position) == nil {
      return invalidUTF8(at: position)
    }
    return failure(
      "Unexpected \(describe(at: position)) after the end of the document; a JSON file holds "
        + "exactly one value (put several values in an array '[ … ]').", at: position)
  }

  private func missingCommaHint(_ byte: UInt8) -> String {
    byte == Byte.quote || byte == Byte.openBrace || byte == Byte.openBracket
      || Byte.isDigit(byte) ? "; is a comma missing?" : "."
  }

  private func curlyQuoteHint(at offset: Int) -> String? {
    guard let scalar = scalar(at: offset), [0x201C, 0x201D, 0x2018, 0x2019].contains(scalar.value)
    else { return nil }
    return "Curly quotes (\(String(scalar))) are not JSON quotes; use straight double quotes (\")."
  }

  private func abbreviated(_ text: String) -> String {
    text.count <= 40 ? text : String(text.prefix(37)) + "…"
  }

  // MARK: - Encoding helpers

  private static func hex(_ value: UInt32, width: Int) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }

  private static func appendUTF8(_ scalar: UInt32, to buffer: inout [UInt8]) {
    func byte(_ value: UInt32) -> UInt8 { UInt8(truncatingIfNeeded: value) }
    switch scalar {
    case 0..<0x80:
      buffer.append(byte(scalar))
    case 0x80..<0x800:
      buffer.append(byte(0xC0 | scalar >> 6))
      buffer.append(byte(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      buffer.append(byte(0xE0 | scalar >> 12))
      buffer.append(byte(0x80 | (scalar >> 6) & 0x3F))
      buffer.append(byte(0x80 | scalar & 0x3F))
    default:
      buffer.append(byte(0xF0 | scalar >> 18))
      buffer.append(byte(0x80 | (scalar >> 12) & 0x3F))
      buffer.append(byte(0x80 | (scalar >> 6) & 0x3F))
      buffer.append(byte(0x80 | scalar & 0x3F))
    }
  }

  /// The ASCII bytes the grammar is made of.
  private enum Byte {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let quote: UInt8 = 0x22
    static let apostrophe: UInt8 = 0x27
    static let plus: UInt8 = 0x2B
    static let comma: UInt8 = 0x2C
    static let minus: UInt8 = 0x2D
    static let dot: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let zero: UInt8 = 0x30
    static let colon: UInt8 = 0x3A
    static let upperE: UInt8 = 0x45
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let lowerB: UInt8 = 0x62
    static let lowerE: UInt8 = 0x65
    static let lowerF: UInt8 = 0x66
    static let lowerN: UInt8 = 0x6E
    static let lowerR: UInt8 = 0x72
    static let lowerT: UInt8 = 0x74
    static let lowerU: UInt8 = 0x75
    static let openBrace: UInt8 = 0x7B
    static let closeBrace: UInt8 = 0x7D

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func isWordByte(_ byte: UInt8) -> Bool {
      isDigit(byte) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
        || byte == 0x5F
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
      switch byte {
      case 0x30...0x39: UInt32(byte - 0x30)
      case 0x41...0x46: UInt32(byte - 0x41 + 10)
      case 0x61...0x66: UInt32(byte - 0x61 + 10)
      default: nil
      }
    }
  }
}
