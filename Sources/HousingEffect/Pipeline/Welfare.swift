/// Stage 7: a brede-welvaart scorecard on the three CBS dimensions — here and now, later,
/// elsewhere — with ratings against thresholds from the catalogue.
///
/// See `Docs/methodology.md#welfare`.
public struct Welfare: Sendable, Hashable, Codable {
  /// The CBS Monitor Brede Welvaart dimensions.
  public enum Dimension: String, Sendable, Hashable, Codable, CaseIterable {
    case hereAndNow, later, elsewhere
  }

  /// How an indicator is rated against its thresholds.
  public enum Rating: String, Sendable, Hashable, Codable, CaseIterable {
    /// Better than the reference: a contribution to broad welfare.
    case positive
    case neutral
    /// Worth a closer look or a condition in the agreement with the company.
    case attention
    /// A clear risk to broad welfare.
    case negative
    /// A figure for context, without a threshold.
    case info
    /// Cannot be judged: an input is missing.
    case unknown
  }

  /// One scorecard indicator in one year.
  public struct Indicator: Sendable, Hashable, Codable {
    /// The indicator's id, such as `welfare.wageRatio`.
    public var id: IndicatorID
    /// The CBS dimension it belongs to.
    public var dimension: Dimension
    /// The CBS theme, for example `materialWelfare`, `work`, `housing`.
    public var theme: String
    /// The value, in `unit`; `nil` when it cannot be computed (the rating is then `unknown`).
    public var value: Double?
    /// The unit of the value.
    public var unit: Unit
    /// The rating against the catalogue's thresholds.
    public var rating: Rating
    /// The catalogue parameters behind the value and its thresholds.
    public var parameters: [ParameterID]
  }

  /// The scorecard of one calendar year.
  public struct Year: Sendable, Hashable, Codable {
    /// The calendar year.
    public var year: Int
    /// Every scorecard indicator, in report order.
    public var indicators: [Indicator]

    /// The indicator with `id`; `nil` when the scorecard has none.
    public func indicator(_ id: IndicatorID) -> Indicator? { indicators.first { $0.id == id } }
  }

  /// The scorecard's figures that do not depend on the year: wage per job, wage ratio, local
  /// share. The key indicators read them here (``Headline/wageSum(fte:)`` for the wage sum), so
  /// a Monte Carlo draw needs no scorecard.
  public struct Headline: Sendable, Hashable, Codable {
    /// Wage per job: sector wage for direct jobs, staffing-sector wage for agency jobs [€ 2023].
    public var wagePerJob: Double
    /// ``wagePerJob`` ÷ the average wage of all jobs [share].
    public var wageRatio: Double
    /// Σ segments (share of jobs × local-reserve share of its origin mix) [share].
    public var localShare: Double

    /// The wage sum of a year with `fte` operating jobs [€ 2023].
    public func wageSum(fte: Double) -> Double { wagePerJob * fte }
  }

  /// One entry per calendar year of the timeline.
  public var years: [Year]
  /// How every number was computed; empty for an untraced run.
  public var trace: Trace
  /// The scorecard's figures that do not depend on the year, computed in every run (draws too).
  public var headline: Headline

  /// Stage 7: rates the results of the earlier stages against the catalogue's thresholds: the
  /// scorecard of every year, or with `scorecard: false` only ``headline`` (an untraced Monte
  /// Carlo draw, which keeps the key indicators only): `years` is then empty and the thresholds
  /// are not read.
  public init(
    _ establishment: borrowing Establishment, workforce: borrowing Workforce,
    migration: borrowing Migration,
    households: borrowing Households, housing: borrowing HousingDemand,
    facilities: borrowing FacilityLoad,
    parameters: borrowing ParameterSet, scorecard: Bool = true
  ) {
    let group = establishment.type.sectorGroup
    let sectorWageID = Welfare.wageParameter(for: group)
    let agencyWageID: ParameterID = .welfareWagePerJobStaffingServices
    // The wage per job and the wage ratio read in their own scopes, for their trace entries.
    let wages = parameters.scope()
    let ratioScope = parameters.scope()
    let headline = Welfare.headline(
      establishment, workforce: workforce, wages: wages, averageWage: ratioScope)
    self.headline = headline
    guard scorecard else {
      years = []
      trace = Trace(recording: false)
      return
    }
    // Each indicator's reads in its own scope; the contract mix and the origin mixes are no
    // indicator, so their reads travel with the segments.
    let mix = ParameterReads(workforce.mixParameters)
    let agencyShare = Welfare.agencyShare(workforce)
    let wagePerJob = headline.wagePerJob
    let wageRatio = headline.wageRatio
    let valueAdded = parameters.scope()
    let labourIncomeShare = max(valueAdded[.welfareLabourIncomeShare], 0.01)
    let skilled = workforce.segments.filter { $0.skill != .low }.reduce(0) { $0 + $1.share }
    let localShareOfJobs = headline.localShare

    let migrantsScope = parameters.scope()
    let attentionMigrants = migrantsScope[.welfareThresholdMigrantsPer1000Attention]
    let highMigrants = migrantsScope[.welfareThresholdMigrantsPer1000High]
    let wageAttention = ratioScope[.welfareThresholdWageRatioAttention]
    let localScope = parameters.scope()
    let localGood = localScope[.welfareThresholdLocalShareGood]
    let localAttention = localScope[.welfareThresholdLocalShareAttention]
    let skilledScope = parameters.scope()
    let skilledGood = skilledScope[.welfareThresholdSkilledShareGood]
    // Read only for a year whose indicator has a value, so the trace names what was read.
    let pressureScope = parameters.scope()
    let housingAttention = { pressureScope[.welfareThresholdHousingPressureAttention] }
    let facilityScope = parameters.scope()
    let facilityAttention = facilityScope[.welfareThresholdFacilityPressureAttention]
    let spilloverScope = parameters.scope()
    let spilloverAttention = spilloverScope[.welfareThresholdSpilloverAttention]
    let facilityNegative = Welfare.facilityNegativeThreshold(facilityScope)
    let unmetScope = parameters.scope()
    let unmetAttention = { unmetScope[.welfareThresholdUnmetHousingShareAttention] }
    // A rating says something about this establishment only when it rests on the company's
    // own inputs; on a catalogue default alone it is unknown, and the report asks the company
    // (issue 9, item 10; design note 25). The file states a wage or a residence split through
    // overrides of these parameters.
    let wageStated = [sectorWageID, agencyWageID].contains { parameters.isOverridden($0) }
    let residenceStated: Bool = [
      ParameterID.migrationResidenceHostShare, .migrationResidenceOutsideProvinceShare,
    ]
    .contains { parameters.isOverridden($0) }
    let residence = migration.residence

    var trace = Trace(recording: parameters.tracing)
    var years: [Year] = []
    years.reserveCapacity(migration.years.count)
    for index in migration.years.indices {
      let migrationYear = migration.years[index]
      let facilityYear = facilities.years[index]
      let housingYear = housing.years[index]
      let householdYear = households.years[index]
      let year = migrationYear.year
      let fte = workforce.years[index].fte
      let migrants = migrationYear.migrantsAverage
      let unmet = Welfare.unmetShare(
        shortfall: housingYear.peak.shortfallBeds, need: housingYear.peak.temporaryBeds)
      let facilityPressure = Welfare.facilityPressure(
        gp: facilityYear.gpPressure, primary: facilityYear.primaryPressure)
      let spillover = residence.restOfRegion + residence.outsideProvince

      func rate(_ value: Double, attention: Double, negative: Double? = nil) -> Rating {
        Welfare.rate(value, attention: attention, negative: negative)
      }
      var indicators: [Indicator] = []
      indicators.reserveCapacity(14)
      func add(
        _ id: IndicatorID, _ dimension: Dimension, _ theme: String, _ value: Double?, _ unit: Unit,
        _ rating: Rating, _ used: @autoclosure () -> ParameterReads,
        inputs: @autoclosure () -> [TraceEntry.Input]
      ) {
        // The parameter lists serve reports; an untraced draw keeps values and ratings only.
        let reads = trace.isRecording ? used() : .none
        let parameters = reads.ids
        indicators.append(
          Indicator(
            id: id, dimension: dimension, theme: theme, value: value, unit: unit,
            rating: rating, parameters: parameters))
        if let value {
          trace.record(
            id, year: year, value, unit, inputs: inputs(), reads: reads)
        }
      }

      add(
        "welfare.wageRatio", .hereAndNow, "materialWelfare", wageRatio, .share,
        !wageStated
          ? .unknown
          : wageRatio >= 1 ? .positive : (wageRatio >= wageAttention ? .neutral : .attention),
        wages.reads + ratioScope.reads + mix,
        inputs: [.value("agency share of jobs", agencyShare, .share)])
      add(
        "welfare.wageSum", .hereAndNow, "materialWelfare", headline.wageSum(fte: fte),
        .euros(priceYear: 2023),
        .info, wages.reads + mix,
        inputs: [
          .indicator("staffing.operationFTE", "operating jobs", fte, .fte),
          .value("wage per job", wagePerJob, .euros(priceYear: 2023)),
        ])
      add(
        "welfare.valueAddedPerJob", .hereAndNow, "materialWelfare", wagePerJob / labourIncomeShare,
        .euros(priceYear: 2023), .info, wages.reads + valueAdded.reads + mix,
        inputs: [.value("wage per job", wagePerJob, .euros(priceYear: 2023))])
      add(
        "welfare.localShare", .hereAndNow, "work", localShareOfJobs, .share,
        localShareOfJobs >= localGood
          ? .positive : (localShareOfJobs >= localAttention ? .neutral : .attention),
        localScope.reads + mix + ParameterReads(workforce.originParameters),
        inputs: [])
      add(
        "welfare.migrantsPer1000", .hereAndNow, "housing", facilityYear.migrantsPer1000,
        .per(.persons, .thousandPersons),
        rate(facilityYear.migrantsPer1000, attention: attentionMigrants, negative: highMigrants),
        migrantsScope.reads,
        inputs: [
          .indicator(
            "facilities.migrantsPer1000", "migrants per 1,000 inhabitants",
            facilityYear.migrantsPer1000, .per(.persons, .thousandPersons))
        ])
      add(
        "welfare.housingPressure", .hereAndNow, "housing", housingYear.hostHousingPressure, .share,
        housingYear.hostHousingPressure.map { rate($0, attention: housingAttention()) } ?? .unknown,
        pressureScope.reads + ParameterReads(housing.hostDwellingParameters),
        inputs: [
          .indicator(
            "housing.longStayDwellings", "long-stay dwellings in the host municipality",
            housingYear.hostPeak.longStayDwellings, .dwellings)
        ])
      // Without any supply stated the share is the whole need: unknown, not 100 %.
      let supplyKnown = housing.temporarySupplyKnown || housingYear.peak.temporaryBeds <= 0
      let unmetThreshold = supplyKnown ? unmetAttention() : 0
      add(
        "welfare.unmetHousingShare", .hereAndNow, "safety", supplyKnown ? unmet : nil, .share,
        !supplyKnown
          ? .unknown
          : Welfare.rateUnmet(
            unmet, need: housingYear.peak.temporaryBeds, attention: unmetThreshold),
        unmetScope.reads,
        inputs: [
          .indicator("housing.shortfallBeds", "shortfall", housingYear.peak.shortfallBeds, .beds),
          .value("temporary beds needed", housingYear.peak.temporaryBeds, .beds),
        ])
      // The long-stay balance: unknown until the file states the dwellings available to
      // newcomers (issue 17, item 3).
      let longStay = housingYear.peak
      let unmetLongStay = longStay.longStayGap.map {
        longStay.longStayDwellings > 0 ? $0 / longStay.longStayDwellings : 0
      }
      add(
        "welfare.unmetLongStayShare", .hereAndNow, "housing", unmetLongStay, .share,
        unmetLongStay.map {
          Welfare.rateUnmet($0, need: longStay.longStayDwellings, attention: unmetAttention())
        } ?? .unknown,
        unmetScope.reads,
        inputs: [
          .value("long-stay gap", longStay.longStayGap ?? 0, .dwellings),
          .indicator(
            "housing.longStayDwellings", "long-stay dwellings needed", longStay.longStayDwellings,
            .dwellings),
        ])
      add(
        "welfare.facilityPressure", .hereAndNow, "health", facilityPressure, .share,
        rate(facilityPressure, attention: facilityAttention, negative: facilityNegative),
        facilityScope.reads,
        inputs: [
          .indicator("facilities.gpPressure", "GP pressure", facilityYear.gpPressure, .share),
          .indicator(
            "facilities.primaryPressure", "primary-school pressure", facilityYear.primaryPressure,
            .share),
        ])
      let training: Rating =
        switch establishment.languageTraining {
        case true?: .positive
        case false?: migrants > 0 ? .attention : .neutral
        case nil: .unknown
        }
      add(
        "welfare.languageTraining", .hereAndNow, "society",
        establishment.languageTraining.map { $0 ? 1 : 0 }, .share, training, .none,
        inputs: [])
      let settling =
        migrationYear.labourMigrantsAverage.long + migrationYear.knowledgeMigrants
        + householdYear.familyMembers
      add(
        "welfare.settlingPersons", .later, "humanCapital", settling, .persons, .info,
        .none,
        inputs: [
          .indicator(
            "households.familyMembers", "family members", householdYear.familyMembers, .persons)
        ])
      add(
        "welfare.skilledShare", .later, "humanCapital", skilled, .share,
        skilled >= skilledGood ? .positive : .neutral, skilledScope.reads + mix,
        inputs: [])
      add(
        "welfare.spilloverShare", .elsewhere, "spillover", migrants > 0 ? spillover : 0, .share,
        migrants <= 0
          ? .neutral : residenceStated ? rate(spillover, attention: spilloverAttention) : .unknown,
        ParameterReads(migration.residenceParameters) + spilloverScope.reads,
        inputs: [])
      let abroad = housing.residenceSplit.abroad
      add(
        "welfare.crossBorderPersons", .elsewhere, "spillover",
        migrationYear.crossBorderCommuters + migrants * abroad, .persons, .info,
        ParameterReads(migration.provinceParameters)
          + ParameterReads(housing.residenceSplit.parameters),
        inputs: [
          .indicator(
            "migration.crossBorderCommuters", "cross-border commuters",
            migrationYear.crossBorderCommuters, .persons),
          .indicator(
            "migration.labourMigrants", "migrants present (labour, knowledge, construction)",
            migrants, .persons),
        ]
          + (migrationYear.constructionMigrants > 0
            ? [
              .indicator(
                "migration.constructionMigrants", "construction workers from elsewhere",
                migrationYear.constructionMigrants, .persons)
            ] : []))
      years.append(Year(year: year, indicators: indicators))
    }
    self.years = years
    self.trace = trace
  }

  /// The share of jobs held by agency segments [share].
  static func agencyShare(_ workforce: Workforce) -> Double {
    workforce.segments.reduce(0) { $1.contract == .agency ? $0 + $1.share : $0 }
  }

  /// The year-independent figures of the scorecard: the one place their formulas live.
  static func headline(
    _ establishment: Establishment, workforce: Workforce, wages: ParameterScope,
    averageWage: ParameterScope
  ) -> Headline {
    let agencyShare = Welfare.agencyShare(workforce)
    let wagePerJob =
      (1 - agencyShare) * wages[Welfare.wageParameter(for: establishment.type.sectorGroup)]
      + agencyShare * wages[.welfareWagePerJobStaffingServices]
    return Headline(
      wagePerJob: wagePerJob,
      wageRatio: wagePerJob / max(averageWage[.welfareWagePerJobAll], 1),
      localShare: workforce.segments.reduce(0) { $0 + $1.share * $1.origin.localReserve })
  }

  /// The wage parameter of a sector group (the sector's CBS wage per job).
  public static func wageParameter(for group: SectorGroup) -> ParameterID {
    .welfareWagePerJob(group)
  }
}

// The rating rules and ratios of the scorecard, shared by `assess` and the projection's
// scorecard per path (`ProjectionWelfare`, issue 19 item 7): one copy of each rule.
extension Welfare {
  /// Attention above `attention`, negative above `negative` (when given), else neutral.
  public static func rate(_ value: Double, attention: Double, negative: Double? = nil) -> Rating {
    if let negative, value > negative { return .negative }
    return value > attention ? .attention : .neutral
  }

  /// The unmet share of a need: positive when nothing is unmet (or nothing is needed),
  /// attention up to `attention`, negative above.
  public static func rateUnmet(_ unmet: Double, need: Double, attention: Double) -> Rating {
    need <= 0 || unmet <= 0 ? .positive : (unmet <= attention ? .attention : .negative)
  }

  /// Shortfall ÷ need, 0 without need [share].
  public static func unmetShare(shortfall: Double, need: Double) -> Double {
    need > 0 ? shortfall / need : 0
  }

  /// Facility pressure: the larger of GP pressure and primary-school pressure [share].
  public static func facilityPressure(gp: Double, primary: Double) -> Double {
    max(gp, primary)
  }

  /// The negative threshold of facility pressure, never below its attention threshold.
  public static func facilityNegativeThreshold(_ parameters: some ParameterReading) -> Double {
    max(
      parameters[.welfareThresholdFacilityPressureNegative],
      parameters[.welfareThresholdFacilityPressureAttention])
  }
}
