import Foundation

/// The triangular distribution over `low…high` with its peak at `mode`: how Monte Carlo draws a
/// parameter from the catalogue's value and plausible range.
///
/// Chosen over PERT because most ranges are assumptions: the triangle keeps more weight in the
/// tails, so a draw says "we do not know" as loudly as the range does, and its quantile
/// function is closed-form (one uniform number per parameter, square roots only), which keeps
/// draws exact and reproducible and lets rank correlations use the uniforms directly.
/// A parameter may declare another shape over the same range (`DrawShape`: uniform, or
/// triangular on a log scale); `shape` selects the quantile function, the sampler is the same.
/// See Docs/methodology.md#uncertainty.
public struct TriangularDistribution: Sendable, Hashable, Codable {
  /// The lowest value that can be drawn.
  public var low: Double
  /// The most likely value; for a parameter, its value in force.
  public var mode: Double
  /// The highest value that can be drawn.
  public var high: Double
  /// The shape drawn over `low…high`; triangular unless the catalogue says otherwise.
  public var shape: DrawShape

  /// A distribution over `low…high`, widened where needed to contain `mode`.
  public init(low: Double, mode: Double, high: Double, shape: DrawShape = .triangular) {
    self.low = min(low, mode)
    self.mode = mode
    self.high = max(high, mode)
    self.shape = shape
  }

  /// The value below which a share `u` (0…1) of draws fall: the inverse distribution function.
  @inline(__always)
  public func quantile(_ u: Double) -> Double {
    let width = high - low
    guard width > 0 else { return mode }
    let u = min(max(u, 0), 1)
    switch shape {
    case .triangular:
      return Self.triangularQuantile(u, low: low, mode: mode, high: high)
    case .uniform:
      return low + u * width
    case .logUniformHalves:
      guard low > 0 else { return low + u * width }
      if u < 0.5 { return (log(low) + 2 * u * (log(mode) - log(low))).exp() }
      return (log(mode) + (2 * u - 1) * (log(high) - log(mode))).exp()
    case .logTriangular:
      guard low > 0 else { return Self.triangularQuantile(u, low: low, mode: mode, high: high) }
      return Self.triangularQuantile(u, low: log(low), mode: log(mode), high: log(high)).exp()
    }
  }

  @inline(__always)
  private static func triangularQuantile(
    _ u: Double, low: Double, mode: Double, high: Double
  ) -> Double {
    let width = high - low
    guard width > 0 else { return mode }
    let peak = (mode - low) / width
    if u < peak { return low + (u * width * (mode - low)).squareRoot() }
    return high - ((1 - u) * width * (high - mode)).squareRoot()
  }
}

extension Double {
  fileprivate func exp() -> Double { Foundation.exp(self) }
}
