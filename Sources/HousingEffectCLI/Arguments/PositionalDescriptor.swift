import HousingEffectReports

/// One positional argument a command accepts, such as `FILE` or `INDICATOR`.
///
/// Positionals are filled in declaration order. Only the last one may be variadic; optional
/// ones come after the required ones.
struct PositionalDescriptor: Sendable, Hashable {
  /// The placeholder shown in usage and help, such as `FILE`.
  var name: String
  var help: String
  /// `help` in Dutch, for `help --lang nl`; empty only in test tables.
  var dutchHelp: String = ""
  /// Whether the argument may be left out.
  var optional: Bool
  /// Whether it takes every remaining argument (`FILE...`).
  var variadic: Bool

  /// An argument that must be given.
  static func required(
    _ name: String, help: String, nl dutchHelp: String = ""
  ) -> PositionalDescriptor {
    PositionalDescriptor(
      name: name, help: help, dutchHelp: dutchHelp, optional: false, variadic: false)
  }

  /// An argument that may be left out.
  static func optional(
    _ name: String, help: String, nl dutchHelp: String = ""
  ) -> PositionalDescriptor {
    PositionalDescriptor(
      name: name, help: help, dutchHelp: dutchHelp, optional: true, variadic: false)
  }

  /// One or more arguments (zero or more when `optional`), taking all that remain.
  static func variadic(
    _ name: String, optional: Bool = false, help: String, nl dutchHelp: String = ""
  )
    -> PositionalDescriptor
  {
    PositionalDescriptor(
      name: name, help: help, dutchHelp: dutchHelp, optional: optional, variadic: true)
  }

  /// How the argument appears in a usage line: `FILE`, `[FILE]`, `FILE...` or `[FILE...]`.
  var usage: String {
    let core = variadic ? name + "..." : name
    return optional ? "[\(core)]" : core
  }
}

extension PositionalDescriptor {
  /// `help` in `language`; the English text when a (test) descriptor has no Dutch.
  func help(in language: Language) -> String {
    language == .nl && !dutchHelp.isEmpty ? dutchHelp : help
  }
}
