/// The trace entries a stage records while it computes one year.
///
/// Stages are pure: each builds its own `Trace` and returns it with its results; the
/// assessment merges them. Nothing is recomputed for `explain`.
///
/// A trace that does not record (`Trace(recording: false)`, used by the ensemble engine) drops
/// every entry without building it: the formula's variant, inputs and parameter lists are
/// autoclosures, so an untraced run pays for none of their strings and arrays. The formula is
/// recorded as a key (`FormulaKey`: the indicator and a variant), worded by the Reports target.
///
/// An entry's parameters are the reads of its computation scope (`ParameterSet.scope()`),
/// never a list written by hand; the parameters behind an input that is itself an indicator
/// are that indicator's, reached through the input's link (issue 18).
public struct Trace: Sendable, Hashable, Codable {
  /// The entries in the order they were computed; empty when not recording.
  public private(set) var entries: [TraceEntry] = []
  /// Whether entries are kept; `false` for Monte Carlo draws, sensitivity runs and batches.
  public private(set) var isRecording = true

  /// A trace that records entries, or with `recording` `false` one that drops them at no cost.
  public init(recording: Bool = true) {
    isRecording = recording
  }

  /// Records a value and returns it, so formulas read naturally at the call site.
  @discardableResult
  public mutating func record(
    _ indicator: IndicatorID, year: Int, _ value: Double, _ unit: Unit,
    variant: @autoclosure () -> String? = nil,
    inputs: @autoclosure () -> [TraceEntry.Input] = [],
    reads: @autoclosure () -> ParameterReads = .none
  ) -> Double {
    guard isRecording else { return value }
    let formula = FormulaKey(indicator, variant: variant())
    let (inputs, parameters) = (inputs(), reads().ids)
    entries.append(
      TraceEntry(
        indicator: indicator, year: year, value: value, unit: unit, formula: formula,
        inputs: inputs, parameters: parameters))
    return value
  }

  /// Appends the entries of `other` (when recording).
  public mutating func append(_ other: Trace) {
    guard isRecording else { return }
    entries.append(contentsOf: other.entries)
  }

  /// The entry for `indicator` in `year`, if it was computed.
  public func entry(_ indicator: IndicatorID, year: Int) -> TraceEntry? {
    entries.first { $0.indicator == indicator && $0.year == year }
  }

  /// Every indicator id that has an entry, sorted.
  public var indicators: [IndicatorID] {
    Array(Set(entries.map(\.indicator))).sorted()
  }
}

extension TraceEntry.Input {
  /// An input that is itself a traced indicator, or comes out of that indicator's computation:
  /// the link `explain` follows to the parameters behind it. `year` names another year's entry
  /// (the year before, for a growth since last year).
  public static func indicator(
    _ id: IndicatorID, _ name: String, _ value: Double, _ unit: Unit, year: Int? = nil
  ) -> TraceEntry.Input {
    TraceEntry.Input(name: name, value: value, unit: unit, indicator: id, year: year)
  }

  /// An input from the establishment file or a parameter.
  public static func value(_ name: String, _ value: Double, _ unit: Unit) -> TraceEntry.Input {
    TraceEntry.Input(name: name, value: value, unit: unit, indicator: nil)
  }
}
