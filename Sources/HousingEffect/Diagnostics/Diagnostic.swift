/// One problem found in an input, located precisely enough for a person to fix it.
public struct Diagnostic: Error, Sendable, Hashable, Codable, CustomStringConvertible {
  public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    case warning, error
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
      lhs == .warning && rhs == .error
    }
  }

  public var severity: Severity
  public var code: DiagnosticCode
  /// The file as the user named it; `nil` for command-line input.
  public var file: String?
  /// Where in the document, for example `workforce[2].origin`; empty for the document itself.
  public var path: String
  public var line: Int?
  public var column: Int?
  /// What was found and what was expected, in one or two sentences.
  public var message: String
  /// A replacement the user probably meant, for "did you mean".
  public var suggestion: String?

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

  public static func error(
    _ code: DiagnosticCode, at path: String, _ message: String, suggestion: String? = nil
  ) -> Diagnostic {
    Diagnostic(.error, code, at: path, message, suggestion: suggestion)
  }

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
  public var hasErrors: Bool { contains { $0.severity == .error } }
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
