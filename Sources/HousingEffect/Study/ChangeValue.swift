/// A value an alternative changes, before or after: what a study report shows as `from → to`.
///
/// Reports format these; the library never turns them into text.
public enum ChangeValue: Sendable, Hashable {
  /// The input was not given (employer housing, free legal beds, language training).
  case notGiven
  /// A number with its unit, for example jobs [FTE], beds, a share, a peak factor.
  case quantity(Double, Unit)
  /// A multiplier without unit, for example a template's jobs factor.
  case factor(Double)
  /// A whole number of years, for example a ramp-up length.
  case years(Int)
  /// Shares per year, for example a ramp-up [share 0–1].
  case shares([Double])
  case flag(Bool)
  case norm(HousingNorm)
  case contract(ContractType)
  case skill(SkillLevel)
  /// Where a segment's workers come from.
  case origin(OriginMix)
  /// A whole workforce, when its segments changed too much to compare one by one.
  case segments([WorkforceSegment])
}
