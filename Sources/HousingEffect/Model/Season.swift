/// The season seasonal workers are hired for.
public struct Season: Sendable, Hashable, Codable {
  /// Length of the season [months], 0.5 to 12.
  public var months: Double

  /// A season of `months` months (0.5 to 12).
  public init(months: Double) { self.months = months }
}
