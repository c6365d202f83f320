/// The name of a computed indicator, for example `housing.shortStayBeds`; stable like parameter ids.
public struct IndicatorID: DottedIdentifier {
  /// The id as written, such as `housing.shortStayBeds`.
  public let rawValue: String

  /// The indicator id `rawValue`; any text is accepted, unknown ids simply find nothing.
  public init(_ rawValue: String) { self.rawValue = rawValue }
}
