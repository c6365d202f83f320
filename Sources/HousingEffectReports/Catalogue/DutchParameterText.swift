import HousingEffect

/// The Dutch text of one catalogue parameter, in one entry per id: its label, what it measures,
/// and the rationale, derivation or note of its value in force.
///
/// The catalogue stays English (code and documentation are English); Dutch reports and
/// `params --lang nl` show these texts instead. Kept by parameter id, apart from the catalogue
/// entries, so that a parameter added to the catalogue without its Dutch text fails
/// `DutchParameterTextTests` instead of showing English in a Dutch report.
public struct DutchParameterText: Sendable, Hashable {
  /// The short label (the catalogue's `label`).
  public var label: String
  /// What the parameter measures (the catalogue's `description`).
  public var description: String
  /// The Dutch rationale (assumption), derivation (derived) or note (unverified); `nil` for a
  /// cited value, whose source speaks for itself.
  public var explanation: String?

  /// A Dutch text: the label, the description and, for an assumption, derived or unverified
  /// value, its explanation.
  public init(label: String, _ description: String, _ explanation: String? = nil) {
    self.label = label
    self.description = description
    self.explanation = explanation
  }
}
