// How each template turns into concrete input changes and parameter overrides.
extension AlternativeTemplate {
  /// The concrete changes this template makes to `establishment`.
  ///
  /// Templates that change origins or segment shares write the whole workforce out (see
  /// ``Establishment/resolvedWorkforce(region:parameters:)``), so later parameter overrides of
  /// default origin shares no longer reach it.
  ///
  /// - Parameters:
  ///   - establishment: The establishment as it stands at this point of the chain.
  ///   - region: The host municipality, for default origins and the housing demand.
  ///   - catalog: The catalogue the study runs with.
  /// - Returns: Input changes to apply in order, and parameter overrides.
  public func changes(
    to establishment: Establishment, region: HostRegion, catalog: ParameterCatalog = .standard
  ) -> (inputs: [InputChange], parameters: [ParameterOverride]) {
    let parameters = establishment.parameterSet(catalog: catalog)
    switch self {
    case .moderateGrowth(let jobsFactor, let rampUpYears):
      var inputs: [InputChange] = [.jobsFactor(jobsFactor)]
      if let years = rampUpYears, years > 0 {
        inputs.append(.rampUp((1...years).map { Double($0) / Double(years) }))
      }
      return (inputs, [])

    case .localLabourFirst(let localShare, let languageTraining):
      let before = establishment.resolvedWorkforce(region: region, parameters: parameters)
      let after = before.map { segment in
        var segment = segment
        segment.origin = segment.origin.map { AlternativeTemplate.raisingLocal($0, to: localShare) }
        return segment
      }
      var inputs: [InputChange] = after == before ? [] : [.workforce(after)]
      if languageTraining { inputs.append(.languageTraining(true)) }
      return (inputs, [])

    case .automation(let jobsFactor, let wagePerJobFactor):
      let before = establishment.resolvedWorkforce(region: region, parameters: parameters)
      let after = AlternativeTemplate.cuttingFlexibleJobs(before, keeping: jobsFactor)
      var inputs: [InputChange] = [.jobsFactor(jobsFactor)]
      if after != before { inputs.append(.workforce(after)) }
      var overrides: [ParameterOverride] = []
      if wagePerJobFactor != 1 {
        let id = Welfare.wageParameter(for: establishment.type.sectorGroup)
        overrides.append(ParameterOverride(id, value: parameters[id] * wagePerJobFactor))
      }
      return (inputs, overrides)

    case .employerHousing(let beds, let shareOfDemand, let norm):
      let target =
        beds
        ?? (shareOfDemand
        * AlternativeTemplate.temporaryBedsAtPeak(establishment, region: region, catalog: catalog))
        .rounded(.up)
      // An employer that already offers as many beds keeps its housing as it is.
      guard target > establishment.employerHousing?.beds ?? 0 else { return ([], []) }
      return (
        [.employerHousing(AlternativeTemplate.housing(beds: target, norm: norm, parameters))], []
      )

    case .regionalSpreading(let hostShare):
      return ([], [ParameterOverride(AlternativeTemplate.hostShareParameter, value: hostShare)])

    case .fewerLabourMigrants(let cap, let localShareOfReplacement):
      let local = localShareOfReplacement ?? parameters[.migrationLocalShareOfDomesticWorkers]
      let before = establishment.resolvedWorkforce(region: region, parameters: parameters)
      let after = before.map { segment in
        var segment = segment
        segment.origin = segment.origin.map {
          AlternativeTemplate.cappingMigrants($0, at: cap, localShare: local)
        }
        return segment
      }
      return (after == before ? [] : [.workforce(after)], [])
    }
  }

  /// The parameter regional spreading overrides.
  public static let hostShareParameter: ParameterID = .migrationResidenceHostShare

  /// `origin` with its local-reserve share raised to `target`, taken from labour migrants first
  /// and then from the rest of the Netherlands.
  static func raisingLocal(_ origin: OriginMix, to target: Double) -> OriginMix {
    var mix = origin
    var needed = target - mix.localReserve
    guard needed > 0 else { return origin }
    let migrants = mix.labourMigrants
    let fromMigrants = min(needed, migrants)
    if migrants > 0 {
      let keep = (migrants - fromMigrants) / migrants
      mix.euMigrant *= keep
      mix.nonEuMigrant *= keep
    }
    needed -= fromMigrants
    let fromRest = min(max(needed, 0), mix.restOfNL)
    mix.restOfNL -= fromRest
    mix.localReserve += fromMigrants + fromRest
    return mix
  }

  /// `origin` with its labour-migrant share capped at `cap`; the excess is recruited in the
  /// Netherlands, `localShare` of it from the local reserve.
  static func cappingMigrants(_ origin: OriginMix, at cap: Double, localShare: Double) -> OriginMix
  {
    let migrants = origin.labourMigrants
    guard migrants > cap, migrants > 0 else { return origin }
    var mix = origin
    let excess = migrants - cap
    mix.euMigrant *= cap / migrants
    mix.nonEuMigrant *= cap / migrants
    mix.localReserve += excess * localShare
    mix.restOfNL += excess * (1 - localShare)
    return mix
  }

  /// Segment shares after removing `1 − keeping` of the jobs, from the low-skilled flexible
  /// segments first, renormalised to sum to 1; unchanged when no jobs remain.
  static func cuttingFlexibleJobs(
    _ segments: [WorkforceSegment], keeping factor: Double
  ) -> [WorkforceSegment] {
    let removed = 1 - factor
    guard removed > 0, factor > 0 else { return segments }
    func isFlexibleLowSkill(_ segment: WorkforceSegment) -> Bool {
      segment.contract != .permanent && segment.skill == .low
    }
    let flexible = segments.filter(isFlexibleLowSkill).reduce(0) { $0 + $1.share }
    let others = segments.filter { !isFlexibleLowSkill($0) }.reduce(0) { $0 + $1.share }
    let fromFlexible = min(removed, flexible)
    let fromOthers = removed - fromFlexible
    return segments.map { segment in
      var segment = segment
      let share = segment.share
      let cut =
        isFlexibleLowSkill(segment)
        ? (flexible > 0 ? fromFlexible * share / flexible : 0)
        : (others > 0 ? fromOthers * share / others : 0)
      segment.share = max(0, share - cut) / factor
      return segment
    }
  }

  /// Temporary beds (short and mid stay) needed at the peak in the full-operation year.
  static func temporaryBedsAtPeak(
    _ establishment: Establishment, region: HostRegion, catalog: ParameterCatalog
  ) -> Double {
    let assessment = Assessment(
      establishment, region: region,
      parameters: ParameterSet(catalog: catalog, asOf: establishment.referenceDay))
    guard let index = assessment.index(of: assessment.fullOperationYear) else { return 0 }
    return assessment.housing.years[index].peak.temporaryBeds
  }

  /// Employer housing of `beds` beds built exactly to `norm`: floor area at the norm's minimum,
  /// bedrooms, toilets and showers at its maximum persons each, rounded up.
  static func housing(
    beds: Double, norm: HousingNorm, _ parameters: ParameterSet
  ) -> EmployerHousing {
    func units(_ personsPer: ParameterID) -> Double {
      (beds / max(parameters[personsPer], 0.001)).rounded(.up)
    }
    return EmployerHousing(
      beds: beds, norm: norm, floorAreaM2: beds * parameters[norm.m2PerPersonShortStay],
      bedrooms: units(norm.personsPerBedroom), toilets: units(norm.personsPerToilet),
      showers: units(norm.personsPerShower))
  }
}
