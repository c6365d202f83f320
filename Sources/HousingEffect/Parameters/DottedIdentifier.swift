/// A stable, dotted name used as public API: parameter and indicator ids.
///
/// Conformers store `rawValue` (and what they derive from it, such as ``ParameterID/key``) and
/// provide `init(_:)`; the protocol gives them string
/// literals, interpolation, Codable as a bare string, ordering and description.
public protocol DottedIdentifier: Sendable, Hashable, Comparable, Codable,
  CustomStringConvertible, ExpressibleByStringLiteral, ExpressibleByStringInterpolation
{
  var rawValue: String { get }
  init(_ rawValue: String)
}

extension DottedIdentifier {
  /// An id from a literal, such as `"migration.residence.hostShare"`.
  public init(stringLiteral value: String) { self.init(value) }

  /// Decodes the id from a bare JSON string.
  /// - Throws: A `DecodingError` when the value is not a string.
  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the id as a bare JSON string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  /// The id as written, such as `housing.shortStayBeds`.
  public var description: String { rawValue }

  /// Alphabetical order of the raw values, so that listings of ids are stable.
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
