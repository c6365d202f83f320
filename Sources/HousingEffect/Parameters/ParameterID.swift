/// A stable, dotted identifier such as `housing.norm.snf2025.m2PerPerson`.
///
/// Ids are public API: a rename is recorded in `Docs/CHANGELOG.md`.
///
/// An id the model reads is a constant declared with its `ordinal`, a number fixed in the
/// source and unique among the model's ids: a catalogue resolves every ordinal to a position
/// once, so a read is two array loads (issue 18). The constant also spells out its ``key``, so
/// it is a plain literal that the compiler lays out in the binary, and a read calls no
/// one-time initialiser (`LookupTableTests` checks both numbers). An id made from text (a file,
/// an option, a test) has no ordinal and is found by its text.
public struct ParameterID: DottedIdentifier {
  /// The id as written, such as `housing.norm.snf.m2PerPersonLodging`.
  public let rawValue: String
  /// The 64-bit FNV-1a hash of ``rawValue``'s UTF-8 bytes: the same on every platform and in
  /// every run (unlike `Hasher`), so draws keyed by it are reproducible (design note §32). It
  /// is also what ids hash by, so a set of ids hashes no text.
  public let key: UInt64
  /// The id's number among the model's ids, below `ordinalLimit`, or -1 for an id made from
  /// text.
  let ordinal: Int32

  /// The bound of every ordinal: a catalogue's positions by ordinal have this many entries, so
  /// a read of a constant compares two constants, which the compiler folds away. Raise it when
  /// the ids reach it (the test says so).
  static var ordinalLimit: Int { 256 }

  /// The id of `rawValue`, with its hash `key` computed once and no ordinal.
  public init(_ rawValue: String) {
    self.rawValue = rawValue
    key = ParameterID.fnv1a(rawValue)
    ordinal = -1
  }

  /// A model id: `ordinal` is the next free number, `key` the FNV-1a hash of `rawValue` (the
  /// test names the right one).
  init(_ rawValue: String, ordinal: Int32, key: UInt64) {
    self.rawValue = rawValue
    self.key = key
    self.ordinal = ordinal
  }

  /// The 64-bit FNV-1a hash of `text`'s UTF-8 bytes.
  public static func fnv1a(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// Equal when the text is equal, whatever the ordinal (an id read from a file equals the
  /// constant); the hash is compared first, as a shortcut.
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
