/// A study whose alternatives are all concrete establishments, ready to compare.
public struct ResolvedStudy: Sendable, Hashable {
  /// The study as read from the file.
  public var study: Study
  /// In the study's order.
  public var alternatives: [ResolvedAlternative]

  /// A resolved study; made by ``StudyResolver``.
  public init(study: Study, alternatives: [ResolvedAlternative]) {
    self.study = study
    self.alternatives = alternatives
  }

  /// The study's baseline establishment.
  public var baseline: Establishment { study.baseline }

  /// The resolved alternative called `name`.
  public func alternative(named name: String) -> ResolvedAlternative? {
    alternatives.first { $0.name == name }
  }
}
