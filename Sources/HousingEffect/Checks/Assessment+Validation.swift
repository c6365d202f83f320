/// The check after the model: every computed number is finite and within a documented
/// magnitude, so that no `inf`, `nan` or absurd figure reaches a report.
///
/// The loader's limits keep ordinary inputs in range, but a combination of allowed values (a
/// tiny density, a tiny flexible share that carries the whole seasonal peak) can still make a
/// result explode. Commands and `check` run this check on every assessment they make and stop
/// with exit 65 naming the override or alternative responsible. See `Docs/diagnostics.md`.
extension Assessment {
  /// The largest magnitude any computed number may have: the same 1e15 that bounds every
  /// number in an input file. Real establishments stay many orders of magnitude below it
  /// (100 million jobs at € 100,000 a year is 1e13).
  public static let largestResult = 1e15

  /// A computed number that is not finite or is larger than ``largestResult``.
  public struct ResultProblem: Sendable, Hashable {
    /// Where in the assessment, for example `workforce.segments[0].peakFactor`.
    public var path: String
    /// The value found there: not finite, or larger in magnitude than `largestResult`.
    public var value: Double

    /// `'housing.years[2].shortStayBeds' is 3.4e+304`.
    public var description: String {
      let shown = value.isNaN ? "not a number" : value.isInfinite ? "infinite" : "\(value)"
      return "'\(path)' is \(shown)"
    }
  }

  /// The first computed number that is not finite or exceeds ``largestResult``; `nil` when
  /// every result is in range.
  ///
  /// Walks every number of every stage (staffing to welfare) through the stages' JSON trees
  /// (`json(traces:)`, built without `Codable`: the keys and values of their `Encodable`
  /// conformances, which a test compares for every example, so a number added to a stage and
  /// not to its tree fails that test). The trace, which repeats the stages' numbers, and
  /// parameter ids are skipped.
  public var firstResultProblem: ResultProblem? { scan(signs: false) }

  /// The first number that is negative (a count below zero, or −0) or a share above 1, or any
  /// problem ``firstResultProblem`` finds; `nil` when every result is plausible. Numbers whose
  /// key names a signed quantity (a difference, balance, change or score) may be negative.
  /// Issue 22: no wrong-but-finite output.
  public var firstSignProblem: ResultProblem? { scan(signs: true) }

  private func scan(signs: Bool) -> ResultProblem? {
    var scanner = ResultScanner()
    scanner.checksSigns = signs
    let stages: [(String, JSONTree)] = [
      ("staffing", staffing.json(traces: false)), ("workforce", workforce.json(traces: false)),
      ("migration", migration.json(traces: false)),
      ("households", households.json(traces: false)), ("housing", housing.json(traces: false)),
      ("facilities", facilities.json(traces: false)), ("welfare", welfare.json(traces: false)),
    ]
    for (name, stage) in stages {
      scanner.path = [name]
      if !scanner.scan(stage) { return scanner.problem }
    }
    return nil
  }

  /// The result check as diagnostics (errors, without a file): empty when every result is in
  /// range. When an override is responsible (leaving it out brings the results back in range),
  /// the error is at that override; otherwise it is about the file as a whole.
  ///
  /// - Parameter parameters: The parameter set the assessment was made with (without the
  ///   establishment's overrides), used to rerun it without one override at a time.
  public func resultDiagnostics(parameters: ParameterSet) -> [Diagnostic] {
    guard let problem = firstResultProblem else { return [] }
    let culprits = establishment.overrides.filter { override in
      var without = establishment
      without.overrides.removeAll { $0.id == override.id }
      return Assessment(without, region: region, parameters: parameters).firstResultProblem == nil
    }
    let bound = "more than the \(Assessment.boundText) any result may reach"
    let found = problem.value.isFinite ? "\(problem.description), \(bound)" : problem.description
    if culprits.isEmpty {
      return [
        .error(
          .resultOutOfRange, at: "",
          "The results are out of range: \(found). Check the sizes, shares and overrides for a "
            + "value that is far too small or too large.")
      ]
    }
    return culprits.map { override in
      let parameter = parameters.catalog[override.id]
      let plausible = parameter.map {
        " Use a value in the plausible range \(Assessment.number($0.low))–"
          + "\(Assessment.number($0.high)) \($0.unit.symbol), or say why not."
      }
      return .error(
        .resultOutOfRange, at: "overrides[\"\(override.id.rawValue)\"]",
        "The override of '\(override.id.rawValue)' with '\(Assessment.number(override.value))' "
          + "puts the results out of range: \(found)." + (plausible ?? ""))
    }
  }

  static let boundText = "1e15"

  /// A number for a message: plain when it reads well, otherwise in exponent form, so that a
  /// tiny value never shows as `0`.
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-inf" : "inf") }
    if value == 0 { return "0" }
    let magnitude = abs(value)
    if magnitude >= 1e-4, magnitude < 1e15, value == value.rounded() {
      return String(Int64(value))
    }
    return "\(value)"
  }
}
