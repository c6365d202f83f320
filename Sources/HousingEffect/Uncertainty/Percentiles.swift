/// The 10th, 50th and 90th percentiles of an indicator over the Monte Carlo draws.
///
/// Eight in ten draws lie between ``p10`` and ``p90``; half lie below ``p50``. Percentiles
/// interpolate linearly between order statistics (Hyndman and Fan's type 7, the default of R
/// and NumPy).
public struct Percentiles: Sendable, Hashable, Codable {
  /// The 10th percentile of the draws: about one draw in ten lies below it.
  public var p10: Double
  /// The median of the draws: the middle of the range.
  public var p50: Double
  /// The 90th percentile of the draws: about one draw in ten lies above it.
  public var p90: Double

  /// Percentiles as given; `p10 ≤ p50 ≤ p90` is expected, not checked.
  public init(p10: Double, p50: Double, p90: Double) {
    self.p10 = p10
    self.p50 = p50
    self.p90 = p90
  }

  /// The percentiles of `values`; all zero when there are none.
  ///
  /// Uses selection rather than a full sort (three partial partitions of one copy), which is
  /// what makes percentiles of thousands of draws for hundreds of indicators cheap.
  public init(of values: [Double]) {
    guard !values.isEmpty else {
      self.init(p10: 0, p50: 0, p90: 0)
      return
    }
    guard !values.contains(where: \.isNaN) else {
      // No order exists; the result says so rather than pretending.
      self.init(p10: .nan, p50: .nan, p90: .nan)
      return
    }
    var work = values
    self = work.withUnsafeMutableBufferPointer { Percentiles(selectingIn: $0) }
  }

  /// The percentiles of the numbers in `buffer`, reordering them (no copy); all zero when
  /// there are none. The same result as ``init(of:)``: order statistics do not depend on the
  /// order the numbers come in.
  public init(selectingIn buffer: UnsafeMutableBufferPointer<Double>) {
    guard !buffer.isEmpty else {
      self.init(p10: 0, p50: 0, p90: 0)
      return
    }
    guard !buffer.contains(where: \.isNaN) else {
      self.init(p10: .nan, p50: .nan, p90: .nan)
      return
    }
    // The median first, over every number; then P10 among those left of it and P90 among
    // those right of it: each selection works only on the part where its order statistics
    // lie, and no array is made (issue 18). The numbers are the same order statistics as
    // three selections over the whole column.
    let count = buffer.count
    let (median, m) = Percentiles.quantile(in: buffer, 0.5, within: 0..<count)
    let p10 = Percentiles.quantile(in: buffer, 0.1, within: 0..<m, median: m).value
    let p90 = Percentiles.quantile(in: buffer, 0.9, within: (m + 1)..<count, median: m).value
    self.init(p10: p10, p50: median, p90: p90)
  }

  /// Type-7 quantile: h = (n − 1)·q, interpolating between the order statistics at floor(h)
  /// and floor(h) + 1. Reorders `buffer` (partially); call with rising `q` for speed.
  static func quantile(in buffer: UnsafeMutableBufferPointer<Double>, _ q: Double) -> Double {
    quantile(in: buffer, q, within: 0..<buffer.count).value
  }

  /// The type-7 quantile `q` of all of `buffer`, where the order statistics it needs lie in
  /// `range`, and the position of the lower one. Either `range` is the whole buffer, or the
  /// median's order statistic has been selected at position `median` and `range` lies wholly
  /// on one side of it (no element left of `median` is larger, none right of it smaller).
  static func quantile(
    in buffer: UnsafeMutableBufferPointer<Double>, _ q: Double, within range: Range<Int>,
    median: Int? = nil
  ) -> (value: Double, position: Int) {
    let h = Double(buffer.count - 1) * q
    let below = Int(h.rounded(.down))
    let weight = h - Double(below)
    let lower: Double
    if range.contains(below) {
      lower = select(below, in: buffer, low: range.lowerBound, high: range.upperBound - 1)
    } else {
      // The quantile's lower order statistic is the median's own (few numbers).
      lower = buffer[below]
    }
    guard weight > 0, below + 1 < buffer.count else { return (lower, below) }
    // After selection everything right of `below` up to the end of its part is ≥ it; the
    // next order statistic is their minimum, or the median itself when the part ends there.
    let end = range.contains(below) ? range.upperBound : buffer.count
    var upper: Double
    if below + 1 < end {
      upper = buffer[below + 1]
      for index in (below + 2)..<end where buffer[index] < upper { upper = buffer[index] }
    } else if let median, median == below + 1 {
      upper = buffer[median]
    } else {
      upper = buffer[below + 1]
      for index in (below + 2)..<buffer.count where buffer[index] < upper { upper = buffer[index] }
    }
    return (lower + weight * (upper - lower), below)
  }

  /// The `k`-th smallest element (from 0), moving it to position `k` with no larger element
  /// before it and no smaller one after (quickselect with Hoare's two-sided scan, as in Wirth's
  /// `Find`; median-of-three pivots; deterministic).
  static func select(_ k: Int, in buffer: UnsafeMutableBufferPointer<Double>) -> Double {
    select(k, in: buffer, low: 0, high: buffer.count - 1)
  }

  /// The same within positions `low...high`, which must hold the order statistics
  /// `low...high` of the whole buffer (the rest is neither read nor moved).
  ///
  /// Both scans stop at numbers equal to the pivot and swap them, so a column full of equal
  /// values (such as zeros) is halved at every step and stays linear; numbers less than the
  /// pivot on the left and greater on the right are passed over without a write, about half
  /// the moves of a three-way partition (issue 18). No NaN may be present (callers check).
  static func select(
    _ k: Int, in buffer: UnsafeMutableBufferPointer<Double>, low: Int, high: Int
  ) -> Double {
    var low = low
    var high = high
    while high > low {
      let middle = low + (high - low) / 2
      let (a, b, c) = (buffer[low], buffer[middle], buffer[high])
      // A value present in `low...high`, so each scan meets a number that stops it.
      let pivot = max(min(a, b), min(max(a, b), c))
      var left = low
      var right = high
      repeat {
        while buffer[left] < pivot { left += 1 }
        while pivot < buffer[right] { right -= 1 }
        if left <= right {
          buffer.swapAt(left, right)
          left += 1
          right -= 1
        }
      } while left <= right
      // Now [low, right] ≤ pivot ≤ [left, high], and every number between them equals it.
      if right < k { low = left }
      if k < left { high = right }
    }
    return buffer[k]
  }

  /// Whether `value` lies within the P10–P90 band.
  public func contains(_ value: Double) -> Bool { value >= p10 && value <= p90 }
}
