/// Which formula computed a trace entry: the indicator's id and, where an indicator has more
/// than one formula, a variant (`staffing.fullOperationFTE` from `jobs`, `floorArea` or
/// `hectares`; `housing.floorArea` by its norm).
///
/// The model records keys, never sentences: the Reports target owns the English and Dutch
/// wording of every key (`TraceFormulas`), so the English sentence is no key of the Dutch one.
public struct FormulaKey: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
  /// The indicator the formula computes.
  public var indicator: IndicatorID
  /// The variant of the indicator's formula; `nil` when it has one.
  public var variant: String?

  /// The key of `indicator`'s formula, or of its `variant`.
  public init(_ indicator: IndicatorID, variant: String? = nil) {
    self.indicator = indicator
    self.variant = variant
  }

  /// `indicator` or `indicator#variant`.
  public var description: String {
    variant.map { "\(indicator.rawValue)#\($0)" } ?? indicator.rawValue
  }

  /// Ordered by `description`.
  public static func < (lhs: FormulaKey, rhs: FormulaKey) -> Bool {
    lhs.description < rhs.description
  }
}
