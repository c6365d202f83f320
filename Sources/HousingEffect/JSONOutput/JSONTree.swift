/// A JSON value built by hand from the model's types, without `Codable`.
///
/// The command-line JSON output and the result check walk these trees instead of the
/// synthesised `Encodable` conformances: the Swift runtime's first use of each `Codable` type
/// costs about 300 k instructions (a conformance lookup for its `CodingKeys`), about 17 M for one
/// assessment (design note 65). Each type's `json` writes
/// exactly the keys and values its `Encodable` conformance writes, which the tests compare for
/// every example; ``JSONWriter`` renders a tree byte for byte as `JSONEncoder` does with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`.
public enum JSONTree: Sendable, Hashable {
  case null
  case bool(Bool)
  case integer(Int)
  case unsigned(UInt64)
  case number(Double)
  case string(String)
  case array([JSONTree])
  /// Members in any order: the writer sorts them by key.
  case object([Member])
  /// An array of numbers: written and checked as `.array` of `.number`s, held as one array of
  /// doubles (a projection's series are thousands of numbers; issue 18).
  case numbers([Double])
  /// An array of objects that each have the members `keys`, every one a number: `values` holds
  /// them object after object, `keys.count` to an object, in the order of `keys` (values beyond
  /// the last whole object, and every value when `keys` is empty, are not written). Written and
  /// checked exactly as the `.array` of `.object`s of `.number`s it stands for (`expanded`);
  /// a projection's P10/P50/P90 bands are thousands of such objects, and a tree node per band
  /// cost more to build, write and free than the draws that made it (issue 18).
  case numberRecords(keys: [String], values: [Double])

  /// One key and value of a JSON object.
  public struct Member: Sendable, Hashable {
    /// The member's key.
    public var key: String
    /// The member's value.
    public var value: JSONTree

    /// The member `key`: `value`.
    public init(key: String, value: JSONTree) {
      self.key = key
      self.value = value
    }
  }

  /// The tree with `numbers` and `numberRecords` written out as the arrays and objects they
  /// stand for (the reference of the writer and the result check for them).
  public var expanded: JSONTree {
    switch self {
    case .numbers(let values): return .array(values.map { .number($0) })
    case .numberRecords(let keys, let values):
      guard !keys.isEmpty else { return .array([]) }
      return .array(
        (0..<(values.count / keys.count)).map { record in
          .object(
            keys.indices.map {
              Member(key: keys[$0], value: .number(values[record * keys.count + $0]))
            })
        })
    default: return self
    }
  }

  /// An object of `members`, leaving out those whose value is `nil` (as `encodeIfPresent`
  /// does for an optional property).
  public static func fields(_ members: KeyValuePairs<String, JSONTree?>) -> JSONTree {
    var kept: [Member] = []
    kept.reserveCapacity(members.count)
    for (key, value) in members {
      if let value { kept.append(Member(key: key, value: value)) }
    }
    return .object(kept)
  }
}

/// A type that builds its own ``JSONTree``: the same keys and values as its `Encodable`
/// conformance, if it has one.
public protocol JSONRepresentable {
  /// The value as a JSON tree.
  var json: JSONTree { get }
}

extension JSONRepresentable where Self: RawRepresentable, RawValue == String {
  /// The raw value, as the synthesised `Encodable` conformance of a string enum writes it.
  public var json: JSONTree { .string(rawValue) }
}

extension DottedIdentifier {
  /// The identifier's text.
  public var json: JSONTree { .string(rawValue) }
}

extension Double: JSONRepresentable {
  /// The number (written as `JSONEncoder` writes a `Double`).
  public var json: JSONTree { .number(self) }
}

extension Int: JSONRepresentable {
  /// The integer.
  public var json: JSONTree { .integer(self) }
}

extension UInt64: JSONRepresentable {
  /// The unsigned integer (a seed).
  public var json: JSONTree { .unsigned(self) }
}

extension String: JSONRepresentable {
  /// The text.
  public var json: JSONTree { .string(self) }
}

extension Bool: JSONRepresentable {
  /// `true` or `false`.
  public var json: JSONTree { .bool(self) }
}

extension Array: JSONRepresentable where Element: JSONRepresentable {
  /// The elements' trees, in order. A closure, not the key path `\.json`: in this generic
  /// context a key path is applied through the runtime (`swift_getAtKeyPath`), about 1 k
  /// instructions an element, which made the bands of a projection cost more than its draws
  /// (issue 18).
  public var json: JSONTree { .array(map { $0.json }) }
}

extension Optional: JSONRepresentable where Wrapped: JSONRepresentable {
  /// The wrapped value, or `null` (as an optional element of an array is written).
  public var json: JSONTree { self?.json ?? .null }
}
