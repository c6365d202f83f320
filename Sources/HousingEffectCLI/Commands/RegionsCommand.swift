import HousingEffect
import HousingEffectReports

/// `housing-effect regions`: the built-in municipalities and their data.
struct RegionsCommand: Command {
  static let descriptor = CommandDescriptor(
    name: "regions",
    abstract: "The built-in municipalities and their data, with sources.",
    discussion: """
      Lists the built-in municipalities with population, dwellings and labour migrants where \
      known, and where each number comes from.
      """,
    dutchAbstract: "De ingebouwde gemeenten en hun gegevens, met bronnen.",
    dutchDiscussion: """
      Toont de ingebouwde gemeenten met inwoners, woningen en, waar bekend, \
      arbeidsmigranten, en waar elk getal vandaan komt.
      """,
    options: [InputFiles.regionFile],
    positionals: [name],
    available: true)

  static let name = PositionalDescriptor.optional(
    "NAME", help: "One municipality (name or CBS code) to show in detail, with its sources.",
    nl: "Eén gemeente (naam of CBS-code) om in detail te tonen, met haar bronnen.")

  var name: String?
  var regionFile: String?

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    name = parsed.value(Self.name)
    regionFile = parsed.value(InputFiles.regionFile)
  }

  var inputPaths: [String] { regionFile.map { [$0] } ?? [] }

  func run(_ context: CommandContext) -> ExitStatus {
    let regions: RegionData
    switch InputFiles.regions(file: regionFile, context: context) {
    case .failure(let status): return status
    case .success(let data): regions = data
    }
    let report = RegionReport(language: context.options.language)
    if let name {
      switch regions.municipality(named: name) {
      case .failure(let failure):
        context.error(.lookUpFailure(failure))
        return .usage
      case .success(let municipality):
        switch context.options.format {
        case .json:
          return Self.json(municipality, context: context)
        case .csv:
          // The one row in the region-file columns, loadable again with --region-file.
          return context.write(
            RegionFile.write([municipality], format: context.options.language.csvFormat))
        default:
          return context.write(
            report.detail(municipality, neighbours: regions.neighbours(of: municipality)))
        }
      }
    }
    switch context.options.format {
    case .text: return context.write(report.table(regions.municipalities, markdown: false))
    case .markdown: return context.write(report.table(regions.municipalities, markdown: true))
    case .csv: return context.write(regions.regionFile(format: context.options.language.csvFormat))
    case .json: return Self.json(regions.municipalities, context: context)
    case .html:
      return context.unsupportedFormat(
        .html, command: Self.descriptor, accepted: [.text, .markdown, .csv, .json])
    }
  }

  static func json(_ value: some JSONRepresentable, context: CommandContext) -> ExitStatus {
    do {
      return try JSONReport.withBytes(value) { context.write(buffer: $0) }
    } catch {
      context.error(
        Words(
          "The region data could not be written as JSON.",
          nl: "De regiogegevens konden niet als JSON geschreven worden."))
      return .failure
    }
  }
}
