/// The check after the model for a study: the baseline and every compared alternative must give
/// finite results within ``Assessment/largestResult``. See `Assessment+Validation.swift`.
extension Comparison {
  /// Errors without a file, empty when every run is in range. A problem of the baseline is
  /// reported as ``Assessment/resultDiagnostics(parameters:)`` reports it, with `baseline.`
  /// before the path (or attributed to the baseline file when it is a separate file); a
  /// problem of an alternative at `alternatives[i]`, naming the alternative and its chain.
  public func resultDiagnostics(catalog: ParameterCatalog = .standard) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    if baseline.firstResultProblem != nil {
      let parameters = ParameterSet(catalog: catalog, asOf: baseline.establishment.referenceDay)
      for diagnostic in baseline.resultDiagnostics(parameters: parameters) {
        var copy = diagnostic
        switch study.study.baselineSource {
        case .inline:
          copy.path = diagnostic.path.isEmpty ? "baseline" : "baseline." + diagnostic.path
        case .file(let written, _):
          copy.file = written
        }
        diagnostics.append(copy)
      }
    }
    for (alternative, assessment) in zip(alternatives, assessments) {
      guard let problem = assessment.firstResultProblem else { continue }
      let index =
        study.study.alternatives.firstIndex { $0.name == alternative.name } ?? 0
      let found =
        problem.value.isFinite
        ? "\(problem.description), more than the \(Assessment.boundText) any result may reach"
        : problem.description
      diagnostics.append(
        .error(
          .resultOutOfRange, at: "alternatives[\(index)]",
          "Alternative '\(alternative.name)' (\(alternative.chainDescription)) puts the results "
            + "out of range: \(found). Check its changes and those of its bases for a value "
            + "that is far too small or too large."))
    }
    return diagnostics
  }
}
