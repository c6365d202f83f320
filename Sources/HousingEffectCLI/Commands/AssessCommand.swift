import HousingEffect

/// `housing-effect assess`: the effect report for one establishment.
struct AssessCommand: Command {
  static let file = PositionalDescriptor.optional(
    "FILE",
    help: "Establishment file (JSON). Without it, describe the establishment with the "
      + "options below.")
  static let sector = OptionDescriptor.option(
    "sector", value: "TYPE", help: "Type of establishment.",
    allowed: EstablishmentType.allCases.map(\.rawValue))
  static let jobs = OptionDescriptor.option(
    "jobs", value: "N", help: "Jobs in full operation [FTE].")
  static let floorArea = OptionDescriptor.option(
    "floor-area", value: "M2", help: "Gross floor area [m²]; jobs follow from the type.")
  static let hectares = OptionDescriptor.option(
    "hectares", value: "HA", help: "Site or glasshouse area [ha]; jobs follow from the type.")
  static let municipality = OptionDescriptor.option(
    "municipality", value: "NAME", help: "The host municipality, e.g. Venlo.")

  static let descriptor = CommandDescriptor(
    name: "assess",
    abstract: "Effect report for one establishment: workforce, migrants, housing, facilities, "
      + "welfare.",
    discussion: """
      Estimates what a company's workforce means for labour-migrant housing, public facilities \
      and broad welfare (brede welvaart), following the VNG effect report, and lists the \
      questions to put to the company.

      Give an establishment file, or a quick estimate from the type, one measure of size and the \
      municipality.
      """,
    usage: [
      "FILE [OPTIONS]",
      "--sector TYPE (--jobs N | --floor-area M2 | --hectares HA) --municipality NAME [OPTIONS]",
    ],
    options: [sector, jobs, floorArea, hectares, municipality],
    positionals: [file],
    available: false)

  var file: String?
  var sector: EstablishmentType?
  var jobs: Double?
  var floorArea: Double?
  var hectares: Double?
  var municipality: String?

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    file = parsed.value(Self.file)
    sector = parsed.value(Self.sector).flatMap(EstablishmentType.init(rawValue:))
    jobs = try parsed.number(Self.jobs, in: 0...1_000_000, expected: "a number of jobs, e.g. 1200")
    floorArea = try parsed.number(
      Self.floorArea, in: 0...100_000_000, expected: "an area in square metres, e.g. 85000")
    hectares = try parsed.number(
      Self.hectares, in: 0...100_000, expected: "an area in hectares, e.g. 12.5")
    municipality = parsed.value(Self.municipality)
  }

  var inputPaths: [String] { file.map { [$0] } ?? [] }

  func run(_ context: CommandContext) -> ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}
