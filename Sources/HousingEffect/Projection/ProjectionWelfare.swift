/// The broad-welfare indicators of a projection per path, variant and year (issue 19, item 7):
/// labour migrants per 1,000 inhabitants, housing pressure, unmet temporary need and facility
/// pressure, each with the rating `assess` gives it on its scorecard.
///
/// It reads a finished `Projection.AreaResult` and does not run the model again: the values
/// come from the projection's central figures (catalogue values) and the area's population and
/// dwelling stock, through the same ratios and rating rules as `Welfare` and
/// `FacilityLoad` (one copy of each formula). Thresholds come from `parameters`, the set the
/// projection ran with (`ParameterSet(asOf:overrides:)` at `Projection.referenceDay`
/// with the study's overrides).
public struct ProjectionWelfare: Sendable {
  /// The indicators, in report order; the ids are the scorecard's.
  public static let indicators: [IndicatorID] = [
    "welfare.migrantsPer1000", "welfare.housingPressure", "welfare.unmetHousingShare",
    "welfare.facilityPressure",
  ]

  /// The parameter set the projection ran with: the thresholds' source.
  public let parameters: ParameterSet

  /// The scorecard with the thresholds of `parameters`.
  public init(parameters: ParameterSet) {
    self.parameters = parameters
  }

  /// The parameter set a projection of `study` ran with.
  public init(study: ProjectionStudy) {
    var parameters = ParameterSet(asOf: Projection.referenceDay, overrides: study.overrides)
    parameters.tracing = false
    self.init(parameters: parameters)
  }

  /// The four indicators of `result` on path `path`, variant `variant`, in `year`, in the order
  /// of `indicators`; empty when the year is not projected.
  ///
  /// - Unmet temporary need is the temporary-bed gap ÷ the temporary beds needed at the peak.
  ///   With the area's existing beds unknown, the gap is the growth above the base year not
  ///   covered by planned supply (the projection's one rule for gaps), so the share is of the
  ///   whole need, with the base year's need taken as housed.
  public func indicators(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant = .without, year: Int
  ) -> [Welfare.Indicator] {
    func value(_ indicator: ProjectionIndicator) -> Double? {
      result.value(path: path, variant: variant, indicator, year: year)
    }
    guard let resident = value(.resident), let dwellings = value(.longStayDwellings),
      let short = value(.shortStayBeds), let mid = value(.midStayBeds),
      let gap = value(.temporaryGap), let gpFTE = value(.gpFTE),
      let primary = value(.primaryPlaces)
    else { return [] }
    let population = result.area.host.population
    let per1000 = FacilityLoad.per1000(resident, population: population)
    let housing = HousingDemand.pressure(dwellings, stock: result.area.host.dwellings)
    let need = short + mid
    let unmet = Welfare.unmetShare(shortfall: gap, need: need)
    let facility = Welfare.facilityPressure(
      gp: FacilityLoad.pressure(
        gpFTE,
        capacity: FacilityLoad.existingGPFTE(population: population, parameters: parameters)),
      primary: FacilityLoad.pressure(
        primary,
        capacity: FacilityLoad.existingPrimaryPupils(
          population: population, parameters: parameters)))
    let p = parameters
    func indicator(
      _ id: IndicatorID, _ theme: String, _ value: Double?, _ unit: Unit, _ rating: Welfare.Rating,
      _ used: [ParameterID]
    ) -> Welfare.Indicator {
      Welfare.Indicator(
        id: id, dimension: .hereAndNow, theme: theme, value: value, unit: unit, rating: rating,
        parameters: used)
    }
    return [
      indicator(
        "welfare.migrantsPer1000", "housing", per1000, .per(.persons, .thousandPersons),
        Welfare.rate(
          per1000, attention: p[.welfareThresholdMigrantsPer1000Attention],
          negative: p[.welfareThresholdMigrantsPer1000High]),
        [.welfareThresholdMigrantsPer1000Attention, .welfareThresholdMigrantsPer1000High]),
      indicator(
        "welfare.housingPressure", "housing", housing, .share,
        housing.map {
          Welfare.rate($0, attention: p[.welfareThresholdHousingPressureAttention])
        } ?? .unknown,
        [.welfareThresholdHousingPressureAttention]),
      indicator(
        "welfare.unmetHousingShare", "safety", unmet, .share,
        Welfare.rateUnmet(
          unmet, need: need, attention: p[.welfareThresholdUnmetHousingShareAttention]),
        [.welfareThresholdUnmetHousingShareAttention]),
      indicator(
        "welfare.facilityPressure", "health", facility, .share,
        Welfare.rate(
          facility, attention: p[.welfareThresholdFacilityPressureAttention],
          negative: Welfare.facilityNegativeThreshold(p)),
        [
          .welfareThresholdFacilityPressureAttention,
          .welfareThresholdFacilityPressureNegative,
          .facilitiesGpPatientsPerFTE, .facilitiesSchoolPrimaryPupilsPer1000,
        ]),
    ]
  }
}
