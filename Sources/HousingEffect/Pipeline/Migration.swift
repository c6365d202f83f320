/// Stage 3: who comes from where — labour migrants by length of stay, knowledge migrants,
/// cross-border commuters, the local labour reserve — and where the newcomers live.
///
/// See `Docs/methodology.md#migration`.
public struct Migration: Sendable, Hashable, Codable {
  public struct Year: Sendable, Hashable, Codable {
    public var year: Int
    /// Labour migrants present on an average day, by length of stay [persons].
    public var labourMigrantsAverage: StayFigures
    /// Labour migrants present at the seasonal peak [persons].
    public var labourMigrantsPeak: StayFigures
    /// Different labour migrants working during the year [persons].
    public var labourMigrantsDistinct: StayFigures
    /// Labour migrants arriving in the year: growth plus replacement of those who leave [persons].
    public var labourMigrantArrivals: StayFigures
    /// Knowledge migrants present (all long stay) [persons].
    public var knowledgeMigrants: Double
    public var knowledgeMigrantArrivals: Double
    /// Construction workers from outside the region, housed short-stay or (stays beyond the
    /// short-stay limit) mid-stay [persons].
    public var constructionMigrants: Double
    /// Construction workers from elsewhere arriving this year: one per crew place per
    /// stay [persons].
    public var constructionArrivals: Double = 0
    /// Of ``constructionArrivals``, those who stay beyond the short-stay limit: a BRP
    /// registration instead of an RNI one [persons].
    public var constructionArrivalsMid: Double = 0
    /// Share of the construction workers from elsewhere present who stay beyond the
    /// short-stay limit: mid-stay housing instead of a bed (design note 36) [share].
    public var constructionMidShare: Double = 0
    public var crossBorderCommuters: Double
    public var localReserve: Double
    public var restOfNL: Double
    /// Workers from elsewhere in the Netherlands who move into the region [persons].
    public var domesticRelocators: Double

    /// All newcomers from abroad present on an average day [persons].
    public var migrantsAverage: Double {
      labourMigrantsAverage.total + knowledgeMigrants + constructionMigrants
    }

    /// Construction workers from elsewhere by stay class.
    var constructionStays: StayFigures {
      StayFigures(
        short: constructionMigrants * (1 - constructionMidShare),
        mid: constructionMigrants * constructionMidShare)
    }

    /// Short/mid/long including knowledge migrants (long) and construction workers (short or
    /// mid by the length of their stay).
    public var allMigrantsAverage: StayFigures {
      labourMigrantsAverage + constructionStays + StayFigures(long: knowledgeMigrants)
    }

    /// Long stays among the labour migrants present on average, to set beside the province's
    /// planning figure `housing.provinceLongStayShare`; `nil` without labour migrants [share].
    public var longStayShare: Double? {
      let total = labourMigrantsAverage.total
      return total > 0 ? labourMigrantsAverage.long / total : nil
    }

    public var allMigrantsPeak: StayFigures {
      labourMigrantsPeak + constructionStays + StayFigures(long: knowledgeMigrants)
    }
  }

  public var residence: ResidenceShares
  public var years: [Year]
  /// The relocation shares the segments' skill levels use, sorted (empty in an untraced run).
  public var relocationParameters: [ParameterID]
  /// The parameters arrivals depend on: turnover, stay shares and long-stay departures (empty
  /// in an untraced run).
  public var arrivalParameters: [ParameterID]
  public var trace: Trace

  public init(
    _ establishment: Establishment, workforce: Workforce, parameters: ParameterSet
  ) {
    let outside = parameters[.migrationResidenceOutsideProvinceShare]
    let host = parameters[.migrationResidenceHostShare]
    residence = ResidenceShares(
      host: (1 - outside) * host, restOfRegion: (1 - outside) * (1 - host),
      outsideProvince: outside)
    // Recruits from the rest of the Netherlands who move here, by the segment's skill level:
    // the higher skilled move for a job more often (issue 9, item 11).
    let relocation = workforce.segments.map { parameters[Migration.relocationParameter($0.skill)] }
    // The list serves the trace and the report; an untraced draw skips building it.
    relocationParameters =
      !parameters.tracing
      ? []
      : Array(
        Set(
          workforce.segments.filter { $0.origin.restOfNL > 0 }.map {
            Migration.relocationParameter($0.skill)
          })
      ).sorted()
    let longStayDeparture = min(max(parameters[.migrationLongStayAnnualDepartureShare], 0), 1)
    let shortStayMonths = parameters[.migrationShortStayMaxMonths]
    let constructionShare =
      establishment.construction?.shareFromElsewhere
      ?? parameters[.jobsConstructionShareFromElsewhere]

    // Construction crews: a share stays beyond the short-stay limit, the rest rotates in
    // stints within it; nobody stays longer than the build (design notes 24 and 32).
    let build = establishment.construction.map { Double(max($0.durationMonths, 1)) }
    // A construction project's own workforce is a building crew too: temporary, short or mid
    // by the same share, never long stays and so never families (design note 24).
    let isBuild = establishment.type == .constructionProject
    let hasCrew = establishment.construction != nil || isBuild
    // Without a crew no stay length moves a figure; the crew's share staying beyond the
    // short-stay limit is still stored (and shown in the JSON output) as the catalogue has it,
    // an unrecorded read, so the trace does not name parameters that shape nothing.
    let (crewMidShare, shortStint, longStay) =
      hasCrew
      ? Migration.constructionStays(parameters: parameters, buildMonths: build)
      : (min(max(parameters.unrecorded(.jobsConstructionLongStayShare), 0), 1), 1, 1)
    let crew = Staffing.constructionWorkers(establishment, parameters: parameters).0
    let buildStay: (short: Double, mid: Double) = (1 - crewMidShare, crewMidShare)

    // Each segment's stay shares, read once rather than every year.
    let stayShares = workforce.segments.map { segment in
      let contract = segment.contract
      return isBuild
        ? buildStay
        : (
          short: parameters[.migrationStayShare(contract, .short)],
          mid: parameters[.migrationStayShare(contract, .mid)]
        )
    }

    // What the years read of each segment, copied once: iterating the segments themselves
    // copied each one (its label and lists too) in every year.
    let segmentsRead = workforce.segments.map {
      SegmentRead(origin: $0.origin, contract: $0.contract)
    }
    var trace = Trace(recording: parameters.tracing)
    var previous: Year?
    var years: [Year] = []
    years.reserveCapacity(workforce.years.count)
    for workforceYear in workforce.years {
      let year = workforceYear.year
      var average = StayFigures()
      var peak = StayFigures()
      var distinct = StayFigures()
      var knowledge = 0.0
      var knowledgeDistinct = 0.0
      var crossBorder = 0.0
      var local = 0.0
      var restOfNL = 0.0
      var relocators = 0.0
      for (position, (segment, figures)) in zip(segmentsRead, workforceYear.segments)
        .enumerated()
      {
        let (short, mid) = stayShares[position]
        let migrants = segment.origin.labourMigrants
        let present = StayFigures.split(figures.presentAverage * migrants, short: short, mid: mid)
        average = average + present
        // Outside seasonal contracts the peak increment is hired for weeks: short stays.
        let seasonal = segment.contract == .seasonal
        peak =
          peak
          + Migration.peak(
            present: present,
            increment: max(0, figures.presentPeak - figures.presentAverage) * migrants,
            short: seasonal ? short : 1, mid: seasonal ? mid : 0)
        distinct =
          distinct
          + Migration.distinct(
            present: present,
            replacements: max(0, figures.distinctPersons - figures.presentAverage) * migrants,
            longStayDeparture: longStayDeparture, shortStayMonths: shortStayMonths)
        knowledge += figures.presentAverage * segment.origin.knowledgeMigrant
        // Knowledge migrants are long stays: they follow the long-stay departure rule,
        // within the segment's turnover.
        let knowledgePresent = figures.presentAverage * segment.origin.knowledgeMigrant
        knowledgeDistinct +=
          knowledgePresent
          + min(
            max(0, figures.distinctPersons - figures.presentAverage)
              * segment.origin.knowledgeMigrant,
            knowledgePresent * longStayDeparture)
        crossBorder += figures.presentAverage * segment.origin.crossBorder
        local += figures.presentAverage * segment.origin.localReserve
        restOfNL += figures.presentAverage * segment.origin.restOfNL
        relocators += figures.presentAverage * segment.origin.restOfNL * relocation[position]
      }
      let arrivals = Migration.arrivals(
        average: average, distinct: distinct, previous: previous?.labourMigrantsAverage)
      let knowledgeArrivals =
        max(0, knowledge - (previous?.knowledgeMigrants ?? 0))
        + max(0, knowledgeDistinct - knowledge)
      // Crew places × months of work this year ÷ months per stay: the persons who arrive.
      let months = Double(establishment.construction?.months(in: year) ?? 0)
      let crewPlaces = crew * constructionShare
      let shortArrivals = crewPlaces * (1 - crewMidShare) * months / shortStint
      let midArrivals = crewPlaces * crewMidShare * months / longStay
      let result = Year(
        year: year, labourMigrantsAverage: average, labourMigrantsPeak: peak,
        labourMigrantsDistinct: distinct, labourMigrantArrivals: arrivals,
        knowledgeMigrants: knowledge, knowledgeMigrantArrivals: knowledgeArrivals,
        constructionMigrants: workforceYear.constructionWorkers * constructionShare,
        constructionArrivals: shortArrivals + midArrivals, constructionArrivalsMid: midArrivals,
        constructionMidShare: crewMidShare,
        crossBorderCommuters: crossBorder, localReserve: local, restOfNL: restOfNL,
        domesticRelocators: relocators)
      Migration.record(
        result, into: &trace, workforceYear: workforceYear, workforce: workforce,
        constructionShare: constructionShare,
        constructionStated: establishment.construction?.shareFromElsewhere != nil,
        hasCrew: hasCrew)
      years.append(result)
      previous = result
    }
    self.years = years
    self.trace = trace
    // The list serves the trace and the report; an untraced draw skips building it.
    arrivalParameters =
      !parameters.tracing
      ? []
      : Array(
        Set(
          workforce.segments.flatMap { segment -> [ParameterID] in
            let contract = segment.contract
            return [
              Workforce.turnoverParameter(contract),
              .migrationStayShare(contract, .short),
              .migrationStayShare(contract, .mid),
            ]
          } + [.migrationLongStayAnnualDepartureShare, .migrationShortStayMaxMonths]
            + (establishment.construction != nil || isBuild
              ? [
                .jobsConstructionRotationMonths, .jobsConstructionLongStayShare,
                .migrationMidStayMaxMonths,
              ] : []))
      ).sorted()
  }

  /// The fields of a segment the yearly loop reads.
  private struct SegmentRead {
    var origin: OriginMix
    var contract: ContractType
  }

  /// How construction workers from elsewhere stay: the share staying beyond the short-stay
  /// limit (none when the build is not longer than that limit), the months of a short stint
  /// (the rotation, at most the limit and the build) and of a longer stay (up to the mid-stay
  /// limit, at most the build). `buildMonths` is `nil` for a construction project's own crew.
  static func constructionStays(
    parameters: ParameterSet, buildMonths: Double?
  ) -> (midShare: Double, shortStint: Double, longStay: Double) {
    let limit = max(parameters[.migrationShortStayMaxMonths], 0.25)
    let build = buildMonths ?? .infinity
    let share = min(max(parameters[.jobsConstructionLongStayShare], 0), 1)
    let midShare = build > limit ? share : 0
    let shortStint = min(max(parameters[.jobsConstructionRotationMonths], 0.25), limit, build)
    let longStay = max(min(max(parameters[.migrationMidStayMaxMonths], limit), build), 0.25)
    return (midShare, shortStint, longStay)
  }

  /// The parameters `constructionStays(parameters:buildMonths:)` reads.
  static let constructionStayParameters: [ParameterID] = [
    .migrationShortStayMaxMonths, .jobsConstructionLongStayShare,
    .jobsConstructionRotationMonths, .migrationMidStayMaxMonths,
  ]

  /// The share of rest-of-NL recruits of a skill level who move into the region.
  static func relocationParameter(_ skill: SkillLevel) -> ParameterID {
    .migrationDomesticRelocationShare(skill)
  }

  /// Labour migrants present at the seasonal peak, by stay class.
  ///
  /// Everyone hired for the peak beyond the settled stock is temporary: the long stays present
  /// at the peak are those of an average day (they have the dwellings), and the whole peak
  /// increment goes to short and mid stays, in the proportion of the contract's short and mid
  /// shares — all short when the contract has neither. So at the peak every labour migrant is
  /// in exactly one housing form and none is lost (issue 9, item 1; design note 20).
  static func peak(
    present: StayFigures, increment: Double, short: Double, mid: Double
  )
    -> StayFigures
  {
    let short = min(max(short, 0), 1)
    let mid = min(max(mid, 0), 1 - short)
    let temporary = short + mid
    let shortPart = temporary > 0 ? short / temporary : 1
    return StayFigures(
      short: present.short + increment * shortPart,
      mid: present.mid + increment * (1 - shortPart), long: present.long)
  }

  /// Distinct persons by stay class: those present plus the replacements of the year.
  ///
  /// The segment's turnover (distinct persons beyond those present) is shared out in the
  /// order the stay lengths demand:
  /// 1. the long-stay migrants who leave this year (`longStayDeparture` of them);
  /// 2. the short stays, up to what a stay of at most `shortStayMonths` needs: each short-stay
  ///    place is held by 12 ÷ `shortStayMonths` persons a year;
  /// 3. the mid stays (longer than the short limit), up to the same number per place;
  /// 4. anything left to the short and mid stays in proportion to their presence.
  /// A segment with no short or mid stays gives all its turnover to the long class. The
  /// `check` command warns when step 2 cannot be met (`Assessment.turnoverWarnings`).
  static func distinct(
    present: StayFigures, replacements: Double, longStayDeparture: Double,
    shortStayMonths: Double
  ) -> StayFigures {
    let temporary = present.short + present.mid
    guard temporary > 0 else {
      return StayFigures(short: 0, mid: 0, long: present.long + replacements)
    }
    let perPlace = max(0, 12 / max(shortStayMonths, 0.1) - 1)
    var rest = replacements
    let long = min(rest, present.long * longStayDeparture)
    rest -= long
    var short = min(rest, present.short * perPlace)
    rest -= short
    var mid = min(rest, present.mid * perPlace)
    rest -= mid
    short += rest * present.short / temporary
    mid += rest * present.mid / temporary
    return StayFigures(
      short: present.short + short, mid: present.mid + mid, long: present.long + long)
  }

  /// Arrivals = growth of the average presence + replacements (distinct persons beyond those present).
  static func arrivals(
    average: StayFigures, distinct: StayFigures, previous: StayFigures?
  ) -> StayFigures {
    func flow(_ now: Double, _ distinct: Double, _ before: Double) -> Double {
      max(0, now - before) + max(0, distinct - now)
    }
    let before = previous ?? StayFigures()
    return StayFigures(
      short: flow(average.short, distinct.short, before.short),
      mid: flow(average.mid, distinct.mid, before.mid),
      long: flow(average.long, distinct.long, before.long))
  }

  private static func record(
    _ result: Year, into trace: inout Trace, workforceYear: Workforce.Year, workforce: Workforce,
    constructionShare: Double, constructionStated: Bool, hasCrew: Bool
  ) {
    guard trace.isRecording else { return }
    let year = result.year
    let stayParameters = Array(
      Set(
        workforce.segments.flatMap { segment -> [ParameterID] in
          let contract = segment.contract
          return [.migrationStayShare(contract, .short), .migrationStayShare(contract, .mid)]
        })
    ).sorted()
    // The peak factor and season length shape the peak, not the migrants of an average day.
    let originParameters = Array(Set(workforce.segments.flatMap(\.parameters)))
      .filter {
        !$0.rawValue.hasPrefix("workforce.peakFactor.")
          && !$0.rawValue.hasPrefix("workforce.seasonMonths.")
      }.sorted()
    let present: TraceEntry.Input = .indicator(
      "workforce.presentAverage", "persons present on average", workforceYear.presentAverage,
      .persons)
    trace.record(
      "migration.labourMigrants", year: year, result.labourMigrantsAverage.total, .persons,
      formula:
        "labour migrants present = Σ segments (persons present × EU and non-EU migrant share of the segment)",
      inputs: [present], parameters: originParameters)
    let stays: [(IndicatorID, String, Double)] = [
      ("migration.shortStay", "short", result.labourMigrantsAverage.short),
      ("migration.midStay", "mid", result.labourMigrantsAverage.mid),
      ("migration.longStay", "long", result.labourMigrantsAverage.long),
    ]
    for (id, name, value) in stays {
      trace.record(
        id, year: year, value, .persons,
        formula:
          "\(name)-stay labour migrants = Σ segments (labour migrants × \(name)-stay share of the contract type)",
        inputs: [
          .indicator(
            "migration.labourMigrants", "labour migrants present",
            result.labourMigrantsAverage.total, .persons)
        ],
        parameters: stayParameters)
    }
    trace.record(
      "migration.knowledgeMigrants", year: year, result.knowledgeMigrants, .persons,
      formula: "knowledge migrants = Σ segments (persons present × knowledge-migrant share)",
      inputs: [present], parameters: originParameters)
    trace.record(
      "migration.crossBorderCommuters", year: year, result.crossBorderCommuters, .persons,
      formula: "cross-border commuters = Σ segments (persons present × cross-border share)",
      inputs: [present], parameters: originParameters)
    trace.record(
      "migration.localReserve", year: year, result.localReserve, .persons,
      formula: "local labour reserve = Σ segments (persons present × local share)",
      inputs: [present], parameters: originParameters)
    trace.record(
      "migration.constructionMigrants", year: year, result.constructionMigrants, .persons,
      formula:
        "construction workers from elsewhere = construction workers × share from outside the region",
      inputs: [
        .indicator(
          "staffing.constructionWorkers", "construction workers", workforceYear.constructionWorkers,
          .persons),
        .value("share from elsewhere", constructionShare, .share),
      ],
      parameters: ((constructionStated ? [] : [.jobsConstructionShareFromElsewhere])
        + (hasCrew ? Migration.constructionStayParameters : [])).sorted())
    trace.record(
      "migration.arrivals", year: year,
      result.labourMigrantArrivals.total + result.knowledgeMigrantArrivals, .persons,
      formula:
        "arrivals = growth of migrants present since last year + replacements (distinct persons − persons present)",
      inputs: [
        .indicator(
          "migration.labourMigrants", "labour migrants present", result.labourMigrantsAverage.total,
          .persons),
        .value(
          "distinct labour migrants in the year", result.labourMigrantsDistinct.total, .persons),
      ],
      parameters: (Array(Set(workforce.segments.map { Workforce.turnoverParameter($0.contract) }))
        + stayParameters
        + [.migrationLongStayAnnualDepartureShare, .migrationShortStayMaxMonths]).sorted())
  }
}
