/// A stable, dotted identifier such as `housing.norm.snf2025.m2PerPerson`.
///
/// Ids are public API: a rename is recorded in `Docs/CHANGELOG.md`.
public struct ParameterID: DottedIdentifier {
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }

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
