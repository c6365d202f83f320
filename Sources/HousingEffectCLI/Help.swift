/// Help text generated from the command descriptors, so it cannot drift from the parser.
///
/// Everything is wrapped at `width` columns; words longer than a line stay whole.
enum Help {
  /// The terminal width help is wrapped to [columns].
  static let width = 80
  /// Labels longer than this put their help on the next line [columns].
  static let maximumLabelWidth = 24

  /// The help for `housing-effect` itself: what it does, its commands and the shared options.
  static func topLevel(_ table: CommandTable) -> String {
    let commands = table.descriptors
    let commandRows = commands.map { command in
      (command.name, words(command.abstract) + (command.available ? [] : ["(not available yet)"]))
    }
    let globalRows = (GlobalOptions.descriptors + [GlobalOptions.help]).map(optionRow)
    let otherRows = [("--version", words("Show the version and exit."))]
    let labelWidth = self.labelWidth(commandRows + globalRows + otherRows)
    let blocks = [
      wrap(
        "\(CLI.name): what a company's workforce means for labour-migrant housing, public "
          + "facilities and broad welfare (brede welvaart), before it settles or expands.",
        width: width),
      usage([
        "\(CLI.name) COMMAND [ARGUMENTS] [OPTIONS]",
        "\(CLI.name) \(CLI.helpCommand) COMMAND",
        "\(CLI.name) --version",
      ]),
      ["COMMANDS:"] + rows(commandRows, labelWidth: labelWidth),
      ["GLOBAL OPTIONS (after the command):"] + rows(globalRows, labelWidth: labelWidth),
      ["OTHER OPTIONS:"] + rows(otherRows, labelWidth: labelWidth),
      wrap(
        "Run '\(CLI.name) \(CLI.helpCommand) COMMAND' for the arguments and options of a "
          + "command.",
        width: width),
      wrap(
        "EXIT STATUS: 0 success, 1 failure, 64 command-line error, 65 invalid data, "
          + "66 missing input file.",
        width: width),
    ]
    return page(blocks)
  }

  /// The help for one command: usage, description, arguments, its options and the shared ones.
  static func command(_ command: CommandDescriptor) -> String {
    let argumentRows = command.positionals.map(positionalRow)
    let optionRows = command.options.map(optionRow)
    let globalRows = command.sharedOptions.map(optionRow)
    let labelWidth = self.labelWidth(argumentRows + optionRows + globalRows)
    var blocks = [usage(command.usageLines), wrap(command.abstract, width: width)]
    blocks += paragraphs(command.discussion).map { wrap($0, width: width) }
    if !command.available {
      blocks.append(["This command is not available yet in this version."])
    }
    if !argumentRows.isEmpty {
      blocks.append(["ARGUMENTS:"] + rows(argumentRows, labelWidth: labelWidth))
    }
    if !optionRows.isEmpty {
      blocks.append(["OPTIONS:"] + rows(optionRows, labelWidth: labelWidth))
    }
    blocks.append(["GLOBAL OPTIONS:"] + rows(globalRows, labelWidth: labelWidth))
    return page(blocks)
  }

  /// `--format FORMAT`, `-h, --help`.
  static func optionLabel(_ option: OptionDescriptor) -> String {
    let names = [option.shortName, option.longName].compactMap { $0 }.joined(separator: ", ")
    return option.takesValue ? "\(names) \(option.valueName)" : names
  }

  /// The option's help with its allowed values, default and repeatability appended.
  static func optionHelp(_ option: OptionDescriptor) -> String {
    var parts = [option.help]
    if !option.allowedValues.isEmpty {
      parts.append("One of: \(option.allowedValues.joined(separator: ", ")).")
    }
    if let note = option.aliasNote { parts.append(note) }
    if let defaultValue = option.defaultValue {
      parts.append("Default: \(defaultValue).")
    }
    if option.kind == .repeatableOption {
      parts.append("Repeatable.")
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

  private static func optionRow(_ option: OptionDescriptor) -> (String, [String]) {
    (optionLabel(option), words(optionHelp(option)))
  }

  private static func positionalRow(_ positional: PositionalDescriptor) -> (String, [String]) {
    (positional.usage, words(positional.help + (positional.optional ? " Optional." : "")))
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
  private static func usage(_ forms: [String]) -> [String] {
    let hanging = String(repeating: " ", count: 11)
    var lines: [String] = []
    for (position, form) in forms.enumerated() {
      let lead = position == 0 ? "USAGE: " : "   or: "
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
