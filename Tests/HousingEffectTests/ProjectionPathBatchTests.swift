import Testing

@testable import HousingEffect

/// The paths of an area go through the stages together, and the areas of a draw share an
/// establishment's assessment (issue 18): every figure must be what a path or an area gets
/// alone, bit for bit.
@Suite("Projection: paths through the stages together, assessments shared by areas")
struct ProjectionPathBatchTests {
  static let paths: [GrowthPath] = [
    .trend, .expectation2030, .moderateGrowth, .fewerMigrants,
    .custom(CustomPath(growthRates: [2024: 0.05, 2027: -0.08, 2031: 0.02])),
  ]

  @Test("four named paths and a custom one together equal each path alone, with draws")
  func pathsTogetherEqualAlone() throws {
    let bases = [ProjectionStudy.Base(region: "Venlo", year: 2022, working: 9_000, source: "t")]
    let area = try ProjectionArea.resolve("Venlo", regions: .limburg, bases: bases, supply: [])
      .get()
    let options = EnsembleOptions(draws: 70, seed: 11, threads: 2)
    let study = ProjectionStudy(
      title: "t", regions: ["Venlo"], paths: Self.paths, until: 2040, bases: bases)
    let together = Projection(study, areas: [area], regions: .limburg, options: options).areas[0]
    let width = ProjectionIndicator.allCases.count * together.years.count
    for (index, path) in Self.paths.enumerated() {
      var single = study
      single.paths = [path]
      let alone = Projection(single, areas: [area], regions: .limburg, options: options).areas[0]
      let slice = (index * width)..<((index + 1) * width)
      #expect(Array(together.central[slice]) == alone.central, "\(path.name)")
      let bands = try #require(together.bands)
      #expect(Array(bands[slice]) == alone.bands, "\(path.name)")
    }
    // The stages really ran: a path's children grow with its long stays.
    let children = try #require(together.value(path: 1, .children, year: 2040))
    #expect(children > 0)
  }

  @Test("a municipality and its region share the plant's assessment; each equals it alone")
  func sharedAssessment() throws {
    let names = ["Venray", "Noord-Limburg"]
    let bases = [
      ProjectionStudy.Base(region: "Venray", year: 2022, working: 4_000, source: "t"),
      ProjectionStudy.Base(region: "Noord-Limburg", year: 2022, working: 20_000, source: "t"),
    ]
    let areas = try names.map {
      try ProjectionArea.resolve($0, regions: .limburg, bases: bases, supply: []).get()
    }
    let plant = Establishment(
      name: "Meat plant", municipality: "Venray", type: .meatProcessing, size: .jobs(650),
      startYear: 2027)
    let study = ProjectionStudy(
      title: "t", regions: names, paths: [.expectation2030, .fewerMigrants], until: 2035,
      bases: bases, establishments: [.init(establishment: plant, source: "inline")])
    let runs = areas.map { Projection.run(study, area: $0, regions: .limburg) }
    let shared = Projection.SharedAssessments(runs)
    #expect(shared.sources.count == 1)
    #expect(shared.positions == [[0], [0]])
    let options = EnsembleOptions(draws: 90, seed: 5, threads: 1)
    let together = Projection(study, areas: areas, regions: .limburg, options: options)
    for (index, area) in areas.enumerated() {
      let alone = Projection(study, areas: [area], regions: .limburg, options: options)
      #expect(together.areas[index].central == alone.areas[0].central)
      #expect(together.areas[index].bands == alone.areas[0].bands)
      #expect(together.areas[index].variants == [.without, .with])
    }
    // Different last years are different assessments.
    var later = runs[1]
    later = RegionalProjection(
      area: later.area, years: later.years + [2036], paths: later.paths,
      establishments: later.establishments, plannedSupply: later.plannedSupply)
    later.studyIndices = runs[1].studyIndices
    later.hosts = runs[1].hosts
    #expect(Projection.SharedAssessments([runs[0], later]).sources.count == 2)
  }
}
