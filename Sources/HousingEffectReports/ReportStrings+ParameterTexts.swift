import HousingEffect

// The catalogue's texts in the report language: English from the catalogue, Dutch from
// `DutchParameterText`.
extension ReportStrings {
  /// What `parameter` measures, in the report language.
  public func parameterDescription(_ parameter: Parameter) -> String {
    guard language == .nl else { return parameter.description }
    return DutchParameterText.all[parameter.id]?.description ?? parameter.description
  }

  /// The rationale, derivation or note of `provenance` (a value of `id`), in the report
  /// language; `nil` for a cited value.
  public func explanation(_ provenance: Provenance, of id: ParameterID) -> String? {
    let english: String?
    switch provenance {
    case .cited: english = nil
    case .derived(_, let method, _): english = method
    case .assumption(let rationale): english = rationale
    case .unverified(_, let note): english = note
    }
    guard language == .nl, english != nil else { return english }
    return DutchParameterText.all[id]?.explanation ?? english
  }

  /// `Publisher (year), Title, locator. URL`, the locator in the report language.
  public func citation(_ source: Source) -> String {
    guard language == .nl, let locator = source.locator,
      let dutch = DutchParameterText.locators[locator]
    else { return source.citation }
    var translated = source
    translated.locator = dutch
    return translated.citation
  }
}

// Texts an input file gives in two languages.
extension ReportStrings {
  /// The report language's version of a text, else `plain` (the file's one text).
  public func text(_ plain: String, _ texts: LocalizedText?) -> String {
    guard let texts else { return plain }
    return (language == .nl ? texts.nl : texts.en) ?? plain
  }

  /// The establishment's name in the report language.
  public func name(_ establishment: Establishment) -> String {
    text(establishment.name, establishment.texts?.name)
  }

  /// The establishment's description in the report language, if any.
  public func description(_ establishment: Establishment) -> String? {
    establishment.description.map { text($0, establishment.texts?.description) }
  }

  /// Where the establishment's inputs come from, in the report language.
  public func sources(_ establishment: Establishment) -> [String] {
    establishment.sources.enumerated().map { index, plain in
      let texts = establishment.texts?.sources
      return text(plain, texts.flatMap { $0.indices.contains(index) ? $0[index] : nil })
    }
  }
}
