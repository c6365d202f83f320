import HousingEffect
import HousingEffectReports

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
  case missingArgument(Words)
  /// A value outside the option's allowed set.
  case invalidValue(option: String, value: String, allowed: [String], suggestion: String?)
  /// A word that stands for several allowed values (`--sector logistics`); the user chooses.
  case ambiguousValue(option: String, value: String, choices: [Words])
  /// A value that should be a number in a range and is not; `expected` says what would do.
  case invalidNumber(option: String, value: String, expected: Words)
  /// A number written with thousands separators (`100.000`, `1,200`): ambiguous between a
  /// Dutch thousands point and a decimal point, so refused with the number written plainly.
  case groupedNumber(option: String, value: String, suggestion: String)
  /// An option given before the command: options follow the command name.
  case optionBeforeCommand(String, suggestion: String?)
  /// Options or arguments that cannot be combined; the message says which and why.
  case conflict(Words)

  /// The message in English.
  var description: String { text(.en) }

  /// The message in `language`; option names, values and placeholders stay as typed.
  func text(_ language: Language) -> String {
    words(language)(language)
  }

  private func words(_ language: Language) -> Words {
    switch self {
    case .unknownCommand(let name, let suggestion):
      return Words("Unknown command '\(name)'.", nl: "Onbekende opdracht '\(name)'.")
        + .didYouMean(suggestion)
    case .unknownOption(let name, let suggestion):
      return Words("Unknown option '\(name)'.", nl: "Onbekende optie '\(name)'.")
        + .didYouMean(suggestion)
    case .missingValue(let option):
      return Words("Missing value for '\(option)'.", nl: "Waarde voor '\(option)' ontbreekt.")
    case .unexpectedValue(let option, let value):
      return Words(
        "Option '\(option)' takes no value, but was given '\(value)'.",
        nl: "Optie '\(option)' neemt geen waarde, maar kreeg '\(value)'.")
    case .unexpectedArgument(let argument):
      return Words(
        "Unexpected argument '\(argument)'.", nl: "Onverwacht argument '\(argument)'.")
    case .missingArgument(let name):
      return Words("Missing argument \(name.en).", nl: "Argument \(name.nl) ontbreekt.")
    case .invalidValue(let option, let value, let allowed, let suggestion):
      var text = Words(
        "Invalid value '\(value)' for '\(option)'.",
        nl: "Ongeldige waarde '\(value)' voor '\(option)'.")
      if !allowed.isEmpty {
        let list = allowed.joined(separator: ", ")
        text = text + Words(" Expected one of: \(list).", nl: " Verwacht een van: \(list).")
      }
      return text + .didYouMean(suggestion)
    case .ambiguousValue(let option, let value, let choices):
      let list = choices.map { $0(language) }.joined(separator: ", ")
      return Words(
        "'\(value)' for '\(option)' can mean several values; give one of: \(list).",
        nl: "'\(value)' voor '\(option)' kan meer waarden betekenen; geef een van: \(list).")
    case .invalidNumber(let option, let value, let expected):
      return Words(
        "Invalid value '\(value)' for '\(option)'. Expected \(expected.en).",
        nl: "Ongeldige waarde '\(value)' voor '\(option)'. Verwacht: \(expected.nl).")
    case .groupedNumber(let option, let value, let suggestion):
      return Words(
        "Invalid value '\(value)' for '\(option)': write numbers without thousands "
          + "separators and with a decimal point. Did you mean '\(suggestion)'?",
        nl: "Ongeldige waarde '\(value)' voor '\(option)': schrijf getallen zonder "
          + "duizendtaltekens en met een decimale punt. Bedoelde u '\(suggestion)'?")
    case .optionBeforeCommand(let option, let suggestion):
      let example = "housing-effect \(suggestion ?? "assess FILE") \(option) …"
      return Words(
        "Option '\(option)' comes before the command; options follow it, for example "
          + "'\(example)'.",
        nl: "Optie '\(option)' staat vóór de opdracht; opties komen erna, bijvoorbeeld "
          + "'\(example)'.")
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

}
