import Testing

@testable import HousingEffect

/// The variance shares' ranks come from buckets and insertion (issue 18): they must be the
/// ranks a full sort gives, ties sharing their average rank, for every kind of column.
@Suite("Sensitivity ranks")
struct SensitivityRankTests {
  /// Ranks from a full sort of the positions, the way they were computed before.
  func reference(_ values: [Double]) -> [Double] {
    let order = values.indices.sorted { values[$0] < values[$1] }
    var ranks = [Double](repeating: 0, count: values.count)
    var start = 0
    while start < order.count {
      var end = start
      while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
      for index in start...end { ranks[order[index]] = Double(start + end) / 2 + 1 }
      start = end + 1
    }
    return ranks
  }

  @Test("ranks equal those of a full sort, for the percentile tests' kinds of column")
  func ranksAgree() {
    var generator = SplitMix64(seed: 72)
    for kind in 0..<8 {
      for size in [0, 1, 2, 3, 17, 100, 2_000] {
        let values = PercentileFastPathTests().column(kind, size: size, &generator)
        #expect(Sensitivity.ranks(values) == reference(values), "kind \(kind), size \(size)")
      }
    }
  }

  @Test("ranks of ±0, a far outlier, and values an ulp apart equal those of a full sort")
  func ranksOfCrowdedColumns() {
    var generator = SplitMix64(seed: 73)
    let draws = (0..<2_000).map { _ in generator.nextUnitInterval() }
    let columns = [
      draws.map { $0 < 0.5 ? -0.0 : 0.0 },
      draws.map { $0 < 0.99 ? $0 : 1e12 * $0 },
      draws.map { .ulpOfOne * ($0 * 40).rounded(.down) + 1 },
    ]
    for values in columns { #expect(Sensitivity.ranks(values) == reference(values)) }
  }

  @Test("infinite values and a subnormal spread take the full sort")
  func infinite() {
    let values: [Double] = [3, .infinity, -1, -.infinity, 3, 0]
    #expect(Sensitivity.ranks(values) == reference(values))
    let subnormal: [Double] = [0, .leastNonzeroMagnitude, 0, .leastNonzeroMagnitude, -0.0]
    #expect(Sensitivity.ranks(subnormal) == reference(subnormal))
  }
}
