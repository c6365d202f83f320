import HousingEffect

/// The commands `housing-effect` dispatches to, in the order help lists them.
struct CommandTable: Sendable {
  let commands: [any Command.Type]

  /// Every command of the tool.
  ///
  /// Register a new command by adding its type here.
  static let standard = CommandTable([
    AssessCommand.self,
    CompareCommand.self,
    ProjectCommand.self,
    SensitivityCommand.self,
    ExplainCommand.self,
    CheckCommand.self,
    ParamsCommand.self,
    RegionsCommand.self,
    BatchCommand.self,
    ReferencesCommand.self,
    ValidateCommand.self,
  ])

  init(_ commands: [any Command.Type]) {
    self.commands = commands
  }

  var descriptors: [CommandDescriptor] { commands.map { $0.descriptor } }

  /// The command called `name`.
  ///
  /// - Throws: `unknownCommand`, suggesting the closest name (including `help`).
  func command(named name: String) throws(ArgumentError) -> any Command.Type {
    if let command = commands.first(where: { $0.descriptor.name == name }) {
      return command
    }
    let names = descriptors.map(\.name) + [CLI.helpCommand]
    throw .unknownCommand(name, suggestion: Suggestion.closest(to: name, in: names))
  }
}
