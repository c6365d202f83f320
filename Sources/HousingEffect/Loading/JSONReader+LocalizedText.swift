extension JSONReader {
  /// A text as a plain string, or as `{"nl": "…", "en": "…"}` with at least one of the two.
  ///
  /// - Returns: the plain text (English when given, else Dutch) and the language versions
  ///   (`nil` for a plain string); `nil` after reporting a wrong type or an empty object.
  public func localizedText() -> (plain: String, texts: LocalizedText?)? {
    if case .string(let text) = node.value { return (text, nil) }
    guard case .object = node.value else {
      reportWrongType(expected: "a string or an object {\"nl\": …, \"en\": …}")
      return nil
    }
    guard let object = object(allowedKeys: ["nl", "en"]) else { return nil }
    let texts = LocalizedText(
      nl: object.string("nl", required: false), en: object.string("en", required: false))
    guard texts.nl != nil || texts.en != nil else {
      report(
        .missingField,
        "A text in two languages needs \"nl\", \"en\" or both, e.g. {\"nl\": \"…\", \"en\": \"…\"}."
      )
      return nil
    }
    return (texts.plain, texts)
  }
}

extension ObjectReader {
  /// `key` as a plain or two-language text; see `JSONReader.localizedText()`.
  public func localizedText(
    _ key: String, required: Bool
  ) -> (plain: String, texts: LocalizedText?)? {
    guard let child = child(key) else {
      if required { reportMissing(key) }
      return nil
    }
    if child.isNull, !required { return nil }
    return child.localizedText()
  }
}
