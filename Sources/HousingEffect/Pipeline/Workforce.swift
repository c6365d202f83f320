/// Stage 2: persons behind the jobs — present on average, present at the peak, and distinct
/// persons per year (turnover) — per workforce segment.
///
/// See `Docs/methodology.md#workforce`.
public struct Workforce: Sendable, Hashable, Codable {
  public struct SegmentYear: Sendable, Hashable, Codable {
    public var fte: Double
    /// Persons present on an average day [persons].
    public var presentAverage: Double
    /// Persons present at the seasonal peak [persons].
    public var presentPeak: Double
    /// Different persons who work in the segment during the year [persons].
    public var distinctPersons: Double
  }

  public struct Year: Sendable, Hashable, Codable {
    public var year: Int
    /// Same order as ``Workforce/segments``.
    public var segments: [SegmentYear]
    public var constructionWorkers: Double

    public var presentAverage: Double { segments.reduce(0) { $0 + $1.presentAverage } }
    public var presentPeak: Double { segments.reduce(0) { $0 + $1.presentPeak } }
    public var distinctPersons: Double { segments.reduce(0) { $0 + $1.distinctPersons } }
  }

  public var segments: [ResolvedSegment]
  /// Persons present at peak per person present on average, for the whole establishment.
  public var peakFactor: Double
  public var years: [Year]
  public var trace: Trace

  public init(
    _ establishment: Establishment, staffing: Staffing, region: HostRegion,
    parameters: ParameterSet
  ) {
    let group = establishment.type.sectorGroup
    let peakID = Workforce.peakFactorParameter(for: group)
    let peakFactor = max(1, establishment.peakFactor ?? parameters[peakID])
    let stated =
      establishment.workforce ?? ResolvedSegment.defaults(for: group, parameters: parameters)
    let flexibleShare = stated.filter { $0.contract != .permanent }.reduce(0) { $0 + $1.share }

    // When the workforce is defaulted, the contract mix comes from these sector shares.
    let mixParameters: [ParameterID] =
      establishment.workforce == nil
      ? ["workforce.agencyShare.\(group.rawValue)", "workforce.seasonalShare.\(group.rawValue)"]
        .filter { parameters.catalog[$0] != nil } : []
    let segments = stated.enumerated().map { index, segment in
      var used: [ParameterID] = (establishment.peakFactor == nil ? [peakID] : []) + mixParameters
      let origin: OriginMix
      if let stated = segment.origin {
        origin = stated
      } else {
        let (mix, ids) = ResolvedSegment.defaultOrigin(
          contract: segment.contract, group: group, region: region, parameters: parameters)
        origin = mix
        used += ids
      }
      // The sector's seasonal peak is absorbed by the flexible segments; permanent staff
      // stay at their average. With no flexible staff everyone scales.
      let segmentPeak: Double
      if flexibleShare <= 0 {
        segmentPeak = peakFactor
      } else {
        segmentPeak = segment.contract == .permanent ? 1 : 1 + (peakFactor - 1) / flexibleShare
      }
      return ResolvedSegment(
        label: segment.label ?? "segment \(index + 1)", share: segment.share,
        contract: segment.contract, skill: segment.skill, origin: origin,
        peakFactor: segmentPeak, parameters: used)
    }

    var trace = Trace(recording: parameters.tracing)
    let presentPerFTE = parameters["workforce.personsPresentPerFTE"]
    let turnover = segments.map { parameters[Workforce.turnoverParameter($0.contract)] }
    let years = staffing.years.map { staffingYear in
      let year = staffingYear.year
      let figures = zip(segments, turnover).map { segment, personsPerFTEYear in
        let fte = staffingYear.operationFTE * segment.share
        let average = fte * presentPerFTE
        return SegmentYear(
          fte: fte, presentAverage: average, presentPeak: average * segment.peakFactor,
          distinctPersons: max(average, fte * personsPerFTEYear))
      }
      let result = Year(
        year: year, segments: figures, constructionWorkers: staffingYear.constructionWorkers)
      trace.record(
        "workforce.presentAverage", year: year, result.presentAverage, .persons,
        formula:
          "persons present on average = Σ segments (jobs × segment share × persons present per FTE)",
        inputs: [
          .indicator("staffing.operationFTE", "operating jobs", staffingYear.operationFTE, .fte),
          .value("persons present per FTE", presentPerFTE, .per(.persons, .fte)),
        ],
        parameters: ["workforce.personsPresentPerFTE"] + mixParameters)
      trace.record(
        "workforce.presentPeak", year: year, result.presentPeak, .persons,
        formula: "persons present at peak = persons present on average × peak factor "
          + "(the peak is carried by the flexible segments)",
        inputs: [
          .indicator(
            "workforce.presentAverage", "persons present on average", result.presentAverage,
            .persons),
          .value("peak factor", peakFactor, .share),
          .value("share of flexible jobs", flexibleShare, .share),
        ],
        parameters: establishment.peakFactor == nil ? [peakID] : [])
      trace.record(
        "workforce.distinctPersons", year: year, result.distinctPersons, .persons,
        formula:
          "distinct persons in the year = Σ segments (jobs × persons per FTE-year of the contract type)",
        inputs: [
          .indicator("staffing.operationFTE", "operating jobs", staffingYear.operationFTE, .fte)
        ],
        parameters: Array(Set(segments.map { Workforce.turnoverParameter($0.contract) })).sorted())
      return result
    }
    self.segments = segments
    self.peakFactor = peakFactor
    self.years = years
    self.trace = trace
  }

  static func peakFactorParameter(for group: SectorGroup) -> ParameterID {
    switch group {
    case .glasshouse: "workforce.peakFactor.glasshouse"
    case .openField: "workforce.peakFactor.openField"
    case .logistics: "workforce.peakFactor.logistics"
    case .hospitality: "workforce.peakFactor.hospitality"
    case .foodProcessing, .meatProcessing: "workforce.peakFactor.foodProcessing"
    case .manufacturing, .dataCentre, .highTech, .construction: "workforce.peakFactor.other"
    }
  }

  static func turnoverParameter(_ contract: ContractType) -> ParameterID {
    "workforce.personsPerFTEYear.\(contract.rawValue)"
  }
}
