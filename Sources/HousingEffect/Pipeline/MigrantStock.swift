/// A stock of migrants per year: the input of the pipeline's second half (Households,
/// HousingDemand, FacilityLoad), whether it came from one establishment (`assess`) or from a
/// region's growth path (`project`).
///
/// The second half never asks where the stock came from; it reads only these fields. See
/// Docs/design-notes.md §31.
public struct MigrantStock: Sendable, Hashable, Codable {
  /// Where the migrants live: the host (municipality or region), the rest of the province,
  /// outside the province.
  public var residence: ResidenceShares
  /// The stock per year: migrants present (average and peak) by stay class, arrivals,
  /// knowledge and construction migrants, relocating Dutch workers.
  public var years: [Migration.Year]
  /// The parameters behind the construction crews' arrivals, for the facility trace (the
  /// labour migrants' arrivals are the indicator `migration.arrivals`, linked as an input).
  public var arrivalParameters: [ParameterID]
  /// The parameters the relocating Dutch workers depend on, for the housing trace.
  public var relocationParameters: [ParameterID]
  // The id lists have no default value: a stage with such a default is built in a local and
  // copied out of its initializer, once per draw (design note 70); every initializer sets them.
  /// The parameters behind ``residence``, for the entries it shapes.
  public var residenceParameters: [ParameterID]
  /// Of those, the ones behind the share living in the province (what the housing need
  /// counts).
  public var provinceParameters: [ParameterID]
  /// Non-EU migrants among the labour migrants [share]: they bring family more often.
  public var nonEuFraction: Double
  /// The first year family reunification counts from (an establishment's start year); `nil`
  /// for a settled stock, whose families have had time to reunite (a region's migrants).
  public var reunificationStartYear: Int?

  /// A stock; `nonEuFraction` is a share 0–1, `reunificationStartYear` `nil` for a settled stock.
  public init(
    residence: ResidenceShares, years: [Migration.Year], arrivalParameters: [ParameterID] = [],
    relocationParameters: [ParameterID] = [], residenceParameters: [ParameterID] = [],
    provinceParameters: [ParameterID] = [], nonEuFraction: Double, reunificationStartYear: Int?
  ) {
    self.residenceParameters = residenceParameters
    self.provinceParameters = provinceParameters
    self.residence = residence
    self.years = years
    self.arrivalParameters = arrivalParameters
    self.relocationParameters = relocationParameters
    self.nonEuFraction = nonEuFraction
    self.reunificationStartYear = reunificationStartYear
  }

  /// The stock of one establishment: its migration stage, with the non-EU share weighted by
  /// its workforce mix and reunification counted from its start year.
  public init(
    _ establishment: borrowing Establishment, workforce: borrowing Workforce,
    migration: borrowing Migration
  ) {
    // Non-EU labour migrants bring family more often (ESB 2023); weight by the workforce mix.
    let migrantWeight = workforce.segments.reduce(0) { $0 + $1.share * $1.origin.labourMigrants }
    let nonEuWeight = workforce.segments.reduce(0) { $0 + $1.share * $1.origin.nonEuMigrant }
    self.init(
      residence: migration.residence, years: migration.years,
      arrivalParameters: migration.arrivalParameters,
      relocationParameters: migration.relocationParameters,
      residenceParameters: migration.residenceParameters,
      provinceParameters: migration.provinceParameters,
      nonEuFraction: migrantWeight > 0 ? nonEuWeight / migrantWeight : 0,
      reunificationStartYear: establishment.startYear)
  }
}
