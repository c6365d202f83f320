/// Reads a parsed JSON document into model values, reporting every problem it meets instead of
/// stopping at the first.
///
/// A reader is a node plus where it is (`path`, `file`) plus the shared `collector`. Each
/// accessor checks one expectation and either returns the value or reports a diagnostic at the
/// offending value and returns `nil`; the caller carries on with the rest of the document.
///
/// ```swift
/// let collector = DiagnosticCollector()
/// guard let root = JSONReader.parse(bytes, file: "site.json", collector: collector),
///   let site = root.object(allowedKeys: ["name", "workforce"])
/// else { return collector.diagnostics }
/// let name = site.string("name", required: true)
/// for group in site.array("workforce", required: true) ?? [] {
///   let share = group.object(allowedKeys: ["share"])?.share("share", required: true)
/// }
/// ```
///
/// Messages are in sentence case, quote the user's values in single quotes and say what was
/// found and what was expected.
public struct JSONReader {
  /// The value this reader reads, with its position.
  public let node: JSONNode
  /// Where the value is in the document, for messages.
  public let path: JSONPath
  /// The file as the user named it; `nil` for input that is not a file.
  public let file: String?
  /// Where problems are reported; shared by every reader of the load.
  public let collector: DiagnosticCollector

  /// Numbers larger than this in magnitude are reported as `valueTooLarge`.
  public static let largestMagnitude = 1e15

  /// A reader of `node` at `path` in `file`, reporting to `collector`.
  public init(
    _ node: JSONNode, path: JSONPath = .root, file: String?, collector: DiagnosticCollector
  ) {
    self.node = node
    self.path = path
    self.file = file
    self.collector = collector
  }

  /// Parses `bytes` and returns a reader for the document, or reports the syntax error to
  /// `collector` (attributed to `file`) and returns `nil`.
  public static func parse(
    _ bytes: [UInt8], file: String?, collector: DiagnosticCollector,
    maxDepth: Int = JSONParser.defaultMaxDepth
  ) -> JSONReader? {
    switch JSONParser.parse(bytes, maxDepth: maxDepth) {
    case .success(let node):
      return JSONReader(node, file: file, collector: collector)
    case .failure(var diagnostic):
      diagnostic.file = file
      collector.add(diagnostic)
      return nil
    }
  }

  /// The 1-based line the value starts on.
  public var line: Int { node.line }
  /// The 1-based column the value starts at, in characters.
  public var column: Int { node.column }
  /// Whether the value is JSON `null`.
  public var isNull: Bool { node.value == .null }

  /// A reader for a value inside this one.
  public func child(_ node: JSONNode, at component: JSONPath.Component) -> JSONReader {
    JSONReader(node, path: path.appending(component), file: file, collector: collector)
  }

  // MARK: - Reporting

  /// Reports a problem with this value.
  public func report(
    _ code: DiagnosticCode, _ message: String, suggestion: String? = nil,
    severity: Diagnostic.Severity = .error
  ) {
    report(
      code, message, path: path, line: node.line, column: node.column, suggestion: suggestion,
      severity: severity)
  }

  /// Reports a problem at an explicit place in this reader's file.
  public func report(
    _ code: DiagnosticCode, _ message: String, path: JSONPath, line: Int, column: Int,
    suggestion: String? = nil, severity: Diagnostic.Severity = .error
  ) {
    collector.add(
      Diagnostic(
        severity, code, at: path.description, message, file: file, line: line, column: column,
        suggestion: suggestion))
  }

  /// Reports that this value has the wrong type.
  ///
  /// The message reads "Expected a number but found a string ('x')." plus `hint` if given.
  public func reportWrongType(expected: String, hint: String? = nil) {
    var message = "Expected \(expected) but found \(foundDescription)"
    if let hint { message += "; " + hint }
    report(.wrongType, message + ".")
  }

  /// The value as described after "but found": "a string ('twelve')", "an array".
  public var foundDescription: String {
    switch node.value {
    case .null: "null"
    case .bool(let value): "a true/false value ('\(value)')"
    case .number(let value): "a number ('\(JSONReader.format(value))')"
    case .string(let text): "a string ('\(JSONReader.abbreviated(text))')"
    case .array: "an array"
    case .object: "an object"
    }
  }

  // MARK: - Containers

  /// This value as an object whose keys must be among `allowedKeys`.
  ///
  /// Reports a wrong type, each unknown key (suggesting the closest allowed key) and each
  /// duplicated key. When a key appears more than once, its last value is the one read.
  public func object(allowedKeys: [String]) -> ObjectReader? {
    guard case .object(let members) = node.value else {
      reportWrongType(expected: "an object")
      return nil
    }
    return ObjectReader(self, members: members, allowedKeys: allowedKeys)
  }

  /// This value as an object used as a map: any key is allowed; duplicates are still reported.
  public func dictionary() -> ObjectReader? {
    guard case .object(let members) = node.value else {
      reportWrongType(expected: "an object")
      return nil
    }
    return ObjectReader(self, members: members, allowedKeys: nil)
  }

  /// This value as an array; the elements' paths are `path[i]`.
  public func array() -> [JSONReader]? {
    guard case .array(let elements) = node.value else {
      reportWrongType(expected: "an array")
      return nil
    }
    return elements.enumerated().map { child($1, at: .index($0)) }
  }

  // MARK: - Scalars

  /// The value as a string; `nil` after reporting a wrong type (with a hint to quote a number
  /// meant as text).
  public func string() -> String? {
    guard case .string(let text) = node.value else {
      let hint: String? =
        if case .number = node.value { "put it in double quotes if it is meant as text" } else {
          nil
        }
      reportWrongType(expected: "a string", hint: hint)
      return nil
    }
    return text
  }

  /// The value as a Boolean; `nil` after reporting a wrong type (with a hint when it is written
  /// as `"true"`, `"ja"`, 0 or 1).
  public func bool() -> Bool? {
    switch node.value {
    case .bool(let value):
      return value
    case .string(let text)
    where ["true", "false", "yes", "no", "ja", "nee"].contains(text.lowercased()):
      reportWrongType(expected: "true or false", hint: "write true or false without quotes")
    case .number(let value) where value == 0 || value == 1:
      reportWrongType(expected: "true or false", hint: "write true or false instead of 0 or 1")
    default:
      reportWrongType(expected: "true or false")
    }
    return nil
  }

  /// A finite number of at most `largestMagnitude` in size.
  public func number() -> Double? {
    numeric(expecting: "a number")
  }

  /// A whole number, within `range` when given.
  public func integer(range: ClosedRange<Int>? = nil) -> Int? {
    let expected =
      if let range { "a whole number from \(range.lowerBound) to \(range.upperBound)" } else {
        "a whole number"
      }
    guard let value = numeric(expecting: expected) else { return nil }
    guard value == value.rounded() else {
      report(.invalidValue, "Expected \(expected) but found '\(JSONReader.format(value))'.")
      return nil
    }
    let integer = Int(value)
    if let range, !range.contains(integer) {
      report(.invalidValue, "Expected \(expected) but found '\(integer)'.")
      return nil
    }
    return integer
  }

  /// A share from 0 to 1.
  ///
  /// A value in (1, 100] is probably a percentage, and the message says how to write it as a
  /// share.
  public func share() -> Double? {
    let expected = "a share between 0 and 1"
    guard let value = numeric(expecting: expected, percentHint: true) else { return nil }
    guard (0...1).contains(value) else {
      let found = JSONReader.format(value)
      if value > 1, value <= 100 {
        let fraction = JSONReader.format((value / 100 * 1e12).rounded() / 1e12)
        report(
          .shareOutOfRange,
          "Expected \(expected) but found '\(found)'; write \(fraction), not \(found).",
          suggestion: fraction)
      } else {
        report(.shareOutOfRange, "Expected \(expected) but found '\(found)'.")
      }
      return nil
    }
    return value
  }

  /// A number of zero or more.
  public func nonNegative() -> Double? {
    let expected = "a number of zero or more"
    guard let value = numeric(expecting: expected) else { return nil }
    guard value >= 0 else {
      report(.negativeValue, "Expected \(expected) but found '\(JSONReader.format(value))'.")
      return nil
    }
    return value
  }

  /// A number from zero to `maximum`; `what` names the quantity in the message ("jobs").
  ///
  /// A larger number is reported as `valueTooLarge`: the model is not meant for it, and it is
  /// usually a typo (extra zeros, or square metres where hectares were meant).
  public func nonNegative(atMost maximum: Double, what: String) -> Double? {
    guard let value = nonNegative() else { return nil }
    guard value <= maximum else {
      reportTooLarge(value, maximum: maximum, what: what)
      return nil
    }
    return value
  }

  /// A whole number from zero to `maximum`; `what` names the quantity in the message ("beds").
  public func count(atMost maximum: Int, what: String) -> Int? {
    guard let value = count() else { return nil }
    guard value <= maximum else {
      reportTooLarge(Double(value), maximum: Double(maximum), what: what)
      return nil
    }
    return value
  }

  private func reportTooLarge(_ value: Double, maximum: Double, what: String) {
    report(
      .valueTooLarge,
      "Expected at most \(JSONReader.format(maximum)) \(what) but found "
        + "'\(JSONReader.format(value))'; check the number for extra zeros.")
  }

  /// A whole number of zero or more, such as a number of beds.
  public func count() -> Int? {
    let expected = "a whole number of zero or more"
    guard let value = numeric(expecting: expected) else { return nil }
    guard value >= 0 else {
      report(.negativeValue, "Expected \(expected) but found '\(JSONReader.format(value))'.")
      return nil
    }
    guard value == value.rounded() else {
      report(.invalidValue, "Expected \(expected) but found '\(JSONReader.format(value))'.")
      return nil
    }
    return Int(value)
  }

  /// A calendar year within `window`.
  public func year(window: ClosedRange<Int>) -> Int? {
    guard let value = numeric(expecting: "a year such as \(window.lowerBound)") else {
      return nil
    }
    guard value == value.rounded() else {
      report(
        .invalidValue,
        "Expected a year such as \(window.lowerBound) but found '\(JSONReader.format(value))'.")
      return nil
    }
    let year = Int(value)
    guard window.contains(year) else {
      report(
        .yearOutOfRange,
        "The year '\(year)' is outside the years this model covers, "
          + "\(window.lowerBound) to \(window.upperBound).")
      return nil
    }
    return year
  }

  /// One of the named cases of `T`, written as its raw value.
  ///
  /// An unknown name is reported with `code`, the list of allowed names and the closest one.
  public func enumeration<T: RawRepresentable & CaseIterable>(
    as type: T.Type, code: DiagnosticCode
  ) -> T? where T.RawValue == String {
    let names = T.allCases.map(\.rawValue)
    guard case .string(let text) = node.value else {
      reportWrongType(expected: "one of " + JSONReader.quotedList(names))
      return nil
    }
    if let value = T(rawValue: text) { return value }
    report(
      code,
      "Unknown value '\(JSONReader.abbreviated(text))'; expected one of "
        + JSONReader.quotedList(names) + ".",
      suggestion: Suggestion.closest(to: text, in: names))
    return nil
  }

  // MARK: - Helpers

  /// A number within `largestMagnitude`, or a reported wrong type / value too large.
  private func numeric(expecting expected: String, percentHint: Bool = false) -> Double? {
    guard case .number(let value) = node.value else {
      var hint: String?
      if case .string(let text) = node.value {
        hint = JSONReader.numberHint(for: text, percentHint: percentHint)
      }
      reportWrongType(expected: expected, hint: hint)
      return nil
    }
    guard value.isFinite, abs(value) <= JSONReader.largestMagnitude else {
      report(
        .valueTooLarge,
        "The number '\(JSONReader.format(value))' is too large; numbers here can be at most "
          + "1e15 (a million billion) in size.")
      return nil
    }
    return value
  }

  /// How to write a number that was put in a string: quotes, a decimal comma or a percent sign.
  private static func numberHint(for text: String, percentHint: Bool) -> String? {
    var trimmed = text.trimmingSpacesAndTabs()
    let isPercentage = trimmed.hasSuffix("%")
    if isPercentage { trimmed = String(trimmed.dropLast()).trimmingSpacesAndTabs() }
    let decimalPoint = trimmed.replacingText(",", with: ".")
    guard decimalPoint.contains(where: \.isNumber),
      let value = Double(decimalPoint), value.isFinite
    else { return nil }
    if isPercentage {
      guard percentHint else { return "write a plain number without quotes" }
      return "write \(format((value / 100 * 1e12).rounded() / 1e12)) without quotes"
    }
    if decimalPoint != trimmed {
      return "write \(decimalPoint) without quotes, with a decimal point"
    }
    return "remove the quotes"
  }

  /// A number as the user would write it: `12`, `0.35`, `1e+20`.
  static func format(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "infinity" : "-infinity" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  static func abbreviated(_ text: String, limit: Int = 40) -> String {
    text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
  }

  /// `'a', 'b' or 'c'`.
  static func quotedList(_ names: [String], conjunction: String = "or") -> String {
    let quoted = names.map { "'\($0)'" }
    guard let last = quoted.last else { return "nothing" }
    if quoted.count == 1 { return last }
    return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + last
  }
}
