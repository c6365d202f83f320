import Foundation

/// The triangular distribution over `low…high` with its peak at `mode`: how Monte Carlo draws a
/// parameter from the catalogue's value and plausible range.
///
/// Chosen over PERT because most ranges are assumptions: the triangle keeps more weight in the
/// tails, so a draw says "we do not know" as loudly as the range does, and its quantile
/// function is closed-form (one uniform number per parameter, square roots only), which keeps
/// draws exact and reproducible and lets rank correlations use the uniforms directly.
/// See Docs/methodology.md#uncertainty.
public struct TriangularDistribution: Sendable, Hashable, Codable {
  /// The lowest value that can be drawn.
  public var low: Double
  /// The most likely value; for a parameter, its value in force.
  public var mode: Double
  /// The highest value that can be drawn.
  public var high: Double

  /// A distribution over `low…high`, widened where needed to contain `mode`.
  public init(low: Double, mode: Double, high: Double) {
    self.low = min(low, mode)
    self.mode = mode
    self.high = max(high, mode)
  }

  /// The value below which a share `u` (0…1) of draws fall: the inverse distribution function.
  public func quantile(_ u: Double) -> Double {
    let width = high - low
    guard width > 0 else { return mode }
    let u = min(max(u, 0), 1)
    let peak = (mode - low) / width
    if u < peak { return low + (u * width * (mode - low)).squareRoot() }
    return high - ((1 - u) * width * (high - mode)).squareRoot()
  }

  /// The mean, (low + mode + high) / 3.
  public var mean: Double { (low + mode + high) / 3 }
}
