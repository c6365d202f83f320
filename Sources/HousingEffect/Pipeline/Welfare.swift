/// Stage 7: a brede-welvaart scorecard on the three CBS dimensions — here and now, later,
/// elsewhere — with ratings against thresholds from the catalogue.
///
/// See `Docs/methodology.md#welfare`.
public struct Welfare: Sendable, Hashable, Codable {
  /// The CBS Monitor Brede Welvaart dimensions.
  public enum Dimension: String, Sendable, Hashable, Codable, CaseIterable {
    case hereAndNow, later, elsewhere
  }

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

  public struct Indicator: Sendable, Hashable, Codable {
    public var id: IndicatorID
    public var dimension: Dimension
    /// The CBS theme, for example `materialWelfare`, `work`, `housing`.
    public var theme: String
    public var value: Double?
    public var unit: Unit
    public var rating: Rating
    public var parameters: [ParameterID]
  }

  public struct Year: Sendable, Hashable, Codable {
    public var year: Int
    public var indicators: [Indicator]

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

  public var years: [Year]
  public var trace: Trace
  public var headline: Headline

  /// The scorecard of every year, or with `scorecard: false` only ``headline`` (an untraced
  /// Monte Carlo draw, which keeps the key indicators only): `years` is then empty and the
  /// thresholds are not read.
  public init(
    _ establishment: Establishment, workforce: Workforce, migration: Migration,
    households: Households, housing: HousingDemand, facilities: FacilityLoad,
    parameters: ParameterSet, scorecard: Bool = true
  ) {
    let group = establishment.type.sectorGroup
    let sectorWageID = Welfare.wageParameter(for: group)
    let agencyWageID: ParameterID = .welfareWagePerJobStaffingServices
    let averageWageID: ParameterID = .welfareWagePerJobAll
    let headline = Welfare.headline(establishment, workforce: workforce, parameters: parameters)
    self.headline = headline
    guard scorecard else {
      years = []
      trace = Trace(recording: false)
      return
    }
    let agencyShare = Welfare.agencyShare(workforce)
    let wagePerJob = headline.wagePerJob
    let wageRatio = headline.wageRatio
    let labourIncomeShare = max(parameters[.welfareLabourIncomeShare], 0.01)
    let skilled = workforce.segments.filter { $0.skill != .low }.reduce(0) { $0 + $1.share }
    let localShareOfJobs = headline.localShare

    let attentionMigrants = parameters[.welfareThresholdMigrantsPer1000Attention]
    let highMigrants = parameters[.welfareThresholdMigrantsPer1000High]
    let wageAttention = parameters[.welfareThresholdWageRatioAttention]
    let localGood = parameters[.welfareThresholdLocalShareGood]
    let localAttention = parameters[.welfareThresholdLocalShareAttention]
    let skilledGood = parameters[.welfareThresholdSkilledShareGood]
    // Read only for a year whose indicator has a value, so the trace names what was read.
    let housingAttention = { parameters[.welfareThresholdHousingPressureAttention] }
    let facilityAttention = parameters[.welfareThresholdFacilityPressureAttention]
    let spilloverAttention = parameters[.welfareThresholdSpilloverAttention]
    let facilityNegative = Welfare.facilityNegativeThreshold(parameters)
    let unmetAttention = { parameters[.welfareThresholdUnmetHousingShareAttention] }
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
        _ rating: Rating, _ used: @autoclosure () -> [ParameterID],
        formula: @autoclosure () -> String, inputs: @autoclosure () -> [TraceEntry.Input]
      ) {
        // The parameter lists serve reports; an untraced draw keeps values and ratings only.
        let parameters = trace.isRecording ? used() : []
        indicators.append(
          Indicator(
            id: id, dimension: dimension, theme: theme, value: value, unit: unit,
            rating: rating, parameters: parameters))
        if let value {
          trace.record(
            id, year: year, value, unit, formula: formula(), inputs: inputs(),
            parameters: parameters)
        }
      }

      add(
        "welfare.wageRatio", .hereAndNow, "materialWelfare", wageRatio, .share,
        !wageStated
          ? .unknown
          : wageRatio >= 1 ? .positive : (wageRatio >= wageAttention ? .neutral : .attention),
        [sectorWageID, agencyWageID, averageWageID, .welfareThresholdWageRatioAttention],
        formula:
          "wage ratio = (sector wage × direct share + staffing-sector wage × agency share) ÷ average wage of all jobs",
        inputs: [.value("agency share of jobs", agencyShare, .share)])
      add(
        "welfare.wageSum", .hereAndNow, "materialWelfare", headline.wageSum(fte: fte),
        .euros(priceYear: 2023),
        .info, [sectorWageID, agencyWageID],
        formula: "wage sum = operating jobs × average wage per job",
        inputs: [
          .value("operating jobs", fte, .fte),
          .value("wage per job", wagePerJob, .euros(priceYear: 2023)),
        ])
      add(
        "welfare.valueAddedPerJob", .hereAndNow, "materialWelfare", wagePerJob / labourIncomeShare,
        .euros(priceYear: 2023), .info, [sectorWageID, agencyWageID, .welfareLabourIncomeShare],
        formula: "value added per job = wage per job ÷ labour income share of value added",
        inputs: [.value("wage per job", wagePerJob, .euros(priceYear: 2023))])
      add(
        "welfare.localShare", .hereAndNow, "work", localShareOfJobs, .share,
        localShareOfJobs >= localGood
          ? .positive : (localShareOfJobs >= localAttention ? .neutral : .attention),
        [.welfareThresholdLocalShareGood, .welfareThresholdLocalShareAttention],
        formula: "local share = Σ segments (share of jobs × local-reserve share of its origin mix)",
        inputs: [])
      add(
        "welfare.migrantsPer1000", .hereAndNow, "housing", facilityYear.migrantsPer1000,
        .per(.persons, .thousandPersons),
        rate(facilityYear.migrantsPer1000, attention: attentionMigrants, negative: highMigrants),
        [.welfareThresholdMigrantsPer1000Attention, .welfareThresholdMigrantsPer1000High],
        formula: "see facilities.migrantsPer1000",
        inputs: [
          .indicator(
            "facilities.migrantsPer1000", "migrants per 1,000 inhabitants",
            facilityYear.migrantsPer1000, .per(.persons, .thousandPersons))
        ])
      add(
        "welfare.housingPressure", .hereAndNow, "housing", housingYear.hostHousingPressure, .share,
        housingYear.hostHousingPressure.map { rate($0, attention: housingAttention()) } ?? .unknown,
        [.welfareThresholdHousingPressureAttention],
        formula:
          "housing pressure = long-stay dwellings needed in the host municipality ÷ its dwelling stock",
        inputs: [
          .value(
            "long-stay dwellings in the host municipality", housingYear.hostPeak.longStayDwellings,
            .dwellings)
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
        [.welfareThresholdUnmetHousingShareAttention],
        formula:
          "unmet housing = shortfall ÷ temporary beds needed (peak): the risk that workers end up in informal or illegal housing",
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
        [.welfareThresholdUnmetHousingShareAttention],
        formula:
          "unmet long-stay housing = long-stay gap ÷ long-stay dwellings needed: dwellings needed that no dwelling available to newcomers covers",
        inputs: [
          .value("long-stay gap", longStay.longStayGap ?? 0, .dwellings),
          .value("long-stay dwellings needed", longStay.longStayDwellings, .dwellings),
        ])
      add(
        "welfare.facilityPressure", .hereAndNow, "health", facilityPressure, .share,
        rate(facilityPressure, attention: facilityAttention, negative: facilityNegative),
        [
          .welfareThresholdFacilityPressureAttention,
          .welfareThresholdFacilityPressureNegative,
        ],
        formula: "facility pressure = the larger of GP pressure and primary-school pressure",
        inputs: [
          .indicator("facilities.gpPressure", "GP pressure", facilityYear.gpPressure, .share),
          .value("primary-school pressure", facilityYear.primaryPressure, .share),
        ])
      let training: Rating =
        switch establishment.languageTraining {
        case true?: .positive
        case false?: migrants > 0 ? .attention : .neutral
        case nil: .unknown
        }
      add(
        "welfare.languageTraining", .hereAndNow, "society",
        establishment.languageTraining.map { $0 ? 1 : 0 }, .share, training, [],
        formula: "1 when the employer offers Dutch language training, 0 when not", inputs: [])
      let settling =
        migrationYear.labourMigrantsAverage.long + migrationYear.knowledgeMigrants
        + householdYear.familyMembers
      add(
        "welfare.settlingPersons", .later, "humanCapital", settling, .persons, .info,
        [.householdsFamilyMembersPerLongStayMigrant],
        formula:
          "settling persons = long-stay labour migrants + knowledge migrants + family members",
        inputs: [
          .indicator(
            "households.familyMembers", "family members", householdYear.familyMembers, .persons)
        ])
      add(
        "welfare.skilledShare", .later, "humanCapital", skilled, .share,
        skilled >= skilledGood ? .positive : .neutral, [.welfareThresholdSkilledShareGood],
        formula: "skilled share = share of jobs at mid or high skill level", inputs: [])
      add(
        "welfare.spilloverShare", .elsewhere, "spillover", migrants > 0 ? spillover : 0, .share,
        migrants <= 0
          ? .neutral : residenceStated ? rate(spillover, attention: spilloverAttention) : .unknown,
        [
          .migrationResidenceHostShare, .migrationResidenceOutsideProvinceShare,
          .welfareThresholdSpilloverAttention,
        ],
        formula:
          "spill-over = share of migrants living outside the host municipality (rest of the province + outside it)",
        inputs: [])
      let abroad = housing.residenceSplit.abroad
      add(
        "welfare.crossBorderPersons", .elsewhere, "spillover",
        migrationYear.crossBorderCommuters + migrants * abroad, .persons, .info,
        [.migrationResidenceOutsideProvinceShare] + housing.residenceSplit.parameters,
        formula:
          "across the border = cross-border commuters + migrants living in Germany or Belgium (where the municipality borders them)",
        inputs: [
          .indicator(
            "migration.crossBorderCommuters", "cross-border commuters",
            migrationYear.crossBorderCommuters, .persons)
        ])
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
    _ establishment: Establishment, workforce: Workforce, parameters: ParameterSet
  ) -> Headline {
    let agencyShare = Welfare.agencyShare(workforce)
    let wagePerJob =
      (1 - agencyShare) * parameters[Welfare.wageParameter(for: establishment.type.sectorGroup)]
      + agencyShare * parameters[.welfareWagePerJobStaffingServices]
    return Headline(
      wagePerJob: wagePerJob,
      wageRatio: wagePerJob / max(parameters[.welfareWagePerJobAll], 1),
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
  public static func facilityNegativeThreshold(_ parameters: ParameterSet) -> Double {
    max(
      parameters[.welfareThresholdFacilityPressureNegative],
      parameters[.welfareThresholdFacilityPressureAttention])
  }
}
