/// What the pipeline needs to know about the host municipality.
public struct HostRegion: Sendable, Hashable, Codable {
  /// The part of Limburg a municipality lies in, for the policies and figures that differ
  /// by part (cross-border commuting, the provincial housing norm), or `other` outside
  /// Limburg. Not a province: see ``Province`` for the twelve.
  public enum PolicyRegion: String, Sendable, Hashable, Codable {
    case noordLimburg, middenLimburg, zuidLimburg, other
  }

  /// The municipality's name as CBS writes it.
  public var name: String
  /// The CBS municipality code (GM…), where known.
  public var code: String?
  /// The Limburg policy region (Noord, Midden, Zuid) the provincial norms and shares follow.
  public var policyRegion: PolicyRegion
  /// Inhabitants [persons].
  public var population: Double
  /// Dwelling stock, where a source gives it [dwellings].
  public var dwellings: Double?
  /// Neighbouring municipalities, for the spill-over indicator and the residence split.
  public var neighbours: [String]
  /// Countries the municipality borders, Germany first: where migrants may live across the
  /// border. An array, not a set, so that encoding it gives the same bytes in every run.
  public var borders: [Municipality.Country] = []

  /// The JSON keys; `province` is the key the policy region has always had in the output.
  private enum CodingKeys: String, CodingKey {
    case name, code, policyRegion = "province", population, dwellings, neighbours, borders
  }

  /// A host region from its figures; `population` in persons, `dwellings` in dwellings (`nil`
  /// when unknown).
  public init(
    name: String, code: String? = nil, policyRegion: PolicyRegion, population: Double,
    dwellings: Double? = nil, neighbours: [String] = [], borders: Set<Municipality.Country> = []
  ) {
    self.borders = borders.sorted()
    self.name = name
    self.code = code
    self.policyRegion = policyRegion
    self.population = population
    self.dwellings = dwellings
    self.neighbours = neighbours
  }

}
