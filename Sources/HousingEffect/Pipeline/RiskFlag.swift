/// A named risk signal in the style of the KCHN (Kenniscentrum Huisvesting Nederland) checks:
/// a rule with a trigger and the source that names the risk (issue 9, item 8; design note 27).
public struct RiskFlag: Sendable, Hashable, Codable {
  /// The rule that set a flag off.
  public enum Rule: String, Sendable, Hashable, Codable, CaseIterable {
    /// Temporary beds needed at the peak that no employer or free legal bed covers.
    case unmetTemporaryBeds
    /// The seasonal peak lacks beds while an average day is covered.
    case peakWithoutBeds
    /// Employer housing holds more persons than its norm allows.
    case overOccupation
    /// Part of the newcomers lives across the German or Belgian border.
    case housingAcrossTheBorder
    /// Many newcomers for the size of the host municipality.
    case concentration
  }

  /// The rule.
  public var rule: Rule
  /// The calendar year the flag is for.
  public var year: Int
  /// The figure that set the flag off, in the unit of the rule's trigger.
  public var value: Double
  /// The threshold the figure passed.
  public var threshold: Double
  /// Where the risk is named: the policy document or the catalogue threshold.
  public var source: String
}
