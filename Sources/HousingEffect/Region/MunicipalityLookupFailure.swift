/// Why a municipality name or code did not resolve, ready to become a ``Diagnostic``.
public struct MunicipalityLookupFailure: Error, Sendable, Hashable, CustomStringConvertible {
  /// Why the lookup failed.
  public enum Reason: Sendable, Hashable {
    /// No municipality has this name or code.
    case unknown
    /// The name fits several municipalities (for example `Bergen` for `Bergen (L.)` and `Bergen (NH.)`).
    case ambiguous([String])
  }

  /// The text that was looked up.
  public var query: String
  /// Why the text did not resolve: unknown or ambiguous.
  public var reason: Reason
  /// The municipality the user probably meant.
  public var suggestion: String?

  /// A failure for `query`, with the municipality the user probably meant when there is one.
  public init(query: String, reason: Reason, suggestion: String? = nil) {
    self.query = query
    self.reason = reason
    self.suggestion = suggestion
  }

  /// What went wrong, in one sentence.
  public var message: String {
    switch reason {
    case .unknown:
      return "'\(query)' is not a municipality name or CBS code in the region data."
    case .ambiguous(let names):
      return "'\(query)' fits more than one municipality (\(names.joined(separator: ", "))); "
        + "give the full name or the CBS code."
    }
  }

  /// The English message, the same as ``message``.
  public var description: String { message }

  /// For a current Dutch municipality that the region data lacks (by name or CBS code), which
  /// province it is in and how to add it; `nil` for any other query.
  ///
  /// "'Eindhoven' (GM0772) is in Noord-Brabant; the built-in region data covers Limburg. Add it
  /// with --region-file …".
  public var provinceHint: String? {
    guard let entry = province else { return nil }
    return "\(entry.name) (\(entry.code)) is in \(entry.province); the built-in region "
      + "data covers the municipalities of Limburg. Add it with --region-file FILE: a CSV with "
      + "the columns code,name,population,population_date,dwellings,dwellings_date, or a CBS "
      + "StatLine download (see Docs/region-data.md)."
  }

  /// For a current Dutch municipality that the region data lacks, its name, CBS code and
  /// province (the province's Dutch name); `nil` for any other query.
  public var province: (name: String, code: String, province: String)? {
    guard case .unknown = reason else { return nil }
    let code =
      RegionData.cbsCode(query).flatMap { MunicipalityProvinces.byCode[$0]?.code }
      ?? Province.municipalityCode(named: query)
    guard let code, let entry = MunicipalityProvinces.byCode[code] else { return nil }
    return (entry.name, entry.code, entry.province.rawValue)
  }

  /// An `unknown-municipality` error at `path`, with the suggestion for "did you mean".
  public func diagnostic(
    at path: String, file: String? = nil, line: Int? = nil, column: Int? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, .unknownMunicipality, at: path, message, file: file, line: line, column: column,
      suggestion: suggestion)
  }
}
