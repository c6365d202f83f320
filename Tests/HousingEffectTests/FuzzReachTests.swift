import Foundation
import HousingEffect
import Testing
import _Fuzzing

/// Issue 22: the fuzzer reaches projection studies, batch CSVs and option values, and the
/// inputs it found are regression tests.
@Suite("Fuzzing: projection studies, batch CSVs and options")
struct FuzzReachTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Scenarios").standardizedFileURL.path
  static let generator = FuzzGenerator(scenarios: scenarios)

  @Test("the generator makes every new kind, and the invariants hold on 150 of them")
  func newKindsHold() throws {
    var kinds: [FuzzCase.Kind: Int] = [:]
    var accepted = 0
    for index: UInt64 in 0..<400 {
      let input = Self.generator.input(index, seed: 22)
      kinds[input.kind, default: 0] += 1
      let outcome: FuzzOracle.Outcome
      switch input.kind {
      case .projection:
        outcome = ReachOracle.projection(input.bytes, file: NSTemporaryDirectory() + "p.json")
      case .batch: outcome = ReachOracle.batch(input.bytes)
      default: continue
      }
      if case .violated(let problem) = outcome {
        Issue.record("input \(index): \(problem)\n\(input.description)")
      }
      if outcome == .assessed { accepted += 1 }
    }
    for kind in [FuzzCase.Kind.projection, .batch, .options] {
      #expect((kinds[kind] ?? 0) > 10, "\(kind)")
    }
    #expect(accepted > 5)
  }

  @Test("a batch row of \"-0\" jobs gives 0 FTE, not −0 (found by the fuzzer)")
  func negativeZeroJobs() throws {
    let csv = "name,municipality,type,jobs\nA,Venray,distribution-ecommerce,-0\n"
    #expect(ReachOracle.batch(Array(csv.utf8)) == .assessed)
    var reader = BatchReader(text: csv, regions: .limburg)
    let row = try #require(reader.next(1).first)
    guard case .jobs(let jobs) = row.establishment.size else {
      Issue.record("a size in jobs")
      return
    }
    #expect(jobs == 0 && jobs.sign == .plus)
  }
}

/// Inputs of the release fuzz run of issue 22 (seed 222) that broke an invariant, fixed since.
@Suite("Fuzzing: projection inputs found by the release run")
struct FuzzReachFoundTests {
  @Test(
    "no negative stay class when the long class reaches the level (inputs 104704 and 154952)",
    arguments: [
      #"{"schemaVersion":1,"title":"Fuzz projection","projection":{"regions":["Venray"],"paths":["moderateGrowth"],"bases":[{"region":"Venray","year":2022,"working":1e6,"source":"fuzz"}],"plannedSupply":[{"region":"Venray","year":2025,"beds":1e15,"dwellings":1e-300}],"parameters":{"region.stock.temporaryShare":{"value":-0,"reason":"fuzz"}}}}"#,
      #"{"schemaVersion":1,"title":"Fuzz projection","projection":{"regions":["Venray"],"paths":["moderateGrowth","custom"],"customPath":{"title":"fuzz","targets":{"2050":-0}}}}"#,
    ])
  func noNegativeStayClass(study: String) {
    // Before: short-stay migrants of −5.8e-11 and −1.4e-14.
    #expect(
      ReachOracle.projection(Array(study.utf8), file: NSTemporaryDirectory() + "p.json")
        == .assessed)
  }
}
