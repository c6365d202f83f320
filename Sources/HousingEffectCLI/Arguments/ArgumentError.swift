import HousingEffect

/// Everything that can be wrong with a command line.
///
/// All of them exit with status 64 (usage).
/// Cases carry what the user typed and what was expected; the wording lives in `description`
/// only.
enum ArgumentError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The first argument names no command.
  case unknownCommand(String, suggestion: String?)
  /// An option the command does not have, as typed (`--fromat`).
  case unknownOption(String, suggestion: String?)
  /// An option that needs a value came last, or with an empty `=`.
  case missingValue(option: String)
  /// A flag was given a value with `=`, for example `--strict=yes`.
  case unexpectedValue(option: String, value: String)
  /// A positional argument beyond those the command takes.
  case unexpectedArgument(String)
  /// A required positional argument is missing, by its placeholder (`FILE`).
  case missingArgument(String)
  /// A value outside the option's allowed set.
  case invalidValue(option: String, value: String, allowed: [String], suggestion: String?)
  /// A value that should be a number in a range and is not; `expected` says what would do.
  case invalidNumber(option: String, value: String, expected: String)
  /// Options or arguments that cannot be combined; the message says which and why.
  case conflict(String)

  var description: String {
    switch self {
    case .unknownCommand(let name, let suggestion):
      return "Unknown command '\(name)'." + Self.didYouMean(suggestion)
    case .unknownOption(let name, let suggestion):
      return "Unknown option '\(name)'." + Self.didYouMean(suggestion)
    case .missingValue(let option):
      return "Missing value for '\(option)'."
    case .unexpectedValue(let option, let value):
      return "Option '\(option)' takes no value, but was given '\(value)'."
    case .unexpectedArgument(let argument):
      return "Unexpected argument '\(argument)'."
    case .missingArgument(let name):
      return "Missing argument \(name)."
    case .invalidValue(let option, let value, let allowed, let suggestion):
      var text = "Invalid value '\(value)' for '\(option)'."
      if !allowed.isEmpty {
        text += " Expected one of: \(allowed.joined(separator: ", "))."
      }
      return text + Self.didYouMean(suggestion)
    case .invalidNumber(let option, let value, let expected):
      return "Invalid value '\(value)' for '\(option)'. Expected \(expected)."
    case .conflict(let message):
      return message
    }
  }

  /// The closest of `allowed` to `value`, for `invalidValue`.
  static func invalidValue(option: String, value: String, allowed: [String]) -> ArgumentError {
    .invalidValue(
      option: option, value: value, allowed: allowed,
      suggestion: Suggestion.closest(to: value, in: allowed))
  }

  private static func didYouMean(_ suggestion: String?) -> String {
    suggestion.map { " Did you mean '\($0)'?" } ?? ""
  }
}
