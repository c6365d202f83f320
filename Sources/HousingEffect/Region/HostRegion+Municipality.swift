extension HostRegion {
  /// The pipeline's view of a municipality from the region data.
  public init(_ municipality: Municipality) {
    let policyRegion: PolicyRegion =
      switch municipality.policyRegion {
      case .noordLimburg: .noordLimburg
      case .middenLimburg: .middenLimburg
      case .zuidLimburg: .zuidLimburg
      case nil: .other
      }
    self.init(
      name: municipality.name, code: municipality.code, policyRegion: policyRegion,
      population: Double(municipality.population.value),
      dwellings: municipality.dwellings.map { Double($0.value) },
      neighbours: municipality.neighbours, borders: municipality.borders)
  }
}
