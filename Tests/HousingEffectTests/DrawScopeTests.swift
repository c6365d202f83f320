import Testing

@testable import HousingEffect

/// A Monte Carlo draw computes only what the key indicators read, into a parameter set its
/// worker reuses (issue 18, item 3). These tests hold the short path to the full one: the same
/// numbers, from the same formulas.
@Suite("Draws: key indicators only, parameter sets reused")
struct DrawScopeTests {
  /// A defaulted distribution centre with a construction phase (Venlo), and a glasshouse with
  /// seasonal and agency staff (Horst aan de Maas): a peak by the sector factor and one by the
  /// season.
  static let cases: [(Establishment, HostRegion)] = {
    func region(_ name: String) -> HostRegion {
      guard case .success(let municipality) = RegionData.limburg.municipality(named: name) else {
        fatalError("\(name) is in the built-in data")
      }
      return HostRegion(municipality)
    }
    let centre = Establishment(
      name: "DC", municipality: "Venlo", type: .distributionEcommerce, size: .floorArea(60_000),
      startYear: 2028, rampUp: [0.5, 0.85, 1.0],
      construction: ConstructionPhase(workers: 180, startYear: 2026, durationMonths: 16),
      freeLegalBeds: 100)
    let glasshouse = Establishment(
      name: "Glasshouse", municipality: "Horst aan de Maas", type: .glasshouseTomato,
      size: .jobs(300), startYear: 2027,
      workforce: [
        WorkforceSegment(label: "own", share: 0.4, contract: .permanent, skill: .mid),
        WorkforceSegment(label: "agency", share: 0.35, contract: .agency, skill: .low),
        WorkforceSegment(label: "season", share: 0.25, contract: .seasonal, skill: .low),
      ])
    return [(centre, region("Venlo")), (glasshouse, region("Horst aan de Maas"))]
  }()

  @Test("a parameter set redrawn in place holds the values of a freshly drawn one")
  func redrawInPlace() {
    for (establishment, region) in Self.cases {
      let run = AssessmentEnsemble.Run(establishment, region: region, years: [2030])
      var reused = run.workerSet()
      // Out of order, so each redraw starts from another draw's values.
      for draw in [5, 0, 17, 3, 3, 40, 1] {
        run.sampler.redraw(&reused, forDraw: draw, seed: 9)
        let fresh = run.sampler.parameterSet(forDraw: draw, seed: 9)
        #expect(reused.values == fresh.values)
        #expect(reused.values == run.sampler.values(forDraw: draw, seed: 9))
        #expect(!reused.tracing)
      }
    }
  }

  @Test("a draw's key indicators equal those of the full assessment with the same parameters")
  func keyIndicatorScope() {
    for (establishment, region) in Self.cases {
      let point = Assessment(
        establishment, region: region,
        parameters: ParameterSet(asOf: establishment.referenceDay))
      let years = point.years
      let run = AssessmentEnsemble.Run(establishment, region: region, years: years)
      var reused = run.workerSet()
      for draw in 0..<12 {
        var row = [Double](repeating: .nan, count: run.width)
        row.withUnsafeMutableBufferPointer {
          run.fill($0, draw: draw, seed: 4, reusing: &reused)
        }
        var parameters = run.sampler.parameterSet(forDraw: draw, seed: 4)
        parameters.tracing = true
        let full = Assessment(
          run.establishment, region: region, parameters: parameters, through: years.last)
        let expected = years.flatMap { full.keyIndicatorValues(year: $0) }
        #expect(row == expected)
        // The short path builds no scorecard; the full one holds the headline's values.
        let short = run.assessment(run.sampler.parameterSet(forDraw: draw, seed: 4))
        #expect(short.welfare.years.isEmpty)
        #expect(short.welfare.headline == full.welfare.headline)
        for (index, year) in full.welfare.years.enumerated() {
          #expect(year.indicator("welfare.wageRatio")?.value == full.welfare.headline.wageRatio)
          #expect(year.indicator("welfare.localShare")?.value == full.welfare.headline.localShare)
          #expect(
            year.indicator("welfare.wageSum")?.value
              == full.welfare.headline.wageSum(fte: full.workforce.years[index].fte))
        }
      }
    }
  }

  @Test(
    "percentiles selected one after the other equal those of a sorted copy, at every small size")
  func percentilesBySortAtSmallSizes() {
    var generator = SplitMix64(seed: 21)
    for count in 1...40 {
      for round in 0..<5 {
        // Round 0 has many ties; the others distinct values.
        let values = (0..<count).map { _ in
          round == 0
            ? (generator.nextUnitInterval() * 3).rounded() : generator.nextUnitInterval() * 100
        }
        let sorted = values.sorted()
        func type7(_ q: Double) -> Double {
          let h = Double(count - 1) * q
          let below = Int(h)
          let upper = sorted[min(below + 1, count - 1)]
          return h - Double(below) > 0
            ? sorted[below] + (h - Double(below)) * (upper - sorted[below]) : sorted[below]
        }
        let selected = Percentiles(of: values)
        #expect(selected.p10 == type7(0.1), "n = \(count)")
        #expect(selected.p50 == type7(0.5), "n = \(count)")
        #expect(selected.p90 == type7(0.9), "n = \(count)")
      }
    }
  }

  @Test("the headline by hand: wage per job mixes sector and agency wages by the agency share")
  func headlineByHand() {
    let (establishment, region) = Self.cases[1]
    let parameters = ParameterSet(asOf: establishment.referenceDay)
    let assessment = Assessment(establishment, region: region, parameters: parameters)
    let sector = parameters[.welfareWagePerJob(.glasshouse)]
    let agency = parameters[.welfareWagePerJobStaffingServices]
    let wage = 0.65 * sector + 0.35 * agency
    #expect(abs(assessment.welfare.headline.wagePerJob - wage) <= 1e-9 * wage)
    #expect(
      abs(
        assessment.welfare.headline.wageRatio - wage / parameters[.welfareWagePerJobAll])
        <= 1e-12)
    let fte = assessment.workforce.years.last!.fte
    #expect(abs(fte - 300) <= 1e-9)
  }
}
