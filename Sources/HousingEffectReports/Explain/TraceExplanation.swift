import HousingEffect

/// The trace of one indicator for one year, as an indented tree: the formula, its inputs (each
/// explained in turn when it is itself an indicator), and the parameters with their sources.
public struct TraceExplanation: Sendable {
  /// The language of the formulas' wording and the numbers.
  public var language: Language
  /// How deep input indicators are followed; deeper ones are named but not expanded.
  public var maximumDepth: Int

  /// An explanation in `language` that follows input indicators `maximumDepth` levels deep.
  public init(language: Language, maximumDepth: Int = 6) {
    self.language = language
    self.maximumDepth = maximumDepth
  }

  /// Explains `indicator` in `year`; `nil` when the trace has no such entry.
  public func text(
    _ indicator: IndicatorID, year: Int, trace: Trace, parameters: ParameterSet
  ) -> String? {
    guard let root = trace.entry(indicator, year: year) else { return nil }
    let strings = ReportStrings(language: language)
    var lines: [String] = []
    var cited: [ParameterID] = []
    var expanded: Set<String> = []

    func describe(_ entry: TraceEntry, depth: Int) {
      let indent = String(repeating: "    ", count: depth)
      let label = strings.indicatorLabel(entry.indicator).map { " (\($0))" } ?? ""
      // Another year's entry (the year before, behind a growth) says which year it is.
      let otherYear = entry.year != year ? " [\(entry.year)]" : ""
      lines.append(
        "\(indent)\(entry.indicator)\(label)\(otherYear) = \(strings.quantity(entry.value, entry.unit))"
      )
      lines.append(
        "\(indent)  "
          + (TraceFormulas.wording(entry.formula, in: language) ?? entry.formula.description))
      for input in entry.inputs {
        lines.append(
          "\(indent)  • \(wording(input.name)): \(strings.quantity(input.value, input.unit))")
        let linkedYear = input.year ?? entry.year
        if let id = input.indicator, id != entry.indicator || linkedYear != entry.year,
          !expanded.contains("\(id) \(linkedYear)"), depth + 1 < maximumDepth,
          let child = trace.entry(id, year: linkedYear)
        {
          expanded.insert("\(id) \(linkedYear)")
          describe(child, depth: depth + 1)
        }
      }
      for id in entry.parameters {
        let value =
          parameters.catalog[id] == nil ? "–" : strings.quantityOfParameter(id, parameters)
        lines.append("\(indent)  ◦ \(id) = \(value)")
        if !cited.contains(id) { cited.append(id) }
      }
    }
    expanded.insert("\(indicator) \(year)")
    describe(root, depth: 0)

    if !cited.isEmpty {
      lines.append("")
      lines.append(language == .nl ? "Parameters en bronnen" : "Parameters and sources")
      for id in cited {
        guard let parameter = parameters.catalog[id],
          let entry = parameter.entry(on: parameters.asOf) ?? parameter.values.first
        else { continue }
        let overridden = parameters.overrides[id]
        lines.append("  \(id): \(strings.parameterLabel(parameter))")
        if let overridden {
          let reason =
            overridden.reason.map { strings.text($0, overridden.reasonTexts) }
            ?? (language == .nl ? "geen reden opgegeven" : "no reason given")
          lines.append(
            "    "
              + (language == .nl ? "overschreven door de gebruiker: " : "overridden by the user: ")
              + reason)
        }
        lines.append(
          "    " + strings.provenanceKind(entry.provenance) + ": "
            + origin(entry.provenance, of: id, strings: strings))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The source, derivation, rationale or note of a parameter's value, in the language.
  func origin(_ provenance: Provenance, of id: ParameterID, strings: ReportStrings) -> String {
    let explanation = strings.explanation(provenance, of: id) ?? ""
    switch provenance {
    case .cited(let source): return strings.citation(source)
    case .derived(_, _, let sources):
      return ([explanation] + sources.map(strings.citation)).joined(separator: " ")
    case .assumption: return explanation
    case .unverified(let source, _): return strings.citation(source) + ". " + explanation
    }
  }
}

extension ReportStrings {
  /// A parameter's value in force, with its unit, in the report's number style.
  func quantityOfParameter(_ id: ParameterID, _ parameters: ParameterSet) -> String {
    guard let parameter = parameters.catalog[id] else { return "–" }
    return quantity(parameters[id], parameter.unit)
  }
}
