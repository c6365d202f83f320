/// One problem found in an input, located precisely enough for a person to fix it.
///
/// Loaders collect diagnostics instead of stopping at the first problem, so `check` can list
/// them all. The message is English; `DiagnosticText` in HousingEffectReports renders the line
/// in Dutch for `check --lang nl`, keeping `code`, `file`, `line`, `column` and `path`.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  /// Whether the input cannot be used (`error`, exit 65) or can but deserves a look
  /// (`warning`; an error only with `check --strict`).
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case warning, error
    /// Warnings order before errors, so the worst of a list is its maximum.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .warning && rhs == .error
    }
  }

  /// Error or warning: decides the exit status.
  public var severity: Severity
  /// The stable kind of problem, for scripts and tests (`[unknown-key]` in the line).
  public var code: DiagnosticCode
  /// The file as the user named it; `nil` for command-line input.
  public var file: String?
  /// Where in the document, for example `workforce[2].origin`; empty for the document itself.
  public var path: String
  /// The 1-based line in the file, when the problem has one.
  public var line: Int?
  /// The 1-based column on `line`, when known.
  public var column: Int?
  /// What was found and what was expected, in one or two sentences.
  public var message: String
  /// A replacement the user probably meant, for "did you mean".
  public var suggestion: String?

  /// A diagnostic with everything known about where it is.
  public init(
    _ severity: Severity, _ code: DiagnosticCode, at path: String, _ message: String,
    file: String? = nil, line: Int? = nil, column: Int? = nil, suggestion: String? = nil
  ) {
    self.severity = severity
    self.code = code
    self.file = file
    self.path = path
    self.line = line
    self.column = column
    self.message = message
    self.suggestion = suggestion
  }

  /// An error at `path`, its file and position added by the caller that knows them.
  public static func error(
    _ code: DiagnosticCode, at path: String, _ message: String, suggestion: String? = nil
  ) -> Diagnostic {
    Diagnostic(.error, code, at: path, message, suggestion: suggestion)
  }

  /// A warning at `path`, its file and position added by the caller that knows them.
  public static func warning(
    _ code: DiagnosticCode, at path: String, _ message: String, suggestion: String? = nil
  ) -> Diagnostic {
    Diagnostic(.warning, code, at: path, message, suggestion: suggestion)
  }

  /// `FILE:LINE:COLUMN: error: at PATH: message Did you mean 'x'? [code]`
  public var description: String {
    var location = file ?? "<input>"
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    var text = "\(location): \(severity.rawValue): "
    if !path.isEmpty { text += "at \(path): " }
    text += message
    if let suggestion { text += " Did you mean '\(suggestion)'?" }
    return text + " [\(code.rawValue)]"
  }

  /// The same diagnostic attributed to `file`.
  public func inFile(_ file: String) -> Diagnostic {
    var copy = self
    copy.file = file
    return copy
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error: the input cannot be used.
  public var hasErrors: Bool { contains { $0.severity == .error } }
  /// The errors, in their order.
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  /// The warnings, in their order.
  public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
