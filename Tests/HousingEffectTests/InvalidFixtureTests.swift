import Foundation
import HousingEffect
import Testing
import _Fuzzing

/// One file under `Fixtures/Invalid/` with exactly one problem, and the diagnostic it must give.
struct InvalidFixture: CustomTestStringConvertible, Sendable {
  var file: String
  var severity: Diagnostic.Severity = .error
  var code: DiagnosticCode
  var path: String
  var line: Int
  var column: Int?
  /// A phrase the message must contain.
  var phrase: String
  var suggestion: String?

  var testDescription: String { "\(file) gives \(severity.rawValue) \(code.rawValue) at '\(path)'" }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Invalid")

  var bytes: [UInt8] {
    get throws {
      [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(file)))
    }
  }
}

@Suite("Invalid fixtures: one per kind of error")
struct InvalidFixtureTests {
  static let establishmentCases: [InvalidFixture] = [
    InvalidFixture(
      file: "malformed-json.json", code: .malformedJSON, path: "", line: 3, column: 3,
      phrase: "Expected ',' or '}' after the value of 'schemaVersion'"),
    InvalidFixture(
      file: "duplicate-key.json", code: .duplicateKey, path: "startYear", line: 7, column: 3,
      phrase: "appears twice; the second, at line 8, would silently win"),
    InvalidFixture(
      file: "too-deep.json", code: .tooDeep, path: "", line: 8, column: 77,
      phrase: "nested more than 64 levels deep"),
    InvalidFixture(
      file: "unsupported-schema-version.json", code: .unsupportedSchemaVersion,
      path: "schemaVersion", line: 2, column: 20,
      phrase: "This file uses schema 3; this build supports up to 1"),
    InvalidFixture(
      file: "wrong-type.json", code: .wrongType, path: "startYear", line: 7, column: 16,
      phrase: "Expected a year such as 1990 but found a string ('2028'); remove the quotes"),
    InvalidFixture(
      file: "unknown-key.json", code: .unknownKey, path: "descripton", line: 8, column: 3,
      phrase: "Unknown key 'descripton'", suggestion: "description"),
    InvalidFixture(
      file: "missing-field.json", code: .missingField, path: "municipality", line: 1, column: 1,
      phrase: "Missing required field 'municipality'"),
    InvalidFixture(
      file: "invalid-value.json", code: .invalidValue, path: "asOf", line: 8, column: 11,
      phrase: "'2026-13-01' is not a date; write it as YYYY-MM-DD"),
    InvalidFixture(
      file: "share-out-of-range.json", code: .shareOutOfRange, path: "workforce[0].share",
      line: 9, column: 16, phrase: "Expected a share between 0 and 1 but found '60'; write 0.6",
      suggestion: "0.6"),
    InvalidFixture(
      file: "shares-do-not-sum-to-one.json", code: .sharesDoNotSumToOne,
      path: "workforce[1].origin", line: 13, column: 17,
      phrase: "The origin shares add up to 0.9; they must add up to 1"),
    InvalidFixture(
      file: "negative-value.json", code: .negativeValue, path: "freeLegalBeds", line: 8,
      column: 20, phrase: "Expected a whole number of zero or more but found '-20'"),
    InvalidFixture(
      file: "value-too-large.json", code: .valueTooLarge, path: "size.jobs", line: 6, column: 21,
      phrase: "Expected at most 100000000 jobs but found '250000000'"),
    InvalidFixture(
      file: "year-out-of-range.json", code: .yearOutOfRange, path: "startYear", line: 7,
      column: 16, phrase: "The year '2150' is outside the years this model covers, 1990 to 2100"),
    InvalidFixture(
      file: "years-out-of-order.json", code: .yearsOutOfOrder, path: "construction.startYear",
      line: 10, column: 18,
      phrase: "Construction starts in 2030, after operation starts in 2028"),
    InvalidFixture(
      file: "empty-workforce.json", code: .emptyWorkforce, path: "workforce", line: 8,
      column: 16, phrase: "The workforce is empty"),
    InvalidFixture(
      file: "contradictory-size.json", code: .contradictorySize, path: "size", line: 6,
      column: 11, phrase: "The size gives 'jobs' and 'floorAreaM2'; give exactly one"),
    InvalidFixture(
      file: "missing-size.json", code: .missingSize, path: "size", line: 6, column: 11,
      phrase: "needs exactly one of 'jobs', 'floorAreaM2' or 'hectares'; none is given"),
    InvalidFixture(
      file: "unknown-establishment-type.json", code: .unknownEstablishmentType, path: "type",
      line: 5, column: 11, phrase: "Unknown value 'distribution-ecommerse'",
      suggestion: "distribution-ecommerce"),
    InvalidFixture(
      file: "unknown-municipality.json", code: .unknownMunicipality, path: "municipality",
      line: 4, column: 19, phrase: "Unknown municipality 'Venloo'", suggestion: "Venlo"),
    InvalidFixture(
      file: "unknown-parameter.json", code: .unknownParameter,
      path: #"overrides["migration.residence.hostShar"]"#, line: 9, column: 37,
      phrase: "Unknown parameter 'migration.residence.hostShar'",
      suggestion: "migration.residence.hostShare"),
    InvalidFixture(
      file: "override-out-of-range.json", code: .overrideOutOfRange,
      path: #"overrides["migration.residence.hostShare"].value"#, line: 9, column: 49,
      phrase: "The value '70' is outside what 'migration.residence.hostShare' allows (at least 0 "
        + "and at most 1; a share is a fraction"),
    InvalidFixture(
      file: "invalid-override-range.json", code: .invalidOverrideRange,
      path: #"overrides["migration.residence.hostShare"].low"#, line: 9, column: 61,
      phrase: "The range of 'migration.residence.hostShare' runs from 0.6 down to 0.4; 'low' must "
        + "not be above 'high'"),
    InvalidFixture(
      file: "override-wrong-unit.json", code: .overrideWrongUnit,
      path: #"overrides["migration.residence.hostShare"].unit"#, line: 9, column: 61,
      phrase: "The unit '%' does not match the unit of 'migration.residence.hostShare', 'share'; "
        + "write the value as a fraction from 0 to 1 (70 % is 0.7)"),
    InvalidFixture(
      file: "override-without-reason.json", severity: .warning, code: .overrideWithoutReason,
      path: #"overrides["migration.residence.hostShare"]"#, line: 9, column: 38,
      phrase: "The override of 'migration.residence.hostShare' gives no reason"),
    InvalidFixture(
      file: "override-outside-plausible-range.json", severity: .warning,
      code: .overrideOutsidePlausibleRange,
      path: #"overrides["migration.residence.hostShare"].value"#, line: 9, column: 49,
      phrase: "The value '0.95' is outside the catalogue's plausible range 0.3–0.85 share"),
  ]

  static let regionCases: [InvalidFixture] = [
    InvalidFixture(
      file: "region-missing-column.csv", code: .missingField, path: "population_date", line: 1,
      phrase: "The required column 'population_date' is missing"),
    InvalidFixture(
      file: "region-negative-value.csv", code: .negativeValue, path: "population", line: 2,
      phrase: "Testdorp: '-12000' is negative"),
    InvalidFixture(
      file: "region-invalid-value.csv", code: .invalidValue, path: "code", line: 2,
      phrase: "'X-9001' is not a CBS municipality code like GM0983"),
    InvalidFixture(
      file: "region-duplicate-name.csv", code: .duplicateName, path: "code", line: 3,
      phrase: "the code GM9001 is already used on line 2"),
  ]

  static func expectOne(_ diagnostics: [Diagnostic], _ fixture: InvalidFixture) throws {
    #expect(
      diagnostics.count == 1,
      "a fixture has one problem; got \(diagnostics.map(\.description))")
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.severity == fixture.severity)
    #expect(diagnostic.code == fixture.code)
    #expect(diagnostic.file == fixture.file)
    #expect(diagnostic.path == fixture.path)
    #expect(diagnostic.line == fixture.line)
    if let column = fixture.column { #expect(diagnostic.column == column) }
    #expect(diagnostic.message.contains(fixture.phrase), "message: \(diagnostic.message)")
    #expect(diagnostic.suggestion == fixture.suggestion)
  }

  @Test(
    "each establishment fixture gives exactly its one diagnostic", arguments: establishmentCases)
  func establishment(_ fixture: InvalidFixture) throws {
    let (establishment, diagnostics) = EstablishmentLoader.load(
      try fixture.bytes, file: fixture.file, municipality: FuzzOracle.municipalityCheck(.limburg))
    try Self.expectOne(diagnostics, fixture)
    // Errors reject the file; warnings alone do not.
    #expect((establishment == nil) == (fixture.severity == .error))
  }

  @Test("each region-file fixture gives exactly its one diagnostic", arguments: regionCases)
  func region(_ fixture: InvalidFixture) throws {
    let text = String(decoding: try fixture.bytes, as: UTF8.self)
    let (_, diagnostics) = RegionData.loadRegionFile(text: text, fileName: fixture.file)
    try Self.expectOne(diagnostics, fixture)
  }

  @Test("every code an establishment file can produce has a fixture")
  func everyCodeHasAFixture() throws {
    let covered = Set(Self.establishmentCases.map(\.code))
    // Codes that belong to other inputs or to other stages.
    let elsewhere: Set<DiagnosticCode> = [
      .fileNotFound, .unreadableFile, .unknownBase, .cyclicAlternatives, .duplicateName,
      .unknownTemplate, .unknownPath, .unknownRegion, .missingBase, .assumptionDrivesResult,
      .turnoverTooLowForShortStays,
      .unverifiedRegionData, .replacesBuiltInMunicipality, .limburgDerivedDefaults,
      .normBelowProvincialBound,
      // Warnings after the model, from the results; tested in InputPlausibilityTests.
      .newcomersLargeForHost, .startYearOutsideCatalogue, .sizeImplausiblySmall,
      // The check after the model and the size limits; tested in ResultValidationTests.
      .resultOutOfRange, .inputTooLarge,
    ]
    let missing = Set(DiagnosticCode.allCases).subtracting(covered).subtracting(elsewhere)
    #expect(missing.isEmpty, "no fixture for \(missing.map(\.rawValue).sorted())")
    // And every fixture file is in the table.
    let files = try FileManager.default.contentsOfDirectory(atPath: InvalidFixture.folder.path)
    let listed = Set((Self.establishmentCases + Self.regionCases).map(\.file))
    #expect(
      Set(files).subtracting(listed).isEmpty, "not in the table: \(Set(files).subtracting(listed))")
  }

  @Test("an assumption that drives the result is a warning at the override that would settle it")
  func assumptionDrivesResult() throws {
    let fixture = InvalidFixture(
      file: "override-without-reason.json", code: .assumptionDrivesResult, path: "", line: 0,
      phrase: "")
    let (loaded, _) = EstablishmentLoader.load(
      try fixture.bytes, file: fixture.file, municipality: FuzzOracle.municipalityCheck(.limburg))
    let establishment = try #require(loaded)
    guard case .success(let venlo) = RegionData.limburg.municipality(named: "Venlo") else {
      Issue.record("Venlo is not in the built-in data")
      return
    }
    let assessment = Assessment(
      establishment, region: HostRegion(venlo),
      parameters: ParameterSet(asOf: establishment.referenceDay))
    let warnings = assessment.assumptionWarnings()
    #expect(!warnings.isEmpty && warnings.count <= 3)
    let swings = assessment.housingNeedSwings()
    for warning in warnings {
      #expect(warning.severity == .warning)
      #expect(warning.code == .assumptionDrivesResult)
      #expect(warning.path.hasPrefix("overrides[\""))
      #expect(warning.message.contains("(assumption) changes the housing need by ±"))
      #expect(warning.message.contains("ask the company or override it with a reason"))
    }
    // The overridden parameter is never among them, and the ranking is by size.
    #expect(!swings.contains { $0.id == "migration.residence.hostShare" })
    #expect(zip(swings, swings.dropFirst()).allSatisfy { $0.size >= $1.size })
    let topAssumptions = swings.prefix(3).filter(\.isAssumption).map(\.id.rawValue)
    #expect(warnings.map(\.path) == topAssumptions.map { "overrides[\"\($0)\"]" })
  }
}
