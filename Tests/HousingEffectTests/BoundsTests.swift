import Foundation
import Testing

@testable import HousingEffect

/// Issue 22: memory and time bounded under every option, and no wrong-but-finite output.
@Suite("Bounds: bounded bands, run costs, clamped counts, honest shares")
struct BoundsTests {
  static let venlo: (Establishment, HostRegion) = {
    let establishment = Establishment(
      name: "DC", municipality: "Venlo", type: .distributionEcommerce, size: .jobs(800),
      startYear: 2028)
    guard case .success(let municipality) = RegionData.limburg.municipality(named: "Venlo") else {
      fatalError("Venlo is in the built-in data")
    }
    return (establishment, HostRegion(municipality))
  }()

  @Test("bands from a small storage budget (many passes) equal those of the full matrix")
  func boundedBandsAreExact() {
    let (establishment, region) = Self.venlo
    let run = AssessmentEnsemble.Run(establishment, region: region, years: [2028, 2029, 2030])
    let options = EnsembleOptions(draws: 300, seed: 11, threads: 2)
    let full = run.matrix(options).percentiles(threads: 1)
    // 300 draws × 8 bytes × 5 columns per pass: the columns take many passes.
    let budget = 300 * 8 * 5
    #expect(Ensemble.passes(draws: 300, columns: run.width, budget: budget) > 5)
    for threads in [1, 3] {
      var chosen = options
      chosen.threads = threads
      #expect(run.percentiles(chosen, budget: budget) == full)
    }
    // A subset of columns, in the order asked for.
    let columns = [7, 2, 0]
    #expect(run.percentiles(options, columns: columns, budget: 1) == columns.map { full[$0] })
  }

  @Test(
    "draws copied into the columns eight at a time, through one kept buffer, give the full matrix's bands"
  )
  func tiledCopyIsExact() {
    let width = 5
    // Numbers that differ by draw and column, with ties, negatives and zeros.
    let body: @Sendable (Int, UnsafeMutableBufferPointer<Double>) -> Void = { draw, row in
      for column in 0..<width {
        row[column] = Double((draw &* 7_919 &+ column &* 104_729) % 997) - 300
      }
    }
    let storage = ColumnStorage()
    // Counts that end inside a tile, within one progress slice and past it; a buffer kept
    // from a larger call to a smaller one and back.
    for draws in [1, 7, 8, 9, 301, 16_390, 3] {
      let full = Ensemble.run(draws: draws, width: width, threads: 1, body).percentiles()
      for threads in [1, 2] {
        for columns in [[0, 1, 2, 3, 4], [4, 1, 3], [2]] {
          for budget in [Ensemble.storageBudget, draws * 8 * 2] {
            let bands = Ensemble.percentiles(
              draws: draws, width: width, columns: columns, threads: threads, budget: budget,
              storage: storage, byWorker: { _, draw, row in body(draw, row) })
            #expect(bands == columns.map { full[$0] }, "\(draws) draws, \(threads) threads")
          }
        }
      }
    }
  }

  @Test("a body that writes every number gets the same bands without the row cleared per draw")
  func rowsNotCleared() {
    let width = 7
    // Every number written, from the draw alone (a few equal to each other, some negative).
    let body: @Sendable (Int, UnsafeMutableBufferPointer<Double>) -> Void = { draw, row in
      for column in 0..<width { row[column] = Double((draw * 37 + column * 11) % 23) - 9 }
    }
    for threads in [1, 2] {
      for budget in [Ensemble.storageBudget, 300 * 8 * 2] {
        let cleared = Ensemble.percentiles(
          draws: 300, width: width, columns: [6, 0, 3], threads: threads, budget: budget, body)
        let kept = Ensemble.percentiles(
          draws: 300, width: width, columns: [6, 0, 3], threads: threads, budget: budget,
          writesEveryNumber: true, body)
        #expect(kept == cleared)
      }
    }
    // A number no draw writes is 0, as in a cleared row: the rows start at 0.
    let unwritten = Ensemble.percentiles(
      draws: 100, width: 3, threads: 2, writesEveryNumber: true
    ) { draw, row in
      row[0] = Double(draw)
      row[2] = -Double(draw)
    }
    #expect(unwritten[1] == Percentiles(p10: 0, p50: 0, p90: 0))
  }

  @Test("progress counts every draw of every pass, and the estimate counts the same")
  func progressMatchesEstimate() {
    let (establishment, region) = Self.venlo
    let years = [2028, 2029]
    let draws = 200
    let counted = WorkProgress(total: 0) { _, _ in }
    _ = AssessmentEnsemble(
      establishment, region: region, years: years,
      options: EnsembleOptions(draws: draws, seed: 1, threads: 2), progress: counted)
    let cost = RunCost.assessment(draws: draws, years: years.count)
    // One pass at this size.
    #expect(counted.done == draws)
    #expect(cost.runs == draws)
    #expect(cost.bytes == draws * years.count * Assessment.keyIndicatorIDs.count * 8)
  }

  @Test("a million draws stay within the storage budget for every command")
  func millionDrawsAreBounded() {
    let draws = EnsembleOptions.maximumDraws
    let assess = RunCost.assessment(draws: draws, years: 8)
    #expect(assess.bytes <= Ensemble.storageBudget)
    // 8 years × the key indicators × 8 bytes × 10⁶ draws: 1.3 GB in one pass before issue 22.
    let columns = 8 * Assessment.keyIndicatorIDs.count
    let perPass = Ensemble.storageBudget / (draws * 8)
    #expect(Ensemble.passes(draws: draws, columns: columns) == (columns + perPass - 1) / perPass)
    #expect(assess.runs == draws * Ensemble.passes(draws: draws, columns: columns))
    #expect(!assess.isLong)
    // Venray to 2050 (26 years, three paths, without and with): 3,744 numbers per draw.
    let project = RunCost.projection(draws: draws, areas: [(3744, 6)])
    #expect(project.fitsInMemory)
    #expect(project.isLong)
    // The largest accepted batch with a million draws: about 1.7 × 10¹¹ runs.
    let batch = RunCost.batch(rows: 173_284, draws: draws, threads: 256)
    #expect(batch.fitsInMemory)
    #expect(batch.isLong)
    #expect(!RunCost.batch(rows: 1000, draws: 1000, threads: 2).isLong)
    let sensitivity = RunCost.sensitivity(draws: draws, indicators: 5, parameters: 60)
    #expect(sensitivity.bytes == draws * (2 * 5 + 60 + 4) * 8)
    #expect(sensitivity.fitsInMemory)
    // Overflow saturates instead of trapping.
    #expect(RunCost.multiply(.max, 2, 2) == .max)
  }

  @Test(
    "a path that falls to zero from a base of 10⁶ or 10¹⁵ in Venlo gives no negative count",
    arguments: ["1000000", "1e15"])
  func fallingPathIsClamped(base: String) throws {
    let text = """
      {"schemaVersion":1,"title":"fall","projection":{"regions":["Venlo"],"until":2045,
      "paths":["custom"],"customPath":{"title":"to zero","targets":{"2040":0}},
      "bases":[{"region":"Venlo","year":2025,"working":\(base),"source":"test"}]}}
      """
    let (study, areas, diagnostics) = ProjectionStudyLoader.load(
      Array(text.utf8), file: "fall.json", regions: .limburg, readFile: { _ in .failure(.notFound) }
    )
    let loaded = try #require(study, "\(diagnostics.map(\.description))")
    // The base is ten times Venlo's population: a warning, not an error.
    let warning = try #require(diagnostics.first { $0.code == .newcomersLargeForHost })
    #expect(warning.severity == .warning)
    #expect(warning.message.contains("above its population"))
    let projection = Projection(
      loaded, areas: areas, regions: .limburg, options: EnsembleOptions(draws: 40, threads: 2))
    let area = try #require(projection.areas.first)
    #expect(area.firstNegative == nil)
    // Without the clamp the long stays of 2040 were −7.3e-12; now exactly 0 (not −0).
    let long = try #require(area.value(path: 0, .longStay, year: 2040))
    #expect(long == 0 && long.sign == .plus)
    // Totals are the sum of the parts.
    for year in 2026...2045 {
      let parts = [ProjectionIndicator.shortStay, .midStay, .longStay].compactMap {
        area.value(path: 0, $0, year: year)
      }
      let working = try #require(area.value(path: 0, .working, year: year))
      #expect(abs(parts.reduce(0, +) - working) <= 1e-9 * max(1, working))
    }
    // The same base at a plausible size gives no warning.
    let plain = text.replacingOccurrences(of: "\"working\":\(base)", with: "\"working\":5000")
    let (_, _, quiet) = ProjectionStudyLoader.load(
      Array(plain.utf8), file: "fall.json", regions: .limburg,
      readFile: { _ in .failure(.notFound) })
    #expect(!quiet.contains { $0.code == .newcomersLargeForHost })
  }

  @Test("a region with population 0 or -0 is invalid-value", arguments: ["0", "-0"])
  func zeroPopulation(population: String) {
    let csv = "code,name,population,population_date\nGM9999,Nulstad,\(population),2024-01-01\n"
    let (municipalities, diagnostics) = RegionData.loadRegionFile(text: csv)
    #expect(municipalities.isEmpty)
    let error = diagnostics.first { $0.severity == .error }
    #expect(error?.code == .invalidValue)
    #expect(error?.message.contains("at least 1 inhabitant") == true)
  }

  @Test("variance shares need 100 draws: none from 3, each at most 1 from 200")
  func sharesNeedDraws() {
    let (establishment, region) = Self.venlo
    let assessment = Assessment(
      establishment, region: region, parameters: ParameterSet(asOf: establishment.referenceDay))
    let few = Sensitivity(assessment, options: EnsembleOptions(draws: 3, seed: 1, threads: 1))
    #expect(!few.hasShares)
    #expect(few.results.allSatisfy { $0.swings.allSatisfy { $0.varianceShare == nil } })
    let enough = Sensitivity(
      assessment, options: EnsembleOptions(draws: 200, seed: 1, threads: 2))
    #expect(enough.hasShares)
    let shares = enough.results.flatMap { $0.swings.compactMap(\.varianceShare) }
    #expect(!shares.isEmpty)
    #expect(shares.allSatisfy { $0 >= 0 && $0 <= 1 })
  }

  /// A stage-like value for the scanner.
  struct Stage: JSONRepresentable {
    var shortStayBeds: Double
    var nonEuShare: Double
    var balance: Double

    var json: JSONTree {
      .fields([
        "shortStayBeds": shortStayBeds.json, "nonEuShare": nonEuShare.json,
        "balance": balance.json,
      ])
    }
  }

  @Test("the result scanner flags negative counts, −0 and shares above 1, not signed numbers")
  func scannerFlagsSigns() throws {
    func problem(_ stage: Stage) -> Assessment.ResultProblem? {
      var scanner = ResultScanner()
      scanner.checksSigns = true
      scanner.path = ["housing"]
      _ = scanner.scan(stage.json)
      return scanner.problem
    }
    #expect(problem(Stage(shortStayBeds: 3, nonEuShare: 0.4, balance: -12)) == nil)
    #expect(
      problem(Stage(shortStayBeds: -7.3e-12, nonEuShare: 0.4, balance: 0))?.path
        == "housing.shortStayBeds")
    #expect(problem(Stage(shortStayBeds: -0.0, nonEuShare: 0.4, balance: 0)) != nil)
    #expect(
      problem(Stage(shortStayBeds: 1, nonEuShare: 1.2, balance: 0))?.path
        == "housing.nonEuShare")
    // Without the sign check only non-finite and huge numbers count.
    var plain = ResultScanner()
    _ = plain.scan(Stage(shortStayBeds: -1, nonEuShare: 2, balance: 0).json)
    #expect(plain.problem == nil)
    // Every example establishment passes the sign check.
    let (establishment, region) = Self.venlo
    let assessment = Assessment(
      establishment, region: region, parameters: ParameterSet(asOf: establishment.referenceDay))
    #expect(assessment.firstSignProblem == nil, "\(assessment.firstSignProblem?.description ?? "")")
  }

  @Test("an unclosed quote in a batch CSV names the lines it swallowed")
  func unclosedQuote() {
    let csv =
      "name,municipality,type,jobs\nA,Venlo,distribution-ecommerce,100\n"
      + "\"B,Venlo,distribution-ecommerce,200\nC,Venlo,distribution-ecommerce,300\n"
      + "D,Venlo,distribution-ecommerce,400\n"
    var reader = BatchReader(text: csv, regions: .limburg)
    var rows: [BatchRow] = []
    while !reader.isFinished { rows += reader.next(10) }
    #expect(rows.map(\.line) == [2])
    #expect(reader.swallowedLines == 3...5)
    let closed = BatchReader(text: "name,municipality,type,jobs\n", regions: .limburg)
    #expect(closed.swallowedLines == nil)
  }
}
