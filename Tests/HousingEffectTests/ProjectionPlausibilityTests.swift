import Foundation
import Testing

@testable import HousingEffect

/// Issue 19, items 1 and 2: bases respect their year and concept, plausibility warnings, the
/// trend bounded by the labour force, and every fan's central line inside its band.
@Suite("Projection plausibility")
struct ProjectionPlausibilityTests {
  static func load(_ projection: String) -> (ProjectionStudy?, [ProjectionArea], [Diagnostic]) {
    let text = #"{"schemaVersion": 1, "title": "t", "projection": "# + projection + "}"
    return ProjectionStudyLoader.load(
      Array(text.utf8), file: "study.json", regions: .limburg,
      readFile: { _ in .failure(.notFound) })
  }

  @Test("Leudal alone: its 2018 base is refused for the named paths, with the reason and the share")
  func leudal() throws {
    let (study, _, diagnostics) = Self.load(
      #"{"regions": ["Leudal"], "paths": ["expectation2030"]}"#)
    #expect(study == nil)
    let error = try #require(diagnostics.first { $0.severity == .error })
    #expect(error.code == .missingBase && error.path == "projection.regions[0]")
    #expect(
      error.message.contains("2018") && error.message.contains("before the paths' base year 2022"))
    // 13,415 ÷ 36,006 = 37.3 %, above the 25 % bound.
    let warning = try #require(diagnostics.first { $0.severity == .warning })
    #expect(warning.message.contains("37.3%") && warning.message.contains("25%"))
    // With a base from 2022 on, the study runs; a path above 20 % of the population warns.
    let (given, areas, problems) = Self.load(
      #"{"regions": ["Leudal"], "paths": ["expectation2030", "custom"], "customPath": {"targets": {"2030": 10000}}, "bases": [{"region": "Leudal", "year": 2024, "working": 4000, "source": "x"}]}"#
    )
    #expect(problems.isEmpty)
    let projection = Projection(
      try #require(given), areas: areas, regions: .limburg, options: nil)
    let warnings = ProjectionPlausibility.warnings(projection)
    // 25 % of 36,006 = 9,002: the expectation path (4,000 × about 1.2) stays below, the custom
    // target of 10,000 in 2030 passes it (linear from 4,000 in 2024: 9,000 in 2029, 10,000 in 2030).
    #expect(warnings.count == 1)
    #expect(warnings.first?.message.contains("'custom'") == true)
    #expect(warnings.first?.message.contains("2030") == true)
  }

  @Test("a province base before 2022 is carried by the province's own sourced counts (back-test)")
  func provinceBackTest() {
    let (study, _, diagnostics) = Self.load(
      #"{"regions": ["Limburg"], "until": 2022, "paths": ["trend"], "bases": [{"region": "Limburg", "year": 2017, "working": 39860, "source": "Decisio 2024"}]}"#
    )
    #expect(study != nil && diagnostics.isEmpty)
  }

  @Test("the trend is logistic: slope 8,607 at 2022, bound 25% of 600,000, never reached")
  func logisticTrend() {
    var p = ParameterSet(asOf: Projection.referenceDay)
    p.tracing = false
    let years = Array(2022...2050)
    let trend = GrowthPath.trend.levels(base: 82895, years: years, parameters: p)
    let k = 0.25 * 600_000.0
    let r = 8607 / (82895 * (1 - 82895 / k))
    for (t, level) in trend.enumerated() {
      #expect(abs(level - k / (1 + (k / 82895 - 1) * exp(-r * Double(t)))) < 1e-6)
      #expect(level < k)
    }
    // The first year's increase is close to the sourced slope, later ones smaller.
    #expect(abs((trend[1] - trend[0]) - 8607) < 900)
    #expect(trend[28] - trend[27] < trend[1] - trend[0])
    // 2030: 133,150 (was 151,751 on the straight line).
    #expect(abs(trend[8] - 133_150) < 50)
  }

  @Test("the Limburg trend stays below the labour force in every year and draw")
  func trendBelowLabourForce() throws {
    var base = ParameterSet(asOf: Projection.referenceDay)
    base.tracing = false
    let sampler = ParameterSampler(base)
    let years = Array(2022...2050)
    var highest = 0.0
    for draw in 0..<2000 {
      let p = sampler.parameterSet(forDraw: draw, seed: 11)
      let labourForce = p["region.limburg.labourForce"]
      let levels = GrowthPath.trend.levels(base: 82895, years: years, parameters: p)
      for level in levels {
        #expect(level < labourForce)
        #expect(level < p["region.path.trend.labourForceCeiling"] * labourForce)
        highest = max(highest, level / labourForce)
      }
    }
    #expect(highest < 0.33)
    // And the default province study warns about nothing.
    let study = ProjectionStudy(
      title: "t", regions: ["Limburg"],
      paths: [.trend, .expectation2030, .moderateGrowth, .fewerMigrants], until: 2050)
    let area = try ProjectionArea.resolve("Limburg", regions: .limburg, bases: [], supply: [])
      .get()
    let projection = Projection(
      study, areas: [area], regions: .limburg,
      options: EnsembleOptions(draws: 300, seed: 3, threads: 2))
    #expect(ProjectionPlausibility.warnings(projection).isEmpty)
    for year in years {
      let band = try #require(projection.areas[0].band(path: 0, .working, year: year))
      #expect(band.p90 < 600_000)
    }
  }

  @Test("the central line of every path's fan lies inside its P10–P90 band, every year")
  func centralInsideBand() throws {
    let study = ProjectionStudy(
      title: "t", regions: ["Limburg"],
      paths: [.trend, .expectation2030, .moderateGrowth, .fewerMigrants], until: 2050)
    let area = try ProjectionArea.resolve("Limburg", regions: .limburg, bases: [], supply: [])
      .get()
    let projection = Projection(
      study, areas: [area], regions: .limburg,
      options: EnsembleOptions(draws: 500, seed: 5, threads: 2))
    let result = projection.areas[0]
    for (index, path) in study.paths.enumerated() {
      for year in result.years.dropFirst() {
        let central = try #require(result.value(path: index, .working, year: year))
        let band = try #require(result.band(path: index, .working, year: year))
        #expect(
          band.p10 <= central && central <= band.p90,
          "\(path.name) \(year): \(central) outside \(band.p10)–\(band.p90)")
      }
    }
  }

  @Test("a custom province path above the labour-force bound is reported")
  func customAboveBound() throws {
    let study = ProjectionStudy(
      title: "t", regions: ["Limburg"],
      paths: [.custom(CustomPath(targets: [2040: 200_000]))], until: 2045)
    let area = try ProjectionArea.resolve("Limburg", regions: .limburg, bases: [], supply: [])
      .get()
    let projection = Projection(study, areas: [area], regions: .limburg, options: nil)
    let warnings = ProjectionPlausibility.warnings(projection)
    #expect(warnings.count == 1)
    // 150,000 is passed in 2033: 82,895 + (200,000 − 82,895) × 11/18 = 154,459 (2032: 147,953).
    #expect(warnings.first?.message.contains("2033") == true)
    #expect(warnings.first?.message.contains("150,000") == true)
  }
}
