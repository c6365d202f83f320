#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

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
        return spreadQuantile(u)
      }

      /// `quantile(_:)` of a triangle known to have a width (`width > 0`), `u` in 0…1: what
      /// a sampler calls for the parameters it has sorted out as plain triangles.
      @inline(__always)
      func spreadQuantile(_ u: Double) -> Double {
        if u < peak { return low + (u * width * rise).squareRoot() }
        return high - ((1 - u) * width * fall).squareRoot()
      }
    }

    /// Which quantile function applies.
    enum Form: Sendable {
      /// No width: always the mode.
      case constant
      case triangle
      case uniform
      /// Uniform on a log scale in each half.
      case logHalves
      /// A triangle over the logarithms.
      case logTriangle
    }

    let form: Form
    /// The triangle, over the values or (`logTriangle`) their logarithms; for `constant` its
    /// mode is the value, for `uniform` its low and width are the range.
    let triangle: Triangle
    /// For `logHalves`: the logarithms of low and mode, and the steps from low to mode and
    /// from mode to high.
    let logLow: Double
    let lowToMode: Double
    let logMode: Double
    let modeToHigh: Double

    init(_ distribution: TriangularDistribution) {
      let (low, mode, high) = (distribution.low, distribution.mode, distribution.high)
      var (logLow, lowToMode, logMode, modeToHigh) = (0.0, 0.0, 0.0, 0.0)
      var triangle = Triangle(low: low, mode: mode, high: high)
      let form: Form
      if !(high - low > 0) {
        form = .constant
      } else {
        switch distribution.shape {
        case .triangular:
          form = .triangle
        case .uniform:
          form = .uniform
        case .logUniformHalves:
          if low > 0 {
            form = .logHalves
            (logLow, logMode) = (log(low), log(mode))
            lowToMode = log(mode) - log(low)
            modeToHigh = log(high) - log(mode)
          } else {
            form = .uniform
          }
        case .logTriangular:
          if low > 0 {
            form = .logTriangle
            triangle = Triangle(low: log(low), mode: log(mode), high: log(high))
          } else {
            form = .triangle
          }
        }
      }
      self.form = form
      self.triangle = triangle
      self.logLow = logLow
      self.lowToMode = lowToMode
      self.logMode = logMode
      self.modeToHigh = modeToHigh
    }

    @inline(__always)
    func quantile(_ u: Double) -> Double {
      unitQuantile(min(max(u, 0), 1))
    }

    /// `quantile(_:)` for `u` already in 0…1 (a generator's `nextUnitInterval()`), which the
    /// clamp would leave as it is.
    @inline(__always)
    func unitQuantile(_ u: Double) -> Double {
      switch form {
      case .constant:
        return triangle.mode
      case .triangle:
        return triangle.quantile(u)
      case .uniform:
        return triangle.low + u * triangle.width
      case .logHalves:
        if u < 0.5 { return (logLow + 2 * u * lowToMode).exp() }
        return (logMode + (2 * u - 1) * modeToHigh).exp()
      case .logTriangle:
        return triangle.quantile(u).exp()
      }
    }
  }
}

extension Double {
  fileprivate func exp() -> Double {
    #if canImport(Glibc)
      Glibc.exp(self)
    #elseif canImport(Musl)
      Musl.exp(self)
    #else
      Darwin.exp(self)
    #endif
  }
}
