/// One subcommand of `housing-effect`: its descriptor, its parsed arguments, and what it does.
///
/// To add a command, write a struct conforming to `Command` in `Commands/` and list it in
/// `CommandTable.standard`. To make a listed command real, implement `run` and set
/// `available: true` in its descriptor.
protocol Command: Sendable {
  /// Name, help, options and positionals: the one table for parsing and help.
  static var descriptor: CommandDescriptor { get }

  /// Reads and checks the command's own arguments; the shared options are in the context.
  ///
  /// - Throws: a usage problem the parser cannot see, such as a number out of range.
  init(_ parsed: ParsedArguments) throws(ArgumentError)

  /// The files the command reads; `--output` may not name any of them.
  var inputPaths: [String] { get }

  /// Does the work and writes through `context`; never prints directly.
  func run(_ context: CommandContext) -> ExitStatus
}

extension Command {
  var inputPaths: [String] { [] }
}
