/// The parameter values one run uses: the catalogue at a date, with the user's overrides applied.
public struct ParameterSet: Sendable {
  public let catalog: ParameterCatalog
  /// The reference date that selects dated values.
  public let asOf: Day
  public let overrides: [ParameterID: ParameterOverride]

  /// Creates the set; overrides must name catalogue ids (the loader validates that first).
  public init(
    catalog: ParameterCatalog = .standard, asOf: Day, overrides: [ParameterOverride] = []
  ) {
    self.catalog = catalog
    self.asOf = asOf
    var byID: [ParameterID: ParameterOverride] = [:]
    for override in overrides { byID[override.id] = override }
    self.overrides = byID
  }

  /// The value in force for `id`: the override if any, else the catalogue value at ``asOf``.
  ///
  /// Before the first dated value, the first one is used: a parameter has no gap in time.
  public subscript(id: ParameterID) -> Double {
    if let override = overrides[id] { return override.value }
    guard let parameter = catalog[id], let first = parameter.values.first else {
      preconditionFailure("Parameter '\(id)' is not in the catalogue")
    }
    return (parameter.entry(on: asOf) ?? first).value
  }

  /// The same set with other overrides on top (later ones win).
  public func adding(_ more: [ParameterOverride]) -> ParameterSet {
    ParameterSet(
      catalog: catalog, asOf: asOf,
      overrides: Array(overrides.values).sorted { $0.id < $1.id } + more)
  }

  /// The same set with one parameter replaced: for sensitivity runs.
  public func replacing(_ id: ParameterID, with value: Double) -> ParameterSet {
    adding([ParameterOverride(id, value: value, reason: "sensitivity")])
  }

  public func isOverridden(_ id: ParameterID) -> Bool { overrides[id] != nil }
}
