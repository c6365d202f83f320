/// The 10th, 50th and 90th percentiles of an indicator over the Monte Carlo draws.
///
/// Eight in ten draws lie between ``p10`` and ``p90``; half lie below ``p50``. Percentiles
/// interpolate linearly between order statistics (Hyndman and Fan's type 7, the default of R
/// and NumPy).
public struct Percentiles: Sendable, Hashable, Codable {
  public var p10: Double
  public var p50: Double
  public var p90: Double

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
    // Each selection leaves every number right of its position at least as large as every
    // number left of it, so the next, higher percentile is searched for right of it only.
    var start = 0
    let p10 = Percentiles.quantile(in: buffer, 0.1, from: &start)
    let p50 = Percentiles.quantile(in: buffer, 0.5, from: &start)
    let p90 = Percentiles.quantile(in: buffer, 0.9, from: &start)
    self.init(p10: p10, p50: p50, p90: p90)
  }

  /// Type-7 quantile: h = (n − 1)·q, interpolating between the order statistics at floor(h)
  /// and floor(h) + 1. Reorders `buffer` (partially); call with rising `q` for speed.
  static func quantile(in buffer: UnsafeMutableBufferPointer<Double>, _ q: Double) -> Double {
    var start = 0
    return quantile(in: buffer, q, from: &start)
  }

  /// ``quantile(in:_:)`` when positions before `start` hold numbers no larger than any at or
  /// after it (an earlier selection's left side), so the order statistic lies at or after
  /// `start`; sets `start` to the position after the one selected, for a higher `q`.
  static func quantile(
    in buffer: UnsafeMutableBufferPointer<Double>, _ q: Double, from start: inout Int
  ) -> Double {
    let h = Double(buffer.count - 1) * q
    let below = Int(h.rounded(.down))
    let lower = select(below, in: buffer, from: min(start, below))
    start = below + 1
    let weight = h - Double(below)
    guard weight > 0, below + 1 < buffer.count else { return lower }
    // After selection everything right of `below` is ≥ it; the next order statistic is their minimum.
    var upper = buffer[below + 1]
    for index in (below + 2)..<buffer.count where buffer[index] < upper { upper = buffer[index] }
    return lower + weight * (upper - lower)
  }

  /// The `k`-th smallest element (from 0), moving it to position `k` with no larger element
  /// before it and no smaller one after (quickselect with a three-way partition, so columns
  /// full of equal values, such as zeros, stay linear; median-of-three pivots; deterministic).
  ///
  /// With `start`, the positions before it must hold numbers no larger than any at or after
  /// it (an earlier selection's left side) and `k ≥ start`: only `start...` is searched.
  static func select(
    _ k: Int, in buffer: UnsafeMutableBufferPointer<Double>, from start: Int = 0
  ) -> Double {
    var low = start
    var high = buffer.count - 1
    while high > low {
      let middle = low + (high - low) / 2
      let (a, b, c) = (buffer[low], buffer[middle], buffer[high])
      let pivot = max(min(a, b), min(max(a, b), c))
      // Dutch national flag: [low, less) < pivot, [less, index) == pivot, (greater, high] > pivot.
      var less = low
      var index = low
      var greater = high
      while index <= greater {
        let value = buffer[index]
        if value < pivot {
          buffer.swapAt(index, less)
          less += 1
          index += 1
        } else if value > pivot {
          buffer.swapAt(index, greater)
          greater -= 1
        } else {
          index += 1
        }
      }
      if k < less {
        high = less - 1
      } else if k > greater {
        low = greater + 1
      } else {
        return pivot
      }
    }
    return buffer[k]
  }

  /// Whether `value` lies within the P10–P90 band.
  public func contains(_ value: Double) -> Bool { value >= p10 && value <= p90 }
}
