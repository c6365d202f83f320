import HousingEffect

/// The JSON form of an assessment: a versioned, documented schema (`Docs/output-schema.md`).
///
/// Built from the assessment only; nothing is recomputed here.
public struct AssessmentDocument: Encodable, Sendable {
  /// Bumped when a key is removed or changes meaning; adding keys is not breaking.
  public static let schemaVersion = 2

  struct EstablishmentSummary: Encodable {
    var name: String
    var municipality: String
    var type: String
    var sectorGroup: String
    var sizeBasis: String
    var sizeAmount: Double
    var startYear: Int
    var fullOperationYear: Int
    var asOf: String
    var housingNorm: String
    var languageTraining: Bool?
  }

  struct YearDocument: Encodable {
    var year: Int
    var phase: String
    var staffing: Staffing.Year
    var workforce: Workforce.Year
    var migration: Migration.Year
    var households: Households.Year
    var housing: HousingDemand.Year
    var facilities: FacilityLoad.Year
    var keyIndicators: [RangedIndicator]
  }

  /// A key indicator with its Monte Carlo percentiles, when the run drew them.
  struct RangedIndicator: Encodable {
    var id: IndicatorID
    /// The number the reports print: ``p50`` when the run drew ranges, else ``value``.
    var headline: Double
    /// The run with the catalogue's defaults, which `explain` traces.
    var value: Double
    var unit: Unit
    var p10: Double?
    var p50: Double?
    var p90: Double?

    init(_ indicator: KeyIndicator, _ band: Percentiles?) {
      id = indicator.id
      headline = band?.p50 ?? indicator.value
      value = indicator.value
      unit = indicator.unit
      p10 = band?.p10
      p50 = band?.p50
      p90 = band?.p90
    }
  }

  /// How the ranges were drawn.
  struct UncertaintySummary: Encodable {
    var draws: Int
    var seed: UInt64
    var distribution = "triangular"
    var percentileMethod = "type7"
    var drawnParameters: Int
    var fixedParameters: [AssessmentEnsemble.FixedParameter]
    var oneSidedParameters: [ParameterID]
  }

  /// The season of the seasonal segments and the establishment's peak factor.
  struct SeasonSummary: Encodable {
    /// Months a year the seasonal workers are present; `nil` without seasonal workers.
    var months: Double?
    var peakFactor: Double
  }

  /// The year of the largest temporary shortfall (often a construction year).
  struct CriticalYearSummary: Encodable {
    var year: Int
    /// The last of the consecutive years with the same shortfall (within half a bed).
    var lastYear: Int
    var phase: String
    var shortfallBeds: Double
  }

  struct ParameterUse: Encodable {
    var id: String
    var label: String
    var value: Double
    var unit: String
    var low: Double
    var high: Double
    var overridden: Bool
    var provenance: Provenance
  }

  var schemaVersion = AssessmentDocument.schemaVersion
  var tool: ToolInfo
  var establishment: EstablishmentSummary
  var region: HostRegion
  var segments: [ResolvedSegment]
  var residence: ResidenceShares
  var residenceSplit: ResidenceSplit
  var season: SeasonSummary
  var criticalYear: CriticalYearSummary?
  var riskFlags: [RiskFlag]
  var years: [YearDocument]
  var fullOperation: YearDocument?
  var welfare: Welfare.Year?
  var employerHousingCheck: NormCheck?
  var defaulted: [Assessment.DefaultedInput]
  var overrides: [ParameterOverride]
  var parameters: [ParameterUse]
  var uncertainty: UncertaintySummary?
  /// The nearest reference establishments of the same type (``ReferenceComparison``).
  var references: [ReferenceEntry]

  /// A reference establishment beside the estimate: its id and published figures.
  struct ReferenceEntry: Encodable {
    var id: String
    var name: String
    var municipality: String
    var jobs: Double?
    var jobsPerSize: Double?
    var labourMigrantShare: Double?
    var peakWorkforce: Double?
    var employerBeds: Double?

    init(_ entry: ReferenceComparison.Entry) {
      id = entry.reference.id
      name = entry.reference.name
      municipality = entry.reference.municipality
      jobs = entry.jobs
      jobsPerSize = entry.jobsPerSize
      labourMigrantShare = entry.labourMigrantShare
      peakWorkforce = entry.peakWorkforce
      employerBeds = entry.employerBeds
    }

    enum CodingKeys: String, CodingKey {
      case id, name, municipality, jobs, jobsPerSize, labourMigrantShare, peakWorkforce
      case employerBeds
    }

    /// A figure not published is written as null, so every key is always there.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(name, forKey: .name)
      try container.encode(municipality, forKey: .municipality)
      try container.encode(jobs, forKey: .jobs)
      try container.encode(jobsPerSize, forKey: .jobsPerSize)
      try container.encode(labourMigrantShare, forKey: .labourMigrantShare)
      try container.encode(peakWorkforce, forKey: .peakWorkforce)
      try container.encode(employerBeds, forKey: .employerBeds)
    }
  }

  /// The document of `assessment`, naming the tool's version; with `ensemble`, every indicator
  /// also gets its P10, P50 and P90.
  public init(
    _ assessment: Assessment, toolVersion: String, ensemble: AssessmentEnsemble? = nil
  ) {
    let e = assessment.establishment
    tool = ToolInfo(version: toolVersion)
    establishment = EstablishmentSummary(
      name: e.name, municipality: assessment.region.name, type: e.type.rawValue,
      sectorGroup: e.type.sectorGroup.rawValue, sizeBasis: e.size.basis.rawValue,
      sizeAmount: e.size.amount, startYear: e.startYear,
      fullOperationYear: assessment.fullOperationYear, asOf: assessment.asOf.description,
      housingNorm: assessment.housing.norm.rawValue, languageTraining: e.languageTraining)
    region = assessment.region
    segments = assessment.workforce.segments
    residence = assessment.migration.residence
    residenceSplit = assessment.housing.residenceSplit
    season = SeasonSummary(
      months: assessment.workforce.seasonMonths, peakFactor: assessment.workforce.peakFactor)
    criticalYear = assessment.criticalYears.map { years in
      CriticalYearSummary(
        year: years.lowerBound, lastYear: years.upperBound,
        phase: assessment.phase(of: years.lowerBound).rawValue,
        shortfallBeds: assessment.criticalShortfall)
    }
    // The flags of the headline year, as the report lists them, then those of the critical
    // year when it is another year.
    var flagYears = [assessment.fullOperationYear]
    if let critical = assessment.criticalYear, critical != assessment.fullOperationYear {
      flagYears.append(critical)
    }
    riskFlags = flagYears.flatMap { assessment.riskFlags(in: $0) }
    let years = assessment.years.indices.map { index in
      let year = assessment.staffing.years[index]
      let phase =
        year.year < e.startYear
        ? "construction"
        : (year.year < assessment.staffing.fullOperationYear ? "rampUp" : "fullOperation")
      return YearDocument(
        year: year.year, phase: phase, staffing: year, workforce: assessment.workforce.years[index],
        migration: assessment.migration.years[index],
        households: assessment.households.years[index], housing: assessment.housing.years[index],
        facilities: assessment.facilities.years[index],
        keyIndicators: assessment.keyIndicators(year: year.year).map { indicator in
          RangedIndicator(indicator, ensemble?.ranges(year: year.year)?[indicator.id])
        })
    }
    self.years = years
    fullOperation = years.first { $0.year == assessment.fullOperationYear }
    welfare = assessment.welfare.years.first { $0.year == assessment.fullOperationYear }
    employerHousingCheck = assessment.housing.employerHousingCheck
    uncertainty = ensemble.map {
      UncertaintySummary(
        draws: $0.options.draws, seed: $0.options.seed, drawnParameters: $0.drawnParameters.count,
        fixedParameters: $0.fixedParameters, oneSidedParameters: $0.oneSidedParameters)
    }
    defaulted = assessment.defaulted
    overrides = assessment.overrides
    references = ReferenceComparison(assessment).entries.map(ReferenceEntry.init)
    let set = ParameterSet(asOf: assessment.asOf, overrides: assessment.overrides)
    parameters = assessment.parametersUsed.compactMap { id in
      guard let parameter = set.catalog[id] else { return nil }
      let entry = parameter.entry(on: assessment.asOf) ?? parameter.values.first
      guard let entry else { return nil }
      return ParameterUse(
        id: id.rawValue, label: parameter.label, value: set[id], unit: parameter.unit.symbol,
        low: parameter.low, high: parameter.high, overridden: set.isOverridden(id),
        provenance: entry.provenance)
    }
  }
}
