/// The trace entries a stage records while it computes one year.
///
/// Stages are pure: each builds its own `Trace` and returns it with its results; the
/// assessment merges them. Nothing is recomputed for `explain`.
public struct Trace: Sendable, Hashable, Codable {
  public private(set) var entries: [TraceEntry] = []

  public init() {}

  /// Records a value and returns it, so formulas read naturally at the call site.
  @discardableResult
  public mutating func record(
    _ indicator: IndicatorID, year: Int, _ value: Double, _ unit: Unit, formula: String,
    inputs: [TraceEntry.Input] = [], parameters: [ParameterID] = []
  ) -> Double {
    entries.append(
      TraceEntry(
        indicator: indicator, year: year, value: value, unit: unit, formula: formula,
        inputs: inputs, parameters: parameters))
    return value
  }

  public mutating func append(_ other: Trace) {
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
  /// An input that is itself a traced indicator.
  public static func indicator(
    _ id: IndicatorID, _ name: String, _ value: Double, _ unit: Unit
  ) -> TraceEntry.Input {
    TraceEntry.Input(name: name, value: value, unit: unit, indicator: id)
  }

  /// An input from the establishment file or a parameter.
  public static func value(_ name: String, _ value: Double, _ unit: Unit) -> TraceEntry.Input {
    TraceEntry.Input(name: name, value: value, unit: unit, indicator: nil)
  }
}
