/// `housing-effect check`: validate files without changing them.
struct CheckCommand: Command {
  static let files = PositionalDescriptor.variadic(
    "FILE", help: "Establishment, study or region files to check.")
  static let strict = OptionDescriptor.flag(
    "strict", help: "Treat warnings as errors, such as unverified sources or assumptions.")

  static let descriptor = CommandDescriptor(
    name: "check",
    abstract: "Validate files and report every problem; changes nothing.",
    discussion: """
      Reads each file and reports every problem found, with the file, the place in it and \
      what was expected, instead of stopping at the first.
      """,
    options: [strict],
    positionals: [files],
    available: false)

  var files: [String]
  var strict: Bool

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    files = parsed.values(Self.files)
    strict = parsed.isSet(Self.strict)
  }

  var inputPaths: [String] { files }

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
