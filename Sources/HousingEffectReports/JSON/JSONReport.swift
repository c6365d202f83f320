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

  /// The UTF-8 bytes of ``render(_:)``, for a caller that writes bytes: the command line's
  /// documents go out without becoming a `String`, whose UTF-8 validation cost about a tenth
  /// of an `assess --draws 0 --format json` run (issue 18).
  ///
  /// - Throws: `JSONWriter.NonFiniteNumber`, as ``render(_:)``.
  public static func bytes(_ value: some JSONRepresentable) throws -> [UInt8] {
    try JSONWriter.withLine(value.json) { Array($0) }
  }

  /// Calls `body` with the bytes of ``render(_:)`` where the writer made them: the command line
  /// writes a document out without copying it into an array (issue 18).
  ///
  /// - Throws: `JSONWriter.NonFiniteNumber`, as ``render(_:)``.
  public static func withBytes<Result>(
    _ value: some JSONRepresentable, _ body: (UnsafeBufferPointer<UInt8>) -> Result
  ) throws -> Result {
    try JSONWriter.withLine(value.json, body)
  }
}
