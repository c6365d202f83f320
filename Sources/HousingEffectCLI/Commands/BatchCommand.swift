/// `housing-effect batch`: many establishments in, one row each out.
struct BatchCommand: Command {
  static let csv = PositionalDescriptor.required(
    "CSV", help: "CSV file with one establishment per row.")

  static let descriptor = CommandDescriptor(
    name: "batch",
    abstract: "Many establishments in, one row of results each out.",
    discussion: """
      Assesses every row of a CSV file as one establishment and writes one row of main \
      indicators for each, in the same order.
      """,
    positionals: [csv],
    available: false)

  var csv: String

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    csv = parsed.value(Self.csv) ?? ""
  }

  var inputPaths: [String] { [csv] }

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
