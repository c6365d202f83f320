import HousingEffect

#if canImport(Darwin)
  import Foundation
#endif

/// One sentence pattern of `DiagnosticText`: a regular expression whose capture groups the
/// Dutch template fills in.
///
/// On Linux it is a Swift `Regex` matched by Unicode scalars, as ICU's `NSRegularExpression`
/// matches by code points: `NSRegularExpression` lives in the full Foundation, whose start-up
/// every run would pay although patterns are only used when a message is translated (design
/// note §66). On Apple platforms, where `Regex` needs macOS 13, it stays `NSRegularExpression`.
///
/// Compiling a `Regex` from text costs about 2 M instructions, and there are some 240 patterns,
/// so a pattern is compiled only when a message starts with its literal beginning and ends with
/// its literal end (the bytes before the first and after the last special character), and then
/// kept. A message that could not match is never compiled for.
final class DiagnosticPattern: @unchecked Sendable {
  // @unchecked: `compiled` is written and read only under `lock`.
  #if canImport(Darwin)
    typealias Compiled = NSRegularExpression
  #else
    typealias Compiled = Regex<AnyRegexOutput>
  #endif

  /// The regular expression as written.
  let pattern: String
  /// The bytes every match starts with, after `^`; empty when the pattern does not start with `^`.
  private let head: [UInt8]
  /// The bytes every match ends with, before `$`; empty when the pattern does not end with `$`.
  private let tail: [UInt8]
  private let lock = PlainLock()
  /// `nil` until first needed; then the compiled expression, or `.some(nil)` when it is invalid.
  private var compiled: Compiled??

  /// The pattern, not yet compiled.
  init(_ pattern: String) {
    self.pattern = pattern
    let literal = Self.literalEnds(of: pattern)
    head = literal.head
    tail = literal.tail
  }

  /// Whether the pattern is a valid regular expression (compiling it if it was not yet).
  var compiles: Bool { regex() != nil }

  /// The whole match and every capture group of the first match in `text` (a group that took
  /// no part is ""), or `nil` when the pattern does not match.
  func groups(in text: String) -> [String]? {
    guard text.utf8.starts(with: head) else { return nil }
    if !tail.isEmpty {
      // `$` also matches before a final line break.
      let bytes = Array(text.utf8)
      let end = bytes.last == 0x0A ? bytes.dropLast() : bytes[...]
      guard end.count >= tail.count, end.suffix(tail.count).elementsEqual(tail) else {
        return nil
      }
    }
    guard let regex = regex() else { return nil }
    #if canImport(Darwin)
      guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
      else { return nil }
      return (0..<match.numberOfRanges).map { index in
        let found = match.range(at: index)
        return found.location == NSNotFound
          ? "" : Range(found, in: text).map { String(text[$0]) } ?? ""
      }
    #else
      guard let match = try? regex.firstMatch(in: text) else { return nil }
      return match.output.map { $0.substring.map(String.init) ?? "" }
    #endif
  }

  /// The compiled expression, compiled on first use; `nil` when the pattern is invalid.
  private func regex() -> Compiled? {
    lock.withLock {
      if let compiled { return compiled }
      #if canImport(Darwin)
        let made = try? NSRegularExpression(pattern: pattern)
      #else
        let made = try? Regex(pattern).matchingSemantics(.unicodeScalar)
      #endif
      compiled = .some(made)
      return made
    }
  }

  /// The literal bytes right after a leading `^` and right before a trailing `$`. Both are empty
  /// when the pattern has a `|` outside parentheses (then neither end is fixed) or sets a flag
  /// such as `(?i)`.
  static func literalEnds(of pattern: String) -> (head: [UInt8], tail: [UInt8]) {
    let bytes = Array(pattern.utf8)
    if pattern.firstRange(ofText: "(?") != nil,
      pattern.replacingText("(?:", with: "").firstRange(ofText: "(?") != nil
    {
      return ([], [])
    }
    let special = Set("\\^$.|?*+()[]{}".utf8)
    let quantifiers = Set("?*+{".utf8)
    // A `|` at depth 0 (outside groups and classes) makes both ends alternatives.
    var depth = 0
    var inClass = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\\") {
        index += 2
        continue
      }
      if inClass {
        if byte == UInt8(ascii: "]") { inClass = false }
      } else if byte == UInt8(ascii: "[") {
        inClass = true
      } else if byte == UInt8(ascii: "(") {
        depth += 1
      } else if byte == UInt8(ascii: ")") {
        depth -= 1
      } else if byte == UInt8(ascii: "|"), depth == 0 {
        return ([], [])
      }
      index += 1
    }
    var head: [UInt8] = []
    if bytes.first == UInt8(ascii: "^") {
      var at = 1
      while at < bytes.count {
        var literal = bytes[at]
        var width = 1
        if literal == UInt8(ascii: "\\") {
          // An escaped special character is itself; `\d`, `\S` and the like are classes.
          guard at + 1 < bytes.count, special.contains(bytes[at + 1]) else { break }
          literal = bytes[at + 1]
          width = 2
        } else if special.contains(literal) {
          break
        }
        // A quantifier after it makes the character optional or repeated.
        if at + width < bytes.count, quantifiers.contains(bytes[at + width]) { break }
        head.append(literal)
        at += width
      }
    }
    var tail: [UInt8] = []
    if bytes.count >= 2, bytes.last == UInt8(ascii: "$"), !isEscaped(bytes, at: bytes.count - 1) {
      var at = bytes.count - 2
      while at >= 0 {
        let byte = bytes[at]
        if isEscaped(bytes, at: at) {
          guard special.contains(byte) else {
            // `\d` ends the literal; the letters and digits after `\u`, `\x` or `\0` belong to it.
            while let last = tail.last, isLetterOrDigit(last) { tail.removeLast() }
            break
          }
          tail.append(byte)
          at -= 2
        } else {
          // Quantifiers, groups and classes end the literal; so does the leading `^`.
          guard !special.contains(byte) else { break }
          tail.append(byte)
          at -= 1
        }
      }
      tail.reverse()
    }
    return (head, tail)
  }

  /// An ASCII letter or digit.
  private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
    (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
  }

  /// Whether the byte at `index` follows an odd number of backslashes.
  private static func isEscaped(_ bytes: [UInt8], at index: Int) -> Bool {
    var count = 0
    var at = index - 1
    while at >= 0, bytes[at] == UInt8(ascii: "\\") {
      count += 1
      at -= 1
    }
    return count % 2 == 1
  }
}
