import Foundation
import HousingEffect

/// Renders values as byte-stable JSON: sorted keys, pretty printed, no escaped slashes.
public enum JSONReport {
  /// The encoded value followed by a newline.
  ///
  /// - Throws: `EncodingError` only for a non-finite number, which the pipeline never
  ///   produces (tests check that invariant).
  public static func render<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    let data = try encoder.encode(value)
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
