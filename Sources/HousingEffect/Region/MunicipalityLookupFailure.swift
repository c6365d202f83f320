/// Why a municipality name or code did not resolve, ready to become a ``Diagnostic``.
public struct MunicipalityLookupFailure: Error, Sendable, Hashable, CustomStringConvertible {
  public enum Reason: Sendable, Hashable {
    /// No municipality has this name or code.
    case unknown
    /// The name fits several municipalities (for example `Bergen` for `Bergen (L.)` and `Bergen (NH.)`).
    case ambiguous([String])
  }

  /// The text that was looked up.
  public var query: String
  public var reason: Reason
  /// The municipality the user probably meant.
  public var suggestion: String?

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

  public var description: String { message }

  /// An `unknown-municipality` error at `path`, with the suggestion for "did you mean".
  public func diagnostic(
    at path: String, file: String? = nil, line: Int? = nil, column: Int? = nil
  ) -> Diagnostic {
    Diagnostic(
      .error, .unknownMunicipality, at: path, message, file: file, line: line, column: column,
      suggestion: suggestion)
  }
}
