/// An alternative made concrete: the establishment it describes and every change that made it.
public struct ResolvedAlternative: Sendable, Hashable {
  /// The alternative as the study file gives it.
  public var alternative: Alternative
  /// Names from the first base to this alternative: `["moderate-growth", "local-labour-first"]`.
  public var chain: [String]
  /// The baseline with every change of the chain applied.
  public var establishment: Establishment
  /// Every change in the order it was applied, base alternatives' first.
  public var changes: [AppliedChange]

  /// A resolved alternative; made by ``StudyResolver``.
  public init(
    alternative: Alternative, chain: [String], establishment: Establishment,
    changes: [AppliedChange]
  ) {
    self.alternative = alternative
    self.chain = chain
    self.establishment = establishment
    self.changes = changes
  }

  /// The alternative's name, such as `moderate-growth`.
  public var name: String { alternative.name }

  /// The chain as reports print it: `baseline / moderate-growth / + local-labour-first`.
  public var chainDescription: String {
    ResolvedAlternative.describe(chain: chain)
  }

  /// `baseline / a / + b / + c` for the chain `[a, b, c]`; `baseline` for an empty chain.
  public static func describe(chain: [String]) -> String {
    var parts = [Study.baselineName]
    for (index, name) in chain.enumerated() {
      parts.append(index == 0 ? name : "+ " + name)
    }
    return parts.joined(separator: " / ")
  }

  /// The chain as a path, `baseline/moderate-growth/local-labour-first`, for machine output.
  public var chainKey: String {
    ([Study.baselineName] + chain).joined(separator: "/")
  }
}
