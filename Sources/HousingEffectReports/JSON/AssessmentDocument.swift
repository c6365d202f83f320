import HousingEffect

/// The JSON form of an assessment: a versioned, documented schema (`Docs/output-schema.md`).
///
/// Built from the assessment only; nothing is recomputed here.
public struct AssessmentDocument: Encodable, Sendable {
  /// Bumped when a key is removed or changes meaning; adding keys is not breaking.
  public static let schemaVersion = 1

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
    var keyIndicators: [KeyIndicator]
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
  var years: [YearDocument]
  var fullOperation: YearDocument?
  var welfare: Welfare.Year?
  var employerHousingCheck: NormCheck?
  var defaulted: [Assessment.DefaultedInput]
  var overrides: [ParameterOverride]
  var parameters: [ParameterUse]

  public init(_ assessment: Assessment, toolVersion: String) {
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
        keyIndicators: assessment.keyIndicators(year: year.year))
    }
    self.years = years
    fullOperation = years.first { $0.year == assessment.fullOperationYear }
    welfare = assessment.welfare.years.first { $0.year == assessment.fullOperationYear }
    employerHousingCheck = assessment.housing.employerHousingCheck
    defaulted = assessment.defaulted
    overrides = assessment.overrides
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
