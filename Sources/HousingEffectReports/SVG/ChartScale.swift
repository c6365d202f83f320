/// The value axis of a chart: from a round lower bound to a round upper bound in round steps.
///
/// The axis always includes zero, so bars start at zero. The step is 1, 2, 2.5 or 5 times a
/// power of ten, chosen so that the axis has about ``targetTicks`` intervals:
///
/// ```
/// step  = nice((max − min) / targetTicks)
/// lower = −⌈−min / step⌉ · step,  upper = ⌈max / step⌉ · step
/// ```
///
/// Non-finite values are ignored; without any non-zero value the axis runs from 0 to 1.
struct ChartScale: Sendable, Hashable {
  static let targetTicks = 5

  let lower: Double
  let upper: Double
  let step: Double

  init(values: [Double]) {
    let finite = values.filter(\.isFinite)
    let minimum = min(0, finite.min() ?? 0)
    var maximum = max(0, finite.max() ?? 0)
    if maximum - minimum <= 0 { maximum = 1 }
    let step = ChartScale.niceStep((maximum - minimum) / Double(ChartScale.targetTicks))
    let upper = ChartScale.multiple(of: step, atLeast: maximum)
    let lower = -ChartScale.multiple(of: step, atLeast: -minimum)
    guard step > 0, step.isFinite, upper.isFinite, lower.isFinite, upper > lower,
      (upper - lower) / step <= 100
    else {
      (self.lower, self.upper, self.step) = (0, 1, 0.2)
      return
    }
    (self.lower, self.upper, self.step) = (lower, upper, step)
  }

  /// The values of the tick marks, from `lower` to `upper`.
  var ticks: [Double] {
    let count = Int(NumberFormat.roundedHalfAway((upper - lower) / step))
    return (0...max(count, 0)).map { lower + Double($0) * step }
  }

  /// Where `value` lies between `lower` (0) and `upper` (1); non-finite values lie at zero.
  func fraction(_ value: Double) -> Double {
    let position = value.isFinite ? value : 0
    return (position - lower) / (upper - lower)
  }

  /// The round step nearest above `raw`: 1, 2, 2.5, 5 or 10 times a power of ten.
  static func niceStep(_ raw: Double) -> Double {
    guard raw > 0, raw.isFinite else { return 0 }
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw, magnitude > 0 { magnitude /= 10 }
    guard magnitude > 0 else { return 0 }
    let residual = raw / magnitude
    let factor: Double =
      residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10
    return factor * magnitude
  }

  /// The smallest multiple of `step` that is at least `value` (both non-negative).
  static func multiple(of step: Double, atLeast value: Double) -> Double {
    guard step > 0, value > 0 else { return 0 }
    let quotient = value / step
    guard quotient.isFinite else { return quotient }
    var count = NumberFormat.truncated(quotient)
    // A quotient a hair above a whole number is that number (0.6 / 0.2 = 3.0000000000000004).
    if quotient - count > 1e-9 { count += 1 }
    return count * step
  }
}
