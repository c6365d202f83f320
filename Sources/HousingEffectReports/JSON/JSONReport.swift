import HousingEffect

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Renders values as byte-stable JSON: sorted keys, pretty printed, no escaped slashes.
///
/// The documents build their own trees (`JSONRepresentable`) and `JSONWriter` renders them
/// byte for byte as `JSONEncoder` did with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, without the runtime cost of `Codable` (design note 65).
public enum JSONReport {
  /// The value's JSON followed by a newline.
  ///
  /// - Throws: `JSONWriter.NonFiniteNumber` only for a non-finite number, which the pipeline
  ///   never produces (tests check that invariant).
  public static func render(_ value: some JSONRepresentable) throws -> String {
    try JSONWriter.render(value.json) + "\n"
  }
}
