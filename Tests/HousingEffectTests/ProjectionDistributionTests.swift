import Foundation
import Testing

@testable import HousingEffect

/// Issue 19, item 3: the province study reports every municipality and policy region, spread
/// with the distribution key, and they add up to the province in every year and draw.
@Suite("Projection distribution")
struct ProjectionDistributionTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

  static func limburgStudy() throws -> (ProjectionStudy, [ProjectionArea]) {
    let path = scenarios.appendingPathComponent("projection-study-limburg.json").path
    let bytes = try #require(FileManager.default.contents(atPath: path))
    let (study, areas, diagnostics) = ProjectionStudyLoader.load(
      [UInt8](bytes), file: path, regions: .limburg, readFile: { _ in .failure(.notFound) })
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    return (try #require(study), areas)
  }

  /// The stock indicators: linear in the base, so they must add up exactly.
  static let additive: [ProjectionIndicator] = [
    .working, .resident, .registered, .presentAtPeak, .shortStay, .midStay, .longStay, .arrivals,
    .departures, .settled,
  ]

  @Test("projection-study-limburg.json: the province, 3 policy regions and 31 municipalities")
  func allAreas() throws {
    let (_, areas) = try Self.limburgStudy()
    #expect(areas.count == 35)
    #expect(areas[0].level == .province)
    #expect(
      areas.filter { $0.level == .policyRegion }.map(\.name) == [
        "Noord-Limburg", "Midden-Limburg", "Zuid-Limburg",
      ])
    #expect(areas.filter { $0.level == .municipality }.count == 31)
    // The key is labelled a proxy with its known error; Venray's own count is not used.
    let venray = try #require(areas.first { $0.name == "Venray" })
    #expect(venray.baseYear == 2022 && venray.baseSource.contains("proxy"))
    #expect(venray.baseSource.contains("Known error"))
    // Zuid-Limburg is anchored on 15,400 of 64,200 (Decisio 2018).
    let zuid = try #require(areas.first { $0.name == "Zuid-Limburg" })
    #expect(abs(zuid.baseWorking - 82895 * 15400 / 64200) < 1)
  }

  @Test("municipalities add up to the province and to their policy region, every year and draw")
  func addsUp() throws {
    let (study, areas) = try Self.limburgStudy()
    var base = ParameterSet(asOf: Projection.referenceDay)
    base.tracing = false
    let sampler = ParameterSampler(base)
    let runs = areas.map { Projection.run(study, area: $0, regions: .limburg) }
    let municipalities = areas.indices.filter { areas[$0].level == .municipality }
    let province = try #require(areas.indices.first { areas[$0].level == .province })
    for draw in -1..<40 {
      let parameters = draw < 0 ? base : sampler.parameterSet(forDraw: draw, seed: 19)
      let outputs = runs.map { run in
        var row = [Double](repeating: 0, count: run.width)
        row.withUnsafeMutableBufferPointer { run.run(parameters: parameters, into: $0) }
        return row
      }
      let run = runs[province]
      for path in run.paths.indices {
        for indicator in Self.additive {
          for year in run.years.indices {
            let slot = run.index(path: path, variant: 0, indicator: indicator.position, year: year)
            let total = outputs[province][slot]
            let sum = municipalities.reduce(0) { $0 + outputs[$1][slot] }
            #expect(abs(sum - total) <= 1e-9 * max(1, abs(total)), "\(indicator) \(year)")
            for region in areas.indices where areas[region].level == .policyRegion {
              let members = Set(areas[region].municipalities)
              let part = municipalities.filter { members.contains(areas[$0].name) }
                .reduce(0) { $0 + outputs[$1][slot] }
              #expect(abs(part - outputs[region][slot]) <= 1e-9 * max(1, abs(part)))
            }
          }
        }
      }
    }
  }

  @Test("a user base overrides the key; an unknown key is an error with a suggestion")
  func overrides() throws {
    func load(_ projection: String) -> ([ProjectionArea], [Diagnostic]) {
      let text = #"{"schemaVersion": 1, "title": "t", "projection": "# + projection + "}"
      let (_, areas, diagnostics) = ProjectionStudyLoader.load(
        Array(text.utf8), file: "s.json", regions: .limburg, readFile: { _ in .failure(.notFound) })
      return (areas, diagnostics)
    }
    let (areas, _) = load(
      #"{"regions": ["Limburg"], "paths": ["trend"], "distribute": "population", "bases": [{"region": "Venray", "year": 2025, "working": 8000, "source": "gemeente"}]}"#
    )
    let venray = try #require(areas.first { $0.name == "Venray" })
    #expect(venray.baseWorking == 8000 && venray.baseSource == "study file: gemeente")
    let venlo = try #require(areas.first { $0.name == "Venlo" })
    #expect(venlo.baseSource.contains("population share"))
    let (_, problems) = load(
      #"{"regions": ["Limburg"], "paths": ["trend"], "distribute": "regionanchord"}"#)
    #expect(problems.first?.code == .invalidValue && problems.first?.suggestion == "regionAnchored")
    let (_, noProvince) = load(
      #"{"regions": ["Venray"], "paths": ["trend"], "distribute": "population"}"#)
    #expect(noProvince.contains { $0.message.contains("add 'Limburg'") })
  }
}
