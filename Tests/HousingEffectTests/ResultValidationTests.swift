import HousingEffect
import Testing

/// The check after the model (issue 10): every computed number finite and at most
/// `Assessment.largestResult`, with the override responsible named.
@Suite("Result validation after the model")
struct ResultValidationTests {
  static let venlo: HostRegion = {
    guard case .success(let municipality) = RegionData.limburg.municipality(named: "Venlo") else {
      fatalError("Venlo is not in the built-in data")
    }
    return HostRegion(municipality)
  }()

  static func establishment(_ overrides: [ParameterOverride]) -> Establishment {
    Establishment(
      name: "x", municipality: "Venlo", type: .distributionXXL, size: .floorArea(100_000),
      startYear: 2028, overrides: overrides)
  }

  @Test("the catalogue defaults give results in range for every establishment type")
  func defaultsAreInRange() {
    for type in EstablishmentType.allCases {
      let establishment = Establishment(
        name: "x", municipality: "Venlo", type: type, size: .jobs(1000), startYear: 2028)
      let parameters = ParameterSet(asOf: establishment.referenceDay)
      let assessment = Assessment(establishment, region: Self.venlo, parameters: parameters)
      #expect(assessment.firstResultProblem == nil, "\(type)")
      #expect(assessment.resultDiagnostics(parameters: parameters).isEmpty)
    }
  }

  @Test("a density the loader would refuse is caught after the model, at its override")
  func explodingOverrideIsNamed() throws {
    // Built in code, past the loader's limits, as a Monte Carlo draw or a template could.
    let establishment = Self.establishment([
      ParameterOverride("jobs.m2PerJob.distributionXxl", value: 1e-300, reason: "r"),
      ParameterOverride("housing.personsPerMidStayRoom", value: 1.5, reason: "r"),
    ])
    let parameters = ParameterSet(asOf: establishment.referenceDay)
    let assessment = Assessment(establishment, region: Self.venlo, parameters: parameters)
    let problem = try #require(assessment.firstResultProblem)
    #expect(!problem.value.isFinite || abs(problem.value) > Assessment.largestResult)
    let diagnostics = assessment.resultDiagnostics(parameters: parameters)
    #expect(diagnostics.count == 1)
    let diagnostic = try #require(diagnostics.first)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.code == .resultOutOfRange)
    #expect(diagnostic.path == #"overrides["jobs.m2PerJob.distributionXxl"]"#)
    #expect(diagnostic.message.contains("'1e-300'"))
    // The catalogue range of the XXL density (the range-evidence rule, issue 20 round 7).
    #expect(diagnostic.message.contains("plausible range 27.4–807"))
  }

  @Test("without an override to blame, the error is about the file as a whole")
  func explodingInputWithoutOverride() throws {
    let establishment = Establishment(
      name: "x", municipality: "Venlo", type: .distributionXXL, size: .jobs(1e300),
      startYear: 2028)
    let parameters = ParameterSet(asOf: establishment.referenceDay)
    let assessment = Assessment(establishment, region: Self.venlo, parameters: parameters)
    let diagnostics = assessment.resultDiagnostics(parameters: parameters)
    #expect(diagnostics.map(\.path) == [""])
    #expect(diagnostics.first?.message.contains("out of range") == true)
    #expect(!establishment.limitViolations.isEmpty)
  }

  @Test("an agency share between 0 and 0.001 is outside the hard limits; 0 is not")
  func smallestFlexibleShare() throws {
    let parameter = try #require(ParameterCatalog.standard["workforce.agencyShare.logistics"])
    #expect(parameter.accepts(0))
    #expect(parameter.accepts(0.001))
    #expect(!parameter.accepts(1e-300))
    #expect(!parameter.accepts(5e-324))
    #expect(!parameter.accepts(0.0009))
    // The plausible range is unchanged, and the hard limits still contain it.
    #expect(parameter.low == 0.2 && parameter.high == 0.8)
  }

  @Test("every job density has a positive hard minimum inside its plausible range")
  func densitiesHavePositiveMinimum() {
    for parameter in ParameterCatalog.standard.parameters
    where parameter.id.rawValue.hasPrefix("jobs.m2PerJob.")
      || parameter.id.rawValue.hasPrefix("jobs.fteByHectare.")
    {
      #expect((parameter.minimum ?? 0) > 0, "\(parameter.id)")
      #expect((parameter.minimum ?? 0) <= parameter.low, "\(parameter.id)")
    }
  }
}
