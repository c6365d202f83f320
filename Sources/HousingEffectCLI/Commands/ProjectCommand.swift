/// `housing-effect project`: a yearly projection to 2050 with uncertainty.
struct ProjectCommand: Command {
  static let study = PositionalDescriptor.required(
    "STUDY", help: "Study file (JSON) with the region, growth paths and establishments.")
  static let draws = OptionDescriptor.option(
    "draws", value: "N", help: "Number of Monte Carlo draws for the P10, P50 and P90 bands.")
  static let seed = OptionDescriptor.option(
    "seed", value: "S", help: "Seed of the random generator; the same seed gives the same result.")

  static let descriptor = CommandDescriptor(
    name: "project",
    abstract: "Yearly projection to 2050 for a region, with uncertainty bands.",
    discussion: """
      A yearly stock-flow projection (arrivals, departures, settlement, family reunification) \
      along named growth paths, such as continued growth, moderate growth and fewer labour \
      migrants, with and without the study's establishments.
      """,
    options: [draws, seed],
    positionals: [study],
    available: false)

  var study: String
  var draws: Int?
  var seed: Int?

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    study = parsed.value(Self.study) ?? ""
    draws = try parsed.integer(
      Self.draws, in: 1...1_000_000, expected: "a whole number from 1 to 1000000")
    seed = try parsed.integer(Self.seed, in: 0...Int.max, expected: "a whole number, 0 or more")
  }

  var inputPaths: [String] { [study] }

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
