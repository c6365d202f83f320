/// One change an alternative makes to the baseline establishment's inputs.
///
/// A study file's `inputs` object lists them by key; a template turns into a list of them. They
/// are applied in the order of ``Key`` (file) or in list order (template), each on the result of
/// the one before. See `Docs/study-format.md`.
public enum InputChange: Sendable, Hashable {
  /// Replaces the size.
  case size(EstablishmentSize)
  /// Multiplies the jobs at full operation; the size becomes that number of jobs [factor ≥ 0].
  ///
  /// Factors in a chain multiply: 0.75 after 0.8 gives 0.6 of the baseline's jobs.
  case jobsFactor(Double)
  /// Replaces the ramp-up: the share of full-operation jobs in each year [share 0–1].
  case rampUp([Double])
  /// Replaces the workforce segments, with their shares, contracts, skills and origins.
  case workforce([WorkforceSegment])
  /// Replaces the seasonal peak factor [persons at peak per person on average].
  case peakFactor(Double)
  /// Replaces the housing the employer provides.
  case employerHousing(EmployerHousing)
  /// Replaces the legal beds known to be free in the region [beds].
  case freeLegalBeds(Double)
  case languageTraining(Bool)
  /// Replaces the norm housing demand is expressed in.
  case housingNorm(HousingNorm)

  /// The keys of a study file's `inputs` object, in the order they are applied.
  public enum Key: String, Sendable, Hashable, CaseIterable {
    case size, jobsFactor, rampUp, workforce, peakFactor, employerHousing, freeLegalBeds
    case languageTraining, housingNorm
  }

  /// The key of the change in a study file's `inputs` object.
  public var key: Key {
    switch self {
    case .size: .size
    case .jobsFactor: .jobsFactor
    case .rampUp: .rampUp
    case .workforce: .workforce
    case .peakFactor: .peakFactor
    case .employerHousing: .employerHousing
    case .freeLegalBeds: .freeLegalBeds
    case .languageTraining: .languageTraining
    case .housingNorm: .housingNorm
    }
  }

  /// The largest jobs factor a file may give: ten times the baseline.
  public static let largestJobsFactor = 10.0
}
