/// A value that holds from a date on, with its own provenance.
public struct DatedValue: Sendable, Hashable, Codable {
  /// The first day the value applies.
  public var effective: Day
  public var value: Double
  public var provenance: Provenance

  public init(_ value: Double, from effective: Day, _ provenance: Provenance) {
    self.value = value
    self.effective = effective
    self.provenance = provenance
  }
}
