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
  /// A word that stands for several allowed values (`--sector logistics`); the user chooses.
  case ambiguousValue(option: String, value: String, choices: [String])
  /// A value that should be a number in a range and is not; `expected` says what would do.
  case invalidNumber(option: String, value: String, expected: String)
  /// A number written with thousands separators (`100.000`, `1,200`): ambiguous between a
  /// Dutch thousands point and a decimal point, so refused with the number written plainly.
  case groupedNumber(option: String, value: String, suggestion: String)
  /// An option given before the command: options follow the command name.
  case optionBeforeCommand(String, suggestion: String?)
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
    case .ambiguousValue(let option, let value, let choices):
      return "'\(value)' for '\(option)' can mean several values; give one of: "
        + choices.joined(separator: ", ") + "."
    case .invalidNumber(let option, let value, let expected):
      return "Invalid value '\(value)' for '\(option)'. Expected \(expected)."
    case .groupedNumber(let option, let value, let suggestion):
      return "Invalid value '\(value)' for '\(option)': write numbers without thousands "
        + "separators and with a decimal point. Did you mean '\(suggestion)'?"
    case .optionBeforeCommand(let option, let suggestion):
      return "Option '\(option)' comes before the command; options follow it, for example "
        + "'housing-effect \(suggestion ?? "assess FILE") \(option) …'."
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
