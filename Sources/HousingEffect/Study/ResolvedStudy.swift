/// A study whose alternatives are all concrete establishments, ready to compare.
public struct ResolvedStudy: Sendable, Hashable {
  public var study: Study
  /// In the study's order.
  public var alternatives: [ResolvedAlternative]

  public init(study: Study, alternatives: [ResolvedAlternative]) {
    self.study = study
    self.alternatives = alternatives
  }

  public var baseline: Establishment { study.baseline }

  /// The resolved alternative called `name`.
  public func alternative(named name: String) -> ResolvedAlternative? {
    alternatives.first { $0.name == name }
  }
}
