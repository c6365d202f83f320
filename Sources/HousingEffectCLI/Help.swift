import HousingEffectReports

/// Help text generated from the command descriptors, so it cannot drift from the parser.
///
/// Everything is wrapped at `width` columns; words longer than a line stay whole. The prose is
/// in Dutch or English (`HelpWords` and the descriptors' Dutch texts); option names, value
/// placeholders, allowed values and defaults are the same in both.
enum Help {
  /// The terminal width help is wrapped to [columns].
  static let width = 80
  /// Labels longer than this put their help on the next line [columns].
  static let maximumLabelWidth = 24

  /// The help for `housing-effect` itself: what it does, its commands and the shared options,
  /// in `language` (Dutch by default, like every report: design note §48).
  static func topLevel(_ table: CommandTable, language: Language = .nl) -> String {
    let words = HelpWords(language)
    let commands = table.descriptors
    let commandRows = commands.map { command in
      (
        command.name,
        self.words(command.abstract(in: language))
          + (command.available ? [] : [words.notAvailableTag])
      )
    }
    let globalRows = (GlobalOptions.descriptors + [GlobalOptions.help]).map {
      optionRow($0, language: language)
    }
    let otherRows = [("--version", self.words(words.version))]
    let labelWidth = self.labelWidth(commandRows + globalRows + otherRows)
    let blocks = [
      wrap(words.toolAbstract, width: width),
      usage(
        [
          "\(CLI.name) \(words.commandPlaceholder)",
          "\(CLI.name) \(CLI.helpCommand) \(words.helpPlaceholder)",
          "\(CLI.name) --version",
        ], words: words),
      [words.commandsHeading] + rows(commandRows, labelWidth: labelWidth),
      [words.globalOptionsAfterCommandHeading] + rows(globalRows, labelWidth: labelWidth),
      [words.otherOptionsHeading] + rows(otherRows, labelWidth: labelWidth),
      wrap(words.seeCommandHelp, width: width),
      wrap(words.exitStatus, width: width),
    ]
    return page(blocks)
  }

  /// The help for one command: usage, description, arguments, its options and the shared ones,
  /// in `language`. The option labels, allowed values and defaults come from the same
  /// descriptors in both languages; only the prose is translated.
  static func command(_ command: CommandDescriptor, language: Language = .nl) -> String {
    let words = HelpWords(language)
    let argumentRows = command.positionals.map { positionalRow($0, language: language) }
    let optionRows = command.options.map { optionRow($0, language: language) }
    let globalRows = command.sharedOptions.map { optionRow($0, language: language) }
    let labelWidth = self.labelWidth(argumentRows + optionRows + globalRows)
    let usageLines = command.usageLines.map { words.usageLine($0) }
    var blocks = [
      usage(usageLines, words: words), wrap(command.abstract(in: language), width: width),
    ]
    blocks += paragraphs(command.discussion(in: language)).map { wrap($0, width: width) }
    if !command.available {
      blocks.append([words.commandNotAvailable])
    }
    if !argumentRows.isEmpty {
      blocks.append([words.argumentsHeading] + rows(argumentRows, labelWidth: labelWidth))
    }
    if !optionRows.isEmpty {
      blocks.append([words.optionsHeading] + rows(optionRows, labelWidth: labelWidth))
    }
    blocks.append([words.globalOptionsHeading] + rows(globalRows, labelWidth: labelWidth))
    return page(blocks)
  }

  /// `--format FORMAT`, `-h, --help`: the same in both languages.
  static func optionLabel(_ option: OptionDescriptor) -> String {
    let names = [option.shortName, option.longName].compactMap { $0 }.joined(separator: ", ")
    return option.takesValue ? "\(names) \(option.valueName)" : names
  }

  /// The option's help with its allowed values, default and repeatability appended.
  static func optionHelp(_ option: OptionDescriptor, language: Language = .nl) -> String {
    let words = HelpWords(language)
    var parts = [option.help(in: language)]
    if !option.allowedValues.isEmpty {
      parts.append("\(words.oneOf) \(option.allowedValues.joined(separator: ", ")).")
    }
    if let note = option.aliasNote(in: language) { parts.append(note) }
    if let defaultValue = option.defaultValue {
      parts.append("\(words.defaultValue) \(defaultValue).")
    }
    if option.kind == .repeatableOption {
      parts.append(words.repeatable)
    }
    return parts.joined(separator: " ")
  }

  /// The words of `text` in lines of at most `width` characters, the first at most
  /// `firstWidth` when given.
  static func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
    wrap(words: words(text), width: width, firstWidth: firstWidth)
  }

  /// `words` joined by single spaces in lines of at most `width` characters; a word that
  /// contains spaces is kept on one line.
  static func wrap(words: [String], width: Int, firstWidth: Int? = nil) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in words {
      let limit = lines.isEmpty ? (firstWidth ?? width) : width
      if line.isEmpty {
        line = word
      } else if line.count + 1 + word.count <= limit {
        line += " " + word
      } else {
        lines.append(line)
        line = word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  private static func words(_ text: String) -> [String] {
    text.split(whereSeparator: \.isWhitespace).map(String.init)
  }

  private static func optionRow(
    _ option: OptionDescriptor, language: Language
  ) -> (String, [String]) {
    (optionLabel(option), words(optionHelp(option, language: language)))
  }

  private static func positionalRow(
    _ positional: PositionalDescriptor, language: Language
  ) -> (String, [String]) {
    let help = positional.help(in: language)
    return (
      positional.usage,
      words(help + (positional.optional ? " " + HelpWords(language).optional : ""))
    )
  }

  private static func labelWidth(_ rows: [(String, [String])]) -> Int {
    min(maximumLabelWidth, rows.map(\.0.count).max() ?? 0)
  }

  /// Two-column rows: the label indented by 2, the help wrapped in its own column.
  private static func rows(_ rows: [(String, [String])], labelWidth: Int) -> [String] {
    let indent = 2
    let gap = 2
    let helpColumn = indent + labelWidth + gap
    let padding = String(repeating: " ", count: helpColumn)
    var lines: [String] = []
    for (label, help) in rows {
      let helpLines = wrap(words: help, width: width - helpColumn)
      let labelText = String(repeating: " ", count: indent) + label
      if label.count > labelWidth || helpLines.isEmpty {
        lines.append(labelText)
        lines += helpLines.map { padding + $0 }
      } else {
        let filler = String(repeating: " ", count: helpColumn - labelText.count)
        lines.append(labelText + filler + helpLines[0])
        lines += helpLines.dropFirst().map { padding + $0 }
      }
    }
    return lines
  }

  /// `USAGE: first` then `   or: next`, each wrapped with a hanging indent.
  private static func usage(_ forms: [String], words: HelpWords) -> [String] {
    let hanging = String(repeating: " ", count: 11)
    var lines: [String] = []
    for (position, form) in forms.enumerated() {
      let lead = position == 0 ? words.usageLead : words.orLead
      let wrapped = wrap(form, width: width - hanging.count, firstWidth: width - lead.count)
      for (index, line) in wrapped.enumerated() {
        lines.append((index == 0 ? lead : hanging) + line)
      }
    }
    return lines
  }

  private static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").filter {
      !$0.allSatisfy(\.isWhitespace)
    }
  }

  private static func page(_ blocks: [[String]]) -> String {
    blocks.filter { !$0.isEmpty }.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
      + "\n"
  }
}
