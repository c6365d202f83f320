import Testing

@testable import HousingEffect

/// A Monte Carlo worker runs each draw's stages in the year arrays of its previous draw
/// (`Assessment.Storage`, issue 18). The risk of reused memory is order: a figure of an earlier
/// run, of another establishment or a longer timeline, surviving into a later one. These tests
/// run establishments with different segments and timelines through one storage, in turn, and
/// hold every result to a run on fresh memory.
@Suite("Draws: stage storage reused from draw to draw")
struct WorkerStorageTests {
  /// The two cases of `DrawScopeTests` (a distribution centre with a construction phase and
  /// defaulted segments, a glasshouse with three stated segments and a seasonal peak), each
  /// with a short and a long list of kept years: timelines of different lengths in turn.
  static let runs: [AssessmentEnsemble.Run] = DrawScopeTests.cases.flatMap { establishment, region in
    let years = Assessment(
      establishment, region: region, parameters: ParameterSet(asOf: establishment.referenceDay)
    ).years
    return [
      AssessmentEnsemble.Run(establishment, region: region, years: years),
      AssessmentEnsemble.Run(
        establishment, region: region, years: years + Array(years.last! + 1...years.last! + 6)),
    ]
  }

  @Test("one storage through two establishments and two timelines gives the rows of fresh runs")
  func rowsInTurn() {
    var storage = Assessment.Storage()
    // Every run after every other, some draws twice, so each starts from another's arrays.
    for (step, (runIndex, draw)) in [(0, 3), (2, 3), (1, 7), (3, 0), (0, 3), (3, 11), (2, 5), (1, 2)]
      .enumerated()
    {
      let run = Self.runs[runIndex]
      var worker = run.worker()
      swap(&worker.storage, &storage)
      var reused = [Double](repeating: .nan, count: run.width)
      reused.withUnsafeMutableBufferPointer {
        run.fill($0, draw: draw, seed: 21, reusing: &worker)
      }
      swap(&worker.storage, &storage)
      var fresh = [Double](repeating: .nan, count: run.width)
      fresh.withUnsafeMutableBufferPointer {
        run.fill($0, from: run.assessment(run.sampler.parameterSet(forDraw: draw, seed: 21)))
      }
      #expect(reused == fresh, "step \(step): run \(runIndex), draw \(draw)")
      #expect(!reused.contains { $0.isNaN })
    }
  }

  @Test("a traced assessment on used storage equals one on fresh storage, stage by stage")
  func fullAssessmentOnUsedStorage() {
    var storage = Assessment.Storage()
    for (establishment, region) in DrawScopeTests.cases + DrawScopeTests.cases.reversed() {
      var parameters = ParameterSet(asOf: establishment.referenceDay)
      parameters.tracing = true
      var used = Assessment(
        establishment, region: region, parameters: parameters, through: 2045, scope: .full,
        reusing: &storage)
      let fresh = Assessment(establishment, region: region, parameters: parameters, through: 2045)
      #expect(used == fresh)
      #expect(used.staffing.years.count == 2045 - used.staffing.firstYear + 1)
      used.moveStorage(into: &storage)
      // The stages' years went into the storage; the assessment keeps none of them.
      #expect(used.workforce.years.isEmpty && used.facilities.years.isEmpty)
      #expect(storage.workforce.count == fresh.workforce.years.count)
    }
  }

  @Test("a worker's second draw of the same run writes into the memory of its first")
  func noNewArrays() {
    // Kept years beyond the longest drawn reunification: every draw's timeline is as long.
    let run = Self.runs[1]
    var worker = run.worker()
    var row = [Double](repeating: 0, count: run.width)
    func address<T>(_ array: [T]) -> UnsafeRawPointer? {
      array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
    row.withUnsafeMutableBufferPointer { run.fill($0, draw: 0, seed: 3, reusing: &worker) }
    let before = (
      address(worker.storage.staffing), address(worker.storage.migration),
      address(worker.storage.facilities), address(worker.storage.workforce[0].segments)
    )
    #expect(before.0 != nil && before.3 != nil)
    row.withUnsafeMutableBufferPointer { run.fill($0, draw: 1, seed: 3, reusing: &worker) }
    let after = (
      address(worker.storage.staffing), address(worker.storage.migration),
      address(worker.storage.facilities), address(worker.storage.workforce[0].segments)
    )
    #expect(before == after)
    #expect(worker.storage.staffing.count == run.years.last! - 2026 + 1)
  }
}
