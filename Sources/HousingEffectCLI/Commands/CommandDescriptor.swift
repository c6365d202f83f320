import HousingEffectReports

/// Everything the parser and the help text need to know about a command.
struct CommandDescriptor: Sendable {
  /// The word after `housing-effect`, such as `assess`.
  var name: String
  /// One sentence for the command list.
  var abstract: String
  /// Paragraphs for the command's own help, separated by blank lines.
  var discussion: String
  /// `abstract` in Dutch, for `help --lang nl`; empty only in test tables.
  var dutchAbstract: String
  /// `discussion` in Dutch, with the same paragraphs.
  var dutchDiscussion: String
  /// Usage lines after `housing-effect NAME`, for commands with alternative forms; empty
  /// means one line generated from the positionals.
  var usage: [String]
  /// The command's own options; the shared ones come from `GlobalOptions`.
  var options: [OptionDescriptor]
  var positionals: [PositionalDescriptor]
  /// Whether `run` is implemented; unavailable commands say so instead of running.
  var available: Bool

  init(
    name: String, abstract: String, discussion: String = "", dutchAbstract: String = "",
    dutchDiscussion: String = "", usage: [String] = [], options: [OptionDescriptor] = [],
    positionals: [PositionalDescriptor] = [], available: Bool
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.dutchAbstract = dutchAbstract
    self.dutchDiscussion = dutchDiscussion
    self.usage = usage
    self.options = options
    self.positionals = positionals
    self.available = available
  }

  /// The options every command shares: the report options and `--help`.
  var sharedOptions: [OptionDescriptor] { GlobalOptions.descriptors + [GlobalOptions.help] }

  /// Every option the parser accepts for this command.
  var allOptions: [OptionDescriptor] { options + sharedOptions }

  /// Full usage lines, each starting with the tool and command name.
  var usageLines: [String] {
    let prefix = "\(CLI.name) \(name)"
    guard usage.isEmpty else { return usage.map { "\(prefix) \($0)" } }
    let arguments = positionals.map(\.usage)
    return [([prefix] + arguments + ["[OPTIONS]"]).joined(separator: " ")]
  }
}

extension CommandDescriptor {
  /// `abstract` in `language`; the English text when a (test) descriptor has no Dutch.
  func abstract(in language: Language) -> String {
    language == .nl && !dutchAbstract.isEmpty ? dutchAbstract : abstract
  }

  /// `discussion` in `language`; the English text when a (test) descriptor has no Dutch.
  func discussion(in language: Language) -> String {
    language == .nl && !dutchDiscussion.isEmpty ? dutchDiscussion : discussion
  }
}
