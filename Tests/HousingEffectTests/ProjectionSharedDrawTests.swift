import Testing

@testable import HousingEffect

/// Areas that fit in one pass of the bounded ensemble share each draw's parameter set
/// (issue 18): their bands must be the bands each area gets on its own, bit for bit.
@Suite("Projection: draws shared across areas")
struct ProjectionSharedDrawTests {
  @Test("groups: consecutive areas up to the columns one pass holds; a wide area alone")
  func groupsByHand() {
    // 100 draws × 8 bytes = 800 bytes a column; a budget of 8,000 bytes holds 10 columns.
    #expect(Projection.groups(widths: [4, 4, 4], draws: 100, budget: 8_000) == [[0, 1], [2]])
    #expect(Projection.groups(widths: [5, 5, 5], draws: 100, budget: 8_000) == [[0, 1], [2]])
    #expect(
      Projection.groups(widths: [3, 12, 3, 3], draws: 100, budget: 8_000) == [[0], [1], [2, 3]])
    #expect(Projection.groups(widths: [1, 1], draws: 100, budget: 10) == [[0], [1]])
    #expect(Projection.groups(widths: [], draws: 100) == [])
  }

  @Test("three areas run together give each area's own bands, on one and two threads")
  func sharedEqualsAlone() throws {
    let names = ["Venray", "Horst aan de Maas", "Venlo"]
    let bases = names.enumerated().map { index, name in
      ProjectionStudy.Base(
        region: name, year: 2022, working: 3_000 + 1_000 * Double(index), source: "test")
    }
    let areas = try names.map {
      try ProjectionArea.resolve($0, regions: .limburg, bases: bases, supply: []).get()
    }
    let plant = Establishment(
      name: "Meat plant", municipality: "Venray", type: .meatProcessing, size: .jobs(650),
      startYear: 2027)
    let study = ProjectionStudy(
      title: "t", regions: names, paths: [.expectation2030, .fewerMigrants], until: 2035,
      bases: bases, establishments: [.init(establishment: plant, source: "inline")])
    for threads in [1, 2] {
      let options = EnsembleOptions(draws: 150, seed: 4, threads: threads)
      let together = Projection(study, areas: areas, regions: .limburg, options: options)
      #expect(together.areas.count == 3)
      for (index, area) in areas.enumerated() {
        let alone = Projection(study, areas: [area], regions: .limburg, options: options)
        #expect(together.areas[index].central == alone.areas[0].central)
        let bands = try #require(together.areas[index].bands)
        #expect(bands == alone.areas[0].bands)
        #expect(bands.count == together.areas[index].central.count)
      }
    }
    // Venray holds the plant: two variants; the others one.
    let projection = Projection(study, areas: areas, regions: .limburg, options: nil)
    #expect(projection.areas.map(\.variants.count) == [2, 1, 1])
  }
}
