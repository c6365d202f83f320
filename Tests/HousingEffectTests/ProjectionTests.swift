import Foundation
import Testing

@testable import HousingEffect

/// The projection model: growth paths against hand calculations, conservation of the stock by
/// stay class, the stages shared with `assess`, determinism and with-versus-without.
@Suite("Projection")
struct ProjectionTests {
  static let parameters: ParameterSet = {
    var set = ParameterSet(asOf: Projection.referenceDay)
    set.tracing = false
    return set
  }()

  static func area(_ name: String, bases: [ProjectionStudy.Base] = []) throws -> ProjectionArea {
    try ProjectionArea.resolve(name, regions: .limburg, bases: bases, supply: []).get()
  }

  static let meatPlant = Establishment(
    name: "Meat plant", municipality: "Venray", type: .meatProcessing, size: .jobs(650),
    startYear: 2027)

  @Test("the named paths follow their parameters (hand calculations)")
  func pathsByHand() throws {
    let years = Array(2022...2050)
    let p = Self.parameters
    let trend = GrowthPath.trend.levels(base: 82895, years: years, parameters: p)
    // Logistic from 2022 towards 25% of the labour force of 600,000 (ProjectionPlausibilityTests).
    let k = 150_000.0
    let r = 8607 / (82895 * (1 - 82895 / k))
    #expect(abs(trend[8] - k / (1 + (k / 82895 - 1) * exp(-r * 8))) < 1e-6)  // 2030: 133,150
    let expectation = GrowthPath.expectation2030.levels(base: 82895, years: years, parameters: p)
    #expect(abs(expectation[4] - (82895 + (104_000 - 82895) * 4.0 / 8)) < 1e-6)  // 2026
    #expect(abs(expectation[8] - 104_000) < 1e-6)
    #expect(abs(expectation[28] - 104_000) < 1e-6)  // 0% after 2030
    // Moderate growth and reduced use: the expectation to 2030, then (1 + 1%)(1 − 2%) a year.
    let moderate = GrowthPath.moderateGrowth.levels(base: 82895, years: years, parameters: p)
    #expect(moderate[4] == expectation[4])
    #expect(abs(moderate[8] - 104_000) < 1e-6)
    #expect(abs(moderate[28] - 104_000 * pow(1.01 * 0.98, 20)) < 1e-6)  // 2050: 84,719
    let fewer = GrowthPath.fewerMigrants.levels(base: 82895, years: years, parameters: p)
    #expect(abs(fewer[10] - 82895 * pow(0.99, 10)) < 1e-6)
    // A municipality follows the province path's relative change from its own base year.
    let venray = GrowthPath.expectation2030.levels(
      base: 8000, years: Array(2025...2030), parameters: p)
    let province2025 = 82895 + (104_000 - 82895) * 3.0 / 8
    #expect(abs(venray[5] - 8000 * 104_000 / province2025) < 1e-6)
    // Custom targets: straight lines between the base and the targets, then held.
    let custom = GrowthPath.custom(CustomPath(targets: [2030: 9000, 2040: 7000]))
      .levels(base: 8000, years: Array(2025...2045), parameters: p)
    #expect(custom[0] == 8000)
    #expect(abs(custom[3] - 8600) < 1e-9)  // 2028
    #expect(abs(custom[10] - 8000) < 1e-9)  // 2035
    #expect(custom[20] == 7000)  // 2045
    // Custom rates: a year without a rate keeps the last one.
    let rates = GrowthPath.custom(CustomPath(growthRates: [2026: 0.1, 2028: -0.5]))
      .levels(base: 1000, years: Array(2025...2029), parameters: p)
    #expect(rates.map { ($0 * 1000).rounded() / 1000 } == [1000, 1100, 1210, 605, 302.5])
  }

  @Test(
    "conservation: stock(t) = stock(t−1) + arrivals − departures per stay class every year",
    arguments: [0.05, -0.2, 0.0])
  func conservation(growth: Double) {
    // Steep growth, a steep fall (more leave than the stay lengths end) and a flat path.
    let years = Array(2022...2050)
    let levels = years.indices.map { 10_000 * pow(1 + growth, Double($0)) }
    let flow = StockFlow(years: years, levels: levels, parameters: Self.parameters)
    for (before, year) in zip(flow.years, flow.years.dropFirst()) {
      let s = before.stock
      let n = year.stock
      #expect(abs(n.short - (s.short + year.arrivals.short - year.departures.short)) < 1e-6)
      #expect(abs(n.mid - (s.mid + year.arrivals.mid - year.departures.mid)) < 1e-6)
      #expect(abs(n.long - (s.long + year.arrivals.long - year.departures.long)) < 1e-6)
      #expect(abs(n.total - levels[years.firstIndex(of: year.year)!]) < 1e-6)
      for value in [
        year.arrivals.short, year.arrivals.mid, year.arrivals.long,
        year.departures.short, year.departures.mid, year.departures.long, year.settled,
      ] {
        #expect(value >= 0)
      }
      // Settlement moves migrants from mid to long: it is an exit of one and an entry of the other.
      #expect(year.departures.mid >= year.settled - 1e-9)
      #expect(year.arrivals.long >= year.settled - 1e-9)
    }
  }

  @Test("the stay split of the base year is the catalogue's (Decisio 2020: 40% under a year)")
  func baseSplit() {
    let flow = StockFlow(years: [2022], levels: [82895], parameters: Self.parameters)
    let stock = flow.years[0].stock
    #expect(abs(stock.long - 82895 * 0.6) < 1e-6)
    // 40% under a year, of which 0.15 ÷ (0.15 + 0.25) short: the agency split of the catalogue.
    #expect(abs(stock.short - 82895 * 0.4 * 0.375) < 1e-6)
    #expect(abs(stock.mid - 82895 * 0.4 * 0.625) < 1e-6)
  }

  @Test("the path's households, housing and facilities are the stages of assess, on its stock")
  func sameStages() throws {
    let area = try Self.area("Limburg")
    let study = ProjectionStudy(title: "t", regions: ["Limburg"], paths: [.trend], until: 2030)
    let projection = Projection(study, areas: [area], regions: .limburg, options: nil)
    let result = projection.areas[0]
    // Rebuild the stock by hand and run the stages directly.
    let p = Self.parameters
    let years = Array(2021...2030)
    let levels =
      [82895.0] + GrowthPath.trend.levels(base: 82895, years: Array(2022...2030), parameters: p)
    let flow = StockFlow(years: years, levels: levels, parameters: p)
    let outside = p["migration.residence.outsideProvinceShare"]
    let stock = MigrantStock(
      residence: ResidenceShares(host: 1 - outside, restOfRegion: 0, outsideProvince: outside),
      years: flow.years.map {
        Migration.Year(
          year: $0.year, labourMigrantsAverage: $0.stock,
          labourMigrantsPeak: $0.stock * p["region.stock.peakFactor"],
          labourMigrantsDistinct: $0.stock + $0.departures, labourMigrantArrivals: $0.arrivals,
          knowledgeMigrants: 0, knowledgeMigrantArrivals: 0, constructionMigrants: 0,
          crossBorderCommuters: 0, localReserve: 0, restOfNL: 0, domesticRelocators: 0)
      }, nonEuFraction: p["region.stock.nonEuShare"], reunificationStartYear: nil)
    let households = Households(stock, parameters: p)
    let housing = HousingDemand(
      stock, households: households, region: area.host,
      norm: .demandDefault(in: area.host.policyRegion), freeLegalBeds: 0,
      employerHousing: nil, parameters: p)
    let facilities = FacilityLoad(
      stock, households: households, housing: housing, region: area.host, parameters: p)
    for year in 2022...2030 {
      let i = year - 2021
      #expect(
        result.value(path: 0, .longStayDwellings, year: year)
          == housing.years[i].hostPeak.longStayDwellings)
      #expect(result.value(path: 0, .gpFTE, year: year) == facilities.years[i].gpFTE)
      #expect(
        result.value(path: 0, .familyMembers, year: year)
          == households.years[i].familyMembers * (1 - outside))
    }
    // Resident, registered and peak are distinct series from the working one.
    let working = try #require(result.value(path: 0, .working, year: 2030))
    let trend2030 = try #require(
      GrowthPath.trend.levels(base: 82895, years: Array(2022...2030), parameters: p).last)
    #expect(abs(working - trend2030) < 1e-6 && abs(working - 133_150) < 50)
    #expect(result.value(path: 0, .resident, year: 2030) == working * (1 - outside))
    // Registered: the mid and long stays living in Limburg at the share that keeps the whole
    // stock at 44% (the split holds on a growing path).
    let registered = try #require(result.value(path: 0, .registered, year: 2030))
    #expect(abs(registered - working * (1 - outside) * p["migration.brpRegisteredShare"]) < 1e-6)
  }

  @Test(
    "P50 of working labour migrants in Limburg in 2030 on the 2030-expectation path is in 96,000–112,000"
  )
  func expectation2030() throws {
    let study = ProjectionStudy(
      title: "t", regions: ["Limburg"], paths: [.expectation2030], until: 2030)
    let projection = Projection(
      study, areas: [try Self.area("Limburg")], regions: .limburg,
      options: EnsembleOptions(draws: 500, seed: 7, threads: 2))
    let band = try #require(projection.areas[0].band(path: 0, .working, year: 2030))
    #expect((96_000...112_000).contains(band.p50))
    #expect(band.p10 < band.p50 && band.p50 < band.p90)
  }

  static func venrayStudy(
    establishments: [Establishment],
    inPaths: ProjectionStudy.EstablishmentsInPaths = .included
  ) -> ProjectionStudy {
    ProjectionStudy(
      title: "t", regions: ["Venray"], paths: [.expectation2030, .fewerMigrants], until: 2040,
      plannedSupply: [.init(region: "Venray", name: nil, year: 2028, beds: 300, dwellings: 20)],
      establishments: establishments.map { .init(establishment: $0, source: "inline") },
      establishmentsInPaths: inPaths)
  }

  @Test(
    "the path alone, bit for bit, values and bands: without when added, with when included",
    arguments: [ProjectionStudy.EstablishmentsInPaths.added, .included])
  func pathAloneIsOneVariant(_ inPaths: ProjectionStudy.EstablishmentsInPaths) throws {
    let area = try Self.area("Venray")
    let options = EnsembleOptions(draws: 128, seed: 3, threads: 2)
    let alone = Projection(
      Self.venrayStudy(establishments: []), areas: [area], regions: .limburg, options: options)
    let with = Projection(
      Self.venrayStudy(establishments: [Self.meatPlant], inPaths: inPaths), areas: [area],
      regions: .limburg, options: options)
    let a = alone.areas[0]
    let w = with.areas[0]
    #expect(a.variants == [.without])
    #expect(w.variants == [.without, .with])
    let variant: ProjectionVariant = inPaths == .added ? .without : .with
    // The gaps and supply of the with-variant also hold the establishment's own beds.
    let pathOnly = ProjectionIndicator.allCases.filter {
      variant == .without || ![.temporarySupply, .temporaryGap].contains($0)
    }
    for path in a.paths.indices {
      for indicator in pathOnly {
        for year in a.years {
          #expect(
            a.value(path: path, indicator, year: year)
              == w.value(path: path, variant: variant, indicator, year: year))
          #expect(
            a.band(path: path, indicator, year: year)
              == w.band(path: path, variant: variant, indicator, year: year))
        }
      }
    }
  }

  @Test("adding an establishment never lowers any need, in any year, path or percentile")
  func establishmentNeverLowersNeed() throws {
    let area = try Self.area("Venray")
    let projection = Projection(
      Self.venrayStudy(establishments: [Self.meatPlant]), areas: [area], regions: .limburg,
      options: EnsembleOptions(draws: 128, seed: 5, threads: 1))
    let result = projection.areas[0]
    var raised = false
    for path in result.paths.indices {
      for indicator in ProjectionIndicator.allCases where indicator.isNeed {
        for year in result.years {
          let without = try #require(result.value(path: path, indicator, year: year))
          let with = try #require(result.value(path: path, variant: .with, indicator, year: year))
          #expect(with >= without, "\(indicator) \(year)")
          if with > without { raised = true }
          let a = try #require(result.band(path: path, indicator, year: year))
          let b = try #require(result.band(path: path, variant: .with, indicator, year: year))
          #expect(b.p10 >= a.p10 && b.p50 >= a.p50 && b.p90 >= a.p90, "\(indicator) \(year)")
        }
      }
      // Before the plant starts nothing changes.
      #expect(
        result.value(path: path, variant: .with, .working, year: 2026)
          == result.value(path: path, .working, year: 2026))
    }
    #expect(raised)
  }

  @Test("the same seed gives the same figures on one and two threads")
  func threadsDoNotMatter() throws {
    let area = try Self.area("Venray")
    let study = Self.venrayStudy(establishments: [Self.meatPlant])
    let one = Projection(
      study, areas: [area], regions: .limburg,
      options: EnsembleOptions(draws: 200, seed: 11, threads: 1))
    let two = Projection(
      study, areas: [area], regions: .limburg,
      options: EnsembleOptions(draws: 200, seed: 11, threads: 2))
    #expect(one.areas[0].central == two.areas[0].central)
    #expect(one.areas[0].bands == two.areas[0].bands)
  }

  @Test("planned supply and existing beds enter the gap per year")
  func gapByHand() throws {
    let area = try Self.area("Venray")
    #expect(area.existingBeds == 1133)
    let projection = Projection(
      Self.venrayStudy(establishments: []), areas: [area], regions: .limburg, options: nil)
    let r = projection.areas[0]
    for year in [2027, 2028, 2035] {
      let supply = try #require(r.value(path: 0, .temporarySupply, year: year))
      #expect(supply == 1133 + (year >= 2028 ? 300 : 0))
      let need =
        try #require(r.value(path: 0, .shortStayBeds, year: year))
        + #require(r.value(path: 0, .midStayBeds, year: year))
      #expect(r.value(path: 0, .temporaryGap, year: year) == max(0, need - supply))
      let dwellings = try #require(r.value(path: 0, .longStayDwellings, year: year))
      let base = try #require(r.value(path: 0, .longStayDwellings, year: 2025))
      #expect(
        r.value(path: 0, .longStayGap, year: year)
          == max(0, dwellings - base - (year >= 2028 ? 20 : 0)))
    }
  }

  @Test("with the existing beds unknown, the temporary gap is the growth above the base year")
  func gapUnknownSupply() throws {
    let area = try Self.area("Limburg")
    #expect(area.existingBeds == nil)
    let study = ProjectionStudy(title: "t", regions: ["Limburg"], paths: [.trend], until: 2030)
    let r = Projection(study, areas: [area], regions: .limburg, options: nil).areas[0]
    func need(_ year: Int) throws -> Double {
      try #require(r.value(path: 0, .shortStayBeds, year: year))
        + #require(r.value(path: 0, .midStayBeds, year: year))
    }
    let base = try need(2022)
    #expect(r.value(path: 0, .temporaryGap, year: 2022) == 0)
    for year in [2025, 2030] {
      let gap = try #require(r.value(path: 0, .temporaryGap, year: year))
      #expect(abs(gap - max(0, try need(year) - base)) < 1e-6)
      // Never the whole need, as if the base year's migrants had no bed.
      #expect(gap < (try need(year)) - 1)
    }
  }

  @Test("areas: a sourced base, a base of another kind refused, a user base with its source")
  func areas() throws {
    let limburg = try Self.area("Limburg")
    #expect(limburg.baseYear == 2022 && limburg.baseWorking == 82895)
    #expect(limburg.municipalities.count == 31)
    let venray = try Self.area("venray")
    #expect(venray.baseYear == 2025 && venray.baseWorking == 8000)
    // Horst aan de Maas has a count of registered migrants, not of those working there.
    guard
      case .failure(.noBase(_, let detail)) =
        ProjectionArea.resolve("Horst aan de Maas", regions: .limburg, bases: [], supply: [])
    else {
      Issue.record("Horst aan de Maas must need a base")
      return
    }
    #expect(detail.contains("'registered'"))
    // Policy regions have no sourced count at all.
    guard
      case .failure(.noBase) = ProjectionArea.resolve(
        "Noord-Limburg", regions: .limburg, bases: [], supply: [])
    else {
      Issue.record("Noord-Limburg must need a base")
      return
    }
    let noord = try Self.area(
      "Noord-Limburg",
      bases: [.init(region: "Noord-Limburg", year: 2024, working: 30000, source: "x")])
    #expect(noord.municipalities.count == 8 && noord.baseSource.contains("study file"))
    guard
      case .failure(.unknown(_, let suggestion)) = ProjectionArea.resolve(
        "Venrai", regions: .limburg, bases: [], supply: [])
    else {
      Issue.record("Venrai is unknown")
      return
    }
    #expect(suggestion == "Venray")
  }

  @Test(
    "back-test: from 2017 along the trend, 2018 is far below the 64,200 counted by Decisio (2020)")
  func backTest() throws {
    let base = ProjectionStudy.Base(
      region: "Limburg", year: 2017, working: 39860, source: "Decisio 2024")
    let study = ProjectionStudy(
      title: "back-test", regions: ["Limburg"], paths: [.trend], until: 2022, bases: [base])
    let projection = Projection(
      study, areas: [try Self.area("Limburg", bases: [base])], regions: .limburg,
      options: EnsembleOptions(draws: 2000, threads: 2))
    let r = projection.areas[0]
    // The central path goes through both points of the series it was set from.
    #expect(abs(try #require(r.value(path: 0, .working, year: 2018)) - 48467) < 1e-6)
    #expect(abs(try #require(r.value(path: 0, .working, year: 2022)) - 82895) < 1e-6)
    // The figures documented in Docs/methodology.md#back-test.
    let band2018 = try #require(r.band(path: 0, .working, year: 2018))
    #expect(!band2018.contains(64200))
    #expect(abs(band2018.p50 - 48416) < 5)
    let band2022 = try #require(r.band(path: 0, .working, year: 2022))
    #expect(band2022.contains(82895))
  }
}
