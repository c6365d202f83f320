import Testing

@testable import HousingEffect

/// The broad-welfare indicators of a projection (issue 19, item 7) against hand calculations
/// from the projection's own figures and the catalogue's thresholds, and the residence shares
/// the `assess` map draws (item 8).
@Suite("Projection welfare and residence shares")
struct ProjectionWelfareTests {
  static let study = ProjectionStudy(
    title: "t", regions: ["Venray"], paths: [.expectation2030, .fewerMigrants], until: 2040,
    plannedSupply: [.init(region: "Venray", name: nil, year: 2028, beds: 300, dwellings: 20)],
    establishments: [])

  @Test("the four indicators are the scorecard's ratios of the projection's figures")
  func byHand() throws {
    let area = try ProjectionArea.resolve("Venray", regions: .limburg, bases: [], supply: []).get()
    let projection = Projection(Self.study, areas: [area], regions: .limburg, options: nil)
    let result = try #require(projection.areas.first)
    let welfare = ProjectionWelfare(study: Self.study)
    let p = welfare.parameters
    let population = area.host.population
    let dwellingStock = try #require(area.host.dwellings)
    for path in result.paths.indices {
      for year in [2025, 2030, 2040] {
        let card = welfare.indicators(result, path: path, year: year)
        #expect(card.map(\.id) == ProjectionWelfare.indicators)
        func value(_ id: ProjectionIndicator) throws -> Double {
          try #require(result.value(path: path, id, year: year))
        }
        // Migrants per 1,000: residents ÷ population × 1,000.
        let per1000 = try value(.resident) / population * 1000
        #expect(abs((card[0].value ?? -1) - per1000) < 1e-9)
        let attention = p["welfare.threshold.migrantsPer1000.attention"]
        let high = p["welfare.threshold.migrantsPer1000.high"]
        #expect(
          card[0].rating
            == (per1000 > high ? .negative : per1000 > attention ? .attention : .neutral))
        // Housing pressure: long-stay dwellings ÷ the dwelling stock.
        let pressure = try value(.longStayDwellings) / dwellingStock
        #expect(abs((card[1].value ?? -1) - pressure) < 1e-12)
        #expect(
          card[1].rating
            == (pressure > p["welfare.threshold.housingPressure.attention"]
              ? .attention : .neutral))
        // Unmet temporary need: the gap ÷ short- and mid-stay beds.
        let need = try value(.shortStayBeds) + value(.midStayBeds)
        let unmet = try value(.temporaryGap) / need
        #expect(abs((card[2].value ?? -1) - unmet) < 1e-12)
        let unmetAttention = p["welfare.threshold.unmetHousingShare.attention"]
        #expect(
          card[2].rating
            == (unmet <= 0 ? .positive : unmet <= unmetAttention ? .attention : .negative))
        // Facility pressure: the larger of GP FTE ÷ (population ÷ patients per FTE) and
        // primary places ÷ (population × pupils per 1,000 ÷ 1,000).
        let gp = try value(.gpFTE) / (population / p["facilities.gp.patientsPerFTE"])
        let primary =
          try value(.primaryPlaces)
          / (population * p["facilities.school.primaryPupilsPer1000"] / 1000)
        #expect(abs((card[3].value ?? -1) - max(gp, primary)) < 1e-12)
      }
    }
    // Venray's whole stock is far above the per-establishment thresholds: negative.
    #expect(welfare.indicators(result, path: 0, year: 2030)[0].rating == .negative)
    #expect(welfare.indicators(result, path: 0, year: 2070).isEmpty)
  }

  @Test("the rating rules are the ones assess applies (boundaries)")
  func rules() {
    #expect(Welfare.rate(10, attention: 10, negative: 25) == .neutral)
    #expect(Welfare.rate(10.1, attention: 10, negative: 25) == .attention)
    #expect(Welfare.rate(25.1, attention: 10, negative: 25) == .negative)
    #expect(Welfare.rateUnmet(0, need: 100, attention: 0.1) == .positive)
    #expect(Welfare.rateUnmet(0.5, need: 0, attention: 0.1) == .positive)
    #expect(Welfare.rateUnmet(0.1, need: 100, attention: 0.1) == .attention)
    #expect(Welfare.rateUnmet(0.11, need: 100, attention: 0.1) == .negative)
    #expect(Welfare.unmetShare(shortfall: 5, need: 0) == 0)
    #expect(FacilityLoad.per1000(50, population: 10_000) == 5)
    #expect(HousingDemand.pressure(10, stock: nil) == nil)
    #expect(HousingDemand.pressure(10, stock: 0) == nil)
    #expect(HousingDemand.pressure(10, stock: 1000) == 0.01)
  }

  @Test("residence shares: host, neighbours by population, the rest of Limburg; sum as split")
  func shares() throws {
    let venlo = try RegionData.limburg.municipality(named: "Venlo").get()
    var parameters = ParameterSet(asOf: .jan1(2028))
    parameters.tracing = false
    let split = ResidenceSplit(
      residence: ResidenceShares(host: 0.5, restOfRegion: 0.4, outsideProvince: 0.1),
      region: HostRegion(venlo), parameters: parameters)
    let shares = split.shares(host: venlo, regions: .limburg)
    #expect(shares[venlo.code] == 0.5)
    let total = shares.values.reduce(0, +)
    #expect(abs(total - (split.host + split.neighbours + split.restOfProvince)) < 1e-12)
    // The neighbours' share is spread by population over the named neighbours.
    let neighbours = venlo.neighbours.compactMap {
      try? RegionData.limburg.municipality(named: $0).get()
    }.filter { $0.code != venlo.code }
    let population = neighbours.reduce(0.0) { $0 + Double($1.population.value) }
    let rest = RegionData.limburg.municipalities.filter { m in
      m.code != venlo.code && !neighbours.contains { $0.code == m.code } && m.isInLimburg
    }
    let restPopulation = rest.reduce(0.0) { $0 + Double($1.population.value) }
    let first = try #require(neighbours.first)
    #expect(
      abs(
        (shares[first.code] ?? 0)
          - split.neighbours * Double(first.population.value) / population) < 1e-12)
    let other = try #require(rest.first)
    #expect(
      abs(
        (shares[other.code] ?? 0)
          - split.restOfProvince * Double(other.population.value) / restPopulation) < 1e-12)
  }
}
