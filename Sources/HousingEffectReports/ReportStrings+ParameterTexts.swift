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
