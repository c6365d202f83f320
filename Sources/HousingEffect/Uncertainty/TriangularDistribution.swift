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
  public func quantile(_ u: Double) -> Double {
    Prepared(self).quantile(u)
  }

  /// The quantile function with what does not depend on `u` worked out once (the width, the
  /// peak's position, the logarithms): a Monte Carlo sampler prepares each distribution once
  /// and draws from it many times (issue 18). ``TriangularDistribution/quantile(_:)`` is this
  /// function, so the numbers are the same bit for bit.
  struct Prepared: Sendable {
    /// A triangle over `low…high` with its peak at `mode` (on a log scale: their logarithms).
    struct Triangle: Sendable {
      let low: Double
      let mode: Double
      let high: Double
      let width: Double
      /// `mode - low` and `high - mode`.
      let rise: Double
      let fall: Double
      /// Where the peak lies as a share of the width.
      let peak: Double

      init(low: Double, mode: Double, high: Double) {
        self.low = low
        self.mode = mode
        self.high = high
        width = high - low
        rise = mode - low
        fall = high - mode
        peak = width > 0 ? rise / width : 0
      }

      @inline(__always)
      func quantile(_ u: Double) -> Double {
        guard width > 0 else { return mode }
        if u < peak { return low + (u * width * rise).squareRoot() }
        return high - ((1 - u) * width * fall).squareRoot()
      }
    }

    enum Form: Sendable {
      /// No width: always the mode.
      case constant(Double)
      case triangle(Triangle)
      case uniform(low: Double, width: Double)
      /// The logarithms of low and mode, and the steps from low to mode and mode to high.
      case logHalves(logLow: Double, lowToMode: Double, logMode: Double, modeToHigh: Double)
      /// A triangle over the logarithms.
      case logTriangle(Triangle)
    }

    let form: Form

    init(_ distribution: TriangularDistribution) {
      let (low, mode, high) = (distribution.low, distribution.mode, distribution.high)
      let width = high - low
      guard width > 0 else {
        form = .constant(mode)
        return
      }
      switch distribution.shape {
      case .triangular:
        form = .triangle(Triangle(low: low, mode: mode, high: high))
      case .uniform:
        form = .uniform(low: low, width: width)
      case .logUniformHalves:
        if low > 0 {
          form = .logHalves(
            logLow: log(low), lowToMode: log(mode) - log(low), logMode: log(mode),
            modeToHigh: log(high) - log(mode))
        } else {
          form = .uniform(low: low, width: width)
        }
      case .logTriangular:
        if low > 0 {
          form = .logTriangle(Triangle(low: log(low), mode: log(mode), high: log(high)))
        } else {
          form = .triangle(Triangle(low: low, mode: mode, high: high))
        }
      }
    }

    @inline(__always)
    func quantile(_ u: Double) -> Double {
      let u = min(max(u, 0), 1)
      switch form {
      case .constant(let mode):
        return mode
      case .triangle(let triangle):
        return triangle.quantile(u)
      case .uniform(let low, let width):
        return low + u * width
      case .logHalves(let logLow, let lowToMode, let logMode, let modeToHigh):
        if u < 0.5 { return (logLow + 2 * u * lowToMode).exp() }
        return (logMode + (2 * u - 1) * modeToHigh).exp()
      case .logTriangle(let triangle):
        return triangle.quantile(u).exp()
      }
    }
  }
}

extension Double {
  fileprivate func exp() -> Double { Foundation.exp(self) }
}
