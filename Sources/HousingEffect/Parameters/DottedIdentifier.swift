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
  public init(stringLiteral value: String) { self.init(value) }

  public init(from decoder: any Decoder) throws {
    self.init(try decoder.singleValueContainer().decode(String.self))
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
