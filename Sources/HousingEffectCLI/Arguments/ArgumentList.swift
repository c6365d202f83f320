import HousingEffect

/// A small table-driven command-line parser for the arguments after the command name.
///
/// It accepts `--name value`, `--name=value`, short flags such as `-h`, and `--` to end the
/// options; everything else is a positional. Repeatable options collect their values; a
/// single-valued option given twice keeps the last value. The parser walks an iterator over
/// the arguments, so an option's value is simply the next element.
struct ArgumentList: Sendable {
  var options: [OptionDescriptor]
  var positionals: [PositionalDescriptor]

  init(options: [OptionDescriptor], positionals: [PositionalDescriptor] = []) {
    self.options = options
    self.positionals = positionals
  }

  /// The parser for a command: its own options, the shared options and `--help`.
  init(_ command: CommandDescriptor) {
    self.init(options: command.allOptions, positionals: command.positionals)
  }

  /// Parses `arguments`, which must not include the program or command name.
  ///
  /// - Throws: the first problem found, as an `ArgumentError`.
  func parse(_ arguments: some Sequence<String>) throws(ArgumentError) -> ParsedArguments {
    var parsed = ParsedArguments()
    parsed.arguments = Array(arguments)
    var loose: [String] = []
    var optionsEnded = false
    var iterator = arguments.makeIterator()
    while let argument = iterator.next() {
      if optionsEnded || !Self.looksLikeOption(argument) {
        loose.append(argument)
      } else if argument == "--" {
        optionsEnded = true
      } else {
        try take(argument, from: &iterator, into: &parsed)
      }
    }
    try assign(loose, into: &parsed)
    return parsed
  }

  /// `-x` and `--x` are options; `-` (standard input) and negative numbers are not.
  private static func looksLikeOption(_ argument: String) -> Bool {
    argument.hasPrefix("-") && argument != "-" && Double(argument) == nil
  }

  /// Handles one option, taking its value from `=` or from the next argument.
  private func take<Arguments: IteratorProtocol<String>>(
    _ argument: String, from iterator: inout Arguments, into parsed: inout ParsedArguments
  ) throws(ArgumentError) {
    let name: String
    let inlineValue: String?
    if argument.hasPrefix("--"), let equals = argument.firstIndex(of: "=") {
      name = String(argument[..<equals])
      inlineValue = String(argument[argument.index(after: equals)...])
    } else {
      name = argument
      inlineValue = nil
    }
    guard let option = descriptor(named: name) else {
      throw .unknownOption(name, suggestion: Suggestion.closest(to: name, in: longNames))
    }
    switch option.kind {
    case .flag:
      if let inlineValue { throw .unexpectedValue(option: option.longName, value: inlineValue) }
      parsed.flags.insert(option.long)
    case .option, .repeatableOption:
      guard let value = inlineValue ?? iterator.next(), !value.isEmpty else {
        throw .missingValue(option: option.longName)
      }
      if inlineValue == nil, value.hasPrefix("--"), descriptor(named: value) != nil {
        // `--output --format json`: the user forgot the value, not named a file "--format".
        throw .missingValue(option: option.longName)
      }
      if !option.allowedValues.isEmpty, option.aliasNote == nil,
        !option.allowedValues.contains(value)
      {
        throw .invalidValue(option: option.longName, value: value, allowed: option.allowedValues)
      }
      if option.kind == .option {
        parsed.options[option.long] = [value]
      } else {
        parsed.options[option.long, default: []].append(value)
      }
    }
  }

  /// Fills the positional descriptors in order from the loose arguments.
  private func assign(
    _ loose: [String], into parsed: inout ParsedArguments
  )
    throws(ArgumentError)
  {
    var values = loose.makeIterator()
    for positional in positionals {
      var taken: [String] = []
      if positional.variadic {
        while let value = values.next() { taken.append(value) }
      } else if let value = values.next() {
        taken.append(value)
      }
      if taken.isEmpty {
        if positional.optional { continue }
        throw .missingArgument(Words(same: positional.name))
      }
      parsed.positionals[positional.name] = taken
    }
    if let extra = values.next() {
      throw .unexpectedArgument(extra)
    }
  }

  private func descriptor(named name: String) -> OptionDescriptor? {
    options.first { $0.longName == name || ($0.shortName.map { $0 == name } ?? false) }
  }

  /// Candidates for "did you mean": long names only, since one letter is too short to guess.
  private var longNames: [String] { options.map(\.longName) }
}
