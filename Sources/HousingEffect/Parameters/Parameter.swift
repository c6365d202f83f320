/// One entry of the parameter catalogue: a default number with unit, range and provenance.
public struct Parameter: Sendable, Hashable, Codable, Identifiable {
  /// The stable id, such as `migration.residence.hostShare`; its first component is the group.
  public var id: ParameterID
  /// Short noun phrase, not a sentence.
  public var label: String
  /// One full sentence saying what the number means.
  public var description: String
  /// The unit of the values, the range and the limits.
  public var unit: Unit
  /// Sorted by `effective`; the value in force at a date is the last one that started on or before it.
  public var values: [DatedValue]
  /// Plausible range for sensitivity and uncertainty runs; the value lies inside it.
  public var low: Double
  /// The high end of the plausible range, in `unit`.
  public var high: Double
  /// Hard validity limits for user overrides (for example 0…1 for a share).
  public var minimum: Double?
  /// The largest value an override may have; `nil`: no upper limit.
  public var maximum: Double?
  /// What Limburg data the value was derived from; `nil` when it was not derived from Limburg
  /// data. Outside Limburg the report names these values (see `ParameterCatalog.limburgDerived`).
  public var limburgBasis: String?
  /// For a share that divides (the flexible share that carries a sector's seasonal peak): the
  /// smallest value other than 0 an override may have. 0 means "none" and is allowed; a value
  /// between 0 and this would blow the peak of a tiny segment up beyond any meaning.
  public var smallestNonZero: Double?
  /// The shape Monte Carlo draws the parameter from over `low…high` (triangular unless the
  /// evidence calls for another, issue 20 round 5); see `DrawShape`.
  public var shape: DrawShape

  /// A catalogue entry. `values` must be sorted by date, and the value lie within `low`…`high`
  /// (the catalogue tests check both).
  public init(
    _ id: ParameterID, label: String, description: String, unit: Unit,
    values: [DatedValue], low: Double, high: Double,
    minimum: Double? = nil, maximum: Double? = nil, smallestNonZero: Double? = nil,
    shape: DrawShape = .triangular
  ) {
    self.shape = shape
    self.smallestNonZero = smallestNonZero
    self.id = id
    self.label = label
    self.description = description
    self.unit = unit
    self.values = values
    self.low = low
    self.high = high
    self.minimum = minimum ?? (unit == .share ? 0 : nil)
    self.maximum = maximum ?? (unit == .share ? 1 : nil)
  }

  /// A parameter with a single value in force from `from` on.
  public init(
    _ id: ParameterID, label: String, description: String, unit: Unit,
    value: Double, from: Day, low: Double, high: Double, _ provenance: Provenance,
    minimum: Double? = nil, maximum: Double? = nil, smallestNonZero: Double? = nil,
    shape: DrawShape = .triangular
  ) {
    self.init(
      id, label: label, description: description, unit: unit,
      values: [DatedValue(value, from: from, provenance)], low: low, high: high,
      minimum: minimum, maximum: maximum, smallestNonZero: smallestNonZero, shape: shape)
  }

  /// The catalogue group: the id's first component, such as `housing`.
  public var group: String { id.group }

  /// The value entry in force on `day`; `nil` when every entry starts later.
  public func entry(on day: Day) -> DatedValue? {
    values.last(where: { $0.effective <= day }) ?? nil
  }

  /// The newest entry; the catalogue guarantees there is at least one.
  public var current: DatedValue? { values.last }

  /// Whether `value` is acceptable as an override: inside the hard limits.
  public func accepts(_ value: Double) -> Bool {
    guard value.isFinite else { return false }
    if let minimum, value < minimum { return false }
    if let maximum, value > maximum { return false }
    if let smallestNonZero, value != 0, abs(value) < smallestNonZero { return false }
    return true
  }
}
