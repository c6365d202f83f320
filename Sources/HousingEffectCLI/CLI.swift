import HousingEffect
import HousingEffectReports

/// Entry point of the command-line tool, testable in-process.
///
/// `housing-effect COMMAND [ARGUMENTS] [OPTIONS]`. Without arguments, with `-h` or `--help`, it
/// prints the overview and exits 0: asking what the tool does is not an error. Help goes to
/// standard output, diagnostics to standard error.
public enum CLI {
  /// The tool's name, as used in help and messages.
  static let name = "housing-effect"
  /// The version `--version` prints.
  static let version = HousingEffectVersion.current
  /// The pseudo-command that prints help: `housing-effect help assess`.
  static let helpCommand = "help"

  /// Runs the tool with the process's standard output and standard error.
  ///
  /// - Parameter arguments: the command line without the program name.
  /// - Returns: the exit status (see `ExitStatus`).
  public static func run(arguments: [String]) -> Int32 {
    run(arguments: arguments, io: StandardIO())
  }

  /// Runs the tool, writing through `io`.
  ///
  /// - Parameter arguments: the command line without the program name.
  /// - Returns: the exit status (see `ExitStatus`).
  public static func run(arguments: [String], io: any CommandIO) -> Int32 {
    run(arguments: arguments, io: io, table: .standard).rawValue
  }

  /// Runs the tool with the commands in `table`.
  static func run(arguments: [String], io: any CommandIO, table: CommandTable) -> ExitStatus {
    var remaining = arguments.makeIterator()
    guard let first = remaining.next() else {
      io.out(Help.topLevel(table))
      return .ok
    }
    let rest = Array(IteratorSequence(remaining))
    switch first {
    case "-h", "--help":
      return help([], language: rest, io: io, table: table)
    case "--version":
      if let extra = rest.first {
        return usageError(.unexpectedArgument(extra), io: io, language: language(of: rest))
      }
      io.out("\(name) \(version)\n")
      return .ok
    case helpCommand:
      return help(rest, language: rest, io: io, table: table)
    default:
      break
    }
    if first.hasPrefix("-"), first != "-" {
      // `housing-effect --format json assess FILE`: a command's option put first. Say that
      // options follow the command, naming the command when one comes later.
      let name = first.split(separator: "=", maxSplits: 1).first.map(String.init) ?? first
      let known = table.descriptors.contains { command in
        command.allOptions.contains { $0.longName == name || $0.shortName == name }
      }
      if known {
        let later = rest.first { word in table.descriptors.contains { $0.name == word } }
        return usageError(
          .optionBeforeCommand(name, suggestion: later.map { $0 + " …" }), io: io,
          language: language(of: arguments))
      }
      let suggestion = Suggestion.closest(to: first, in: ["--help", "--version"])
      return usageError(
        .unknownOption(first, suggestion: suggestion), io: io, language: language(of: arguments))
    }
    let command: any Command.Type
    do {
      command = try table.command(named: first)
    } catch {
      return usageError(error, io: io, language: language(of: rest))
    }
    return run(command, arguments: rest, io: io)
  }

  /// `housing-effect: error: MESSAGE` on standard error; Dutch `housing-effect: fout: MESSAGE`.
  static func error(_ message: String, io: any CommandIO, language: Language) {
    io.err("\(name): \(Words.error(language)): \(message)\n")
  }

  /// Says that `command` is not implemented yet, on standard error.
  ///
  /// - Returns: `.failure`: the tool cannot do what was asked, the command line was fine.
  static func notAvailable(
    _ command: CommandDescriptor, io: any CommandIO, language: Language
  ) -> ExitStatus {
    let words = Words(
      "'\(command.name)' is not available yet in this version.",
      nl: "'\(command.name)' is in deze versie nog niet beschikbaar.")
    io.err("\(name): \(words(language))\n")
    return .failure
  }

  /// The language of messages about a command line that could not be read in full: English
  /// when `--lang en` (or `--lang=en`) comes before any `--`, Dutch otherwise, as the reports.
  static func language(of arguments: [String]) -> Language {
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { break }
      let value: String? =
        argument == GlobalOptions.language.longName
        ? (index + 1 < arguments.count ? arguments[index + 1] : nil)
        : argument.hasPrefix(GlobalOptions.language.longName + "=")
          ? String(argument.dropFirst(GlobalOptions.language.longName.count + 1)) : nil
      if let value, let language = Language(rawValue: value) { return language }
    }
    return .nl
  }

  /// Help, availability, parsing, the output check, then the command itself.
  private static func run(
    _ command: any Command.Type, arguments: [String], io: any CommandIO
  ) -> ExitStatus {
    let descriptor = command.descriptor
    if asksForHelp(arguments) {
      switch helpLanguage(arguments) {
      case .failure(let problem):
        return usageError(
          problem, io: io, language: language(of: arguments), command: descriptor.name)
      case .success(let (language, _)):
        io.out(Help.command(descriptor, language: language))
        return .ok
      }
    }
    guard descriptor.available else {
      return notAvailable(descriptor, io: io, language: language(of: arguments))
    }
    let instance: any Command
    let options: GlobalOptions
    do {
      let parsed = try ArgumentList(descriptor).parse(arguments)
      options = try GlobalOptions(parsed)
      instance = try command.init(parsed)
    } catch {
      return usageError(
        error, io: io, language: language(of: arguments), command: descriptor.name)
    }
    let output = OutputWriter(
      path: options.outputPath, protectedInputs: instance.inputPaths, io: io)
    do {
      try output.checkDestination()
    } catch {
      self.error(error.words(options.language), io: io, language: options.language)
      return error.exitStatus
    }
    return instance.run(CommandContext(io: io, options: options, output: output))
  }

  /// `help`, `help COMMAND`, each with an optional `--lang` (`help assess --lang en`); the
  /// language is read from `language`, the other words from `arguments` once `--lang` and its
  /// value are taken out.
  private static func help(
    _ arguments: [String], language languageArguments: [String], io: any CommandIO,
    table: CommandTable
  )
    -> ExitStatus
  {
    let language: Language
    let words: [String]
    switch helpLanguage(languageArguments) {
    case .failure(let problem):
      return usageError(problem, io: io, language: self.language(of: languageArguments))
    case .success(let (found, others)):
      language = found
      words = arguments.isEmpty ? [] : others
    }
    var remaining = words.makeIterator()
    guard let name = remaining.next() else {
      io.out(Help.topLevel(table, language: language))
      return .ok
    }
    if let extra = remaining.next() {
      return usageError(.unexpectedArgument(extra), io: io, language: language)
    }
    if name == helpCommand {
      io.out(Help.topLevel(table, language: language))
      return .ok
    }
    do {
      io.out(Help.command(try table.command(named: name).descriptor, language: language))
      return .ok
    } catch {
      return usageError(error, io: io, language: language)
    }
  }

  /// The help's language: the value of `--lang` among `arguments` (before any `--`), Dutch when
  /// none is given, as for every report; and the arguments without `--lang` and its value.
  static func helpLanguage(
    _ arguments: [String]
  ) -> Result<(Language, [String]), ArgumentError> {
    let option = GlobalOptions.language
    var language = Language.nl
    var others: [String] = []
    var index = arguments.startIndex
    while index < arguments.endIndex {
      let argument = arguments[index]
      if argument == "--" {
        others += arguments[index...]
        break
      }
      var value: String?
      if argument == option.longName {
        guard index + 1 < arguments.endIndex else {
          return .failure(.missingValue(option: option.longName))
        }
        value = arguments[index + 1]
        index += 1
      } else if argument.hasPrefix(option.longName + "=") {
        value = String(argument.dropFirst(option.longName.count + 1))
      }
      if let value {
        guard let found = Language(rawValue: value) else {
          return .failure(
            .invalidValue(option: option.longName, value: value, allowed: option.allowedValues))
        }
        language = found
      } else {
        others.append(argument)
      }
      index += 1
    }
    return .success((language, others))
  }

  /// Whether `-h` or `--help` comes before any `--`; it wins over every other argument.
  private static func asksForHelp(_ arguments: [String]) -> Bool {
    for argument in arguments {
      if argument == "--" { return false }
      if argument == "-h" || argument == "--help" { return true }
    }
    return false
  }

  /// Reports a bad command line with a hint where to look, and returns `.usage`.
  private static func usageError(
    _ problem: ArgumentError, io: any CommandIO, language: Language, command: String? = nil
  ) -> ExitStatus {
    error(problem.text(language), io: io, language: language)
    let hint =
      if let command {
        Words(
          "Run '\(name) \(helpCommand) \(command)' for its arguments and options.",
          nl: "Typ '\(name) \(helpCommand) \(command)' voor de argumenten en opties.")
      } else {
        Words(
          "Run '\(name) --help' for the list of commands.",
          nl: "Typ '\(name) --help' voor de lijst met opdrachten.")
      }
    io.err(hint(language) + "\n")
    return .usage
  }
}
