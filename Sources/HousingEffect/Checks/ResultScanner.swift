/// An `Encoder` that encodes nothing: it visits every number of a value and remembers the first
/// one that is not finite or exceeds ``Assessment/largestResult``, with its path.
///
/// Used by ``Assessment/firstResultProblem``. Going through the synthesised `Encodable`
/// conformances is much cheaper than reflection and sees every stored number. Keys in
/// ``skipped`` (the trace, which repeats the stages' numbers) are not visited.
final class ResultScanner: Encoder {
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }
  /// The path of the value being encoded, one component per level: `housing`, `years`, `[2]`.
  var path: [String] = []
  private(set) var problem: Assessment.ResultProblem?

  static let skipped: Set<String> = ["trace", "parameters"]

  /// Whether to flag negative numbers (counts, including −0) and shares above 1 as well
  /// (``Assessment/firstSignProblem``), besides non-finite and huge ones.
  var checksSigns = false
  /// Numbers of the stages that may be negative: differences and balances, not counts.
  static let signed: Set<String> = ["delta", "difference", "balance", "change", "score"]

  /// Stops the walk at the first problem: every later encode call returns at once.
  struct Found: Error {}

  func check(_ value: Double, _ component: String?) throws {
    if value.isFinite, abs(value) <= Assessment.largestResult,
      !checksSigns || Self.hasPlausibleSign(value, component ?? path.last ?? "")
    {
      return
    }
    var components = path
    if let component { components.append(component) }
    var text = ""
    for part in components {
      text += part.hasPrefix("[") || text.isEmpty ? part : "." + part
    }
    problem = Assessment.ResultProblem(path: text, value: value)
    throw Found()
  }

  /// Whether `value` under `key` is non-negative (unless the key names a signed quantity) and,
  /// for a share, at most 1 (a rounding margin of 1e-9 allowed).
  static func hasPlausibleSign(_ value: Double, _ key: String) -> Bool {
    let lower = key.lowercased()
    if signed.contains(where: { lower.contains($0) }) { return true }
    if value < 0 || (value == 0 && value.sign == .minus) { return false }
    if lower.hasSuffix("share") || lower.hasSuffix("fraction") { return value <= 1 + 1e-9 }
    return true
  }

  func nested<T: Encodable>(_ value: T, _ component: String) throws {
    if let number = value as? Double {
      try check(number, component)
      return
    }
    path.append(component)
    defer { path.removeLast() }
    try value.encode(to: self)
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(Keyed<Key>(scanner: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(scanner: self) }

  func singleValueContainer() -> any SingleValueEncodingContainer { Single(scanner: self) }

  struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let scanner: ResultScanner
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {}
    mutating func encode(_ value: Bool, forKey key: Key) throws {}
    mutating func encode(_ value: String, forKey key: Key) throws {}
    mutating func encode(_ value: Double, forKey key: Key) throws {
      try scanner.check(value, key.stringValue)
    }
    mutating func encode(_ value: Float, forKey key: Key) throws {
      try scanner.check(Double(value), key.stringValue)
    }
    mutating func encode(_ value: Int, forKey key: Key) throws {}
    mutating func encode(_ value: Int8, forKey key: Key) throws {}
    mutating func encode(_ value: Int16, forKey key: Key) throws {}
    mutating func encode(_ value: Int32, forKey key: Key) throws {}
    mutating func encode(_ value: Int64, forKey key: Key) throws {}
    mutating func encode(_ value: UInt, forKey key: Key) throws {}
    mutating func encode(_ value: UInt8, forKey key: Key) throws {}
    mutating func encode(_ value: UInt16, forKey key: Key) throws {}
    mutating func encode(_ value: UInt32, forKey key: Key) throws {}
    mutating func encode(_ value: UInt64, forKey key: Key) throws {}
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
      guard !ResultScanner.skipped.contains(key.stringValue) else { return }
      try scanner.nested(value, key.stringValue)
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
      KeyedEncodingContainer(ResultScanner.Keyed<NestedKey>(scanner: scanner))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
      Unkeyed(scanner: scanner)
    }
    mutating func superEncoder() -> any Encoder { scanner }
    mutating func superEncoder(forKey key: Key) -> any Encoder { scanner }
  }

  struct Unkeyed: UnkeyedEncodingContainer {
    let scanner: ResultScanner
    var codingPath: [any CodingKey] { [] }
    var count = 0

    mutating func encodeNil() throws { count += 1 }
    mutating func encode(_ value: Bool) throws { count += 1 }
    mutating func encode(_ value: String) throws { count += 1 }
    mutating func encode(_ value: Double) throws {
      try scanner.check(value, "[\(count)]")
      count += 1
    }
    mutating func encode(_ value: Float) throws {
      try scanner.check(Double(value), "[\(count)]")
      count += 1
    }
    mutating func encode(_ value: Int) throws { count += 1 }
    mutating func encode(_ value: Int8) throws { count += 1 }
    mutating func encode(_ value: Int16) throws { count += 1 }
    mutating func encode(_ value: Int32) throws { count += 1 }
    mutating func encode(_ value: Int64) throws { count += 1 }
    mutating func encode(_ value: UInt) throws { count += 1 }
    mutating func encode(_ value: UInt8) throws { count += 1 }
    mutating func encode(_ value: UInt16) throws { count += 1 }
    mutating func encode(_ value: UInt32) throws { count += 1 }
    mutating func encode(_ value: UInt64) throws { count += 1 }
    mutating func encode<T: Encodable>(_ value: T) throws {
      let index = count
      count += 1
      try scanner.nested(value, "[\(index)]")
    }
    mutating func nestedContainer<NestedKey: CodingKey>(
      keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
      count += 1
      return KeyedEncodingContainer(ResultScanner.Keyed<NestedKey>(scanner: scanner))
    }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
      count += 1
      return Unkeyed(scanner: scanner)
    }
    mutating func superEncoder() -> any Encoder { scanner }
  }

  struct Single: SingleValueEncodingContainer {
    let scanner: ResultScanner
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {}
    mutating func encode(_ value: Bool) throws {}
    mutating func encode(_ value: String) throws {}
    mutating func encode(_ value: Double) throws { try scanner.check(value, nil) }
    mutating func encode(_ value: Float) throws { try scanner.check(Double(value), nil) }
    mutating func encode(_ value: Int) throws {}
    mutating func encode(_ value: Int8) throws {}
    mutating func encode(_ value: Int16) throws {}
    mutating func encode(_ value: Int32) throws {}
    mutating func encode(_ value: Int64) throws {}
    mutating func encode(_ value: UInt) throws {}
    mutating func encode(_ value: UInt8) throws {}
    mutating func encode(_ value: UInt16) throws {}
    mutating func encode(_ value: UInt32) throws {}
    mutating func encode(_ value: UInt64) throws {}
    mutating func encode<T: Encodable>(_ value: T) throws {
      if let number = value as? Double {
        try scanner.check(number, nil)
      } else {
        try value.encode(to: scanner)
      }
    }
  }
}
