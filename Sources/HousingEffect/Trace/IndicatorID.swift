/// The name of a computed indicator, for example `housing.shortStayBeds`; stable like parameter ids.
public struct IndicatorID: DottedIdentifier {
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }
}
