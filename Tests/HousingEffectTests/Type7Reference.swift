/// The reference the percentile tests compare with: type 7 from a full sort, written out
/// independently of `Percentiles`. h = (n − 1)·q between the order statistics at ⌊h⌋ and
/// ⌊h⌋ + 1.
func type7(_ values: [Double], _ q: Double) -> Double {
  let sorted = values.sorted()
  let h = Double(sorted.count - 1) * q
  let below = Int(h.rounded(.down))
  let weight = h - Double(below)
  guard weight > 0, below + 1 < sorted.count else { return sorted[below] }
  return sorted[below] + weight * (sorted[below + 1] - sorted[below])
}
