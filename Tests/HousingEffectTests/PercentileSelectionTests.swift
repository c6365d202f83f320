import Testing

@testable import HousingEffect

/// The percentiles select the median over the whole column and P10 and P90 only on its two
/// sides (issue 18); the numbers must be the type-7 quantiles of the sorted column for every
/// size, with ties, and whatever order the draws come in.
@Suite("Percentile selection")
struct PercentileSelectionTests {
  @Test("equal to the sorted column's type-7 quantiles for 1 to 60 draws and larger columns")
  func matchesSort() {
    var generator = SplitMix64(seed: 18)
    let sizes = Array(1...60) + [99, 100, 101, 999, 2_000, 2_001]
    for size in sizes {
      for kind in 0..<6 {
        let values = (0..<size).map { index -> Double in
          let u = generator.nextUnitInterval()
          switch kind {
          case 0: return u * 1_000  // distinct
          case 1: return (u * 4).rounded()  // many ties
          case 2: return u < 0.5 ? 0 : u  // half zeros, as a column of a late start
          // Orders that trouble a two-sided scan: ascending, descending, all equal.
          case 3: return Double(index)
          case 4: return Double(size - index)
          default: return 0
          }
        }
        var work = values
        let selected = work.withUnsafeMutableBufferPointer { Percentiles(selectingIn: $0) }
        #expect(selected.p10 == type7(values, 0.1), "size \(size), kind \(kind)")
        #expect(selected.p50 == type7(values, 0.5), "size \(size), kind \(kind)")
        #expect(selected.p90 == type7(values, 0.9), "size \(size), kind \(kind)")
        // The column holds the same numbers afterwards, reordered.
        #expect(work.sorted() == values.sorted())
      }
    }
  }

  @Test("hand calculation: 1…10 gives 1.9, 5.5 and 9.1; two draws interpolate between them")
  func hand() {
    let p = Percentiles(of: [3, 10, 1, 8, 5, 6, 2, 9, 4, 7])
    #expect(abs(p.p10 - 1.9) < 1e-12)
    #expect(abs(p.p50 - 5.5) < 1e-12)
    #expect(abs(p.p90 - 9.1) < 1e-12)
    // Two draws 2 and 4: h = 0.1, 0.5, 0.9 → 2.2, 3, 3.8.
    let two = Percentiles(of: [4, 2])
    #expect(abs(two.p10 - 2.2) < 1e-12)
    #expect(two.p50 == 3)
    #expect(abs(two.p90 - 3.8) < 1e-12)
    #expect(Percentiles(of: [7]) == Percentiles(p10: 7, p50: 7, p90: 7))
  }
}
