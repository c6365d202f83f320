/// In Limburg, whether the housing norms in use reach the province's lower bound (action plan
/// §3.3: one person per bedroom and at least 15 m² living area per person). A norm below it is
/// flagged in `check` and in the report, not corrected: the user chose it (design note 22).
extension Assessment {
  /// A norm in use that allows more than the provincial lower bound.
  public struct NormBelowBound: Sendable, Hashable {
    /// Field path in the establishment file: `housingNorm` or `employerHousing.norm`.
    public var field: String
    /// The norm in use at `field`.
    public var norm: HousingNorm
    /// The norm's floor area per person and the bound's [m² per person].
    public var m2PerPerson: Double
    /// The Limburg bound's floor area per person [m² per person].
    public var boundM2PerPerson: Double
    /// The norm's persons per bedroom and the bound's [persons per room].
    public var personsPerBedroom: Double
    /// The Limburg bound's persons per bedroom [persons per room].
    public var boundPersonsPerBedroom: Double
  }

  /// The norms in use (demand norm and the employer housing's own) below the Limburg bound;
  /// empty outside Limburg.
  public func normsBelowProvincialBound(catalog: ParameterCatalog = .standard) -> [NormBelowBound] {
    guard !isOutsideLimburg else { return [] }
    let parameters = ParameterSet(catalog: catalog, asOf: asOf, overrides: overrides)
    let bound = HousingNorm.limburg
    let boundM2 = parameters[bound.m2PerPersonShortStay]
    let boundPersons = parameters[bound.personsPerBedroom]
    var used: [(String, HousingNorm)] = [("housingNorm", housing.norm)]
    // The employer housing's own norm, when it names one other than the demand norm.
    if let check = housing.employerHousingCheck, establishment.employerHousing?.norm != nil,
      check.norm != housing.norm
    {
      used.append(("employerHousing.norm", check.norm))
    }
    return used.compactMap { field, norm in
      let m2 = min(parameters[norm.m2PerPersonShortStay], parameters[norm.m2PerPersonMidStay])
      let persons = parameters[norm.personsPerBedroom]
      guard m2 < boundM2 - 1e-9 || persons > boundPersons + 1e-9 else { return nil }
      return NormBelowBound(
        field: field, norm: norm, m2PerPerson: m2, boundM2PerPerson: boundM2,
        personsPerBedroom: persons, boundPersonsPerBedroom: boundPersons)
    }
  }

  /// One `norm-below-provincial-bound` warning per norm in use below the Limburg bound.
  public func provincialNormWarnings(catalog: ParameterCatalog = .standard) -> [Diagnostic] {
    normsBelowProvincialBound(catalog: catalog).map { below in
      let f = EstablishmentLoader.formatNumber
      return Diagnostic.warning(
        .normBelowProvincialBound, at: below.field,
        "\(region.name) is in Limburg, where the province sets as lower bound "
          + "\(f(below.boundPersonsPerBedroom)) person per bedroom and at least "
          + "\(f(below.boundM2PerPerson)) m² per person (action plan §3.3); the norm "
          + "'\(below.norm.rawValue)' allows \(f(below.personsPerBedroom)) per bedroom and "
          + "\(f(below.m2PerPerson)) m² per person. Use \"limburg\" or ask the company whether "
          + "the housing meets the provincial bound.")
    }
  }
}
