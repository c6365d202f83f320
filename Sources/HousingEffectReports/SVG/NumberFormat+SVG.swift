extension NumberFormat {
  /// `value` for SVG coordinates and lengths: locale-free, at most `maximumDecimals` decimals.
  ///
  /// A point as decimal separator, no grouping, trailing zeros dropped, an ASCII hyphen-minus
  /// (SVG does not read U+2212): `12.5`, `-3`, `720`. Rounds half away from zero like the
  /// report formats. A non-finite value is `0`, so `nan` and `inf` never reach a drawing, and a
  /// value that rounds to zero never carries a sign.
  static func svg(_ value: Double, maximumDecimals: Int = 2) -> String {
    guard value.isFinite else { return "0" }
    let (integer, fractionDigits) = digits(abs(value), decimals: maximumDecimals)
    var fraction = fractionDigits
    while fraction.last == "0" { fraction.removeLast() }
    let isZero = integer.allSatisfy { $0 == "0" } && fraction.isEmpty
    return (value < 0 && !isZero ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
  }
}
