import HousingEffect
import Testing

/// Inputs the fuzzer found that trapped or gave non-finite numbers; each stays fixed.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
  static func load(_ text: String) -> (Establishment?, [Diagnostic]) {
    EstablishmentLoader.load(Array(text.utf8), file: "regression.json") { name in
      switch RegionData.limburg.municipality(named: name) {
      case .success: .found
      case .failure(let failure): .unknown(suggestion: failure.suggestion)
      }
    }
  }

  static func file(_ extra: String) -> String {
    """
    {
      "schemaVersion": 1, "name": "Regression", "municipality": "Venlo",
      "type": "glasshouse-tomato", "size": { "jobs": 100 }, "startYear": 2028,
      \(extra)
    }
    """
  }

  @Test(
    "an override of 1e15 and more is reported, not a trap (message formatting overflowed Int)",
    arguments: ["1e15", "999999999999999.5", "1e14", "123456789012345.6"])
  func hugeOverrideValue(_ value: String) {
    let (establishment, diagnostics) = Self.load(
      Self.file(
        #""overrides": { "migration.residence.hostShare": { "value": \#(value), "reason": "x" } }"#
      ))
    #expect(establishment == nil)
    #expect(diagnostics.map(\.code) == [.overrideOutOfRange])
    #expect(diagnostics.first?.message.contains("is outside what") == true)
  }

  @Test("a fraction of a toilet is refused; the norm check never divides to infinity")
  func tinyToiletCount() throws {
    let (establishment, diagnostics) = Self.load(
      Self.file(#""employerHousing": { "beds": 60, "toilets": 5e-324, "showers": 8 }"#))
    #expect(establishment == nil)
    #expect(diagnostics.map(\.code) == [.invalidValue])
    #expect(diagnostics.first?.path == "employerHousing.toilets")

    // Built without the loader, the same housing gives an unknown ratio, not infinity.
    let site = Establishment(
      name: "x", municipality: "Venlo", type: .glasshouseTomato, size: .jobs(100),
      startYear: 2028,
      employerHousing: EmployerHousing(beds: 60, toilets: Double.leastNonzeroMagnitude))
    let check = NormCheck(
      housing: try #require(site.employerHousing), norm: .akf,
      parameters: ParameterSet(asOf: site.referenceDay))
    #expect(check.results.allSatisfy { $0.actual?.isFinite ?? true })
    let region = HostRegion(name: "Venlo", policyRegion: .noordLimburg, population: 100_000)
    let assessment = Assessment(
      site, region: region, parameters: ParameterSet(asOf: site.referenceDay))
    let results = try #require(assessment.housing.employerHousingCheck).results
    #expect(results.allSatisfy { $0.actual?.isFinite ?? true })
  }

  @Test("years until family reunification are limited, so the timeline cannot run away")
  func reunificationYears() {
    let (establishment, diagnostics) = Self.load(
      Self.file(
        #""overrides": { "households.reunificationYears": { "value": 1e15, "reason": "x" } }"#))
    #expect(establishment == nil)
    #expect(diagnostics.map(\.code) == [.overrideOutOfRange])

    // A parameter set built without the loader is clamped by the pipeline.
    let site = Establishment(
      name: "x", municipality: "Venlo", type: .glasshouseTomato, size: .jobs(100),
      startYear: 2028)
    let parameters = ParameterSet(asOf: site.referenceDay)
      .replacing("households.reunificationYears", with: 1e15)
    let staffing = Staffing(site, parameters: parameters)
    #expect(staffing.years.count <= 61)
  }

  @Test("a misspelt 6,000-character key is reported without a suggestion, quickly")
  func longUnknownKey() {
    let key = String(repeating: "ab", count: 3_000)
    let (_, diagnostics) = Self.load(Self.file(#""\#(key)": 1"#))
    #expect(diagnostics.map(\.code) == [.unknownKey])
    #expect(diagnostics.first?.suggestion == nil)
    #expect(diagnostics.first?.message.contains("Unknown key 'abab") == true)
  }

  @Test("suggestions: the closest candidate within the threshold, ties to the first")
  func suggestions() {
    #expect(Suggestion.closest(to: "startyear", in: ["startYear", "start"]) == "startYear")
    #expect(Suggestion.closest(to: "Venloo", in: ["Venray", "Venlo"]) == "Venlo")
    #expect(Suggestion.closest(to: "de", in: ["nl", "en"]) == nil)
    #expect(Suggestion.closest(to: "ab", in: ["ax", "ay"]) == "ax")
    #expect(Suggestion.closest(to: "completely different", in: ["jobs", "hectares"]) == nil)
    #expect(Suggestion.editDistance("kitten", "sitting") == 3)
    #expect(Suggestion.editDistance("", "abc") == 3)
  }

  @Test("a date outside the model's years is reported as such")
  func asOfOutsideWindow() {
    let (_, diagnostics) = Self.load(Self.file(#""asOf": "1900-01-01""#))
    #expect(diagnostics.map(\.code) == [.yearOutOfRange])
    #expect(diagnostics.first?.path == "asOf")
  }
}
