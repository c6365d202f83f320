/// `housing-effect sensitivity`: which parameters move the result most.
struct SensitivityCommand: Command {
  static let file = PositionalDescriptor.required(
    "FILE", help: "Establishment or study file (JSON).")

  static let descriptor = CommandDescriptor(
    name: "sensitivity",
    abstract: "Which parameters move the result most, as a tornado.",
    discussion: """
      Sets each parameter to the low and the high end of its range in turn and ranks the \
      parameters by how much the main indicators change.
      """,
    positionals: [file],
    available: false)

  var file: String

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    file = parsed.value(Self.file) ?? ""
  }

  var inputPaths: [String] { [file] }

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
