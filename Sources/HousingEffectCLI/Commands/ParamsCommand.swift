import HousingEffect

/// `housing-effect params`: the parameter catalogue with sources.
struct ParamsCommand: Command {
  static let group = OptionDescriptor.option(
    "group", value: "GROUP", help: "Only the parameters of this group.",
    allowed: ParameterCatalog.groupOrder)
  static let search = OptionDescriptor.option(
    "search", value: "WORD", help: "Only parameters whose id, label or description has WORD.")

  static let descriptor = CommandDescriptor(
    name: "params",
    abstract: "The parameter catalogue with values, ranges and sources.",
    discussion: """
      Lists every default parameter with its value, unit, low-high range and provenance: cited, \
      derived, assumption or unverified.
      """,
    options: [group, search],
    available: false)

  var group: String?
  var search: String?

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    group = parsed.value(Self.group)
    search = parsed.value(Self.search)
  }

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
