/// Stage 1: jobs (FTE) per year, for construction and for operation during the ramp-up.
///
/// See `Docs/methodology.md#staffing`.
public struct Staffing: Sendable, Hashable, Codable {
  /// The jobs of one calendar year.
  public struct Year: Sendable, Hashable, Codable {
    /// The calendar year.
    public var year: Int
    /// Operating jobs this year [FTE].
    public var operationFTE: Double
    /// Share of full-operation jobs filled this year [share].
    public var rampUpShare: Double
    /// Construction workers on site, averaged over the calendar year [persons].
    public var constructionWorkers: Double
  }

  /// Jobs at full operation [FTE].
  public var fullOperationFTE: Double
  /// The first year of the timeline: construction's start, or operation's when earlier.
  public var firstYear: Int
  /// The first year at full operation (end of the ramp-up).
  public var fullOperationYear: Int
  /// The last year of the timeline: full operation with families reunited.
  public var lastYear: Int
  /// One entry per calendar year, ``firstYear`` to ``lastYear``.
  public var years: [Year]
  /// The ramp-up shares used, starting at the first operating year.
  public var rampUp: [Double]
  /// How every number was computed; empty for an untraced run.
  public var trace: Trace

  /// Stage 1 for `establishment`: jobs from its size (or stated jobs) and ramp-up, and the
  /// construction crew.
  public init(_ establishment: borrowing Establishment, parameters: borrowing ParameterSet) {
    var storage = Assessment.Storage()
    self.init(establishment, parameters: parameters, reusing: &storage)
  }

  /// Stage 1 written into the year array of `storage` (`Assessment/Storage`).
  init(
    _ establishment: borrowing Establishment, parameters: borrowing ParameterSet,
    reusing storage: inout Assessment.Storage
  ) {
    var trace = Trace(recording: parameters.tracing)
    let start = establishment.startYear
    let (fte, sizeEntry) = Staffing.fullOperationJobs(establishment, parameters: parameters)
    let rampUp = Staffing.rampUpShares(establishment, parameters: parameters)
    let fullYear = start + rampUp.count - 1
    let firstYear = min(start, establishment.construction?.startYear ?? start)
    let lastYear = Staffing.lastYear(
      establishment, rampUpYears: rampUp.count, parameters: parameters)

    let (crew, crewParameters) = Staffing.constructionWorkers(establishment, parameters: parameters)
    var years = ArrayRefill(taking: &storage.staffing)
    for year in firstYear...lastYear {
      // The year's ramp-up share, read in the scope of its operating jobs.
      let yearScope = parameters.scope()
      let share =
        year < start
        ? 0 : Staffing.rampUpShare(establishment, year: year - start + 1, parameters: yearScope)
      let construction = establishment.construction
      let months = construction?.months(in: year) ?? 0
      let workers = crew * Double(months) / 12
      years.append(
        Year(
          year: year, operationFTE: fte * share, rampUpShare: share, constructionWorkers: workers))
      if trace.isRecording { trace.append(sizeEntry.trace(year: year)) }
      trace.record(
        "staffing.operationFTE", year: year, fte * share, .fte,
        inputs: [
          .indicator("staffing.fullOperationFTE", "jobs at full operation", fte, .fte),
          .value("ramp-up share \(year)", share, .share),
        ],
        reads: yearScope.reads)
      if let construction {
        trace.record(
          "staffing.constructionWorkers", year: year, workers, .persons,
          variant: construction.workers != nil ? "stated" : "estimated",
          inputs: [
            .value("workers on site", crew, .persons),
            .value("months in \(year)", Double(months), .months),
          ],
          reads: crewParameters)
      }
    }
    self.fullOperationFTE = fte
    self.firstYear = firstYear
    self.fullOperationYear = fullYear
    self.lastYear = lastYear
    self.years = years.finished()
    self.rampUp = rampUp
    self.trace = trace
  }

  /// The last year of the timeline of `establishment` with `rampUpYears` ramp-up shares.
  ///
  /// The timeline runs until ramp-up, construction and family reunification are all complete,
  /// so its last year is the settled state the headline figures describe.
  /// Clamped so that a parameter set built without the loader's checks cannot stretch the
  /// timeline without end (the catalogue allows at most 20 years).
  static func lastYear(
    _ establishment: Establishment, rampUpYears: Int, parameters: ParameterSet
  ) -> Int {
    let start = establishment.startYear
    let fullYear = start + rampUpYears - 1
    let reunificationYears = Int(
      min(max(1, parameters[.householdsReunificationYears]), 60).rounded(.up))
    return max(
      fullYear, establishment.construction?.endYear ?? fullYear, start + reunificationYears - 1)
  }

  /// The ramp-up shares a run uses: the stated ones, or the catalogue's default ramp-up.
  ///
  /// The last share holds after the ramp-up, so appending copies of it only lengthens the
  /// timeline and changes no figure.
  static func rampUpShares(_ establishment: Establishment, parameters: ParameterSet) -> [Double] {
    establishment.rampUp.map { $0.isEmpty ? [1.0] : $0 }
      ?? [parameters[.jobsRampUpYear1Share], parameters[.jobsRampUpYear2Share], 1.0]
  }

  /// The ramp-up share of operating year `year` (1 for the first): the stated share, or the
  /// catalogue's for the first two years; the last share holds after the ramp-up. The same
  /// figure as `rampUpShares(_:parameters:)` gives at that position.
  static func rampUpShare(
    _ establishment: Establishment, year: Int, parameters: some ParameterReading
  ) -> Double {
    if let stated = establishment.rampUp {
      return stated.isEmpty ? 1 : stated[min(max(year, 1), stated.count) - 1]
    }
    return ParameterID.jobsRampUpShare(year: year).map { parameters[$0] } ?? 1
  }

  /// Jobs at full operation from the stated size, and what makes its trace entry (which builds
  /// the entry's texts only when asked: an untraced draw never asks).
  static func fullOperationJobs(
    _ establishment: Establishment, parameters: ParameterSet
  ) -> (Double, SizeEntry) {
    let size = establishment.size
    let density = establishment.type.jobDensityParameter
    let parameters = parameters.scope()
    let fte: Double
    let perUnit: Double
    switch size {
    case .jobs(let jobs):
      perUnit = 0
      fte = jobs
    case .floorArea(let area):
      let m2PerJob = density.map { parameters[$0] } ?? 0
      perUnit = m2PerJob
      fte = m2PerJob > 0 ? area / m2PerJob : 0
    case .hectares(let hectares):
      let perHectare = density.map { parameters[$0] } ?? 0
      perUnit = perHectare
      fte = hectares * perHectare
    }
    let used = parameters.reads
    return (fte, SizeEntry(size: size, perUnit: perUnit, fte: fte, used: used))
  }

  /// The trace entry of the jobs at full operation for one year: made only when a run
  /// traces. A closure made it before, and its captured values cost an allocation per Monte
  /// Carlo draw (issue 18).
  struct SizeEntry {
    let size: EstablishmentSize
    let perUnit: Double
    let fte: Double
    let used: ParameterReads

    func trace(year: Int) -> Trace {
      let variant: String
      let inputs: [TraceEntry.Input]
      switch size {
      case .jobs(let jobs):
        variant = "jobs"
        inputs = [.value("jobs stated", jobs, .fte)]
      case .floorArea(let area):
        variant = "floorArea"
        inputs = [
          .value("floor area", area, .squareMetres),
          .value("floor area per job", perUnit, .per(.squareMetres, .jobs)),
        ]
      case .hectares(let hectares):
        variant = "hectares"
        inputs = [
          .value("area", hectares, .hectares),
          .value("jobs per hectare", perUnit, .per(.fte, .hectares)),
        ]
      }
      var trace = Trace()
      trace.record(
        "staffing.fullOperationFTE", year: year, fte, .fte, variant: variant, inputs: inputs,
        reads: used)
      return trace
    }
  }

  /// Construction workers on site on average while building: the stated number, or, when the
  /// file gives none, estimated from the floor area — the building's cost (floor area × cost per
  /// m²) is so many FTE-years of construction work (÷ production per FTE-year), spread over the
  /// build (design note 29). 0 without a construction phase or a floor area to estimate from.
  public static func constructionWorkers(
    _ establishment: Establishment, parameters: ParameterSet
  ) -> (Double, ParameterReads) {
    guard let construction = establishment.construction else { return (0, .none) }
    if let workers = construction.workers { return (workers, .none) }
    guard case .floorArea(let area) = establishment.size else { return (0, .none) }
    let parameters = parameters.scope()
    let cost = area * max(parameters[.jobsConstructionCostPerM2], 0)
    let fteYears = cost / max(parameters[.jobsConstructionProductionPerFTEYear], 1)
    let years = Double(max(construction.durationMonths, 1)) / 12
    return (fteYears / years, parameters.reads)
  }

  /// The figures for `year`, or zeros outside the timeline.
  public func year(_ year: Int) -> Year {
    years.first { $0.year == year }
      ?? Year(year: year, operationFTE: 0, rampUpShare: 0, constructionWorkers: 0)
  }
}
