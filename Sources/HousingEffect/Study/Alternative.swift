/// A named alternative in a study: the baseline (or another alternative) plus overrides.
///
/// Its changes are applied in this order: the base alternative's (all of its chain), then this
/// alternative's `parameters`, then its template, then its `inputs`. A template does not
/// override a parameter that `parameters` sets, and `inputs` come last, so what is written out
/// always wins over what a template derives.
public struct Alternative: Sendable, Hashable {
  /// An id such as `moderate-growth`: lowercase letters, digits and hyphens.
  public var name: String
  /// The title reports show for the alternative.
  public var title: String
  /// What the alternative is, in a sentence or two; `nil` when the file gives none.
  public var description: String?
  /// Why the alternative is worth weighing.
  public var rationale: String
  /// The alternative this one builds on; `nil` builds on the baseline.
  public var basedOn: String?
  /// A template that derives changes from settings (`moderate-growth`, `automation`, …); `nil`:
  /// none.
  public var template: AlternativeTemplate?
  /// Input changes, in the order they are applied.
  public var inputs: [InputChange]
  /// Parameter overrides; a later override of the same id wins.
  public var parameters: [ParameterOverride]
  /// The Dutch and English versions of `title`, `description` and `rationale` (by field
  /// name) when the file gives them as `{"nl": …, "en": …}`.
  public var texts: [String: LocalizedText] = [:]

  /// An alternative; see the properties for what each argument means.
  public init(
    name: String, title: String, description: String? = nil, rationale: String,
    basedOn: String? = nil, template: AlternativeTemplate? = nil, inputs: [InputChange] = [],
    parameters: [ParameterOverride] = []
  ) {
    self.name = name
    self.title = title
    self.description = description
    self.rationale = rationale
    self.basedOn = basedOn
    self.template = template
    self.inputs = inputs
    self.parameters = parameters
  }

  /// Whether `name` is a valid alternative name: starts with a lowercase letter, then lowercase
  /// letters, digits and single hyphens, not ending in a hyphen; not `baseline`.
  public static func isValidName(_ name: String) -> Bool {
    guard name != Study.baselineName, let first = name.unicodeScalars.first,
      ("a"..."z").contains(first), name.unicodeScalars.last != "-", !name.contains("--")
    else { return false }
    return name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-"
    }
  }
}
