/// `housing-effect explain`: the trace of one number.
struct ExplainCommand: Command {
  static let indicator = PositionalDescriptor.required(
    "INDICATOR", help: "The indicator to explain, by its name in the report.")
  static let file = PositionalDescriptor.required(
    "FILE", help: "Establishment file (JSON).")

  static let descriptor = CommandDescriptor(
    name: "explain",
    abstract: "The trace of one number back to its inputs and parameters.",
    discussion: """
      Shows how one indicator was computed: each step, the inputs and parameters it used, and \
      where every parameter comes from.
      """,
    positionals: [indicator, file],
    available: false)

  var indicator: String
  var file: String

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    indicator = parsed.value(Self.indicator) ?? ""
    file = parsed.value(Self.file) ?? ""
  }

  var inputPaths: [String] { [file] }

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
