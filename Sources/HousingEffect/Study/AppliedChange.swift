/// One change an alternative made, with the value before and after: a line of the report's
/// "what each alternative changes".
public struct AppliedChange: Sendable, Hashable {
  /// What asked for the change.
  public enum Source: Sendable, Hashable {
    /// The alternative's template.
    case template(AlternativeTemplate.Kind)
    /// The alternative's `inputs`.
    case inputs
    /// The alternative's `parameters`.
    case parameters
  }

  /// What was changed.
  public enum Target: Sendable, Hashable {
    /// An establishment input, by its path in an establishment file, for example `rampUp`,
    /// `workforce[1].origin`, `employerHousing.beds`, or `size.jobs` for a jobs factor.
    case input(String)
    /// A catalogue parameter.
    case parameter(ParameterID)
  }

  /// The alternative in the chain that made the change.
  public var alternative: String
  /// What asked for the change: the template, `inputs` or `parameters`.
  public var source: Source
  /// What was changed: an establishment input or a catalogue parameter.
  public var target: Target
  /// The segment a workforce change is about, as it was before the change.
  public var segment: WorkforceSegment?
  /// The value before the change.
  public var from: ChangeValue
  /// Whether `from` was not stated in the baseline but filled in by the model: a catalogue
  /// default, or jobs estimated from the size.
  public var fromDefaulted: Bool
  /// The value after the change.
  public var to: ChangeValue
  /// The reason given with a parameter override.
  public var reason: String?

  /// A change; `fromDefaulted` says whether `from` was filled in by the model.
  public init(
    alternative: String, source: Source, target: Target, segment: WorkforceSegment? = nil,
    from: ChangeValue, fromDefaulted: Bool = false, to: ChangeValue, reason: String? = nil
  ) {
    self.alternative = alternative
    self.source = source
    self.target = target
    self.segment = segment
    self.from = from
    self.fromDefaulted = fromDefaulted
    self.to = to
    self.reason = reason
  }
}
