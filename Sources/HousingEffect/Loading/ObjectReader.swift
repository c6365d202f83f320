/// Reads the members of one JSON object by key; made by `JSONReader.object(allowedKeys:)` or
/// `JSONReader.dictionary()`, which have already reported unknown and duplicate keys.
///
/// Every keyed accessor takes `required:`. A missing required key is reported as
/// `missingField` at the enclosing object, with the path of the missing key. A key whose value
/// is `null` counts as absent when it is optional; when it is required, null is a wrong type.
/// When a key appears more than once, the last value is read (as most JSON tools do, which is
/// why the duplicate is reported).
public struct ObjectReader {
  /// The reader of the object itself.
  public let reader: JSONReader
  /// The distinct keys, in the order they first appear.
  public let keys: [String]
  /// For each key, the member that is read: its last occurrence.
  private let winners: [String: JSONMember]

  init(_ reader: JSONReader, members: [JSONMember], allowedKeys: [String]?) {
    self.reader = reader
    var keys: [String] = []
    var occurrences: [String: [JSONMember]] = [:]
    for member in members {
      if occurrences[member.key] == nil { keys.append(member.key) }
      occurrences[member.key, default: []].append(member)
    }
    self.keys = keys
    self.winners = occurrences.compactMapValues(\.last)

    let allowed = allowedKeys.map(Set.init)
    for key in keys {
      guard let all = occurrences[key], let first = all.first, let last = all.last else {
        continue
      }
      let path = reader.path.appending(key: key)
      if let allowedKeys, let allowed, !allowed.contains(key) {
        let suggestion = Suggestion.closest(to: key, in: allowedKeys)
        var message = "Unknown key '\(JSONReader.abbreviated(key))'"
        if suggestion != nil {
          message += "."
        } else if allowedKeys.isEmpty {
          message += "; this object takes no keys."
        } else {
          message +=
            "; allowed keys are " + JSONReader.quotedList(allowedKeys, conjunction: "and") + "."
        }
        reader.report(
          .unknownKey, message, path: path, line: first.line, column: first.column,
          suggestion: suggestion)
      }
      if all.count > 1 {
        let times = all.count == 2 ? "twice; the second" : "\(all.count) times; the last"
        reader.report(
          .duplicateKey,
          "Key '\(JSONReader.abbreviated(key))' appears \(times), at line \(last.line), "
            + "would silently win.", path: path, line: first.line, column: first.column)
      }
    }
  }

  /// Where the object is in the document.
  public var path: JSONPath { reader.path }

  // MARK: - Raw access

  /// Whether `key` is present with a value other than null.
  public func has(_ key: String) -> Bool {
    guard let member = winners[key] else { return false }
    return member.value.value != .null
  }

  /// The value of `key` as parsed (null included), without any checks.
  public func node(_ key: String) -> JSONNode? {
    winners[key]?.value
  }

  /// A reader for the value of `key` (null included), without any checks.
  public func child(_ key: String) -> JSONReader? {
    guard let member = winners[key] else { return nil }
    return reader.child(member.value, at: .key(key))
  }

  /// Every member, for objects used as maps: distinct keys in source order, each with a reader
  /// whose path ends in the key.
  public func members() -> [(key: String, reader: JSONReader)] {
    keys.compactMap { key in child(key).map { (key, $0) } }
  }

  /// Reports `missingField` for `key` at this object.
  public func reportMissing(_ key: String) {
    reader.report(
      .missingField, "Missing required field '\(key)'.", path: path.appending(key: key),
      line: reader.line, column: reader.column)
  }

  // MARK: - Typed access

  /// The string at `key`; see `JSONReader.string()`. `nil` when absent or wrong.
  public func string(_ key: String, required: Bool) -> String? {
    read(key, required: required) { $0.string() }
  }

  /// The finite number at `key`; see `JSONReader.number()`. `nil` when absent or wrong.
  public func number(_ key: String, required: Bool) -> Double? {
    read(key, required: required) { $0.number() }
  }

  /// The whole number at `key`, within `range` when given. `nil` when absent or wrong.
  public func integer(_ key: String, required: Bool, range: ClosedRange<Int>? = nil) -> Int? {
    read(key, required: required) { $0.integer(range: range) }
  }

  /// The Boolean at `key`; see `JSONReader.bool()`. `nil` when absent or wrong.
  public func bool(_ key: String, required: Bool) -> Bool? {
    read(key, required: required) { $0.bool() }
  }

  /// A share from 0 to 1; see `JSONReader.share()`.
  public func share(_ key: String, required: Bool) -> Double? {
    read(key, required: required) { $0.share() }
  }

  /// A number of zero or more at `key`. `nil` when absent or wrong.
  public func nonNegative(_ key: String, required: Bool) -> Double? {
    read(key, required: required) { $0.nonNegative() }
  }

  /// A number from zero to `maximum`; see `JSONReader.nonNegative(atMost:what:)`.
  public func nonNegative(
    _ key: String, required: Bool, atMost maximum: Double, what: String
  ) -> Double? {
    read(key, required: required) { $0.nonNegative(atMost: maximum, what: what) }
  }

  /// A whole number of zero or more.
  public func count(_ key: String, required: Bool) -> Int? {
    read(key, required: required) { $0.count() }
  }

  /// A whole number from zero to `maximum`; see `JSONReader.count(atMost:what:)`.
  public func count(_ key: String, required: Bool, atMost maximum: Int, what: String) -> Int? {
    read(key, required: required) { $0.count(atMost: maximum, what: what) }
  }

  /// A calendar year within `window` at `key`. `nil` when absent or wrong.
  public func year(_ key: String, required: Bool, window: ClosedRange<Int>) -> Int? {
    read(key, required: required) { $0.year(window: window) }
  }

  /// One of the named cases of `T`; an unknown name is reported with `code`.
  public func enumeration<T: RawRepresentable & CaseIterable>(
    _ key: String, as type: T.Type, required: Bool, code: DiagnosticCode
  ) -> T? where T.RawValue == String {
    read(key, required: required) { $0.enumeration(as: type, code: code) }
  }

  /// The elements of an array; their paths are `key[i]`.
  public func array(_ key: String, required: Bool) -> [JSONReader]? {
    read(key, required: required) { $0.array() }
  }

  /// A nested object whose keys must be among `allowedKeys`.
  public func objectReader(_ key: String, allowedKeys: [String], required: Bool) -> ObjectReader? {
    read(key, required: required) { $0.object(allowedKeys: allowedKeys) }
  }

  /// A nested object used as a map (any keys).
  public func dictionary(_ key: String, required: Bool) -> ObjectReader? {
    read(key, required: required) { $0.dictionary() }
  }

  private func read<T>(_ key: String, required: Bool, _ body: (JSONReader) -> T?) -> T? {
    guard let child = child(key) else {
      if required { reportMissing(key) }
      return nil
    }
    if child.isNull, !required { return nil }
    return body(child)
  }
}
