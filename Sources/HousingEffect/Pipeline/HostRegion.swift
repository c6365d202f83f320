/// What the pipeline needs to know about the host municipality.
public struct HostRegion: Sendable, Hashable, Codable {
  public enum Province: String, Sendable, Hashable, Codable {
    case noordLimburg, middenLimburg, zuidLimburg, other
  }

  public var name: String
  public var code: String?
  public var province: Province
  /// Inhabitants [persons].
  public var population: Double
  /// Dwelling stock, where a source gives it [dwellings].
  public var dwellings: Double?
  /// Neighbouring municipalities, for the spill-over indicator and the residence split.
  public var neighbours: [String]
  /// Countries the municipality borders, Germany first: where migrants may live across the
  /// border. An array, not a set, so that encoding it gives the same bytes in every run.
  public var borders: [Municipality.Country] = []

  public init(
    name: String, code: String? = nil, province: Province, population: Double,
    dwellings: Double? = nil, neighbours: [String] = [], borders: Set<Municipality.Country> = []
  ) {
    self.borders = borders.sorted()
    self.name = name
    self.code = code
    self.province = province
    self.population = population
    self.dwellings = dwellings
    self.neighbours = neighbours
  }

  /// The catalogue share of employees living across the border for this part of Limburg.
  var crossBorderShareParameter: ParameterID? {
    .migrationCrossBorderCommuterShare(province)
  }
}
