/// Outside Limburg, which default values derived from Limburg data the assessment still uses.
extension Assessment {
  /// Whether the host municipality is outside Limburg.
  public var isOutsideLimburg: Bool { region.policyRegion == .other }

  /// The parameters derived from Limburg data that this assessment uses and the establishment
  /// does not override, in id order; empty in Limburg.
  public func limburgDerivedParameters(catalog: ParameterCatalog = .standard) -> [Parameter] {
    guard isOutsideLimburg else { return [] }
    let overridden = Set(establishment.overrides.map(\.id))
    return parametersUsed.filter { !overridden.contains($0) }.compactMap { catalog[$0] }
      .filter { $0.limburgBasis != nil }
  }

  /// One `limburg-derived-defaults` warning naming the Limburg-derived values used outside
  /// Limburg; none in Limburg or when every such value is overridden.
  public func limburgDerivedWarnings(catalog: ParameterCatalog = .standard) -> [Diagnostic] {
    let parameters = limburgDerivedParameters(catalog: catalog)
    guard !parameters.isEmpty else { return [] }
    return [
      Diagnostic.warning(
        .limburgDerivedDefaults, at: "municipality",
        "\(region.name) is outside Limburg, but \(parameters.count) default "
          + "value\(parameters.count == 1 ? " was" : "s were") derived from Limburg data and "
          + "no national figure that differs was found: "
          + parameters.map(\.id.rawValue).joined(separator: ", ")
          + "; override them with local figures where you have them.")
    ]
  }
}
