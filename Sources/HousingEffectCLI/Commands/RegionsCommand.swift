/// `housing-effect regions`: the built-in municipalities and their data.
struct RegionsCommand: Command {
  static let descriptor = CommandDescriptor(
    name: "regions",
    abstract: "The built-in municipalities and their data, with sources.",
    discussion: """
      Lists the built-in municipalities with population, dwellings and labour migrants where \
      known, and where each number comes from.
      """,
    available: false)

  init(_ parsed: ParsedArguments) throws(ArgumentError) {}

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
