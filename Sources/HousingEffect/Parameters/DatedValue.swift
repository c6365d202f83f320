/// A value that holds from a date on, with its own provenance.
public struct DatedValue: Sendable, Hashable, Codable {
  /// The first day the value applies.
  public var effective: Day
  /// The value from `effective` on, in the parameter's unit.
  public var value: Double
  /// Where this value comes from: a cited source, a derivation or an assumption with rationale.
  public var provenance: Provenance

  /// `value` in force from `effective` on, with its provenance.
  public init(_ value: Double, from effective: Day, _ provenance: Provenance) {
    self.value = value
    self.effective = effective
    self.provenance = provenance
  }
}
