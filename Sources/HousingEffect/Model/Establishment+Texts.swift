/// The Dutch and English versions of an establishment's free texts, when the file gives them
/// as `{"nl": …, "en": …}` (Docs/establishment-format.md, "Texts in two languages").
public struct EstablishmentTexts: Sendable, Hashable, Codable {
  /// The Dutch and English name; `nil` when the file gives a plain string.
  public var name: LocalizedText?
  /// The Dutch and English description; `nil` when the file gives a plain string or none.
  public var description: LocalizedText?
  /// One per entry of `sources`, in order; `nil` for a plain string.
  public var sources: [LocalizedText?]

  /// The texts the file gives in two languages; the rest stays `nil`.
  public init(
    name: LocalizedText? = nil, description: LocalizedText? = nil, sources: [LocalizedText?] = []
  ) {
    self.name = name
    self.description = description
    self.sources = sources
  }

  /// Whether any text has a language version.
  public var isEmpty: Bool {
    name == nil && description == nil && sources.allSatisfy { $0 == nil }
  }
}
