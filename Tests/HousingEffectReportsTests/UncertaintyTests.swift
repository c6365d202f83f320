import Foundation
import HousingEffect
import Testing

/// The Monte Carlo engine: distributions, joint draws, determinism across threads, and ranges
/// that bracket the point estimates.
@Suite("Uncertainty: draws, ensembles and ranges")
struct UncertaintyTests {
  @Test("the triangular quantile runs from low through the mode to high")
  func triangular() {
    let t = TriangularDistribution(low: 60, mode: 90, high: 180)
    #expect(t.quantile(0) == 60)
    #expect(t.quantile(1) == 180)
    // The mode sits at the share (mode − low) / (high − low) = 0.25 of the draws.
    #expect(abs(t.quantile(0.25) - 90) < 1e-9)
    // Hand calculation: u = 0.1 < 0.25 → 60 + √(0.1 × 120 × 30) = 60 + 18.97…
    #expect(abs(t.quantile(0.1) - (60 + (0.1 * 120 * 30).squareRoot())) < 1e-12)
    var previous = -Double.infinity
    for step in 0...100 {
      let value = t.quantile(Double(step) / 100)
      #expect(value >= previous)
      previous = value
    }
    #expect(TriangularDistribution(low: 5, mode: 5, high: 5).quantile(0.7) == 5)
  }

  @Test("the uniform and log-triangular shapes draw over the same range by hand")
  func shapes() {
    // Uniform over 0.1…0.75: the quantile is low + u × width, whatever the mode.
    let u = TriangularDistribution(low: 0.1, mode: 0.45, high: 0.75, shape: .uniform)
    #expect(u.quantile(0) == 0.1)
    #expect(abs(u.quantile(1) - 0.75) < 1e-12)
    #expect(abs(u.quantile(0.9) - (0.1 + 0.9 * 0.65)) < 1e-12)  // 0.685
    #expect(abs(u.quantile(0.5) - 0.425) < 1e-12)
    // Log-triangular over 20…80 with mode 40: ln 20, ln 40, ln 80 are evenly spaced, so the
    // triangle on the log scale is symmetric and its median is the mode, 40; at u = 0.125
    // the log value is ln 20 + √(0.125 × ln 4 × ln 2) = ln 20 + ln 2 / 2, i.e. 20 × √2.
    let g = TriangularDistribution(low: 20, mode: 40, high: 80, shape: .logTriangular)
    #expect(abs(g.quantile(0.5) - 40) < 1e-9)
    #expect(abs(g.quantile(0.125) - 20 * 2.0.squareRoot()) < 1e-9)
    #expect(abs(g.quantile(0.875) - 80 / 2.0.squareRoot()) < 1e-9)
    #expect(abs(g.quantile(0) - 20) < 1e-9)
    #expect(abs(g.quantile(1) - 80) < 1e-9)
    // Log-uniform halves over 25…400 with value 100: u = 0.5 is the value; u = 0.25 is
    // halfway between ln 25 and ln 100, i.e. 50; u = 0.75 halfway between ln 100 and ln 400, 200.
    let h = TriangularDistribution(low: 25, mode: 100, high: 400, shape: .logUniformHalves)
    #expect(abs(h.quantile(0.5) - 100) < 1e-9)
    #expect(abs(h.quantile(0.25) - 50) < 1e-9)
    #expect(abs(h.quantile(0.75) - 200) < 1e-9)
    #expect(abs(h.quantile(0.1) - 25 * pow(4, 0.2)) < 1e-9)
    #expect(abs(h.quantile(1) - 400) < 1e-9)
    // A lower end at 0 has no logarithm: drawn triangular.
    let z = TriangularDistribution(low: 0, mode: 1, high: 4, shape: .logTriangular)
    #expect(z.quantile(0.1) == TriangularDistribution(low: 0, mode: 1, high: 4).quantile(0.1))
  }

  @Test("the sampler draws a catalogue parameter in its declared shape")
  func samplerUsesShape() {
    let id: ParameterID = .jobsConstructionShareFromElsewhere
    let catalog = ParameterCatalog.standard
    #expect(catalog[id]?.shape == .uniform)
    let sampler = ParameterSampler(
      ParameterSet(catalog: catalog, asOf: Day(year: 2026, month: 1, day: 1)!))
    let position = catalog.position(of: id)!
    let distribution = sampler.distributions[position]
    #expect(distribution?.shape == .uniform)
    #expect(distribution?.low == 0.1 && distribution?.high == 0.75)
  }

  @Test("percentiles interpolate between order statistics (type 7), with ties and shuffles")
  func percentiles() {
    let p = Percentiles(of: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1])
    #expect(abs(p.p10 - 1.9) < 1e-12)
    #expect(abs(p.p50 - 5.5) < 1e-12)
    #expect(abs(p.p90 - 9.1) < 1e-12)
    let zeros = Percentiles(of: Array(repeating: 0, count: 1_000))
    #expect(zeros == Percentiles(p10: 0, p50: 0, p90: 0))
    var generator = SplitMix64(seed: 3)
    let values = (0..<2_001).map { _ in (generator.nextUnitInterval() * 10).rounded() }
    let sorted = values.sorted()
    func type7(_ q: Double) -> Double {
      let h = Double(sorted.count - 1) * q
      let below = Int(h)
      return sorted[below] + (h - Double(below))
        * (sorted[min(below + 1, sorted.count - 1)] - sorted[below])
    }
    let selected = Percentiles(of: values)
    #expect(selected.p10 == type7(0.1))
    #expect(selected.p50 == type7(0.5))
    #expect(selected.p90 == type7(0.9))
  }

  @Test("every draw keeps shares consistent and orders intact, and stays inside the ranges")
  func jointDraws() {
    let catalog = ParameterCatalog.standard
    let sampler = ParameterSampler(ParameterSet(asOf: Examples.venlo.establishment.referenceDay))
    for draw in 0..<2_000 {
      let values = sampler.values(forDraw: draw, seed: 11)
      for rule in sampler.constraints {
        let positions = rule.parameters.compactMap { catalog.position(of: $0) }
        switch rule {
        case .sharesAtMostOne:
          let sum = positions.reduce(0) { $0 + values[$1] }
          #expect(sum <= 1 + 1e-12, "draw \(draw): \(rule.parameters) sum to \(String(sum))")
        case .ordered:
          #expect(values[positions[0]] <= values[positions[1]], "draw \(draw): \(rule.parameters)")
        }
      }
      for (position, parameter) in catalog.parameters.enumerated() {
        let value = values[position]
        #expect(value >= parameter.low - 1e-12 && value <= parameter.high + 1e-12)
      }
    }
  }

  @Test("stay shares of every contract add up to one in every draw of every example")
  func staySharesAddUp() throws {
    for example in Examples.all {
      let run = AssessmentEnsemble.Run(
        example.establishment, region: example.region, years: example.assessment.years)
      for draw in 0..<200 {
        let assessment = run.assessment(run.sampler.parameterSet(forDraw: draw, seed: 5))
        for year in assessment.migration.years {
          let stays = year.labourMigrantsAverage
          #expect(stays.short >= 0 && stays.mid >= 0 && stays.long >= 0)
        }
        for segment in assessment.workforce.segments {
          #expect(segment.share >= 0 && segment.share <= 1)
        }
        let total = assessment.workforce.segments.reduce(0) { $0 + $1.share }
        #expect(abs(total - 1) < 1e-9 || example.establishment.workforce != nil, "\(example.id)")
      }
    }
  }

  @Test("an override without a range is fixed; with a range it is drawn within it")
  func overrides() {
    let fixed = ParameterOverride("migration.residence.hostShare", value: 0.7)
    let ranged = ParameterOverride(
      "migration.domesticRelocationShare", value: 0.1, low: 0.05, high: 0.3)
    let sampler = ParameterSampler(
      ParameterSet(asOf: Examples.venlo.establishment.referenceDay, overrides: [fixed, ranged]))
    let host = ParameterSet.standardPosition("migration.residence.hostShare")
    let relocation = ParameterSet.standardPosition("migration.domesticRelocationShare")
    var seen: Set<Double> = []
    for draw in 0..<500 {
      let values = sampler.values(forDraw: draw, seed: 1)
      #expect(values[host] == 0.7)
      #expect(values[relocation] >= 0.05 && values[relocation] <= 0.3)
      seen.insert(values[relocation])
    }
    #expect(seen.count > 400)
    let fixedIDs = sampler.fixedParameters.map { $0.id }
    #expect(fixedIDs.contains("migration.residence.hostShare"))
    #expect(!fixedIDs.contains("migration.domesticRelocationShare"))
    // Besides the override, only norms and thresholds stay fixed: choices, not uncertainties.
    for fixed in sampler.fixedParameters where fixed.id != "migration.residence.hostShare" {
      #expect(fixed.reason == .normative && ParameterSampler.isNormative(fixed.id))
    }
    #expect(fixedIDs.contains("housing.norm.snf.personsPerBedroom"))
  }

  @Test("traced and untraced runs give the same numbers, bit for bit", arguments: Examples.all)
  func tracedEqualsUntraced(_ example: Examples.Example) {
    let traced = example.assessment
    var untracedSet = ParameterSet(
      asOf: example.establishment.referenceDay, overrides: example.establishment.overrides)
    untracedSet.tracing = false
    var bare = example.establishment
    bare.overrides = []
    let untraced = Assessment(bare, region: example.region, parameters: untracedSet)
    #expect(untraced.trace.entries.isEmpty)
    #expect(!traced.trace.entries.isEmpty)
    for year in traced.years {
      #expect(traced.keyIndicatorValues(year: year) == untraced.keyIndicatorValues(year: year))
    }
  }

  @Test("the same seed gives the same matrix on one, two and five threads")
  func threadCountDoesNotMatter() {
    let example = Examples.venlo
    let run = AssessmentEnsemble.Run(
      example.establishment, region: example.region, years: example.assessment.years)
    let one = run.matrix(EnsembleOptions(draws: 300, seed: 9, threads: 1))
    let two = run.matrix(EnsembleOptions(draws: 300, seed: 9, threads: 2))
    let five = run.matrix(EnsembleOptions(draws: 300, seed: 9, threads: 5))
    #expect(one == two)
    #expect(one == five)
    #expect(one.percentiles(threads: 1) == five.percentiles(threads: 3))
    let other = run.matrix(EnsembleOptions(draws: 300, seed: 10, threads: 1))
    #expect(one != other)
  }

  @Test(
    "P10 ≤ P50 ≤ P90 everywhere, and the headline point values lie inside P10–P90",
    arguments: Examples.all)
  func rangesBracketThePoint(_ example: Examples.Example) throws {
    let assessment = example.assessment
    let ensemble = AssessmentEnsemble(
      example.establishment, region: example.region, years: assessment.years,
      options: EnsembleOptions(draws: 1_000, threads: 2))
    for year in ensemble.years {
      for band in year.ranges {
        #expect(band.p10 <= band.p50 && band.p50 <= band.p90)
        #expect(band.p10.isFinite && band.p90.isFinite)
      }
    }
    let ranges = try #require(ensemble.ranges(year: assessment.fullOperationYear))
    let headline: [IndicatorID] = [
      "migration.labourMigrants", "housing.shortStayBeds", "housing.midStayRooms",
      "housing.longStayDwellings",
    ]
    // A point may fall outside its band only when a parameter's value sits at an end of its
    // range (every draw then lies on one side); the report says so. Swinging those parameters'
    // ranges out of the picture, the point must lie inside.
    for indicator in assessment.keyIndicators(year: assessment.fullOperationYear)
    where headline.contains(indicator.id) {
      let band = try #require(ranges[indicator.id])
      let inside = band.p10 <= indicator.value + 1e-9 && indicator.value <= band.p90 + 1e-9
      if !inside {
        #expect(
          !ensemble.oneSidedParameters.isEmpty,
          "\(example.id) \(indicator.id): \(indicator.value) outside \(band.p10)–\(band.p90)")
        var centred = example.establishment
        centred.overrides += ensemble.oneSidedParameters.map {
          ParameterOverride($0, value: ParameterSet(asOf: centred.referenceDay)[$0])
        }
        let fixed = AssessmentEnsemble(
          centred, region: example.region, years: [assessment.fullOperationYear],
          options: EnsembleOptions(draws: 1_000, threads: 2))
        let fixedBand = try #require(
          fixed.ranges(year: assessment.fullOperationYear)?[indicator.id])
        #expect(
          fixedBand.p10 <= indicator.value + 1e-9 && indicator.value <= fixedBand.p90 + 1e-9,
          "\(example.id) \(indicator.id) with one-sided parameters fixed")
      }
    }
  }

  @Test("sensitivity's housing-need swing of the floor-area density is check's swing")
  func sensitivityMatchesCheck() throws {
    let assessment = Examples.venlo.assessment
    let sensitivity = Sensitivity(assessment, indicators: [.housingNeed])
    let swings = sensitivity.results[0].swings
    let id: ParameterID = "jobs.m2PerJob.distributionEcommerce"
    let rank = try #require(swings.firstIndex { $0.parameter == id })
    #expect(rank < 3)
    let check = try #require(assessment.housingNeedSwings().first { $0.id == id })
    let swing = swings[rank]
    #expect(swing.atLow == check.needAtLow && swing.atHigh == check.needAtHigh)
    // Fewer m² per job means more jobs: the need at the low density is the larger.
    #expect(swing.atLow > swing.atHigh)
    #expect(abs(sensitivity.results[0].base - assessment.housingNeed) < 1e-9)
  }

  @Test("variance shares are squared rank correlations between 0 and 1")
  func varianceShares() {
    let assessment = Examples.venlo.assessment
    let sensitivity = Sensitivity(
      assessment, indicators: [.housingNeed], options: EnsembleOptions(draws: 400, threads: 2))
    let shares = sensitivity.results[0].swings.compactMap(\.varianceShare)
    #expect(shares.count == sensitivity.results[0].swings.count)
    #expect(shares.allSatisfy { $0 >= 0 && $0 <= 1 })
    // The density is the leading driver in the draws too.
    let density = sensitivity.results[0].swings.first {
      $0.parameter == "jobs.m2PerJob.distributionEcommerce"
    }
    #expect((density?.varianceShare ?? 0) > 0.3)
  }

  @Test("adding a parameter leaves every other parameter's draws unchanged")
  func streamsKeyedByID() {
    let day = Examples.venlo.establishment.referenceDay
    // An id that sorts before almost every other, so a position-keyed sampler would shift
    // the uniform numbers of nearly the whole catalogue.
    let dummy = Parameter(
      "aaa.testOnly.dummy", label: "dummy", description: "A parameter for this test only.",
      unit: .share, value: 0.5, from: day, low: 0.1, high: 0.9,
      .assumption(rationale: "test"))
    let standard = ParameterSampler(ParameterSet(asOf: day))
    let extended = ParameterSampler(
      ParameterSet(
        catalog: ParameterCatalog(ParameterCatalog.standard.parameters + [dummy]), asOf: day))
    #expect(extended.drawnParameters.count == standard.drawnParameters.count + 1)
    let catalog = ParameterCatalog.standard
    let shifted = ParameterCatalog(ParameterCatalog.standard.parameters + [dummy])
    var dummyValues: Set<Double> = []
    for draw in 0..<300 {
      let before = standard.values(forDraw: draw, seed: 3)
      let after = extended.values(forDraw: draw, seed: 3)
      for (position, parameter) in catalog.parameters.enumerated() {
        let moved = shifted.position(of: parameter.id) ?? -1
        #expect(before[position] == after[moved], "draw \(draw): \(parameter.id)")
      }
      dummyValues.insert(after[shifted.position(of: dummy.id) ?? 0])
    }
    // The new parameter is drawn on its own stream.
    #expect(dummyValues.count > 250)
  }

  @Test("a difference in a comparison has its own band from common random numbers")
  func commonRandomNumbers() throws {
    var alternative = Examples.venlo.establishment
    alternative.size = .floorArea(30_000)
    // Half the floor area, every parameter drawn the same: the difference is exactly the
    // baseline's draw minus the alternative's, so its band is narrower than either run's.
    let years = [Examples.venlo.assessment.fullOperationYear]
    let options = EnsembleOptions(draws: 500, threads: 2)
    let base = AssessmentEnsemble.Run(
      Examples.venlo.establishment, region: Examples.venlo.region, years: years
    ).matrix(options)
    let half = AssessmentEnsemble.Run(alternative, region: Examples.venlo.region, years: years)
      .matrix(options)
    let column = try #require(Assessment.keyIndicatorIDs.firstIndex(of: "staffing.operationFTE"))
    for draw in 0..<base.rows {
      #expect(abs(half[draw, column] * 2 - base[draw, column]) < 1e-6)
    }
  }
}

extension ParameterSet {
  /// The position of `id` in the standard catalogue, for tests.
  static func standardPosition(_ id: ParameterID) -> Int {
    ParameterCatalog.standard.position(of: id) ?? -1
  }
}
