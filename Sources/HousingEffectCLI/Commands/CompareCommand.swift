/// `housing-effect compare`: a study's baseline and alternatives side by side.
struct CompareCommand: Command {
  static let study = PositionalDescriptor.required(
    "STUDY", help: "Study file (JSON) with a baseline and named alternatives.")
  static let alternative = OptionDescriptor.repeatable(
    "alternative", value: "NAME",
    help: "Show only this alternative next to the baseline. Default: all of them.")

  static let descriptor = CommandDescriptor(
    name: "compare",
    abstract: "Baseline versus alternatives, side by side with the differences.",
    discussion: """
      Runs the baseline and every alternative of a study (fewer or phased jobs, more local \
      labour, automation, employer-provided housing, regional spreading) and shows each \
      indicator with its difference from the baseline.
      """,
    options: [alternative],
    positionals: [study],
    available: false)

  var study: String
  var alternatives: [String]

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    study = parsed.value(Self.study) ?? ""
    alternatives = parsed.values(Self.alternative)
  }

  var inputPaths: [String] { [study] }

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
