/// Where the newcomers live, by name: the host municipality, its named Dutch neighbours, the
/// rest of the province, other provinces, and across the border in Germany or Belgium where
/// the municipality borders them (issue 9, item 9; design note 26).
///
/// It refines ``ResidenceShares``: host is the same, neighbours + rest of province is
/// `restOfRegion`, other provinces + abroad is `outsideProvince`. Housing need counts only the
/// province (host + neighbours + rest); the split says where the rest goes.
public struct ResidenceSplit: Sendable, Hashable, Codable {
  /// In the host municipality [share].
  public var host: Double
  /// In the named neighbouring municipalities.
  public var neighbours: Double
  /// Elsewhere in the province.
  public var restOfProvince: Double
  /// In other Dutch provinces.
  public var otherProvinces: Double
  /// Across the border, in the countries the municipality borders (the waterbed share).
  public var abroad: Double
  /// The neighbouring municipalities `neighbours` refers to, by name.
  public var neighbourNames: [String]
  /// The countries `abroad` refers to, Germany first.
  public var countries: [Municipality.Country]
  /// The catalogue parameters behind the split (named on `welfare.crossBorderPersons`, the
  /// one entry the split feeds).
  public var parameters: [ParameterID]

  /// The sum of the shares; 1 up to rounding.
  public var total: Double { host + neighbours + restOfProvince + otherProvinces + abroad }

  /// Splits `residence` by name for `region`: its neighbours and the countries it borders, with
  /// the shares from `parameters`.
  public init(
    residence: ResidenceShares, region: borrowing HostRegion, parameters: borrowing ParameterSet
  ) {
    host = residence.host
    neighbourNames = region.neighbours
    countries = region.borders
    // Each share is read only where it applies, so the trace names what was read.
    let neighbourScope = parameters.scope()
    let neighbourShare =
      neighbourNames.isEmpty
      ? 0 : min(max(neighbourScope[.migrationResidenceNeighbourShare], 0), 1)
    let abroadScope = parameters.scope()
    let abroadShare =
      countries.isEmpty ? 0 : min(max(abroadScope[.migrationResidenceAbroadShare], 0), 1)
    // Without named neighbours everything elsewhere in the province is "rest of province";
    // without a border nobody is counted abroad.
    neighbours = neighbourNames.isEmpty ? 0 : residence.restOfRegion * neighbourShare
    restOfProvince = residence.restOfRegion - neighbours
    abroad = countries.isEmpty ? 0 : residence.outsideProvince * abroadShare
    otherProvinces = residence.outsideProvince - abroad
    self.parameters = (neighbourScope.reads + abroadScope.reads).ids
  }
}
