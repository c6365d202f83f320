import Testing

@testable import HousingEffect

/// The cheaper percentile paths of issue 18 (one inspecting pass; constant columns answered
/// without selecting; each order statistic selected with its upper neighbour; Floyd–Rivest
/// pivots for large parts) must give the type-7 quantiles of a full sort bit for bit, and
/// exactly what the earlier selection gave wherever +0 and −0 make the choice ambiguous.
@Suite("Percentile fast paths")
struct PercentileFastPathTests {
  func selected(_ values: [Double]) -> Percentiles {
    var work = values
    return work.withUnsafeMutableBufferPointer { Percentiles(selectingIn: $0) }
  }

  func bits(_ p: Percentiles) -> [UInt64] {
    [p.p10.bitPattern, p.p50.bitPattern, p.p90.bitPattern]
  }

  /// Columns of `size` numbers of several kinds: distinct, heavy ties, half zeros, sorted both
  /// ways, organ pipe, two values, a constant.
  func column(_ kind: Int, size: Int, _ generator: inout SplitMix64) -> [Double] {
    (0..<size).map { index -> Double in
      let u = generator.nextUnitInterval()
      switch kind {
      case 0: return u * 1_000 - 300
      case 1: return (u * 6).rounded()
      case 2: return u < 0.5 ? 0 : u
      case 3: return Double(index)
      case 4: return Double(size - index)
      case 5: return Double(min(index, size - index))
      case 6: return u < 0.9 ? 1 : 2
      default: return 12.5
      }
    }
  }

  @Test(
    "bit for bit the sorted column's type-7 quantiles for 1, 2, 3, 10, 100, … 10,000 draws",
    arguments: [
      1, 2, 3, 4, 5, 10, 11, 99, 100, 101, 600, 601, 602, 603, 1_000, 2_000, 2_001, 2_048,
      2_049, 5_000, 10_000,
    ])
  func matchesSortBitForBit(size: Int) {
    var generator = SplitMix64(seed: 1_800 + UInt64(size))
    for kind in 0..<8 {
      let values = column(kind, size: size, &generator)
      let expected = [type7(values, 0.1), type7(values, 0.5), type7(values, 0.9)]
      #expect(bits(selected(values)) == expected.map(\.bitPattern), "size \(size), kind \(kind)")
      // Any order of the same numbers gives the same bits.
      var shuffled = values
      shuffled.shuffle(using: &generator)
      #expect(bits(selected(shuffled)) == expected.map(\.bitPattern), "shuffled \(size), \(kind)")
    }
  }

  @Test("a constant column is answered without selecting, with the numbers selection gives")
  func constantColumn() {
    for size in [1, 2, 3, 10, 2_000] {
      for value in [0.0, -0.0, 7.25, -3, .infinity] {
        let values = [Double](repeating: value, count: size)
        #expect(inspect(values) == .constant)
        var old = values
        let before = old.withUnsafeMutableBufferPointer { Percentiles(selectingInOrder: $0) }
        #expect(bits(selected(values)) == bits(before), "size \(size), value \(value)")
      }
    }
    // By hand: 7.25 everywhere; −0 at an interpolated position becomes +0 (−0 + 0.5·0), as
    // the selection always gave; a single −0 stays −0.
    #expect(selected([7.25, 7.25, 7.25]) == Percentiles(p10: 7.25, p50: 7.25, p90: 7.25))
    #expect(selected([-0.0, -0.0]).p50.sign == .plus)
    #expect(selected([-0.0]).p50.sign == .minus)
  }

  @Test("the inspecting pass: NaN anywhere, constants, both signed zeros, ordinary columns")
  func inspection() {
    #expect(inspect([1, 2, .nan, 3]) == .notANumber)
    #expect(inspect([.nan, .nan]) == .notANumber)
    #expect(inspect([0, 0, 0]) == .constant)
    #expect(inspect([0, -0.0, 1]) == .mixedZeros)
    #expect(inspect([0, 0, 1]) == .ordered)
    #expect(inspect([-0.0, -0.0, -1]) == .ordered)
    #expect(inspect([3, 1, 2]) == .ordered)
    #expect(selected([1, 2, .nan, 3]).p50.isNaN)
    #expect(selected([2, 2, 2, .nan]).p10.isNaN)
  }

  @Test("columns with +0 and −0 keep the earlier selection's numbers, signs included")
  func mixedZeros() {
    var generator = SplitMix64(seed: 4)
    for size in [2, 3, 10, 100, 2_000] {
      let values = (0..<size).map { _ -> Double in
        let u = generator.nextUnitInterval()
        return u < 0.4 ? 0 : (u < 0.8 ? -0.0 : u - 0.9)
      }
      var old = values
      let before = old.withUnsafeMutableBufferPointer { Percentiles(selectingInOrder: $0) }
      #expect(bits(selected(values)) == bits(before), "size \(size)")
      #expect(selected(values).p50 == type7(values, 0.5))
    }
  }

  @Test("a pair selection places the k-th and (k+1)-th order statistics and partitions around them")
  func pairSelection() {
    var generator = SplitMix64(seed: 77)
    for size in [2, 3, 10, 700, 3_000] {
      for kind in [0, 1, 3, 4, 5] {
        let values = column(kind, size: size, &generator)
        let sorted = values.sorted()
        for k in Set([0, size / 10, size / 2, size - 2].filter { $0 >= 0 && $0 + 1 < size }) {
          var work = values
          let pair = work.withUnsafeMutableBufferPointer {
            Percentiles.selectPair(k, upper: true, in: $0, low: 0, high: size - 1)
          }
          #expect(
            pair.0 == sorted[k] && pair.1 == sorted[k + 1], "size \(size) kind \(kind) k \(k)")
          #expect(work[k] == sorted[k] && work[k + 1] == sorted[k + 1])
          #expect(work[..<k].allSatisfy { $0 <= sorted[k] })
          #expect(work[(k + 1)...].allSatisfy { $0 >= sorted[k + 1] })
          #expect(work.sorted() == sorted)
        }
      }
    }
  }

  /// What the inspecting pass finds in `values`.
  func inspect(_ values: [Double]) -> Percentiles.Column {
    var work = values
    return work.withUnsafeMutableBufferPointer { Percentiles.inspect($0) }
  }
}
