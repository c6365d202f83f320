/// A scenario study: one baseline establishment and named alternatives to weigh against it.
///
/// Read from a study file by ``StudyLoader``; made concrete by ``StudyResolver``; compared by
/// ``Comparison``. The format is documented in `Docs/study-format.md`.
public struct Study: Sendable, Hashable {
  /// The name the baseline has in chains and in the JSON output.
  public static let baselineName = "baseline"

  /// Where the baseline establishment came from.
  public enum BaselineSource: Sendable, Hashable {
    /// Written inside the study file.
    case inline
    /// A separate establishment file: the path as written in the study and as resolved
    /// against the study file's directory.
    case file(written: String, resolved: String)
  }

  /// The study's title, shown at the top of the comparison report.
  public var title: String
  /// What the study weighs, in a sentence or two; `nil` when the file gives none.
  public var description: String?
  /// The establishment the alternatives are compared with.
  public var baseline: Establishment
  /// Whether the baseline was written in the study file or in a separate file.
  public var baselineSource: BaselineSource
  /// In file order; names are unique.
  public var alternatives: [Alternative]
  /// The Dutch and English versions of `title` and `description` (by field name) when the
  /// file gives them as `{"nl": …, "en": …}`.
  public var texts: [String: LocalizedText] = [:]

  /// A study; alternative names must be unique (``StudyResolver`` reports them otherwise).
  public init(
    title: String, description: String? = nil, baseline: Establishment,
    baselineSource: BaselineSource = .inline, alternatives: [Alternative]
  ) {
    self.title = title
    self.description = description
    self.baseline = baseline
    self.baselineSource = baselineSource
    self.alternatives = alternatives
  }

  /// The alternative called `name`.
  public func alternative(named name: String) -> Alternative? {
    alternatives.first { $0.name == name }
  }
}
