/// Stage 2: persons behind the jobs — present on average, present at the peak, and distinct
/// persons per year (turnover) — per workforce segment.
///
/// See `Docs/methodology.md#workforce`.
public struct Workforce: Sendable, Hashable, Codable {
  /// One segment in one year.
  public struct SegmentYear: Sendable, Hashable, Codable {
    /// The segment's jobs this year [FTE].
    public var fte: Double
    /// Persons present on an average day [persons].
    public var presentAverage: Double
    /// Persons present at the seasonal peak [persons].
    public var presentPeak: Double
    /// Different persons who work in the segment during the year [persons].
    public var distinctPersons: Double
  }

  /// The workforce of one calendar year.
  public struct Year: Sendable, Hashable, Codable {
    /// The calendar year.
    public var year: Int
    /// Same order as ``Workforce/segments``.
    public var segments: [SegmentYear]
    /// Construction workers on site, averaged over the year [persons].
    public var constructionWorkers: Double

    /// Operating jobs of the year, summed over the segments [FTE].
    public var fte: Double { segments.reduce(0) { $0 + $1.fte } }
    /// Persons present on an average day, all segments [persons].
    public var presentAverage: Double { segments.reduce(0) { $0 + $1.presentAverage } }
    /// Persons present at the seasonal peak, all segments [persons].
    public var presentPeak: Double { segments.reduce(0) { $0 + $1.presentPeak } }
    /// Different persons working during the year, all segments [persons].
    public var distinctPersons: Double { segments.reduce(0) { $0 + $1.distinctPersons } }
  }

  /// The segments with every default filled in.
  public var segments: [ResolvedSegment]
  /// Persons present at peak per person present on average, for the whole establishment.
  public var peakFactor: Double
  /// The season length that sets the peak, when the workforce has seasonal segments and no
  /// stated peak factor [months]; `nil` otherwise.
  public var seasonMonths: Double?
  /// One entry per calendar year of the timeline.
  public var years: [Year]
  // The id lists have no default value: a stage with such a default is built in a local and
  // copied out of its initializer, once per draw (design note 70); every initializer sets them.
  /// The parameters behind the segments' default origin mixes, in the order first read: what
  /// the migration entries that split persons present by origin name.
  public var originParameters: [ParameterID]
  /// The parameters behind the default contract mix (agency and seasonal shares of the
  /// sector), in the order read; none when the file states the workforce.
  public var mixParameters: [ParameterID]
  /// How every number was computed; empty for an untraced run.
  public var trace: Trace

  /// Stage 2 for `establishment`: the persons behind `staffing`'s jobs, per segment.
  public init(
    _ establishment: borrowing Establishment, staffing: borrowing Staffing,
    region: borrowing HostRegion,
    parameters: borrowing ParameterSet
  ) {
    var storage = Assessment.Storage()
    self.init(
      establishment, staffing: staffing, region: region, parameters: parameters,
      reusing: &storage)
  }

  /// Stage 2 written into the year array of `storage` (`Assessment/Storage`): each year's
  /// segment figures go into the segment array of the same position, emptied first.
  init(
    _ establishment: borrowing Establishment, staffing: borrowing Staffing,
    region: borrowing HostRegion,
    parameters: borrowing ParameterSet, reusing storage: inout Assessment.Storage
  ) {
    let group = establishment.type.sectorGroup
    let peakID = Workforce.peakFactorParameter(for: group)
    // The reads behind the contract mix (when defaulted) and behind the peak: values that are
    // no indicator carry their reads to the entries and segments they shape.
    let mixScope = parameters.scope()
    let peakScope = parameters.scope()
    // The sector's default segments, when the file states none, in an array a worker reuses.
    var defaultsRefill = ArrayRefill(taking: &storage.defaultSegments)
    if establishment.workforce == nil {
      ResolvedSegment.appendDefaults(for: group, parameters: mixScope, to: &defaultsRefill)
    }
    let defaults = defaultsRefill.finished()
    let stated = establishment.workforce ?? defaults
    let flexibleShare = stated.reduce(0) { $1.contract != .permanent ? $0 + $1.share : $0 }
    // With seasonal segments and no stated peak factor, the season is the peak: a seasonal
    // segment works S months a year, so its persons at the peak are its FTE-years × 12 ÷ S
    // (× persons per FTE) and everyone else stays at the average. The sector's peak factor
    // measures that same season across the sector, so applying both would count it twice
    // (design note 23).
    let seasonID = Workforce.seasonMonthsParameter(for: group)
    let bySeason = Workforce.peakBySeason(establishment, segments: stated)
    // Each is read only where it applies, so the trace names what was read: the season
    // length when the season sets the peak, the sector's peak factor otherwise (and for an
    // establishment without staff, whose peak factor falls back to it).
    let seasonMonths =
      bySeason ? min(max(establishment.season?.months ?? peakScope[seasonID], 0.5), 12) : 12
    let seasonalPeak = 12 / seasonMonths
    let sectorPeak =
      !bySeason || stated.reduce(0, { $0 + $1.share }) <= 0
      ? max(1, establishment.peakFactor ?? peakScope[peakID]) : 1

    // When the workforce is defaulted, the contract mix comes from the sector shares. The
    // lists of ids serve the trace and the report; an untraced draw leaves them empty.
    let mixReads = mixScope.reads
    let peakReads = peakScope.reads
    var originReads = ParameterReads.none
    // Into the segment array of an earlier run (`Assessment/Storage`).
    var segmentsRefill = ArrayRefill(taking: &storage.segments)
    for (index, segment) in stated.enumerated() {
      var used = parameters.tracing ? (peakReads + mixReads).ids : []
      let origin: OriginMix
      if let stated = segment.origin {
        origin = stated
      } else {
        let (mix, ids) = ResolvedSegment.defaultOrigin(
          contract: segment.contract, group: group, region: region, parameters: parameters)
        origin = mix
        if parameters.tracing {
          used += ids
          originReads = originReads + ParameterReads(ids)
        }
      }
      // The sector's seasonal peak is absorbed by the flexible segments; permanent staff
      // stay at their average. With no flexible staff everyone scales.
      let segmentPeak: Double
      if bySeason {
        segmentPeak = segment.contract == .seasonal ? seasonalPeak : 1
      } else if flexibleShare <= 0 {
        segmentPeak = sectorPeak
      } else {
        segmentPeak = segment.contract == .permanent ? 1 : 1 + (sectorPeak - 1) / flexibleShare
      }
      segmentsRefill.append(
        ResolvedSegment(
          label: segment.label ?? "segment \(index + 1)", share: segment.share,
          contract: segment.contract, skill: segment.skill, origin: origin,
          peakFactor: segmentPeak, parameters: used))
    }

    let segments = segmentsRefill.finished()

    // The establishment's peak factor follows from the segments' (the season's, when it sets
    // the peak).
    let totalShare = segments.reduce(0) { $0 + $1.share }
    let peakFactor =
      bySeason && totalShare > 0
      ? segments.reduce(0) { $0 + $1.share * $1.peakFactor } / totalShare : sectorPeak
    var trace = Trace(recording: parameters.tracing)
    let averageScope = parameters.scope()
    let presentPerFTE = averageScope[.workforcePersonsPresentPerFTE]
    let averageReads = averageScope.reads + mixReads
    let turnoverScope = parameters.scope()
    var turnoverRefill = ArrayRefill(taking: &storage.turnover)
    for segment in segments {
      turnoverRefill.append(turnoverScope[Workforce.turnoverParameter(segment.contract)])
    }
    let turnover = turnoverRefill.finished()
    // The years of an earlier run, their segment arrays kept for this run's figures.
    var years: [Year] = []
    swap(&years, &storage.workforce)
    if years.count > staffing.years.count {
      // Drawn timelines differ in length from draw to draw: the segment arrays of the years
      // this run drops wait in the storage for a later, longer run.
      for index in staffing.years.count..<years.count {
        var spare: [SegmentYear] = []
        swap(&spare, &years[index].segments)
        storage.spareSegmentYears.append(spare)
      }
      years.removeSubrange(staffing.years.count...)
    }
    years.reserveCapacity(staffing.years.count)
    for (index, staffingYear) in staffing.years.enumerated() {
      let year = staffingYear.year
      // Written over the segment figures an earlier run left in this year, or in a year it
      // dropped (no allocation): `zip(…).map` grew a new array element by element.
      var taken: [SegmentYear] = []
      if index < years.count {
        swap(&taken, &years[index].segments)
      } else if let spare = storage.spareSegmentYears.popLast() {
        taken = spare
      }
      var figures = ArrayRefill(taking: &taken)
      for (segment, personsPerFTEYear) in zip(segments, turnover) {
        let fte = staffingYear.operationFTE * segment.share
        let average = fte * presentPerFTE
        let peak = average * segment.peakFactor
        // Everyone present in the season is a different person of the year.
        let seasonal = bySeason && segment.contract == .seasonal ? peak : 0
        figures.append(
          SegmentYear(
            fte: fte, presentAverage: average, presentPeak: peak,
            distinctPersons: max(average, seasonal, fte * personsPerFTEYear)))
      }
      let result = Year(
        year: year, segments: figures.finished(),
        constructionWorkers: staffingYear.constructionWorkers)
      trace.record(
        "workforce.presentAverage", year: year, result.presentAverage, .persons,
        inputs: [
          .indicator("staffing.operationFTE", "operating jobs", staffingYear.operationFTE, .fte),
          .value("persons present per FTE", presentPerFTE, .per(.persons, .fte)),
        ],
        reads: averageReads)
      if bySeason {
        trace.record(
          "workforce.presentPeak", year: year, result.presentPeak, .persons, variant: "season",
          inputs: [
            .indicator(
              "workforce.presentAverage", "persons present on average", result.presentAverage,
              .persons),
            .value("season length", seasonMonths, .months),
            .value("peak factor of the establishment", peakFactor, .share),
          ],
          reads: peakReads)
      } else {
        trace.record(
          "workforce.presentPeak", year: year, result.presentPeak, .persons, variant: "factor",
          inputs: [
            .indicator(
              "workforce.presentAverage", "persons present on average", result.presentAverage,
              .persons),
            .value("peak factor", peakFactor, .share),
            .value("share of flexible jobs", flexibleShare, .share),
          ],
          reads: peakReads)
      }
      trace.record(
        "workforce.distinctPersons", year: year, result.distinctPersons, .persons,
        inputs: [
          .indicator("staffing.operationFTE", "operating jobs", staffingYear.operationFTE, .fte),
          .indicator(
            "workforce.presentAverage", "persons present on average", result.presentAverage,
            .persons),
        ],
        reads: turnoverScope.reads)
      if index < years.count { years[index] = result } else { years.append(result) }
    }
    self.segments = segments
    storage.turnover = turnover
    storage.defaultSegments = defaults
    self.peakFactor = peakFactor
    self.seasonMonths = bySeason ? seasonMonths : nil
    self.years = years
    originParameters = originReads.ids
    mixParameters = mixReads.ids
    self.trace = trace
  }

  static func peakFactorParameter(for group: SectorGroup) -> ParameterID {
    .workforcePeakFactor(group)
  }

  /// The season length of seasonal work in a sector group.
  static func seasonMonthsParameter(for group: SectorGroup) -> ParameterID {
    .workforceSeasonMonths(group)
  }

  /// Whether the peak of `establishment` comes from its season: among `segments` (the ones it
  /// works with, stated or by default) some are seasonal, and it states no peak factor.
  static func peakBySeason(_ establishment: Establishment, segments: [WorkforceSegment]) -> Bool {
    guard establishment.peakFactor == nil else { return false }
    return segments.contains { $0.contract == .seasonal && $0.share > 0 }
  }

  static func turnoverParameter(_ contract: ContractType) -> ParameterID {
    .workforcePersonsPerFTEYear(contract)
  }
}
