/// The stay classes a contract type has its own share of: short and mid stays. Long stays are
/// the rest (design note 20).
public enum TemporaryStay: String, Sendable, Hashable, CaseIterable {
  /// At most `migration.shortStayMaxMonths` months.
  case short
  /// Longer than a short stay, at most `migration.midStayMaxMonths` months.
  case mid
}
