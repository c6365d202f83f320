/// The check after the model (issue 10, design-notes §19) for Monte Carlo draws: a draw may
/// combine an extreme override with drawn values into a result the point estimate never
/// reaches. No band with a non-finite end may reach a report.
extension EnsembleMatrix {
  /// Whether every number of every draw is finite.
  public var isFinite: Bool { storage.allSatisfy(\.isFinite) }
}

extension AssessmentEnsemble {
  /// Indicators with a non-finite band in any year, in key-indicator order.
  public var nonFiniteIndicators: [IndicatorID] {
    Assessment.keyIndicatorIDs.enumerated().compactMap { column, id in
      years.contains { year in
        let band = year.ranges[column]
        return !(band.p10.isFinite && band.p50.isFinite && band.p90.isFinite)
      } ? id : nil
    }
  }
}

extension ComparisonEnsemble {
  /// Whether every band of every run and difference has finite ends.
  public var isFinite: Bool {
    ([baseline] + alternatives + deltas).allSatisfy { bands in
      bands.values.allSatisfy { year in
        year.allSatisfy { $0.p10.isFinite && $0.p50.isFinite && $0.p90.isFinite }
      }
    }
  }
}

extension Sensitivity {
  /// Whether every base value, swing end and variance share is finite.
  public var isFinite: Bool {
    results.allSatisfy { result in
      result.base.isFinite
        && result.swings.allSatisfy {
          $0.atLow.isFinite && $0.atHigh.isFinite && ($0.varianceShare?.isFinite ?? true)
        }
    }
  }
}

extension Diagnostic {
  /// The error for draws that gave a non-finite result: it names what went wrong and the
  /// overrides outside their plausible range, the likely cause.
  public static func nonFiniteDraws(
    _ what: String, overrides: [ParameterOverride], catalog: ParameterCatalog = .standard
  ) -> Diagnostic {
    let suspects = overrides.filter { override in
      guard let parameter = catalog[override.id] else { return false }
      return override.value < parameter.low || override.value > parameter.high
    }.map(\.id.rawValue)
    let listed = suspects.map { "'\($0)'" }.joined(separator: ", ")
    let cause =
      suspects.isEmpty
      ? ""
      : suspects.count == 1
        ? " The override outside its plausible range (\(listed)) is the likely cause."
        : " The overrides outside their plausible ranges (\(listed)) are the likely cause."
    return Diagnostic(
      .error, .resultOutOfRange, at: "",
      "The Monte Carlo draws give a result that is not a finite number (\(what))." + cause
        + " Check the overrides, or run with --draws 0 for the point values only.")
  }
}
