#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
    let count = buffer.count
    guard count > 0 else {
      self.init(p10: 0, p50: 0, p90: 0)
      return
    }
    switch Percentiles.inspect(buffer) {
    case .notANumber:
      // No order exists; the result says so rather than pretending.
      self.init(p10: .nan, p50: .nan, p90: .nan)
    case .constant:
      // Every draw the same number (a year before the establishment opens, an indicator no
      // drawn parameter moves): each quantile is that number, through the same interpolation
      // the selection would use (so a column of −0 gives what it gave before).
      let value = buffer[0]
      self.init(
        p10: Percentiles.interpolated(value, value, Percentiles.position(0.1, count: count)),
        p50: Percentiles.interpolated(value, value, Percentiles.position(0.5, count: count)),
        p90: Percentiles.interpolated(value, value, Percentiles.position(0.9, count: count)))
    case .mixedZeros:
      // +0 and −0 compare equal but print differently: which one a selection returns depends
      // on how it moves the numbers, so such a column keeps the selection it always had.
      self.init(selectingInOrder: buffer)
    case .ordered:
      self.init(selectingOrdered: buffer)
    }
  }

  /// What one pass over a column finds.
  enum Column {
    /// A NaN somewhere: no percentiles.
    case notANumber
    /// Every number has the same bits.
    case constant
    /// Both +0 and −0 occur (and no NaN).
    case mixedZeros
    /// No NaN and no two numbers that compare equal with different bits: every order
    /// statistic is one bit pattern, whichever algorithm selects it.
    case ordered
  }

  /// One pass over `buffer` (not empty): NaNs, a constant column, signed zeros of both signs.
  static func inspect(_ buffer: UnsafeMutableBufferPointer<Double>) -> Column {
    let count = buffer.count
    let first = buffer[0].bitPattern
    var index = 1
    while index < count, buffer[index].bitPattern == first { index &+= 1 }
    if index == count { return buffer[0].isNaN ? .notANumber : .constant }
    if !holdsZeroOrNaN(buffer) { return .ordered }
    var positiveZero = false
    var negativeZero = false
    // Only zeros and NaNs fail `magnitude > 0`; every other number costs one comparison.
    for value in buffer where !(value.magnitude > 0) {
      if value.isNaN { return .notANumber }
      if value.sign == .minus { negativeZero = true } else { positiveZero = true }
    }
    return positiveZero && negativeZero ? .mixedZeros : .ordered
  }

  /// Whether `buffer` holds a zero (of either sign) or a NaN: the numbers that are neither
  /// above nor below 0. Eight numbers a step as one vector comparison; most columns hold
  /// neither, and then `inspect` needs no loop that stops at each number (issue 18).
  @inline(__always)
  static func holdsZeroOrNaN(_ buffer: UnsafeMutableBufferPointer<Double>) -> Bool {
    guard let base = buffer.baseAddress else { return false }
    let count = buffer.count
    var found = SIMDMask<SIMD8<Int64>>(repeating: false)
    var index = 0
    while index &+ 8 <= count {
      let values = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD8<Double>.self)
      found .|= .!((values .> 0) .| (values .< 0))
      index &+= 8
    }
    var inTail = false
    while index < count {
      let value = base[index]
      inTail = inTail || !(value > 0 || value < 0)
      index &+= 1
    }
    return inTail || any(found)
  }

  /// Type 7: h = (n − 1)·q, the lower order statistic ⌊h⌋ and the weight of the next one.
  @inline(__always)
  static func position(_ q: Double, count: Int) -> (below: Int, weight: Double) {
    let h = Double(count - 1) * q
    let below = Int(h.rounded(.down))
    return (below, h - Double(below))
  }

  /// `lower` moved `weight` of the way to `upper` when the position lies between two order
  /// statistics, else `lower`: the one interpolation of every path.
  @inline(__always)
  static func interpolated(
    _ lower: Double, _ upper: Double, _ position: (below: Int, weight: Double)
  ) -> Double {
    position.weight > 0 ? lower + position.weight * (upper - lower) : lower
  }

  /// The selection of issue 18's first rounds, kept for columns holding both +0 and −0: the
  /// median over every number, then P10 left of it and P90 right of it.
  init(selectingInOrder buffer: UnsafeMutableBufferPointer<Double>) {
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

  /// The percentiles of an `ordered` column (more than one distinct number, no NaN, not both
  /// signed zeros), each order statistic selected once and its upper neighbour placed next to
  /// it: the median's pair over the whole column, then P10's among the numbers left of it and
  /// P90's among those right of it. Large parts choose their pivot from a sample
  /// (Floyd–Rivest), so a selection passes over its part about once.
  init(selectingOrdered buffer: UnsafeMutableBufferPointer<Double>) {
    let count = buffer.count
    let at50 = Percentiles.position(0.5, count: count)
    let at10 = Percentiles.position(0.1, count: count)
    let at90 = Percentiles.position(0.9, count: count)
    let m = at50.below
    let pair50 = at50.weight > 0 && m + 1 < count
    let median = Percentiles.selectPair(m, upper: pair50, in: buffer, low: 0, high: count - 1)
    // Positions below `next` now hold their own order statistics; [0, m) ≤ buffer[m] and
    // everything from `next` on is ≥ buffer[next − 1].
    let next = pair50 ? m + 2 : m + 1
    let p10 = Percentiles.pairBelow(at10, in: buffer, before: m)
    let p90: (Double, Double)
    let want90 = at90.weight > 0 && at90.below + 1 < count
    if at90.below >= next {
      p90 = Percentiles.selectPair(
        at90.below, upper: want90, in: buffer, low: next, high: count - 1)
    } else if !want90 || at90.below + 1 < next {
      p90 = (buffer[at90.below], buffer[min(at90.below + 1, count - 1)])
    } else {
      p90 = (buffer[at90.below], Percentiles.least(in: buffer, from: next, through: count - 1))
    }
    self.init(
      p10: Percentiles.interpolated(p10.0, p10.1, at10),
      p50: Percentiles.interpolated(median.0, median.1, at50),
      p90: Percentiles.interpolated(p90.0, p90.1, at90))
  }

  /// P10's pair of order statistics once the median's is at `m`: selected among the numbers
  /// before it, the median itself when P10 falls on it (two or three draws).
  private static func pairBelow(
    _ at: (below: Int, weight: Double), in buffer: UnsafeMutableBufferPointer<Double>,
    before m: Int
  ) -> (Double, Double) {
    let count = buffer.count
    let want = at.weight > 0 && at.below + 1 < count
    if at.below < m {
      let pair = selectPair(
        at.below, upper: want && at.below + 1 < m, in: buffer, low: 0, high: m - 1)
      return want && at.below + 1 == m ? (pair.0, buffer[m]) : pair
    }
    // P10 on the median's order statistic: the next one is the least number after it.
    guard want else { return (buffer[m], buffer[m]) }
    return (buffer[m], least(in: buffer, from: m + 1, through: count - 1))
  }

  /// The least number in positions `first...last` (not empty).
  @inline(__always)
  static func least(
    in buffer: UnsafeMutableBufferPointer<Double>, from first: Int, through last: Int
  )
    -> Double
  {
    var least = buffer[first]
    var index = first + 1
    while index <= last {
      if buffer[index] < least { least = buffer[index] }
      index &+= 1
    }
    return least
  }

  /// Hoare's two-sided scan of `low...high` around `pivot`, a value present there: afterwards
  /// `[low, right] ≤ pivot ≤ [left, high]` and every number between them equals it. The one
  /// partition both `select` and `selectPair` use.
  @inline(__always)
  static func partition(
    _ buffer: UnsafeMutableBufferPointer<Double>, low: Int, high: Int, around pivot: Double
  ) -> (left: Int, right: Int) {
    var left = low
    var right = high
    // `&+=`/`&-=`: the scans stay inside `low...high` (each stops at a number no smaller,
    // or no larger, than the pivot), so they cannot overflow; the checked form costs a
    // branch per number.
    repeat {
      while buffer[left] < pivot { left &+= 1 }
      while pivot < buffer[right] { right &-= 1 }
      if left <= right {
        buffer.swapAt(left, right)
        left &+= 1
        right &-= 1
      }
    } while left <= right
    return (left, right)
  }

  /// Selects the order statistic `k` into position `k` within `low...high` (which must hold
  /// the order statistics `low...high` of the whole buffer, with no NaN), and, when `upper`,
  /// the next one into position `k + 1` (`k < high`). Returns both (the first twice when not
  /// `upper`).
  ///
  /// The partition is `select`'s (Hoare's two-sided scan); a part of more than 600 numbers
  /// takes as pivot the order statistic a small sample around position `k` puts there
  /// (Floyd and Rivest's SELECT, 1975), so the part shrinks to a few percent in one pass; a
  /// part of `branchlessSplitMinimum` or more is split without a branch on the numbers
  /// (`splitBelow`). The next order statistic is the
  /// least number of the part that was cut off last above `k`: everything further up is at
  /// least as large.
  static func selectPair(
    _ k: Int, upper: Bool, in buffer: UnsafeMutableBufferPointer<Double>, low: Int, high: Int
  ) -> (Double, Double) {
    var low = low
    var high = high
    let end = high
    var cut = high
    // Large parts first, split without a branch on the numbers (see `splitBelow`).
    while high - low >= branchlessSplitMinimum,
      let (first, last) = sampleRange(k, low: low, high: high)
    {
      let pivot = select(k, in: buffer, low: first, high: last)
      narrow(k, in: buffer, low: &low, high: &high, cut: &cut, around: pivot)
    }
    while high > low {
      let pivot: Double
      if high - low > 600, let (first, last) = sampleRange(k, low: low, high: high) {
        pivot = select(k, in: buffer, low: first, high: last)
      } else {
        let middle = low + (high - low) / 2
        let (a, b, c) = (buffer[low], buffer[middle], buffer[high])
        pivot = max(min(a, b), min(max(a, b), c))
      }
      let (left, right) = partition(buffer, low: low, high: high, around: pivot)
      if right < k { low = left }
      if k < left {
        cut = high
        high = right
      }
    }
    let lower = buffer[k]
    guard upper else { return (lower, lower) }
    // The numbers in (k, cut] are ≥ buffer[k], and every number after `cut` is ≥ them.
    let last = cut > k ? cut : end
    var best = k + 1
    var index = k + 2
    while index <= last {
      if buffer[index] < buffer[best] { best = index }
      index &+= 1
    }
    buffer.swapAt(k + 1, best)
    return (lower, buffer[k + 1])
  }

  /// Moves the numbers of `low...high` that are below `pivot` (with `pivotOrEqual`: not
  /// above it) to its front and returns where the others start.
  ///
  /// Each number is written to its place whichever side it is on and the front advances by
  /// the comparison's outcome, so there is no branch on the numbers. With a pivot near the
  /// middle, the branches of Hoare's scan (`partition`) go either way at random and the
  /// processor mispredicts about every other one: in the columns of 10,000 draws of a
  /// projection that cost more time than everything else (issue 18). More instructions a
  /// number, so only parts of `branchlessSplitMinimum` numbers or more use it.
  /// The size from which `selectPair` splits a part with `splitBelow`. The split costs more
  /// instructions a number than Hoare's scan (about 11 against 5) but no mispredicted branch,
  /// which in a part of thousands of numbers costs more time than the instructions saved; in
  /// parts of a few hundred the scan is cheaper either way. At 2,048 a column of 2,000 draws
  /// (the default `assess`) keeps the scan.
  static let branchlessSplitMinimum = 2_048

  /// One step of `selectPair` on a large part: `low...high` split around `pivot` (a number
  /// present there) by `splitBelow`, and narrowed to the side that holds `k`; `cut` becomes
  /// the part's old end when the upper side is cut off.
  @inline(never)
  static func narrow(
    _ k: Int, in buffer: UnsafeMutableBufferPointer<Double>, low: inout Int, high: inout Int,
    cut: inout Int, around pivot: Double
  ) {
    let split = splitBelow(buffer, low: low, high: high, pivot: pivot)
    if k < split {
      cut = high
      high = split - 1
    } else if split > low {
      low = split
    } else {
      // No number below the pivot: those equal to it come first, and either hold `k` (then
      // it is the pivot, and everything up to `high` is at least it) or go.
      let equal = splitBelow(buffer, low: low, high: high, pivotOrEqual: pivot)
      if k < equal {
        cut = high
        low = k
        high = k
      } else {
        low = equal
      }
    }
  }

  @inline(__always)
  static func splitBelow(
    _ buffer: UnsafeMutableBufferPointer<Double>, low: Int, high: Int, pivot: Double
  ) -> Int {
    split(buffer, low: low, high: high) { $0 < pivot }
  }

  @inline(__always)
  static func splitBelow(
    _ buffer: UnsafeMutableBufferPointer<Double>, low: Int, high: Int, pivotOrEqual pivot: Double
  ) -> Int {
    split(buffer, low: low, high: high) { !(pivot < $0) }
  }

  /// Lomuto's partition without a branch: before each step `[low, front)` holds the numbers
  /// `goesFirst` and `[front, index)` the others; the number at `index` is swapped with the one
  /// at `front` (with itself when they are the same), and `front` moves past it when it goes
  /// first.
  @inline(__always)
  private static func split(
    _ buffer: UnsafeMutableBufferPointer<Double>, low: Int, high: Int,
    _ goesFirst: (Double) -> Bool
  ) -> Int {
    guard let base = buffer.baseAddress else { return low }
    var front = base + low
    var index = base + low
    let last = base + high
    // Four numbers a step: the loop's own count and jump are a third of a one-number step.
    while index + 3 <= last {
      for offset in 0..<4 {
        let value = index[offset]
        index[offset] = front.pointee
        front.pointee = value
        front += goesFirst(value) ? 1 : 0
      }
      index += 4
    }
    while index <= last {
      let value = index.pointee
      index.pointee = front.pointee
      front.pointee = value
      front += goesFirst(value) ? 1 : 0
      index += 1
    }
    return front - base
  }

  /// Floyd and Rivest's sample around `k` in `low...high`: the positions whose order
  /// statistic, selected among themselves, lies just below (or above) the `k`-th of the whole
  /// part with high probability; `nil` when it would not contain `k`. It affects only how
  /// fast the selection is, never its result.
  static func sampleRange(_ k: Int, low: Int, high: Int) -> (Int, Int)? {
    let n = Double(high - low + 1)
    let i = Double(k - low + 1)
    let z = log(n)
    let s = 0.5 * exp(2 * z / 3)
    let sd = 0.5 * (z * s * (n - s) / n).squareRoot() * (i < n / 2 ? -1 : 1)
    let first = max(low, Int(Double(k) - i * s / n + sd))
    let last = min(high, Int(Double(k) + (n - i) * s / n + sd))
    return first <= k && k <= last ? (first, last) : nil
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
      let (left, right) = partition(buffer, low: low, high: high, around: pivot)
      // Now [low, right] ≤ pivot ≤ [left, high], and every number between them equals it.
      if right < k { low = left }
      if k < left { high = right }
    }
    return buffer[k]
  }

  /// Whether `value` lies within the P10–P90 band.
  public func contains(_ value: Double) -> Bool { value >= p10 && value <= p90 }
}
