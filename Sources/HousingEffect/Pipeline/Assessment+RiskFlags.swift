/// The risk flags of one year: each a named rule with its trigger and source. They restate
/// figures the stages computed; they add no formula of their own.
extension Assessment {
  /// The rules that fire in `year`, in rule order; empty outside the timeline.
  public func riskFlags(in year: Int, catalog: ParameterCatalog = .standard) -> [RiskFlag] {
    guard let index = index(of: year) else { return [] }
    let parameters = ParameterSet(catalog: catalog, asOf: asOf, overrides: overrides)
    let housingYear = housing.years[index]
    let facilityYear = facilities.years[index]
    let actionPlan = "Provincie Limburg (2024), Waardig werken en wonen"
    var flags: [RiskFlag] = []
    func flag(_ rule: RiskFlag.Rule, _ value: Double, _ threshold: Double, _ source: String) {
      flags.append(
        RiskFlag(rule: rule, year: year, value: value, threshold: threshold, source: source))
    }
    // Without any stated supply the shortfall is the whole need: unknown, not a signal.
    let shortfall = housing.temporarySupplyKnown ? housingYear.peak.shortfallBeds : 0
    if shortfall > 1e-9 {
      flag(.unmetTemporaryBeds, shortfall, 0, "\(actionPlan), §3.3–3.4")
    }
    if shortfall > 1e-9, housingYear.average.temporaryBeds <= housingYear.peak.supplyBeds + 1e-9 {
      flag(
        .peakWithoutBeds, shortfall, 0,
        "\(actionPlan), §3.3")
    }
    if let check = housing.employerHousingCheck, check.bedsAtNorm < check.beds - 1e-9 {
      flag(
        .overOccupation, check.beds - check.bedsAtNorm, 0,
        "\(actionPlan), §3.3")
    }
    let abroad = housing.residenceSplit.abroad
    if abroad > 1e-9 {
      flag(
        .housingAcrossTheBorder, abroad, 0,
        "\(actionPlan), §3.4")
    }
    let attention = parameters[.welfareThresholdMigrantsPer1000Attention]
    if facilityYear.migrantsPer1000 > attention {
      flag(
        .concentration, facilityYear.migrantsPer1000, attention,
        ParameterID.welfareThresholdMigrantsPer1000Attention.rawValue)
    }
    return flags
  }
}
