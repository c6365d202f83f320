/// Approximate equality with an absolute and a relative tolerance.
///
/// `|a − b| ≤ max(absolute, relative × max(|a|, |b|))`. Not transitive, so never use it for `Equatable`.
public func isApproximatelyEqual(
  _ a: Double, _ b: Double, absolute: Double = 1e-9, relative: Double = 1e-9
) -> Bool {
  abs(a - b) <= max(absolute, relative * max(abs(a), abs(b)))
}
