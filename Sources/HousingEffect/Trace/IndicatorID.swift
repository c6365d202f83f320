/// The name of a computed indicator, e.g. `housing.shortStayBeds`; stable like parameter ids.
public struct IndicatorID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral, ExpressibleByStringInterpolation
{
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }

  public static func < (lhs: IndicatorID, rhs: IndicatorID) -> Bool { lhs.rawValue < rhs.rawValue }
}
