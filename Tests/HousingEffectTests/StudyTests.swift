import Foundation
import Testing
import _TestSupport

@testable import HousingEffect

/// Loading, resolving and comparing scenario studies.
enum StudyFixture {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The built-in municipalities, as the command line checks them.
  static let municipality: EstablishmentLoader.MunicipalityCheck = { name in
    switch RegionData.limburg.municipality(named: name) {
    case .success: .found
    case .failure(let failure): .unknown(suggestion: failure.suggestion)
    }
  }

  /// Reads files relative to the package root, with `extra` files in memory first.
  static func reader(_ extra: [String: String] = [:]) -> StudyLoader.FileReader {
    { path in
      if let text = extra[path] { return .success(Array(text.utf8)) }
      guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
      else { return .failure(.notFound) }
      return .success([UInt8](data))
    }
  }

  static func load(
    _ text: String, file: String = "Scenarios/test-study.json", extra: [String: String] = [:]
  ) -> (Study?, [Diagnostic]) {
    StudyLoader.load(
      Array(text.utf8), file: file, municipality: municipality, readFile: reader(extra))
  }

  /// Loads a study file from `Scenarios/`.
  static func scenario(_ name: String) throws -> Study {
    let path = "Scenarios/" + name
    let data = try #require(
      FileManager.default.contents(atPath: root.appendingPathComponent(path).path))
    let (study, diagnostics) = StudyLoader.load(
      [UInt8](data), file: path, municipality: municipality, readFile: reader())
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    return try #require(study)
  }

  static func region(_ establishment: Establishment) throws -> HostRegion {
    guard
      case .success(let municipality) = RegionData.limburg.municipality(
        named: establishment.municipality)
    else { throw StudyTestError.unknownMunicipality(establishment.municipality) }
    return HostRegion(municipality)
  }

  static func resolve(_ study: Study) throws -> ResolvedStudy {
    let (resolved, diagnostics) = StudyResolver.resolve(study, region: try region(study.baseline))
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    return try #require(resolved)
  }

  static func compare(_ study: Study, year: Int? = nil) throws -> Comparison {
    let resolved = try resolve(study)
    return try Comparison(resolved, region: try region(study.baseline), year: year)
  }

  /// A study of `baseline` (a path or an inline object) with the given alternatives.
  static func study(
    baseline: String = "\"./venlo-ecommerce-dc.json\"", _ alternatives: String
  )
    -> String
  {
    """
    {
      "schemaVersion": 1,
      "title": "Test study",
      "baseline": \(baseline),
      "alternatives": [\(alternatives)]
    }
    """
  }

  /// One alternative object.
  static func alternative(_ name: String, _ body: String = "") -> String {
    """
    {"name": "\(name)", "title": "\(name)", "rationale": "Because."\(body.isEmpty ? "" : ", " + body)}
    """
  }

  /// The key indicator `id` of `name` in the full-operation year.
  static func cell(
    _ comparison: Comparison, _ id: IndicatorID, _ name: String
  ) throws
    -> Comparison.Cell
  {
    let row = try #require(comparison.fullOperation?.rows.first { $0.id == id })
    return try #require(row.cells.first { $0.name == name })
  }

  static func rating(
    _ comparison: Comparison, _ id: IndicatorID, _ name: String
  ) throws
    -> Comparison.Rating
  {
    let row = try #require(comparison.fullOperation?.welfare.first { $0.id == id })
    if name == Study.baselineName { return row.baseline }
    return try #require(row.alternatives.first { $0.name == name })
  }
}

enum StudyTestError: Error {
  case unknownMunicipality(String)
}

@Suite("Scenario studies: comparison properties")
struct StudyComparisonTests {
  static let establishmentFiles = [
    "venlo-ecommerce-dc.json", "horst-glasshouse-tomato.json", "echt-susteren-data-centre.json",
    "heerlen-food-processing.json", "maastricht-semiconductor.json",
    "venray-meat-processing.json",
  ]

  @Test(
    "comparing a baseline with itself gives zero differences everywhere",
    arguments: establishmentFiles)
  func selfComparison(_ file: String) throws {
    let text = StudyFixture.study(
      baseline: "\"./\(file)\"",
      StudyFixture.alternative("same") + ","
        + StudyFixture.alternative(
          "same-by-template",
          #""template": {"name": "moderate-growth", "jobsFactor": 1}, "inputs": {"jobsFactor": 1}"#
        ))
    let (loaded, diagnostics) = StudyFixture.load(text)
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    let study = try #require(loaded)
    let comparison = try StudyFixture.compare(study, year: 2045)
    #expect(comparison.years.count == 2)
    for year in comparison.years {
      #expect(!year.rows.isEmpty)
      for row in year.rows {
        for cell in row.cells {
          #expect(cell.delta == 0, "\(year.year) \(row.id) \(cell.name)")
          #expect(cell.deltaShare == 0, "\(year.year) \(row.id) \(cell.name)")
          #expect(cell.alternative == row.baseline)
        }
      }
      for row in year.welfare {
        for rating in row.alternatives {
          #expect(
            rating
              == Comparison.Rating(
                name: rating.name, value: row.baseline.value, rating: row.baseline.rating))
        }
      }
    }
    let same = try #require(comparison.alternatives.first { $0.name == "same" })
    #expect(same.changes.isEmpty)
    #expect(same.establishment == study.baseline)
  }

  @Test("the order of alternatives changes no result")
  func orderIndependence() throws {
    for file in ["venlo-dc-study.json", "horst-glasshouse-study.json"] {
      let study = try StudyFixture.scenario(file)
      var reversed = study
      reversed.alternatives.reverse()
      let forward = try StudyFixture.compare(study, year: 2034)
      let backward = try StudyFixture.compare(reversed, year: 2034)
      #expect(forward.alternatives.map(\.name) == backward.alternatives.map(\.name).reversed())
      for alternative in forward.alternatives {
        let other = try #require(backward.alternatives.first { $0.name == alternative.name })
        #expect(other == alternative)
      }
      for (year, otherYear) in zip(forward.years, backward.years) {
        #expect(year.year == otherYear.year)
        for (row, otherRow) in zip(year.rows, otherYear.rows) {
          #expect(row.id == otherRow.id)
          #expect(row.baseline == otherRow.baseline)
          for cell in row.cells {
            #expect(otherRow.cells.first { $0.name == cell.name } == cell)
          }
        }
        for (row, otherRow) in zip(year.welfare, otherYear.welfare) {
          for rating in row.alternatives {
            #expect(otherRow.alternatives.first { $0.name == rating.name } == rating)
          }
        }
      }
    }
  }

  @Test("a stacked alternative equals the same overrides written out in full")
  func stackedEqualsWrittenOut() throws {
    let text = StudyFixture.study(
      [
        StudyFixture.alternative(
          "first",
          #""inputs": {"jobsFactor": 0.8, "peakFactor": 1.3}, "parameters": {"migration.residence.hostShare": {"value": 0.4, "reason": "test"}}"#
        ),
        StudyFixture.alternative(
          "second",
          #""basedOn": "first", "inputs": {"languageTraining": true, "peakFactor": 1.1}, "parameters": {"migration.residence.hostShare": {"value": 0.45, "reason": "test"}, "welfare.labourIncomeShare": {"value": 0.65, "reason": "test"}}"#
        ),
        StudyFixture.alternative(
          "written-out",
          #""inputs": {"jobsFactor": 0.8, "peakFactor": 1.1, "languageTraining": true}, "parameters": {"migration.residence.hostShare": {"value": 0.45, "reason": "test"}, "welfare.labourIncomeShare": {"value": 0.65, "reason": "test"}}"#
        ),
      ].joined(separator: ","))
    let (loaded, diagnostics) = StudyFixture.load(text)
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    let comparison = try StudyFixture.compare(try #require(loaded), year: 2033)
    let stacked = try #require(comparison.alternatives.first { $0.name == "second" })
    let written = try #require(comparison.alternatives.first { $0.name == "written-out" })
    #expect(stacked.chain == ["first", "second"])
    #expect(stacked.chainDescription == "baseline / first / + second")
    #expect(stacked.establishment == written.establishment)
    for year in comparison.years {
      for row in year.rows {
        let a = try #require(row.cells.first { $0.name == "second" })
        let b = try #require(row.cells.first { $0.name == "written-out" })
        #expect(a.alternative == b.alternative, "\(row.id)")
      }
    }
  }

  @Test("stacked templates equal their concrete changes written out in one alternative")
  func stackedTemplatesEqualWrittenOut() throws {
    let base = try StudyFixture.scenario("venlo-dc-study.json")
    let resolved = try StudyFixture.resolve(base)
    let stacked = try #require(resolved.alternative(named: "with-local-labour"))
    #expect(stacked.chainDescription == "baseline / moderate-growth / + with-local-labour")
    let region = try StudyFixture.region(base.baseline)
    // The templates' own input changes, in chain order, written into one alternative.
    let first = AlternativeTemplate.moderateGrowth(jobsFactor: 0.75, rampUpYears: 4)
    let firstChanges = first.changes(to: base.baseline, region: region)
    let afterFirst = try #require(resolved.alternative(named: "moderate-growth")).establishment
    let secondChanges = AlternativeTemplate.localLabourFirst().changes(
      to: afterFirst, region: region)
    let writtenOut = Alternative(
      name: "written-out", title: "Written out", rationale: "Test.",
      inputs: firstChanges.inputs + secondChanges.inputs)
    var study = base
    study.alternatives.append(writtenOut)
    let again = try StudyFixture.resolve(study)
    let written = try #require(again.alternative(named: "written-out"))
    #expect(written.establishment == stacked.establishment)
    let comparison = try Comparison(
      again, only: ["with-local-labour", "written-out"], region: region, year: 2035)
    for year in comparison.years {
      for row in year.rows {
        #expect(row.cells[0].alternative == row.cells[1].alternative, "\(year.year) \(row.id)")
      }
    }
  }

  @Test("the relative difference is nil only when the baseline is 0 and the alternative is not")
  func deltaShare() {
    #expect(Comparison.Cell(name: "a", baseline: 0, alternative: 0).deltaShare == 0)
    #expect(Comparison.Cell(name: "a", baseline: 0, alternative: 5).deltaShare == nil)
    let cell = Comparison.Cell(name: "a", baseline: 200, alternative: 150)
    #expect(cell.delta == -50)
    #expect(cell.deltaShare == -0.25)
  }

  @Test("extending a run's timeline changes none of the figures it already had")
  func extendedTimelineIsNeutral() throws {
    for file in ["venlo-ecommerce-dc.json", "horst-glasshouse-tomato.json"] {
      let path = StudyFixture.root.appendingPathComponent("Scenarios/" + file).path
      let data = try #require(FileManager.default.contents(atPath: path))
      let establishment = try #require(
        EstablishmentLoader.load([UInt8](data), file: file, municipality: StudyFixture.municipality)
          .0)
      let region = try StudyFixture.region(establishment)
      let plain = Comparison.assessment(establishment, region: region)
      let extended = Comparison.assessment(establishment, region: region, through: 2045)
      #expect(extended.years.last == 2045)
      for year in plain.years {
        #expect(plain.keyIndicators(year: year) == extended.keyIndicators(year: year), "\(year)")
      }
      // After the settled year the stock figures hold.
      let settled = Dictionary(
        uniqueKeysWithValues: plain.keyIndicators(year: plain.fullOperationYear).map {
          ($0.id, $0.value)
        })
      for indicator in extended.keyIndicators(year: 2045)
      where [
        "staffing.operationFTE", "migration.labourMigrants", "housing.shortStayBeds",
        "housing.longStayDwellings", "households.familyMembers",
      ].contains(indicator.id.rawValue) {
        #expect(
          isApproximatelyEqual(indicator.value, settled[indicator.id] ?? -1), "\(indicator.id)")
      }
    }
  }

  @Test("a year before the timeline or beyond the model's years is refused")
  func yearOutsideTimeline() throws {
    let study = try StudyFixture.scenario("venlo-dc-study.json")
    let resolved = try StudyFixture.resolve(study)
    let region = try StudyFixture.region(study.baseline)
    #expect(throws: ComparisonError.yearBeforeTimeline(year: 2020, firstYear: 2026)) {
      try Comparison(resolved, region: region, year: 2020)
    }
    #expect(throws: ComparisonError.yearBeyondHorizon(year: 2101, lastYear: 2100)) {
      try Comparison(resolved, region: region, year: 2101)
    }
    let same = try Comparison(resolved, region: region, year: 2030)
    #expect(same.years.map(\.year) == [2030])
    #expect(same.fullOperation?.isChosen == true)
  }

  @Test("only the alternatives asked for are compared, in the study's order")
  func onlySomeAlternatives() throws {
    let study = try StudyFixture.scenario("venlo-dc-study.json")
    let resolved = try StudyFixture.resolve(study)
    let comparison = try Comparison(
      resolved, only: ["with-local-labour", "employer-housing"],
      region: try StudyFixture.region(study.baseline))
    #expect(comparison.alternatives.map(\.name) == ["employer-housing", "with-local-labour"])
    #expect(comparison.fullOperation?.rows.allSatisfy { $0.cells.count == 2 } == true)
  }
}

@Suite("Scenario studies: templates")
struct StudyTemplateTests {
  /// The Venlo baseline with one alternative using `template`.
  func compare(
    _ template: String, baseline: String = "\"./venlo-ecommerce-dc.json\""
  ) throws
    -> Comparison
  {
    let text = StudyFixture.study(
      baseline: baseline, StudyFixture.alternative("alt", "\"template\": \(template)"))
    let (loaded, diagnostics) = StudyFixture.load(text)
    #expect(!diagnostics.hasErrors, "\(diagnostics)")
    return try StudyFixture.compare(try #require(loaded))
  }

  @Test("moderate growth scales the jobs and, with a ramp-up, phases them")
  func moderateGrowth() throws {
    let comparison = try compare(
      #"{"name": "moderate-growth", "jobsFactor": 0.5, "rampUpYears": 5}"#)
    let alternative = try #require(comparison.alternatives.first)
    let baselineJobs = comparison.baseline.staffing.fullOperationFTE
    #expect(
      isApproximatelyEqual(
        alternative.establishment.size.amount, baselineJobs * 0.5))
    #expect(alternative.establishment.rampUp == [0.2, 0.4, 0.6, 0.8, 1])
    // In the baseline's full-operation year (third year) the alternative is at 60 % of half.
    let jobs = try StudyFixture.cell(comparison, "staffing.operationFTE", "alt")
    #expect(isApproximatelyEqual(jobs.alternative, baselineJobs * 0.5 * 0.6))
    for id: IndicatorID in [
      "migration.labourMigrants", "housing.shortStayBeds", "housing.longStayDwellings",
    ] {
      #expect(try StudyFixture.cell(comparison, id, "alt").delta < 0, "\(id)")
    }
  }

  @Test("local labour first raises every segment's local share and sets language training")
  func localLabourFirst() throws {
    let comparison = try compare(#""local-labour-first""#)
    let alternative = try #require(comparison.alternatives.first)
    let region = comparison.baseline.region
    let workforce = alternative.establishment.resolvedWorkforce(
      region: region, parameters: alternative.establishment.parameterSet())
    for segment in workforce {
      let origin = try #require(segment.origin)
      #expect(origin.localReserve >= 0.5 - 1e-12)
      #expect(abs(origin.total - 1) < 1e-9)
    }
    #expect(alternative.establishment.languageTraining == true)
    #expect(try StudyFixture.cell(comparison, "migration.labourMigrants", "alt").delta < 0)
    #expect(try StudyFixture.cell(comparison, "migration.localReserve", "alt").delta > 0)
    #expect(try StudyFixture.cell(comparison, "staffing.operationFTE", "alt").delta == 0)
    #expect(try StudyFixture.rating(comparison, "welfare.localShare", "alt").rating == .positive)
    #expect(
      try StudyFixture.rating(comparison, "welfare.languageTraining", "alt").rating == .positive)
  }

  @Test("automation cuts jobs from low-skilled flexible work first, so the wage per job rises")
  func automation() throws {
    let comparison = try compare(#"{"name": "automation", "jobsFactor": 0.8}"#)
    let alternative = try #require(comparison.alternatives.first)
    let jobs = try StudyFixture.cell(comparison, "staffing.operationFTE", "alt")
    #expect(isApproximatelyEqual(jobs.alternative, jobs.baseline * 0.8))
    // Venlo's default workforce: half permanent, half agency; the cut falls on the agency half.
    let segments = try #require(alternative.establishment.workforce)
    let permanent = try #require(segments.first { $0.contract == .permanent })
    #expect(isApproximatelyEqual(permanent.share * 0.8, 0.5))
    #expect(try StudyFixture.cell(comparison, "welfare.wageRatio", "alt").delta > 0)
    let migrants = try StudyFixture.cell(comparison, "migration.labourMigrants", "alt")
    #expect(try #require(migrants.deltaShare) < -0.2)
    #expect(alternative.establishment.overrides.isEmpty)
  }

  @Test("automation with a wage factor overrides the sector's wage per job")
  func automationWage() throws {
    let comparison = try compare(#"{"name": "automation", "wagePerJobFactor": 1.1}"#)
    let alternative = try #require(comparison.alternatives.first)
    let override = try #require(alternative.establishment.overrides.first)
    #expect(override.id == "welfare.wagePerJob.transportStorage")
    let catalogue = ParameterSet(asOf: alternative.establishment.referenceDay)[override.id]
    #expect(isApproximatelyEqual(override.value, catalogue * 1.1))
    #expect(alternative.changes.contains { $0.target == .parameter(override.id) })
  }

  @Test("employer housing at a norm removes the shortfall and meets the norm")
  func employerHousing() throws {
    let comparison = try compare(#"{"name": "employer-housing", "norm": "akf"}"#)
    let alternative = try #require(comparison.alternatives.first)
    let shortfall = try StudyFixture.cell(comparison, "housing.shortfallBeds", "alt")
    #expect(shortfall.baseline > 0)
    #expect(shortfall.alternative == 0)
    let assessment = try #require(comparison.assessments.first)
    #expect(assessment.housing.employerHousingCheck?.compliant == true)
    #expect(alternative.establishment.employerHousing?.norm == .akf)
    #expect(
      try StudyFixture.rating(comparison, "welfare.unmetHousingShare", "alt").rating == .positive)
  }

  @Test("employer housing with a fixed number of beds lowers the shortfall by those beds")
  func employerHousingBeds() throws {
    let comparison = try compare(#"{"name": "employer-housing", "beds": 40}"#)
    let shortfall = try StudyFixture.cell(comparison, "housing.shortfallBeds", "alt")
    #expect(isApproximatelyEqual(shortfall.delta, -40))
  }

  @Test("employer housing changes nothing when the employer already offers enough beds")
  func employerHousingEnough() throws {
    let comparison = try compare(
      #"{"name": "employer-housing", "beds": 10}"#,
      baseline: "\"./horst-glasshouse-tomato.json\"")
    #expect(comparison.alternatives.first?.changes.isEmpty == true)
  }

  @Test("regional spreading lowers the host's residents, not the region's demand")
  func regionalSpreading() throws {
    let comparison = try compare(#"{"name": "regional-spreading", "hostShare": 0.25}"#)
    #expect(try StudyFixture.cell(comparison, "facilities.residentsHost", "alt").delta < 0)
    #expect(try StudyFixture.cell(comparison, "facilities.migrantsPer1000", "alt").delta < 0)
    #expect(try StudyFixture.cell(comparison, "housing.shortStayBeds", "alt").delta == 0)
    #expect(try StudyFixture.cell(comparison, "migration.labourMigrants", "alt").delta == 0)
    let spillover = try StudyFixture.rating(comparison, "welfare.spilloverShare", "alt")
    let before = try StudyFixture.rating(comparison, "welfare.spilloverShare", Study.baselineName)
    #expect(try #require(spillover.value) > (try #require(before.value)))
  }

  @Test("fewer labour migrants caps every segment and lowers migrants and housing demand")
  func fewerLabourMigrants() throws {
    let comparison = try compare(#"{"name": "fewer-labour-migrants", "migrantShareCap": 0.3}"#)
    let alternative = try #require(comparison.alternatives.first)
    for segment in try #require(alternative.establishment.workforce) {
      let origin = try #require(segment.origin)
      #expect(origin.labourMigrants <= 0.3 + 1e-12)
      #expect(abs(origin.total - 1) < 1e-9)
    }
    for id: IndicatorID in [
      "migration.labourMigrants", "housing.shortStayBeds", "housing.midStayRooms",
      "housing.longStayDwellings", "housing.shortfallBeds", "facilities.residentsHost",
    ] {
      #expect(try StudyFixture.cell(comparison, id, "alt").delta < 0, "\(id)")
    }
    #expect(try StudyFixture.cell(comparison, "staffing.operationFTE", "alt").delta == 0)
    #expect(try StudyFixture.cell(comparison, "migration.localReserve", "alt").delta > 0)
  }

  @Test("a template's defaults are its documented settings")
  func defaults() {
    #expect(
      AlternativeTemplate.Kind.moderateGrowth.withDefaults
        == .moderateGrowth(jobsFactor: 0.75, rampUpYears: nil))
    #expect(
      AlternativeTemplate.Kind.fewerLabourMigrants.withDefaults
        == .fewerLabourMigrants(migrantShareCap: 0.4, localShareOfReplacement: nil))
    for kind in AlternativeTemplate.Kind.allCases {
      #expect(kind.withDefaults.kind == kind)
      #expect(kind.withDefaults.settings.map(\.name) == kind.settingNames)
    }
  }

  @Test("explicit parameters of an alternative win over its template's")
  func explicitWins() throws {
    let comparison = try compare(
      #""regional-spreading", "parameters": {"migration.residence.hostShare": {"value": 0.7, "reason": "test"}}"#
    )
    let alternative = try #require(comparison.alternatives.first)
    #expect(alternative.establishment.overrides.map(\.value) == [0.7])
  }
}

@Suite("Scenario studies: diagnostics")
struct StudyDiagnosticTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var testDescription: String
    var alternatives: String
    var baseline = "\"./venlo-ecommerce-dc.json\""
    var code: DiagnosticCode
    var path: String
    var suggestion: String?
    var message: String = ""
    var file = "Scenarios/test-study.json"
  }

  static let cases: [Case] = [
    Case(
      testDescription: "a circle of bases names its path",
      alternatives: [
        StudyFixture.alternative("a", #""basedOn": "b""#),
        StudyFixture.alternative("b", #""basedOn": "a""#),
      ].joined(separator: ","),
      code: .cyclicAlternatives, path: "alternatives[0].basedOn", message: "a → b → a"),
    Case(
      testDescription: "an alternative built on itself is a circle",
      alternatives: StudyFixture.alternative("a", #""basedOn": "a""#),
      code: .cyclicAlternatives, path: "alternatives[0].basedOn", message: "a → a"),
    Case(
      testDescription: "a circle is reported at its first member, behind other alternatives",
      alternatives: [
        StudyFixture.alternative("x"),
        StudyFixture.alternative("p", #""basedOn": "q""#),
        StudyFixture.alternative("q", #""basedOn": "r""#),
        StudyFixture.alternative("r", #""basedOn": "p""#),
      ].joined(separator: ","),
      code: .cyclicAlternatives, path: "alternatives[1].basedOn", message: "p → q → r → p"),
    Case(
      testDescription: "an unknown base suggests the closest name",
      alternatives: [
        StudyFixture.alternative("moderate-growth"),
        StudyFixture.alternative("b", #""basedOn": "moderat-growth""#),
      ].joined(separator: ","),
      code: .unknownBase, path: "alternatives[1].basedOn", suggestion: "moderate-growth"),
    Case(
      testDescription: "two alternatives with one name",
      alternatives: [StudyFixture.alternative("a"), StudyFixture.alternative("a")].joined(
        separator: ","),
      code: .duplicateName, path: "alternatives[1].name", message: "alternatives[0]"),
    Case(
      testDescription: "an unknown template suggests the closest",
      alternatives: StudyFixture.alternative("a", #""template": "moderate-grwth""#),
      code: .unknownTemplate, path: "alternatives[0].template", suggestion: "moderate-growth"),
    Case(
      testDescription: "an unknown template in object form suggests the closest",
      alternatives: StudyFixture.alternative("a", #""template": {"name": "autmation"}"#),
      code: .unknownTemplate, path: "alternatives[0].template.name", suggestion: "automation"),
    Case(
      testDescription: "a setting the template does not have suggests the closest",
      alternatives: StudyFixture.alternative(
        "a", #""template": {"name": "automation", "jobFactor": 0.5}"#),
      code: .unknownKey, path: "alternatives[0].template.jobFactor", suggestion: "jobsFactor"),
    Case(
      testDescription: "a percentage where a share is expected",
      alternatives: StudyFixture.alternative(
        "a", #""template": {"name": "moderate-growth", "jobsFactor": 75}"#),
      code: .shareOutOfRange, path: "alternatives[0].template.jobsFactor", suggestion: "0.75"),
    Case(
      testDescription: "beds and a share of demand together",
      alternatives: StudyFixture.alternative(
        "a", #""template": {"name": "employer-housing", "beds": 50, "shareOfDemand": 0.5}"#),
      code: .invalidValue, path: "alternatives[0].template.shareOfDemand"),
    Case(
      testDescription: "an unknown input suggests the closest",
      alternatives: StudyFixture.alternative("a", #""inputs": {"jobFactor": 0.5}"#),
      code: .unknownKey, path: "alternatives[0].inputs.jobFactor", suggestion: "jobsFactor"),
    Case(
      testDescription: "an input size is checked against the baseline's type",
      alternatives: StudyFixture.alternative("a", #""inputs": {"size": {"hectares": 5}}"#),
      code: .invalidValue, path: "alternatives[0].inputs.size.hectares"),
    Case(
      testDescription: "a jobs factor beyond ten times",
      alternatives: StudyFixture.alternative("a", #""inputs": {"jobsFactor": 12}"#),
      code: .invalidValue, path: "alternatives[0].inputs.jobsFactor"),
    Case(
      testDescription: "an unknown parameter suggests the closest",
      alternatives: StudyFixture.alternative(
        "a", #""parameters": {"migration.residence.hostShar": {"value": 0.3, "reason": "x"}}"#),
      code: .unknownParameter, path: #"alternatives[0].parameters["migration.residence.hostShar"]"#,
      suggestion: "migration.residence.hostShare"),
    Case(
      testDescription: "a retired parameter suggests the one that took its place",
      alternatives: StudyFixture.alternative(
        "a",
        #""parameters": {"migration.migrantShare.permanent.construction": {"value": 0.3, "reason": "x"}}"#
      ),
      code: .unknownParameter,
      path: #"alternatives[0].parameters["migration.migrantShare.permanent.construction"]"#,
      suggestion: "jobs.construction.shareFromElsewhere"),
    Case(
      testDescription: "the baseline's name is reserved",
      alternatives: StudyFixture.alternative("baseline"),
      code: .invalidValue, path: "alternatives[0].name", message: "reserved"),
    Case(
      testDescription: "a name that is not an id",
      alternatives: StudyFixture.alternative("Moderate Growth"),
      code: .invalidValue, path: "alternatives[0].name"),
    Case(
      testDescription: "a study without alternatives",
      alternatives: "", code: .invalidValue, path: "alternatives"),
    Case(
      testDescription: "an alternative without a rationale",
      alternatives: #"{"name": "a", "title": "A"}"#,
      code: .missingField, path: "alternatives[0].rationale"),
    Case(
      testDescription: "a missing baseline file says where it was looked for",
      alternatives: StudyFixture.alternative("a"), baseline: "\"./nowhere.json\"",
      code: .fileNotFound, path: "baseline", message: "Scenarios/nowhere.json"),
    Case(
      testDescription: "an inline baseline's problems carry its path in the study",
      alternatives: StudyFixture.alternative("a"),
      baseline:
        #"{"name": "X", "municipality": "Venlo", "type": "semiconductor", "size": {"jobs": -3}, "startYear": 2028}"#,
      code: .negativeValue, path: "baseline.size.jobs"),
    Case(
      testDescription: "an inline baseline's municipality suggests the closest",
      alternatives: StudyFixture.alternative("a"),
      baseline:
        #"{"name": "X", "municipality": "Venloo", "type": "semiconductor", "size": {"jobs": 3}, "startYear": 2028}"#,
      code: .unknownMunicipality, path: "baseline.municipality", suggestion: "Venlo"),
    Case(
      testDescription: "a baseline file's problems are reported in that file",
      alternatives: StudyFixture.alternative("a"), baseline: "\"./broken.json\"",
      code: .unknownEstablishmentType, path: "type", suggestion: "data-centre",
      file: "Scenarios/broken.json"),
  ]

  @Test(arguments: cases)
  func diagnostic(_ testCase: Case) throws {
    let broken = """
      {"schemaVersion": 1, "name": "B", "municipality": "Venlo", "type": "data-center",
       "size": {"jobs": 10}, "startYear": 2028}
      """
    let (study, diagnostics) = StudyFixture.load(
      StudyFixture.study(baseline: testCase.baseline, testCase.alternatives),
      extra: ["Scenarios/broken.json": broken])
    #expect(study == nil)
    let match = diagnostics.first { $0.code == testCase.code && $0.path == testCase.path }
    let diagnostic = try #require(match, "\(diagnostics.map(\.description))")
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.file == testCase.file)
    #expect(diagnostic.line != nil)
    #expect(diagnostic.suggestion == testCase.suggestion)
    #expect(
      testCase.message.isEmpty || diagnostic.message.contains(testCase.message),
      "\(diagnostic.message)")
  }

  @Test("every problem of a study is reported at once")
  func everyProblem() {
    let text = StudyFixture.study(
      [
        StudyFixture.alternative("a", #""basedOn": "b""#),
        StudyFixture.alternative("b", #""basedOn": "a", "template": "moderate-grwth""#),
        StudyFixture.alternative("c", #""inputs": {"sise": 1}"#),
        StudyFixture.alternative("c", #""basedOn": "d""#),
      ].joined(separator: ","))
    let (study, diagnostics) = StudyFixture.load(text)
    #expect(study == nil)
    #expect(
      Set(diagnostics.map(\.code)) == [
        .cyclicAlternatives, .unknownTemplate, .unknownKey, .duplicateName, .unknownBase,
      ])
  }

  @Test("a study for a newer schema is refused with the version this build reads")
  func futureSchema() {
    let text = StudyFixture.study(StudyFixture.alternative("a")).replacingOccurrences(
      of: "\"schemaVersion\": 1", with: "\"schemaVersion\": 3")
    let (study, diagnostics) = StudyFixture.load(text)
    #expect(study == nil)
    #expect(diagnostics.first?.code == .unsupportedSchemaVersion)
    #expect(diagnostics.first?.message.contains("supports up to 1") == true)
  }

  @Test("a study built in code gets the same chain problems from the resolver")
  func resolverProblems() throws {
    let baseline = Establishment(
      name: "DC", municipality: "Venlo", type: .distributionEcommerce, size: .jobs(100),
      startYear: 2028)
    let study = Study(
      title: "T", baseline: baseline,
      alternatives: [
        Alternative(name: "a", title: "A", rationale: "r", basedOn: "b"),
        Alternative(name: "b", title: "B", rationale: "r", basedOn: "a"),
        Alternative(name: "c", title: "C", rationale: "r", basedOn: "baselin"),
      ])
    let (resolved, diagnostics) = StudyResolver.resolve(
      study, region: try StudyFixture.region(baseline))
    #expect(resolved == nil)
    #expect(diagnostics.map(\.code) == [.cyclicAlternatives, .unknownBase])
    #expect(diagnostics.first?.message.contains("a → b → a") == true)
    #expect(diagnostics.last?.suggestion == "baseline")
  }

  @Test("'basedOn: baseline' builds on the baseline")
  func basedOnBaseline() throws {
    let text = StudyFixture.study(StudyFixture.alternative("a", #""basedOn": "baseline""#))
    let (study, diagnostics) = StudyFixture.load(text)
    #expect(!diagnostics.hasErrors)
    let resolved = try StudyFixture.resolve(try #require(study))
    #expect(resolved.alternatives.first?.chain == ["a"])
  }

  struct PathCase: CustomTestStringConvertible, Sendable {
    var testDescription: String { "'\(path)' in '\(study ?? "nil")' is '\(expected)'" }
    var path: String
    var study: String?
    var expected: String
  }

  @Test(
    arguments: [
      PathCase(
        path: "./venlo.json", study: "Scenarios/study.json", expected: "Scenarios/venlo.json"),
      PathCase(path: "venlo.json", study: "study.json", expected: "venlo.json"),
      PathCase(path: "venlo.json", study: "/data/s/study.json", expected: "/data/s/venlo.json"),
      PathCase(path: "/abs/venlo.json", study: "Scenarios/study.json", expected: "/abs/venlo.json"),
      PathCase(path: "../e/venlo.json", study: "s/study.json", expected: "s/../e/venlo.json"),
      PathCase(path: "venlo.json", study: nil, expected: "venlo.json"),
    ])
  func baselinePath(_ testCase: PathCase) {
    #expect(StudyLoader.resolve(testCase.path, relativeTo: testCase.study) == testCase.expected)
  }
}

@Suite("Scenario studies: documentation")
struct StudyDocumentationTests {
  @Test("the full example in Docs/study-format.md loads, resolves and compares")
  func docsExample() throws {
    let url = StudyFixture.root.appendingPathComponent("Docs/study-format.md")
    let document = try String(contentsOf: url, encoding: .utf8)
    let section = try #require(document.range(of: "## Full example"))
    let start = try #require(
      document.range(of: "```json\n", range: section.upperBound..<document.endIndex))
    let end = try #require(
      document.range(of: "\n```", range: start.upperBound..<document.endIndex))
    let example = String(document[start.upperBound..<end.lowerBound])
    let (loaded, diagnostics) = StudyFixture.load(example, file: "Docs/example-study.json")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let study = try #require(loaded)
    #expect(study.baselineSource == .inline)
    let comparison = try StudyFixture.compare(study)
    let stacked = try #require(comparison.alternatives.last)
    #expect(stacked.chainDescription == "baseline / moderate-growth / + and-fewer-migrants")
    // The local-share override comes first in its step, so the cap's replacements are 80 % local.
    let workforce = try #require(stacked.establishment.workforce)
    for segment in workforce {
      #expect(try #require(segment.origin).labourMigrants <= 0.3 + 1e-12)
    }
    #expect(stacked.establishment.employerHousing?.beds == 40)
    #expect(
      try StudyFixture.cell(comparison, "migration.labourMigrants", "and-fewer-migrants").delta < 0)
  }
}
