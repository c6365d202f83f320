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
    guard language == .nl else { return source.citation }
    var translated = source
    if let locator = source.locator, let dutch = DutchParameterText.locators[locator] {
      translated.locator = dutch
    }
    translated.title = Self.dutchSourceWords[source.title] ?? source.title
    translated.publisher = Self.dutchSourceWords[source.publisher] ?? source.publisher
    return translated.citation
  }

  /// Dutch for the English words the catalogue adds to source titles and publishers ("table",
  /// "published by"); the titles of documents themselves stay as published.
  static let dutchSourceWords: [String: String] = [
    "SNF norm for housing labour migrants (text before 2025)":
      "SNF-norm voor de huisvesting van arbeidsmigranten (tekst van vóór 2025)",
    "Stichting Normering Flexwonen, published by VGVM":
      "Stichting Normering Flexwonen, uitgegeven door VGVM",
    "Arbeidsmigranten opgehokt (RTL Z article 5435421)":
      "Arbeidsmigranten opgehokt (RTL Z-artikel 5435421)",
    "StatLine table 81431NED": "StatLine-tabel 81431NED",
    "Metro (ANP, citing the CBS population counter)":
      "Metro (ANP, op basis van de bevolkingsteller van het CBS)",
    "LEI, copy on 5dok.net": "LEI, kopie op 5dok.net",
    "Techzine (calculation by NU.nl)": "Techzine (berekening van NU.nl)",
  ]
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
