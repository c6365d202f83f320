import HousingEffectReports

/// One named option a command accepts: a flag, an option with a value, or a repeatable option.
///
/// Descriptors are the single table the parser, the help text and "did you mean" all read, so
/// they cannot drift apart.
struct OptionDescriptor: Sendable, Hashable {
  /// How an option takes values.
  enum Kind: Sendable, Hashable {
    /// Present or absent, no value: `--strict`.
    case flag
    /// One value: `--format json` or `--format=json`. Given twice, the last one wins.
    case option
    /// Any number of values, collected in order: `--alternative a --alternative b`.
    case repeatableOption
  }

  /// The long name without its dashes: `format` for `--format`.
  var long: String
  /// The one-letter short name without its dash: `h` for `-h`.
  var short: Character?
  /// The placeholder for the value in help, such as `FORMAT`; empty for flags.
  var valueName: String
  /// One or two sentences for the help text.
  var help: String
  /// The same sentences in Dutch, for `help --lang nl`; empty only in test tables, where the
  /// English text stands in (`CommandDescriptorTextTests` requires it for every real command).
  var dutchHelp: String = ""
  var kind: Kind
  /// The values the parser accepts; empty means any value.
  var allowedValues: [String]
  /// The value used when the option is not given, shown in help.
  var defaultValue: String?
  /// A note after the allowed values in help, when the command also accepts other words for
  /// them (aliases) and checks the value itself; the parser then leaves the value to it.
  var aliasNote: String? = nil
  /// `aliasNote` in Dutch.
  var dutchAliasNote: String? = nil

  /// A flag: present or absent.
  static func flag(
    _ long: String, short: Character? = nil, help: String, nl dutchHelp: String = ""
  ) -> OptionDescriptor {
    OptionDescriptor(
      long: long, short: short, valueName: "", help: help, dutchHelp: dutchHelp, kind: .flag,
      allowedValues: [], defaultValue: nil)
  }

  /// An option with one value; given twice, the last value wins.
  static func option(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    nl dutchHelp: String = "", allowed allowedValues: [String] = [],
    default defaultValue: String? = nil
  ) -> OptionDescriptor {
    OptionDescriptor(
      long: long, short: short, valueName: valueName, help: help, dutchHelp: dutchHelp,
      kind: .option,
      allowedValues: allowedValues, defaultValue: defaultValue)
  }

  /// An option that may be given several times; its values are collected in order.
  static func repeatable(
    _ long: String, short: Character? = nil, value valueName: String, help: String,
    nl dutchHelp: String = "", allowed allowedValues: [String] = []
  ) -> OptionDescriptor {
    OptionDescriptor(
      long: long, short: short, valueName: valueName, help: help, dutchHelp: dutchHelp,
      kind: .repeatableOption,
      allowedValues: allowedValues, defaultValue: nil)
  }

  /// The same option, its value checked by the command, which accepts the words `note` names
  /// besides the allowed values; `dutchNote` is the note in Dutch.
  func acceptingAliases(_ note: String, nl dutchNote: String = "") -> OptionDescriptor {
    var copy = self
    copy.aliasNote = note
    copy.dutchAliasNote = dutchNote
    return copy
  }

  /// The long name as typed: `--format`.
  var longName: String { "--" + long }

  /// The short name as typed: `-h`.
  var shortName: String? { short.map { "-\($0)" } }

  var takesValue: Bool { kind != .flag }
}

extension OptionDescriptor {
  /// `help` in `language`; the English text when a (test) descriptor has no Dutch.
  func help(in language: Language) -> String {
    language == .nl && !dutchHelp.isEmpty ? dutchHelp : help
  }

  /// `aliasNote` in `language`; the English note when a (test) descriptor has no Dutch.
  func aliasNote(in language: Language) -> String? {
    guard language == .nl, let dutchAliasNote, !dutchAliasNote.isEmpty else { return aliasNote }
    return dutchAliasNote
  }
}
