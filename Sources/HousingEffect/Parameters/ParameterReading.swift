/// What reads parameter values by id: a whole ``ParameterSet`` or one indicator's
/// ``ParameterScope``. A formula used both inside a stage (on a scope) and outside one (on a
/// set, by `project` or a report) takes either, so it is written once.
public protocol ParameterReading {
  /// The value in force for `id`.
  subscript(id: ParameterID) -> Double { get }
  /// Whether `id` has a value: in the catalogue or overridden.
  func hasValue(for id: ParameterID) -> Bool
}

extension ParameterReading {
  /// The value for `id` when the catalogue has it; for per-sector parameters some sectors lack.
  func optional(_ id: ParameterID) -> Double? {
    hasValue(for: id) ? self[id] : nil
  }
}
