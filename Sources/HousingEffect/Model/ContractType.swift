/// The kind of employment contract of a workforce segment; it drives turnover and length of stay.
public enum ContractType: String, Sendable, Hashable, Codable, CaseIterable {
  /// Permanent or long fixed-term contract directly with the company.
  case permanent
  /// Temporary contract directly with the company (on call, fixed term under a year).
  case flex
  /// Through a staffing agency (uitzendbureau) or payroll company.
  case agency
  /// Seasonal contract for a harvest or peak season.
  case seasonal
}
