/// The shape of the distribution Monte Carlo draws a parameter from, over its catalogue range
/// `low…high` with its value as the mode (issue 20, round 5).
///
/// - `triangular` (the default): weight peaks at the value and falls linearly to both ends.
/// - `uniform`: every value in the range is equally likely; the value is not a peak. For a
///   parameter whose evidence splits into kinds of establishment that one default cannot
///   describe (a construction crew is either mostly local or mostly from elsewhere).
/// - `logTriangular`: triangular over the logarithms of low, value and high, for a density
///   whose published sites scatter by factors rather than by differences (half or twice the
///   value are equally likely). Needs `low > 0`; with a lower end at or below 0 it is drawn
///   triangular.
/// - `logUniformHalves`: half the draws between low and the value, half between the value and
///   high, each half uniform on a log scale: for a range set from the spread of published sites
///   (`RangeEvidence`), so every factor out to the lowest and highest site is as likely as any
///   other on its side, while the median stays at the value its own source gave. Needs
///   `low > 0`; otherwise drawn uniform.
///
/// See Docs/methodology.md#uncertainty.
public enum DrawShape: String, Sendable, Hashable, Codable, CaseIterable {
  case triangular
  case uniform
  case logTriangular = "log-triangular"
  case logUniformHalves = "log-uniform-halves"
}
