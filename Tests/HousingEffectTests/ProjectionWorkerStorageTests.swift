import Testing

@testable import HousingEffect

/// A worker's storage reused from draw to draw and from area to area (issue 18, round 7): the
/// province's path levels made once per draw for every area (`ProvinceLevels`) and each area's
/// scratch must give every figure a fresh run gives, bit for bit.
@Suite("Projection: worker storage reused across areas and draws")
struct ProjectionWorkerStorageTests {
  static let paths: [GrowthPath] = [
    .trend, .expectation2030, .moderateGrowth, .fewerMigrants,
    .custom(CustomPath(growthRates: [2024: 0.05, 2027: -0.08, 2031: 0.02])),
  ]

  static func areas(
    _ names: [String], working: [Double], year: Int = 2022
  ) throws
    -> [ProjectionArea]
  {
    let bases = zip(names, working).map {
      ProjectionStudy.Base(region: $0, year: year, working: $1, source: "t")
    }
    return try names.map {
      try ProjectionArea.resolve($0, regions: .limburg, bases: bases, supply: []).get()
    }
  }

  @Test("the shared province levels equal each area's own levels, every path and draw")
  func provinceLevelsEqualOwn() throws {
    var base = ParameterSet(asOf: Projection.referenceDay)
    base.tracing = false
    let sampler = ParameterSampler(base)
    var cache = ProvinceLevels()
    let years = Array(2022...2045)
    let later = Array(2024...2045)
    for draw in -1..<12 {
      let parameters = draw < 0 ? base : sampler.parameterSet(forDraw: draw, seed: 3)
      cache.reset()
      for areaBase in [9_000.0, 1_234.5, 0] {
        for path in Self.paths {
          for span in [years, later] {
            let own = path.levels(base: areaBase, years: span, parameters: parameters)
            let shared = cache.levels(path, base: areaBase, years: span, parameters: parameters)
            #expect(shared == own, "\(path.name) \(areaBase) \(span.first ?? 0) draw \(draw)")
          }
        }
      }
    }
    // A named path's levels do move with the draw: the cache must not keep the last draw's.
    let first = sampler.parameterSet(forDraw: 0, seed: 3)
    let second = sampler.parameterSet(forDraw: 1, seed: 3)
    cache.reset()
    let one = cache.levels(.fewerMigrants, base: 1_000, years: years, parameters: first)
    cache.reset()
    let two = cache.levels(.fewerMigrants, base: 1_000, years: years, parameters: second)
    #expect(one != two)
    #expect(two == GrowthPath.fewerMigrants.levels(base: 1_000, years: years, parameters: second))
  }

  @Test("one scratch and one level cache over two areas in sequence, two draws: each as fresh")
  func reusedEqualsFresh() throws {
    let areas = try Self.areas(["Venlo", "Weert"], working: [9_000, 2_500])
    let study = ProjectionStudy(
      title: "t", regions: ["Venlo", "Weert"], paths: Self.paths, until: 2040,
      bases: areas.map {
        ProjectionStudy.Base(region: $0.name, year: 2022, working: $0.baseWorking, source: "t")
      })
    let runs = areas.map { Projection.run(study, area: $0, regions: .limburg) }
    var base = ParameterSet(asOf: Projection.referenceDay)
    base.tracing = false
    let sampler = ParameterSampler(base)
    var scratches = runs.map { $0.scratch() }
    var levels = ProvinceLevels()
    for draw in 0..<3 {
      let parameters = sampler.parameterSet(forDraw: draw, seed: 17)
      levels.reset()
      for (index, run) in runs.enumerated() {
        var reused = [Double](repeating: -1, count: run.width)
        reused.withUnsafeMutableBufferPointer {
          run.run(
            parameters: parameters, into: $0, scratch: &scratches[index], levels: &levels)
        }
        var fresh = [Double](repeating: -2, count: run.width)
        fresh.withUnsafeMutableBufferPointer { run.run(parameters: parameters, into: $0) }
        #expect(reused == fresh, "area \(run.area.name), draw \(draw)")
      }
    }
  }

  @Test("three municipalities with draws, on one and two threads: each equals it alone")
  func areasTogetherEqualAlone() throws {
    let names = ["Venlo", "Horst aan de Maas", "Roermond"]
    let areas = try Self.areas(names, working: [9_000, 4_000, 3_000])
    let study = ProjectionStudy(
      title: "t", regions: names, paths: [.expectation2030, .trend], until: 2036,
      bases: areas.map {
        ProjectionStudy.Base(region: $0.name, year: 2022, working: $0.baseWorking, source: "t")
      })
    for threads in [1, 2] {
      let options = EnsembleOptions(draws: 40, seed: 23, threads: threads)
      let together = Projection(study, areas: areas, regions: .limburg, options: options)
      for (index, area) in areas.enumerated() {
        let alone = Projection(study, areas: [area], regions: .limburg, options: options)
        #expect(together.areas[index].central == alone.areas[0].central)
        #expect(together.areas[index].bands == alone.areas[0].bands)
      }
    }
  }

  @Test("columns no draw moves are what every draw writes, and every band is its column's")
  func drawIndependentColumns() throws {
    let names = ["Venray", "Noord-Limburg"]
    let bases = [
      ProjectionStudy.Base(region: "Venray", year: 2022, working: 4_000, source: "t"),
      ProjectionStudy.Base(region: "Noord-Limburg", year: 2022, working: 20_000, source: "t"),
    ]
    let existing = [ProjectionStudy.ExistingSupply(region: "Venray", beds: 800, source: "t")]
    let supply = [
      ProjectionStudy.PlannedSupply(
        region: "Venray", name: "Flex", year: 2026, beds: 120, dwellings: 15.5)
    ]
    let areas = try names.map {
      try ProjectionArea.resolve($0, regions: .limburg, bases: bases, supply: existing).get()
    }
    let plant = Establishment(
      name: "Meat plant", municipality: "Venray", type: .meatProcessing, size: .jobs(650),
      startYear: 2027)
    let study = ProjectionStudy(
      title: "t", regions: names, paths: [.expectation2030, .fewerMigrants], until: 2032,
      bases: bases, existingSupply: existing, plannedSupply: supply,
      establishments: [.init(establishment: plant, source: "inline")])
    let draws = 25
    let projection = Projection(
      study, areas: areas, regions: .limburg,
      options: EnsembleOptions(draws: draws, seed: 9, threads: 2))
    var base = ParameterSet(asOf: Projection.referenceDay)
    base.tracing = false
    let sampler = ParameterSampler(base)
    for (index, area) in areas.enumerated() {
      let run = Projection.run(study, area: area, regions: .limburg)
      let result = projection.areas[index]
      let fixed = run.drawIndependentColumns
      // Two columns a block (planned dwellings; supply without) in the first variant, one in
      // the second, every year.
      #expect(fixed.count == run.paths.count * 3 * run.years.count)
      var columns = [[Double]](repeating: [], count: run.width)
      for draw in 0..<draws {
        var row = [Double](repeating: 0, count: run.width)
        let parameters = sampler.parameterSet(forDraw: draw, seed: 9)
        row.withUnsafeMutableBufferPointer { run.run(parameters: parameters, into: $0) }
        for column in fixed {
          #expect(row[column].bitPattern == result.central[column].bitPattern)
        }
        for column in row.indices { columns[column].append(row[column]) }
      }
      // Every band, selected or made from the central value, is the percentiles of its draws.
      let bands = try #require(result.bands)
      #expect(bands == columns.map { Percentiles(of: $0) })
      // Planned dwellings reach the 15.5 of the project from 2026 on.
      if area.name == "Venray" {
        let dwellings = try #require(result.band(path: 0, .plannedDwellings, year: 2030))
        #expect(dwellings == Percentiles(p10: 15.5, p50: 15.5, p90: 15.5))
      }
    }
  }

  @Test("columns of paths that share their levels so far are the earlier column in every draw")
  func repeatedColumns() throws {
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
      title: "t", regions: names, paths: Self.paths, until: 2034, bases: bases,
      establishments: [.init(establishment: plant, source: "inline")])
    let draws = 20
    let projection = Projection(
      study, areas: areas, regions: .limburg,
      options: EnsembleOptions(draws: draws, seed: 5, threads: 2))
    var base = ParameterSet(asOf: Projection.referenceDay)
    base.tracing = false
    let sampler = ParameterSampler(base)
    for (index, area) in areas.enumerated() {
      let run = Projection.run(study, area: area, regions: .limburg)
      let result = projection.areas[index]
      let repeated = run.repeatedColumns
      // 2022 for the expectation and fewer migrants, 2022–2030 for moderate growth; never
      // the custom path. Every indicator of both variants.
      #expect(repeated.count == 11 * 2 * ProjectionIndicator.allCases.count)
      #expect(repeated.allSatisfy { $0.source < $0.column })
      var columns = [[Double]](repeating: [], count: run.width)
      for draw in 0..<draws {
        var row = [Double](repeating: 0, count: run.width)
        let parameters = sampler.parameterSet(forDraw: draw, seed: 5)
        row.withUnsafeMutableBufferPointer { run.run(parameters: parameters, into: $0) }
        for (column, source) in repeated {
          #expect(
            row[column].bitPattern == row[source].bitPattern, "column \(column), draw \(draw)")
        }
        for column in row.indices { columns[column].append(row[column]) }
      }
      // Every band, selected or taken from an earlier column, is the percentiles of its draws.
      let bands = try #require(result.bands)
      #expect(bands == columns.map { Percentiles(of: $0) })
    }
  }
}
