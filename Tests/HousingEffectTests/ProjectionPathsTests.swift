import Foundation
import Testing

@testable import HousingEffect

/// Issue 19, items 2, 5 and 6: the moderate path as a stated policy choice, establishments
/// included in or added to a path, caps that are never exceeded silently, and registration
/// flows that agree with the registered stock.
@Suite("Projection paths, establishments and flows")
struct ProjectionPathsTests {
  static func area(_ name: String) throws -> ProjectionArea {
    try ProjectionArea.resolve(name, regions: .limburg, bases: [], supply: []).get()
  }

  static let meatPlant = Establishment(
    name: "Meat plant", municipality: "Venray", type: .meatProcessing, size: .jobs(650),
    startYear: 2027)

  @Test("moderate growth and reduced use: the plan's 2030 range, then falling by the stated rates")
  func moderatePath() throws {
    let study = ProjectionStudy(
      title: "t", regions: ["Limburg"], paths: [.moderateGrowth], until: 2050)
    let projection = Projection(
      study, areas: [try Self.area("Limburg")], regions: .limburg,
      options: EnsembleOptions(draws: 300, seed: 9, threads: 2))
    let result = projection.areas[0]
    // 2030: the expectation's 104,000, inside the action plan's 96,000–112,000 (it was 84,973
    // at the national population growth from 2022).
    let central2030 = try #require(result.value(path: 0, .working, year: 2030))
    #expect(abs(central2030 - 104_000) < 1e-6)
    let band2030 = try #require(result.band(path: 0, .working, year: 2030))
    #expect((96_000...112_000).contains(band2030.p50))
    // 2050: 104,000 × (1.01 × 0.98)^20 = 84,719, and the band spans both policy ranges.
    let central2050 = try #require(result.value(path: 0, .working, year: 2050))
    #expect(abs(central2050 - 104_000 * pow(1.01 * 0.98, 20)) < 1e-6)
    let band2050 = try #require(result.band(path: 0, .working, year: 2050))
    #expect(band2050.p10 < central2050 && central2050 < band2050.p90)
    // An override of a policy rate moves the path from 2030 only.
    let steeper = ProjectionStudy(
      title: "t", regions: ["Limburg"], paths: [.moderateGrowth], until: 2050,
      overrides: [
        ParameterOverride(
          "region.path.moderateGrowth.migrantShareChange", value: -0.04, reason: "t")
      ])
    let other = Projection(
      steeper, areas: [try Self.area("Limburg")], regions: .limburg, options: nil
    ).areas[0]
    #expect(other.value(path: 0, .working, year: 2030) == central2030)
    let expected = 104_000 * pow(1.01 * 0.96, 20)
    #expect(abs(try #require(other.value(path: 0, .working, year: 2050)) - expected) < 1e-6)
  }

  @Test(
    "no flow exceeds what the stock allows: registered(t) = registered(t−1) + in − out",
    arguments: [GrowthPath.trend, .expectation2030, .moderateGrowth, .fewerMigrants])
  func flowsAgreeWithStock(_ path: GrowthPath) throws {
    let study = ProjectionStudy(
      title: "t", regions: ["Venray"], paths: [path], until: 2050,
      establishments: [.init(establishment: Self.meatPlant, source: "inline")],
      establishmentsInPaths: .added)
    for areaName in ["Limburg", "Venray"] {
      let areaStudy =
        areaName == "Venray"
        ? study
        : ProjectionStudy(
          title: "t", regions: ["Limburg"], paths: [path], until: 2050)
      let result = Projection(
        areaStudy, areas: [try Self.area(areaName)], regions: .limburg, options: nil
      ).areas[0]
      for variant in result.variants {
        for (before, year) in zip(result.years, result.years.dropFirst()) {
          func v(_ indicator: ProjectionIndicator, _ y: Int) throws -> Double {
            try #require(result.value(path: 0, variant: variant, indicator, year: y))
          }
          let registered = try v(.registered, year)
          let registrations = try v(.brpRegistrations, year)
          let deregistrations = try v(.brpDeregistrations, year)
          let change = registered - (try v(.registered, before))
          #expect(
            abs(change - (registrations - deregistrations)) < 1e-6 * max(1, registered),
            "\(areaName) \(path.name) \(variant) \(year)")
          // Nobody registers who is not then registered or deregistered in the year; nobody
          // deregisters who was not registered.
          #expect(registrations <= registered + deregistrations + 1e-6)
          #expect(deregistrations <= (try v(.registered, before)) + registrations + 1e-6)
          // The registered stock never exceeds those living in Limburg.
          #expect(registered <= (try v(.resident, year)) + 1e-6)
          // Arrivals from abroad: at most the stock now plus those who left.
          #expect(try v(.arrivals, year) <= (try v(.working, year)) + (try v(.departures, year)))
        }
      }
    }
    // The case of the issue: in 2030 on the expectation path, registrations (43,518 a year)
    // exceeded the registered stock (40,726).
    let limburg = Projection(
      ProjectionStudy(title: "t", regions: ["Limburg"], paths: [.expectation2030], until: 2030),
      areas: [try Self.area("Limburg")], regions: .limburg, options: nil
    ).areas[0]
    let registrations = try #require(limburg.value(path: 0, .brpRegistrations, year: 2030))
    let registered = try #require(limburg.value(path: 0, .registered, year: 2030))
    #expect(registrations < registered)
  }

  @Test("the with-variant lives in Limburg and registers at the path's shares")
  func withVariantShares() throws {
    let study = ProjectionStudy(
      title: "t", regions: ["Venray"], paths: [.expectation2030], until: 2035,
      establishments: [.init(establishment: Self.meatPlant, source: "inline")],
      establishmentsInPaths: .added)
    let result = Projection(
      study, areas: [try Self.area("Venray")], regions: .limburg, options: nil
    ).areas[0]
    var p = ParameterSet(asOf: Projection.referenceDay)
    p.tracing = false
    let inProvince = 1 - p["migration.residence.outsideProvinceShare"]
    for year in 2028...2035 {
      let working =
        try #require(result.value(path: 0, variant: .with, .working, year: year))
        - #require(result.value(path: 0, .working, year: year))
      let resident =
        try #require(result.value(path: 0, variant: .with, .resident, year: year))
        - #require(result.value(path: 0, .resident, year: year))
      #expect(working > 0)
      #expect(abs(resident - working * inProvince) < 1e-6)
    }
  }

  @Test("included: the establishments come out of the path's growth; added: on top")
  func includedOrAdded() throws {
    func run(_ mode: ProjectionStudy.EstablishmentsInPaths) throws -> Projection.AreaResult {
      let study = ProjectionStudy(
        title: "t", regions: ["Venray"], paths: [.expectation2030], until: 2035,
        establishments: [.init(establishment: Self.meatPlant, source: "inline")],
        establishmentsInPaths: mode)
      return Projection(study, areas: [try Self.area("Venray")], regions: .limburg, options: nil)
        .areas[0]
    }
    let included = try run(.included)
    let added = try run(.added)
    for year in 2025...2035 {
      let path = try #require(added.value(path: 0, .working, year: year))
      let plant = try #require(added.value(path: 0, variant: .with, .working, year: year)) - path
      #expect(included.value(path: 0, variant: .with, .working, year: year) == path)
      let rest = try #require(included.value(path: 0, .working, year: year))
      #expect(abs(rest - max(0, path - plant)) < 1e-9)
      if year < 2027 { #expect(plant == 0) }
    }
  }

  @Test("a custom path's cap exceeded with the establishments is reported, never silent")
  func capExceeded() throws {
    let cap = CustomPath(title: "cap", targets: [2030: 9000, 2050: 9000], cap: 9000)
    func warnings(_ mode: ProjectionStudy.EstablishmentsInPaths) throws -> [Diagnostic] {
      let study = ProjectionStudy(
        title: "t", regions: ["Venray"], paths: [.custom(cap)], until: 2040,
        establishments: [.init(establishment: Self.meatPlant, source: "inline")],
        establishmentsInPaths: mode)
      let projection = Projection(
        study, areas: [try Self.area("Venray")], regions: .limburg, options: nil)
      return ProjectionPlausibility.warnings(projection)
    }
    let added = try warnings(.added)
    #expect(added.count == 1)
    let warning = try #require(added.first)
    #expect(warning.path == "projection.customPath.cap")
    #expect(warning.message.contains("9,000") && warning.message.contains("with the study's"))
    // The path alone stays at its cap: inside the path, nothing exceeds it.
    #expect(try warnings(.included).isEmpty)
  }
}
