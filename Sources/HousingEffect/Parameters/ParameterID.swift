/// A stable, dotted identifier such as `housing.norm.snf2025.m2PerPerson`.
///
/// Ids are public API: a rename is recorded in `Docs/CHANGELOG.md`.
///
/// An id carries ``key``, a hash of its text computed once when the id is made: the catalogue
/// finds a parameter's position from it with one table probe and one comparison (no string
/// hashing per read), and it is the key of the parameter's random stream
/// (`ParameterSampler.streamKey(_:)`). Equality and hashing still mean "same text".
public struct ParameterID: DottedIdentifier {
  /// The id as written, such as `housing.norm.snf.m2PerPersonLodging`.
  public let rawValue: String
  /// The 64-bit FNV-1a hash of ``rawValue``'s UTF-8 bytes: the same on every platform and in
  /// every run (unlike `Hasher`), so draws keyed by it are reproducible (design note §32).
  public let key: UInt64

  /// The id of `rawValue`, with its hash `key` computed once.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
    key = ParameterID.fnv1a(rawValue)
  }

  /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes.
  public static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// Equal when the text is equal (the hash is compared first, as a shortcut).
  public static func == (lhs: ParameterID, rhs: ParameterID) -> Bool {
    lhs.key == rhs.key && lhs.rawValue == rhs.rawValue
  }

  /// Hashes the precomputed ``key``: ids that are equal have equal keys.
  public func hash(into hasher: inout Hasher) { hasher.combine(key) }

  /// The first segment: the catalogue group.
  public var group: String { String(rawValue.prefix(while: { $0 != "." })) }

  /// Dotted lowerCamelCase segments of ASCII letters and digits, at least two.
  public var isWellFormed: Bool {
    let segments = rawValue.split(separator: ".", omittingEmptySubsequences: false)
    guard segments.count >= 2 else { return false }
    return segments.allSatisfy { segment in
      guard let first = segment.first, first.isASCII, first.isLowercase || first.isNumber else {
        return false
      }
      return segment.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
  }

}
