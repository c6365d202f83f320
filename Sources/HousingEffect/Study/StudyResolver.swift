/// Makes every alternative of a study concrete: resolves each chain of `basedOn` base-first and
/// applies the changes to the baseline, recording each one with its value before and after.
///
/// Each alternative is resolved on its own from its chain, so the order of alternatives in a
/// file changes nothing, and an alternative that builds on another gives exactly what the same
/// changes written out in one alternative give.
public enum StudyResolver {
  /// What can be wrong with the names and bases of a study's alternatives.
  public enum ChainProblem: Sendable, Hashable {
    /// The name is not an id, or is the reserved name `baseline`.
    case invalidName(index: Int, name: String)
    /// The name is already used by the alternative at `firstIndex`.
    case duplicateName(index: Int, name: String, firstIndex: Int)
    /// `basedOn` names no alternative of the study.
    case unknownBase(index: Int, base: String, suggestion: String?)
    /// The alternatives build on each other in a circle; `path` starts and ends with the
    /// alternative at `index`, for example `["a", "b", "a"]`. Reported once per circle.
    case cycle(index: Int, path: [String])

    /// The alternative the problem is reported at.
    public var index: Int {
      switch self {
      case .invalidName(let index, _), .duplicateName(let index, _, _),
        .unknownBase(let index, _, _), .cycle(let index, _):
        index
      }
    }

    /// The field of that alternative the problem is about: `name` or `basedOn`.
    public var field: String {
      switch self {
      case .invalidName, .duplicateName: "name"
      case .unknownBase, .cycle: "basedOn"
      }
    }

    /// The diagnostic code the problem is reported with.
    public var code: DiagnosticCode {
      switch self {
      case .invalidName: .invalidValue
      case .duplicateName: .duplicateName
      case .unknownBase: .unknownBase
      case .cycle: .cyclicAlternatives
      }
    }

    /// The alternative the user probably meant, for an unknown base; `nil` otherwise.
    public var suggestion: String? {
      if case .unknownBase(_, _, let suggestion) = self { return suggestion }
      return nil
    }

    /// The message, in the diagnostics' wording.
    public var message: String {
      switch self {
      case .invalidName(_, let name) where name == Study.baselineName:
        return "The name '\(name)' is reserved for the study's baseline; give the alternative "
          + "another name."
      case .invalidName(_, let name):
        return "The name '\(name)' is not a valid alternative name: use lowercase letters, digits "
          + "and single hyphens, starting with a letter, e.g. 'moderate-growth'."
      case .duplicateName(_, let name, let first):
        return "The name '\(name)' is already used by alternatives[\(first)]; every alternative "
          + "needs its own name."
      case .unknownBase(_, let base, _):
        return "Unknown base '\(base)': no alternative in this study has that name. Leave "
          + "'basedOn' out to build on the baseline."
      case .cycle(_, let path):
        return "The alternatives build on each other in a circle: "
          + path.joined(separator: " → ")
          + ". One of them must build on the baseline or on an alternative outside the circle."
      }
    }
  }

  /// Every problem with the names and bases of `alternatives`, in file order.
  public static func problems(in alternatives: [Alternative]) -> [ChainProblem] {
    var problems: [ChainProblem] = []
    var firstIndex: [String: Int] = [:]
    for (index, alternative) in alternatives.enumerated() {
      if !Alternative.isValidName(alternative.name) {
        problems.append(.invalidName(index: index, name: alternative.name))
      }
      if let first = firstIndex[alternative.name] {
        problems.append(.duplicateName(index: index, name: alternative.name, firstIndex: first))
      } else {
        firstIndex[alternative.name] = index
      }
    }
    let names = alternatives.map(\.name)
    for (index, alternative) in alternatives.enumerated() {
      guard let base = base(of: alternative) else { continue }
      if firstIndex[base] == nil {
        let suggestion = Suggestion.closest(
          to: base, in: names.filter { $0 != alternative.name } + [Study.baselineName])
        problems.append(.unknownBase(index: index, base: base, suggestion: suggestion))
      }
    }
    for index in alternatives.indices {
      guard let path = circle(from: index, in: alternatives, firstIndex: firstIndex) else {
        continue
      }
      // Report each circle once, at its member that comes first in the file.
      let members = Set(path)
      let firstMember = members.compactMap { firstIndex[$0] }.min()
      if firstMember == index { problems.append(.cycle(index: index, path: path)) }
    }
    return problems.sorted { $0.index < $1.index }
  }

  /// The chain of the alternative called `name`, bases first and itself last; `nil` when it or
  /// one of its bases does not exist, or the chain runs in a circle.
  public static func chain(of name: String, in alternatives: [Alternative]) -> [Alternative]? {
    var chain: [Alternative] = []
    var seen: Set<String> = []
    var next: String? = name
    while let current = next {
      guard !seen.contains(current),
        let alternative = alternatives.first(where: { $0.name == current })
      else { return nil }
      seen.insert(current)
      chain.append(alternative)
      next = base(of: alternative)
    }
    return chain.reversed()
  }

  /// Resolves every alternative of `study`.
  ///
  /// - Parameters:
  ///   - study: A study, from ``StudyLoader`` or built in code.
  ///   - region: The baseline's host municipality.
  ///   - catalog: The catalogue parameters are read from and checked against.
  /// - Returns: The resolved study, or `nil` and the errors when names, bases or parameter
  ///   ids are wrong (``StudyLoader`` reports these with their place in the file first).
  public static func resolve(
    _ study: Study, region: HostRegion, catalog: ParameterCatalog = .standard
  ) -> (ResolvedStudy?, [Diagnostic]) {
    let tooLarge = sizeProblems(in: study.alternatives)
    guard tooLarge.isEmpty else { return (nil, tooLarge) }
    var diagnostics = problems(in: study.alternatives).map { problem in
      Diagnostic(
        .error, problem.code, at: "alternatives[\(problem.index)].\(problem.field)",
        problem.message, suggestion: problem.suggestion)
    }
    for (index, alternative) in study.alternatives.enumerated() {
      for override in alternative.parameters where catalog[override.id] == nil {
        diagnostics.append(
          .error(
            .unknownParameter, at: "alternatives[\(index)].parameters",
            "Unknown parameter '\(override.id)'. Run 'housing-effect params' for the list.",
            suggestion: ParameterCatalog.suggestion(
              forUnknown: override.id.rawValue, in: catalog)))
      }
    }
    guard !diagnostics.hasErrors else { return (nil, diagnostics) }
    var resolved: [ResolvedAlternative] = []
    for (index, alternative) in study.alternatives.enumerated() {
      guard let chain = chain(of: alternative.name, in: study.alternatives) else {
        return (nil, diagnostics)
      }
      var application = Application(
        establishment: study.baseline, region: region, catalog: catalog)
      for step in chain { application.apply(step) }
      // The input limits hold for what the chain makes, not only for what the file says.
      let violations = application.establishment.limitViolations
      if !violations.isEmpty {
        diagnostics.append(
          .error(
            .valueTooLarge, at: "alternatives[\(index)]",
            "Alternative '\(alternative.name)' (\(ResolvedAlternative.describe(chain: chain.map(\.name)))) "
              + "goes beyond the input limits: " + violations.joined(separator: "; ")
              + ". Check its changes and those of its bases."))
        continue
      }
      resolved.append(
        ResolvedAlternative(
          alternative: alternative, chain: chain.map(\.name),
          establishment: application.establishment, changes: application.changes))
    }
    guard !diagnostics.hasErrors else { return (nil, diagnostics) }
    return (ResolvedStudy(study: study, alternatives: resolved), diagnostics)
  }

  /// The most alternatives a study may have.
  public static let maximumAlternatives = 100
  /// The longest chain of `basedOn`: an alternative and at most this many bases below it.
  public static let maximumChainLength = 20

  /// Too many alternatives, or a chain longer than ``maximumChainLength``; keeps the work and
  /// the report of a study in proportion to its size.
  static func sizeProblems(in alternatives: [Alternative]) -> [Diagnostic] {
    if alternatives.count > maximumAlternatives {
      return [
        .error(
          .inputTooLarge, at: "alternatives",
          "The study has \(alternatives.count) alternatives; at most \(maximumAlternatives) "
            + "are compared. Split it into several studies.")
      ]
    }
    var index: [String: Int] = [:]
    for (position, alternative) in alternatives.enumerated() where index[alternative.name] == nil {
      index[alternative.name] = position
    }
    var depth: [Int: Int] = [:]
    func length(_ position: Int, _ seen: Int) -> Int {
      if let known = depth[position] { return known }
      guard seen <= alternatives.count, let base = base(of: alternatives[position]),
        let next = index[base]
      else { return 1 }
      let result = 1 + length(next, seen + 1)
      depth[position] = result
      return result
    }
    var problems: [Diagnostic] = []
    for position in alternatives.indices {
      let chain = length(position, 0)
      if chain > maximumChainLength {
        problems.append(
          .error(
            .inputTooLarge, at: "alternatives[\(position)].basedOn",
            "Alternative '\(alternatives[position].name)' builds on a chain of \(chain) "
              + "alternatives; at most \(maximumChainLength) are allowed."))
      }
    }
    return problems
  }

  /// The base an alternative names; `basedOn: "baseline"` is the same as no base.
  static func base(of alternative: Alternative) -> String? {
    guard let base = alternative.basedOn, base != Study.baselineName else { return nil }
    return base
  }

  /// The circle through the alternative at `index`, as a path of names that starts and ends
  /// with it; `nil` when following its bases does not lead back to it.
  private static func circle(
    from index: Int, in alternatives: [Alternative], firstIndex: [String: Int]
  ) -> [String]? {
    let start = alternatives[index].name
    var path = [start]
    var current = alternatives[index]
    for _ in 0...alternatives.count {
      guard let base = base(of: current), let next = firstIndex[base] else { return nil }
      path.append(base)
      if base == start { return path }
      if path.dropLast().contains(base) { return nil }
      current = alternatives[next]
    }
    return nil
  }
}
