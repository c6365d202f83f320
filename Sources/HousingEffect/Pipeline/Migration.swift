/// Stage 3: who comes from where — labour migrants by length of stay, knowledge migrants,
/// cross-border commuters, the local labour reserve — and where the newcomers live.
///
/// See `Docs/methodology.md#migration`.
public struct Migration: Sendable, Hashable, Codable {
  /// The migration figures of one calendar year.
  public struct Year: Sendable, Hashable, Codable {
    /// The calendar year.
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
    /// Knowledge migrants arriving in the year: growth plus replacement [persons].
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
    /// Workers who live across the German or Belgian border and commute, present on an average day
    /// [persons].
    public var crossBorderCommuters: Double
    /// Workers from the local labour reserve (already living in the region), present on an average
    /// day [persons].
    public var localReserve: Double
    /// Workers from elsewhere in the Netherlands, present on an average day [persons]; some move
    /// into the region (``domesticRelocators``).
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

    /// Short/mid/long at the seasonal peak, including knowledge migrants (long) and construction
    /// workers (short or mid) [persons].
    public var allMigrantsPeak: StayFigures {
      labourMigrantsPeak + constructionStays + StayFigures(long: knowledgeMigrants)
    }
  }

  /// Where the newcomers live: host municipality, rest of the province, outside it [shares].
  public var residence: ResidenceShares
  /// One entry per calendar year of the timeline.
  public var years: [Year]
  /// The relocation shares the segments' skill levels use, in the order read.
  public var relocationParameters: [ParameterID]
  /// The parameters behind the construction crews' arrivals (the crew estimate, the share
  /// from elsewhere and the crews' stays), in the order read; none without a crew.
  public var arrivalParameters: [ParameterID]
  // The id lists have no default value: a stage with such a default is built in a local and
  // copied out of its initializer, once per draw (design note 70); every initializer sets them.
  /// The parameters behind ``residence``, in the order read.
  public var residenceParameters: [ParameterID]
  /// Of those, the ones behind the share living in the province (host + rest of region): the
  /// share outside it.
  public var provinceParameters: [ParameterID]
  /// How every number was computed; empty for an untraced run.
  public var trace: Trace

  /// Stage 3 for `establishment`: splits the workforce by origin and length of stay, year by year.
  public init(
    _ establishment: borrowing Establishment, workforce: borrowing Workforce,
    parameters: borrowing ParameterSet
  ) {
    var storage = Assessment.Storage()
    self.init(establishment, workforce: workforce, parameters: parameters, reusing: &storage)
  }

  /// Stage 3 written into the arrays of `storage` (`Assessment/Storage`), which keeps the
  /// per-segment figures for the next run.
  init(
    _ establishment: borrowing Establishment, workforce: borrowing Workforce,
    parameters: borrowing ParameterSet, reusing storage: inout Assessment.Storage
  ) {
    let provinceScope = parameters.scope()
    let outside = provinceScope[.migrationResidenceOutsideProvinceShare]
    let hostScope = parameters.scope()
    let host = hostScope[.migrationResidenceHostShare]
    provinceParameters = provinceScope.reads.ids
    residenceParameters = (provinceScope.reads + hostScope.reads).ids
    residence = ResidenceShares(
      host: (1 - outside) * host, restOfRegion: (1 - outside) * (1 - host),
      outsideProvince: outside)
    // Recruits from the rest of the Netherlands who move here, by the segment's skill level:
    // the higher skilled move for a job more often (issue 9, item 11).
    // Read only for segments with such recruits: the share moves nothing elsewhere.
    // What the years read of each segment, copied once (iterating the segments themselves
    // copied each one, its label and lists too, in every year) into memory a reused run keeps.
    let relocationScope = parameters.scope()
    var refill = ArrayRefill(taking: &storage.migrationSegments)
    for segment in workforce.segments {
      refill.append(
        SegmentRead(
          origin: segment.origin, contract: segment.contract,
          relocation: segment.origin.restOfNL > 0
            ? relocationScope[Migration.relocationParameter(segment.skill)] : 0))
    }
    var segmentsRead = refill.finished()
    relocationParameters = relocationScope.reads.ids
    // The departures and the short-stay limit share the turnover out over the stay classes.
    let turnoverScope = parameters.scope()
    let longStayDeparture = min(
      max(turnoverScope[.migrationLongStayAnnualDepartureShare], 0), 1)
    let shortStayMonths = turnoverScope[.migrationShortStayMaxMonths]
    let shareScope = parameters.scope()
    let constructionShare =
      establishment.construction?.shareFromElsewhere
      ?? shareScope[.jobsConstructionShareFromElsewhere]

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
    let crewScope = parameters.scope()
    let (crewMidShare, shortStint, longStay) =
      hasCrew
      ? Migration.constructionStays(parameters: crewScope, buildMonths: build)
      : (min(max(parameters.unrecorded(.jobsConstructionLongStayShare), 0), 1), 1, 1)
    let (crew, crewReads) = Staffing.constructionWorkers(establishment, parameters: parameters)
    let buildStay: (short: Double, mid: Double) = (1 - crewMidShare, crewMidShare)

    // Each segment's stay shares, read once rather than every year.
    let shortScope = parameters.scope()
    let midScope = parameters.scope()
    for position in segmentsRead.indices {
      let contract = segmentsRead[position].contract
      let (short, mid) =
        isBuild
        ? buildStay
        : (
          short: shortScope[.migrationStayShare(contract, .short)],
          mid: midScope[.migrationStayShare(contract, .mid)]
        )
      segmentsRead[position].short = short
      segmentsRead[position].mid = mid
    }
    // A construction project's own workforce stays as its crew does.
    let stayReads = isBuild ? crewScope.reads : shortScope.reads + midScope.reads
    let scopes = Migration.Scopes(
      stays: stayReads, short: isBuild ? crewScope.reads : shortScope.reads,
      turnover: turnoverScope.reads,
      construction: shareScope.reads + crewScope.reads,
      origin: ParameterReads(workforce.originParameters))

    var trace = Trace(recording: parameters.tracing)
    // What the next year reads of this one; the whole year (about 220 bytes, copied twice a
    // year) only when the trace names it.
    var previousAverage: StayFigures?
    var previousKnowledge = 0.0
    var previous: Year?
    var years = ArrayRefill(taking: &storage.migration)
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
      // By position: iterating a `zip` of the two arrays cost more than the loop's arithmetic.
      for position in segmentsRead.indices {
        let segment = segmentsRead[position]
        let figures = workforceYear.segments[position]
        let (short, mid) = (segment.short, segment.mid)
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
        relocators += figures.presentAverage * segment.origin.restOfNL * segment.relocation
      }
      let arrivals = Migration.arrivals(
        average: average, distinct: distinct, previous: previousAverage)
      let knowledgeArrivals =
        max(0, knowledge - previousKnowledge)
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
      if trace.isRecording {
        Migration.record(
          result, into: &trace, previous: previous, workforceYear: workforceYear,
          constructionShare: constructionShare, reads: scopes)
        previous = result
      }
      years.append(result)
      previousAverage = average
      previousKnowledge = knowledge
    }
    self.years = years.finished()
    self.trace = trace
    arrivalParameters = (crewReads + shareScope.reads + crewScope.reads).ids
    storage.migrationSegments = segmentsRead
  }

  /// The reads behind the migration entries, by what they shape.
  struct Scopes {
    /// The contract types' stay shares (a construction project's: its crew's stays), both
    /// classes, and the short-stay shares alone.
    var stays: ParameterReads
    var short: ParameterReads
    /// Departures and the short-stay limit, which share turnover out over the stay classes.
    var turnover: ParameterReads
    /// The construction workers' share from elsewhere and their stays.
    var construction: ParameterReads
    /// The segments' default origin mixes.
    var origin: ParameterReads
  }

  /// The fields of a segment the yearly loop reads, with the segment's relocation share
  /// and stay shares, read once rather than every year.
  struct SegmentRead: Sendable {
    var origin: OriginMix
    var contract: ContractType
    /// The share of its rest-of-NL recruits who move into the region (0 without them).
    var relocation: Double
    /// The stay shares of its labour migrants: short, and mid (of the rest).
    var short = 0.0
    var mid = 0.0
  }

  /// How construction workers from elsewhere stay: the share staying beyond the short-stay
  /// limit (none when the build is not longer than that limit), the months of a short stint
  /// (the rotation, at most the limit and the build) and of a longer stay (up to the mid-stay
  /// limit, at most the build). `buildMonths` is `nil` for a construction project's own crew.
  static func constructionStays(
    parameters: some ParameterReading, buildMonths: Double?
  ) -> (midShare: Double, shortStint: Double, longStay: Double) {
    let limit = max(parameters[.migrationShortStayMaxMonths], 0.25)
    let build = buildMonths ?? .infinity
    let share = min(max(parameters[.jobsConstructionLongStayShare], 0), 1)
    let midShare = build > limit ? share : 0
    let shortStint = min(max(parameters[.jobsConstructionRotationMonths], 0.25), limit, build)
    let longStay = max(min(max(parameters[.migrationMidStayMaxMonths], limit), build), 0.25)
    return (midShare, shortStint, longStay)
  }

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
    _ result: Year, into trace: inout Trace, previous: Year?, workforceYear: Workforce.Year,
    constructionShare: Double, reads: Scopes
  ) {
    guard trace.isRecording else { return }
    let year = result.year
    let present: TraceEntry.Input = .indicator(
      "workforce.presentAverage", "persons present on average", workforceYear.presentAverage,
      .persons)
    trace.record(
      "migration.labourMigrants", year: year, result.labourMigrantsAverage.total, .persons,
      inputs: [present], reads: reads.origin)
    // The mid stays are capped by what the short stays leave, the long stays are the rest:
    // both depend on both shares.
    let stays: [(IndicatorID, Double, ParameterReads)] = [
      ("migration.shortStay", result.labourMigrantsAverage.short, reads.short),
      ("migration.midStay", result.labourMigrantsAverage.mid, reads.stays),
      ("migration.longStay", result.labourMigrantsAverage.long, reads.stays),
    ]
    for (id, value, stayReads) in stays {
      trace.record(
        id, year: year, value, .persons,
        inputs: [
          .indicator(
            "migration.labourMigrants", "labour migrants present",
            result.labourMigrantsAverage.total, .persons)
        ],
        reads: stayReads)
    }
    trace.record(
      "migration.knowledgeMigrants", year: year, result.knowledgeMigrants, .persons,
      inputs: [present], reads: reads.origin)
    trace.record(
      "migration.crossBorderCommuters", year: year, result.crossBorderCommuters, .persons,
      inputs: [present], reads: reads.origin)
    trace.record(
      "migration.localReserve", year: year, result.localReserve, .persons,
      inputs: [present], reads: reads.origin)
    trace.record(
      "migration.constructionMigrants", year: year, result.constructionMigrants, .persons,
      inputs: [
        .indicator(
          "staffing.constructionWorkers", "construction workers", workforceYear.constructionWorkers,
          .persons),
        .value("share from elsewhere", constructionShare, .share),
      ],
      reads: reads.construction)
    trace.record(
      "migration.arrivals", year: year,
      result.labourMigrantArrivals.total + result.knowledgeMigrantArrivals, .persons,
      inputs: [
        .indicator(
          "migration.labourMigrants", "labour migrants present", result.labourMigrantsAverage.total,
          .persons),
        .value(
          "distinct labour migrants in the year", result.labourMigrantsDistinct.total, .persons),
        .indicator(
          "workforce.distinctPersons", "distinct persons in the year",
          workforceYear.distinctPersons, .persons),
      ]
        + (previous.map {
          [
            .indicator(
              "migration.labourMigrants", "labour migrants present last year",
              $0.labourMigrantsAverage.total, .persons, year: $0.year)
          ]
        } ?? []),
      reads: reads.stays + reads.turnover)
  }
}
