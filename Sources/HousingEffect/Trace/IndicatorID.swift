/// The name of a computed indicator, e.g. `housing.shortStayBeds`; stable like parameter ids.
public struct IndicatorID: DottedIdentifier {
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }
}
