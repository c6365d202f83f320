/// A text an input file gives in Dutch and English: `{"nl": "…", "en": "…"}`.
///
/// A plain string in a file is one text for both languages. Reports in a language show that
/// language's text, or the other one when the file gives only one (said nowhere else: the file
/// chose to write one language).
public struct LocalizedText: Sendable, Hashable, Codable {
  /// The Dutch text; `nil` when the file gives only English.
  public var nl: String?
  /// The English text; `nil` when the file gives only Dutch.
  public var en: String?

  /// A text in Dutch, English or both.
  public init(nl: String? = nil, en: String? = nil) {
    self.nl = nl
    self.en = en
  }

  /// The text for the plain (language-free) field: English when given, else Dutch, so that
  /// the JSON output and messages keep one string.
  public var plain: String { en ?? nl ?? "" }
}
