/// How `batch --sort` orders the rows, so that the candidates that matter most come first.
///
/// Every key sorts from the largest value down; rows with equal values (and rows whose value
/// cannot be computed, such as a size of 0 jobs) keep their input order, so the order never
/// depends on the number of threads. A row's value is its headline figure: the median of the
/// draws (P50) when the run drew ranges, the point value otherwise — the figure the row shows.
/// The totals per municipality and region are not reordered.
public enum BatchSortKey: String, Sendable, CaseIterable {
  /// Temporary beds short at the peak per 100 jobs (FTE): the housing gap an establishment
  /// opens relative to its size.
  case shortfall = "shortfall"
  /// Labour migrants on an average day per job (FTE).
  case migrants = "migrants"
  /// The brede-welvaart scorecard of the headline year: most indicators rated negative first,
  /// then most rated attention (a negative weighs more than any number of attentions).
  case rating = "rating"
  /// The heavier of the two facility loads on the scorecard: extra GP FTE or extra primary
  /// pupils as a share of the municipality's existing capacity.
  case facilities = "facilities"
  /// The establishment's newcomers living in the host municipality per 1,000 inhabitants.
  case newcomers = "newcomers"

  /// The value `row` is ranked by; `nil` when it cannot be computed (no jobs).
  public func value(_ row: BatchResult.Row) -> Double? {
    switch self {
    case .shortfall:
      guard row.jobsFTE > 0 else { return nil }
      return 100 * (row.ranges?.shortfallBeds.p50 ?? row.shortfallBeds) / row.jobsFTE
    case .migrants:
      guard row.jobsFTE > 0 else { return nil }
      return (row.ranges?.labourMigrants.p50 ?? row.labourMigrants) / row.jobsFTE
    case .rating:
      // Fewer than 1,000 indicators on a scorecard: one negative outweighs every attention.
      return Double(row.negativeRatings) * 1_000 + Double(row.attentionRatings)
    case .facilities:
      return max(row.gpPressure, row.primaryPressure)
    case .newcomers:
      return row.migrantsPer1000
    }
  }

  /// `rows` from the largest value down; ties and rows without a value (last) in input order.
  public func sorted(_ rows: [BatchResult.Row]) -> [BatchResult.Row] {
    rows.enumerated().map { (offset: $0.offset, row: $0.element, value: value($0.element)) }
      .sorted { a, b in
        switch (
          a.value.flatMap { $0.isFinite ? $0 : nil },
          b.value.flatMap { $0.isFinite ? $0 : nil }
        )
        {
        case (let x?, let y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.offset < b.offset
        }
      }
      .map(\.row)
  }
}
