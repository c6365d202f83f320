/// A user's replacement for a catalogue value, with the reason given for it.
///
/// An override may carry its own plausible range (`low`…`high`): Monte Carlo runs then draw it
/// over that range like a catalogue parameter. Without a range the value is fixed in every draw.
public struct ParameterOverride: Sendable, Hashable, Codable {
  /// The catalogue parameter to override.
  public var id: ParameterID
  /// The value to use instead of the catalogue's, in the parameter's unit and within its limits.
  public var value: Double
  /// Why the value differs from the catalogue (a source, a company statement); shown in reports.
  public var reason: String?
  /// The user's plausible range; both or neither are given, and `low ≤ value ≤ high`.
  public var low: Double?
  /// The high end of the user's plausible range; given with `low` or not at all.
  public var high: Double?
  /// The Dutch and English versions of `reason` when the file gives it as
  /// `{"nl": …, "en": …}`; reports pick their language. Not part of the JSON output, which
  /// keeps the plain `reason`.
  public var reasonTexts: LocalizedText? = nil

  private enum CodingKeys: String, CodingKey {
    case id, value, reason, low, high
  }

  /// An override of `id` with `value`; give `low` and `high` together to draw it over that
  /// range in Monte Carlo runs.
  public init(
    _ id: ParameterID, value: Double, reason: String? = nil, low: Double? = nil,
    high: Double? = nil
  ) {
    self.id = id
    self.value = value
    self.reason = reason
    self.low = low
    self.high = high
  }

  /// The range Monte Carlo draws use, or `nil` when the value is fixed.
  public var range: ClosedRange<Double>? {
    guard let low, let high, low < high else { return nil }
    return low...high
  }
}
