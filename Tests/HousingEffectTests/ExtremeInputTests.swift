import Foundation
import HousingEffect
import HousingEffectReports
import Testing
import _Fuzzing

/// Inputs at the edge of what is valid: they must load and give finite, sensible results.
@Suite("Extreme but valid inputs")
struct ExtremeInputTests {
  /// An establishment file for Venlo with `fields` added to the required ones.
  static func file(
    jobs: String = "1000", type: String = "food-processing", _ fields: String = ""
  )
    -> [UInt8]
  {
    let text = """
      {
        "schemaVersion": 1,
        "name": "Extreme case",
        "municipality": "Venlo",
        "type": "\(type)",
        "size": { "jobs": \(jobs) },
        "startYear": 2028\(fields.isEmpty ? "" : ",\n" + fields)
      }
      """
    return Array(text.utf8)
  }

  /// Loads, assesses and renders `bytes`; checks that every number is finite and non-negative.
  static func assess(_ bytes: [UInt8]) throws -> Assessment {
    let (loaded, diagnostics) = EstablishmentLoader.load(
      bytes, file: "extreme.json", municipality: FuzzOracle.municipalityCheck(.limburg))
    #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
    let establishment = try #require(loaded)
    guard case .success(let venlo) = RegionData.limburg.municipality(named: "Venlo") else {
      throw LookupError()
    }
    let assessment = Assessment(
      establishment, region: HostRegion(venlo),
      parameters: ParameterSet(asOf: establishment.referenceDay))
    for year in assessment.years {
      for indicator in assessment.keyIndicators(year: year) {
        #expect(indicator.value.isFinite, "\(indicator.id) in \(year) is \(indicator.value)")
        #expect(indicator.value >= 0, "\(indicator.id) in \(year) is \(indicator.value)")
      }
    }
    #expect(FuzzOracle.check(bytes) == .assessed)
    _ = try JSONReport.render(AssessmentDocument(assessment, toolVersion: "test"))
    return assessment
  }

  struct LookupError: Error {}

  static func headline(_ assessment: Assessment) -> [IndicatorID: Double] {
    Dictionary(
      uniqueKeysWithValues: assessment.keyIndicators(year: assessment.fullOperationYear).map {
        ($0.id, $0.value)
      })
  }

  @Test("0 jobs: no workforce, no migrants, no housing need, no facility load")
  func zeroJobs() throws {
    let assessment = try Self.assess(Self.file(jobs: "0"))
    for year in assessment.years {
      for indicator in assessment.keyIndicators(year: year)
      where !indicator.id.rawValue.hasPrefix("welfare.") {
        #expect(indicator.value == 0, "\(indicator.id) in \(year) is \(indicator.value)")
      }
    }
    #expect(assessment.housingNeed == 0)
  }

  @Test("10 million jobs: finite, and ten thousand times the need of 1,000 jobs")
  func tenMillionJobs() throws {
    let small = try Self.assess(Self.file(jobs: "1000"))
    let large = try Self.assess(Self.file(jobs: "10000000"))
    #expect(large.housingNeed > small.housingNeed)
    #expect(abs(large.housingNeed / small.housingNeed - 10_000) < 1)
    let beds = Self.headline(large)["housing.shortStayBeds"] ?? 0
    #expect(beds > 0 && beds.isFinite)
  }

  @Test("100 % EU labour migrants: no local workers, every worker a migrant")
  func allMigrants() throws {
    let assessment = try Self.assess(
      Self.file(
        """
          "workforce": [
            { "share": 1, "contract": "agency", "origin": { "euMigrant": 1 } }
          ]
        """))
    let figures = Self.headline(assessment)
    #expect(figures["migration.localReserve"] == 0)
    #expect(figures["migration.crossBorderCommuters"] == 0)
    #expect((figures["migration.labourMigrants"] ?? 0) > 0)
    #expect((figures["housing.shortStayBeds"] ?? 0) > 0)
  }

  @Test("a 50-year ramp-up: the timeline runs 50 years and jobs never exceed full operation")
  func fiftyYearRampUp() throws {
    let shares = (1...50).map { EstablishmentLoaderFormat.share(Double($0) / 50) }
    let assessment = try Self.assess(
      Self.file("  \"rampUp\": [\(shares.joined(separator: ", "))]"))
    #expect(assessment.staffing.fullOperationYear == 2028 + 49)
    #expect(assessment.years.count >= 50)
    for year in assessment.staffing.years {
      #expect(year.operationFTE <= 1000 + 1e-9)
    }
    let jobs = assessment.staffing.years.map(\.operationFTE)
    #expect(zip(jobs, jobs.dropFirst()).allSatisfy { $0 <= $1 + 1e-9 })
  }

  @Test("a 600-month construction: 50 years of building, then operation")
  func longConstruction() throws {
    let assessment = try Self.assess(
      Self.file(
        """
          "construction": { "workers": 400, "startYear": 1990, "durationMonths": 600 }
        """))
    #expect(assessment.years.first == 1990)
    #expect(assessment.fullOperationYear >= 2039)
    let builders = assessment.staffing.years.filter { $0.constructionWorkers > 0 }
    #expect(builders.count == 50)
    #expect(builders.allSatisfy { abs($0.constructionWorkers - 400) < 1e-9 })
  }

  @Test("the largest sizes the loader accepts still give finite results")
  func largestSizes() throws {
    _ = try Self.assess(Self.file(jobs: "100000000"))
    _ = try Self.assess(
      Array(
        String(decoding: Self.file(type: "glasshouse-tomato"), as: UTF8.self)
          .replacingOccurrences(of: "\"jobs\": 1000", with: "\"hectares\": 100000").utf8))
  }
}

/// Shares written as JSON numbers with at most four decimals.
enum EstablishmentLoaderFormat {
  static func share(_ value: Double) -> String {
    let scaled = (value * 10_000).rounded() / 10_000
    return "\(scaled)"
  }
}
