import HousingEffect
import HousingEffectReports

/// `housing-effect project`: a yearly projection to 2050 with uncertainty.
struct ProjectCommand: Command {
  static let study = PositionalDescriptor.required(
    "STUDY",
    help: "Projection study file (JSON) with the regions, growth paths and establishments.",
    nl: "Projectiestudie (JSON) met de regio's, groeipaden en vestigingen.")
  static let until = OptionDescriptor.option(
    "until", value: "YEAR",
    help: "Last projected year, at most 2050 (default: the study's 'until', else 2050).",
    nl: "Laatste jaar van de projectie, hooguit 2050 (standaard: 'until' van de studie, anders "
      + "2050).")
  static let region = OptionDescriptor.option(
    "region", value: "NAME", help: "Show only this region of the study.",
    nl: "Toon alleen deze regio van de studie.")
  static let detail = OptionDescriptor.option(
    "detail", value: "NAMES",
    help:
      "Municipalities to show with their full tables (comma-separated, or 'all'); by default a study with more than three municipalities compares them in one table.",
    nl:
      "Gemeenten die met hun volledige tabellen worden getoond (gescheiden door komma's, of 'all'); standaard vergelijkt een studie met meer dan drie gemeenten ze in één tabel."
  )
  static let welfare = OptionDescriptor.flag(
    "welfare",
    help:
      "With --format csv: the broad-welfare indicators (with their rating) per region, year, path and variant instead of the long format.",
    nl:
      "Met --format csv: de indicatoren van brede welvaart (met hun oordeel) per regio, jaar, pad en variant in plaats van het lange formaat."
  )
  static let mapYear = OptionDescriptor.option(
    "map-year", value: "YEAR",
    help: "Year of the municipal comparison and its maps (default 2030).",
    nl: "Jaar van de vergelijking van gemeenten en van de kaarten (standaard 2030).")
  static let mapPath = OptionDescriptor.option(
    "map-path", value: "PATH",
    help: "Growth path of the municipal comparison and its maps (default expectation2030).",
    nl: "Groeipad van de vergelijking van gemeenten en van de kaarten (standaard expectation2030).")

  static let descriptor = CommandDescriptor(
    name: "project",
    abstract: "Yearly projection to 2050 for a region, with uncertainty bands.",
    discussion: """
      A yearly stock-flow projection of labour migrants by length of stay (arrivals, \
      departures, settlement, family reunification) for the province, a policy region or a \
      municipality, along named growth paths: the recent trend, the province's 2030 \
      expectation, moderate growth, fewer labour migrants and a custom path. From the stock \
      come households, housing need by form, facility load and the gap against existing and \
      planned housing, per year, without and with the study's establishments.

      Every figure has a P10–P90 band from --draws Monte Carlo draws (path and model \
      parameters together); the same seed gives the same bytes on any number of threads. The \
      study format is described in Docs/projection-format.md.
      """,
    dutchAbstract: "Jaarlijkse projectie tot 2050 voor een regio, met onzekerheidsbanden.",
    dutchDiscussion: """
      Een jaarlijkse voorraad-stroomprojectie van arbeidsmigranten naar verblijfsduur \
      (aankomst, vertrek, vestiging, gezinshereniging) voor de provincie, een beleidsregio of \
      een gemeente, langs benoemde groeipaden: de recente trend, de verwachting van de \
      provincie voor 2030, matige groei, minder arbeidsmigranten en een eigen pad. Uit de \
      voorraad volgen huishoudens, de huisvestingsbehoefte per woonvorm, de druk op \
      voorzieningen en het tekort tegenover bestaande en geplande huisvesting, per jaar, \
      zonder en met de vestigingen van de studie.

      Elk cijfer heeft een P10–P90-band uit --draws Monte-Carlotrekkingen (pad en \
      modelparameters samen); hetzelfde zaadgetal geeft dezelfde bytes bij elk aantal \
      threads. Docs/projection-format.md beschrijft het studiebestand.
      """,
    options: [until, region, detail, mapYear, mapPath, welfare, InputFiles.regionFile]
      + EnsembleArguments.descriptors,
    positionals: [study],
    available: true)

  var study: String
  var until: Int?
  var region: String?
  var detail: String?
  var mapYear: Int?
  var mapPath: String?
  var welfare: Bool
  var regionFile: String?
  var ensemble: EnsembleOptions
  /// `--allow-long-run` and `--progress`.
  var budget: RunBudget
  var arguments: [String]

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    study = parsed.value(Self.study) ?? ""
    until = try parsed.integer(
      Self.until, in: 2001...ProjectionStudy.lastYear,
      expected: Words(
        "a year up to \(ProjectionStudy.lastYear), e.g. 2040",
        nl: "een jaartal tot en met \(ProjectionStudy.lastYear), bijvoorbeeld 2040"))
    region = parsed.value(Self.region)
    detail = parsed.value(Self.detail)
    mapYear = try parsed.integer(
      Self.mapYear, in: 2001...ProjectionStudy.lastYear,
      expected: Words(
        "a projected year up to \(ProjectionStudy.lastYear), e.g. 2030",
        nl: "een geprojecteerd jaar tot en met \(ProjectionStudy.lastYear), bijvoorbeeld 2030"))
    mapPath = parsed.value(Self.mapPath)
    welfare = parsed.isSet(Self.welfare)
    regionFile = parsed.value(InputFiles.regionFile)
    ensemble = try EnsembleArguments.options(parsed)
    budget = RunBudget(parsed)
    arguments = parsed.arguments
  }

  var inputPaths: [String] { [study, regionFile].compactMap { $0 } }

  func run(_ context: CommandContext) -> ExitStatus {
    if context.options.year != nil {
      context.error(
        Words(
          "'project' reports every year; use --until YEAR for the last year, not --year.",
          nl: "'project' rapporteert elk jaar; gebruik --until YEAR voor het laatste jaar, niet "
            + "--year."))
      return .usage
    }
    if welfare, context.options.format != .csv {
      context.error(
        Words(
          "--welfare is for --format csv; text, Markdown and HTML always show broad welfare per "
            + "path.",
          nl: "--welfare is voor --format csv; tekst, Markdown en HTML tonen brede welvaart altijd "
            + "per pad."))
      return .usage
    }
    let regions: RegionData
    switch InputFiles.regions(file: regionFile, context: context) {
    case .failure(let status): return status
    case .success(let data): regions = data
    }
    let bytes: [UInt8]
    switch InputFiles.read(study, context: context) {
    case .failure(let status): return status
    case .success(let read): bytes = read
    }
    guard ProjectionStudyLoader.isProjectionStudy(bytes) else {
      let comparison = InputFiles.isStudy(bytes)
      context.error(
        Words(
          "'\(study)' is not a projection study: it has no 'projection' object. "
            + (comparison
              ? "It is a comparison study; run 'housing-effect compare \(study)'."
              : "For one establishment run 'housing-effect assess \(study)'.")
            + " The projection format is described in Docs/projection-format.md.",
          nl: "'\(study)' is geen projectiestudie: het heeft geen object 'projection'. "
            + (comparison
              ? "Het is een vergelijkingsstudie; typ 'housing-effect compare \(study)'."
              : "Typ voor één vestiging 'housing-effect assess \(study)'.")
            + " Het projectieformaat staat beschreven in Docs/projection-format.md."))
      return .usage
    }
    let (loaded, loadedAreas, diagnostics) = ProjectionStudyLoader.load(
      bytes, file: study, regions: regions, readFile: InputFiles.readQuietly)
    InputFiles.report(diagnostics, context: context)
    guard var projectionStudy = loaded else {
      let missing = diagnostics.errors.contains {
        $0.code == .fileNotFound || $0.code == .unreadableFile
      }
      return missing ? .noInput : .dataError
    }
    var areas = loadedAreas
    if let until {
      if let late = areas.first(where: { $0.baseYear >= until }) {
        context.error(
          Words(
            "--until \(until): the base year of '\(late.name)' is \(late.baseYear); give a later "
              + "year.",
            nl: "--until \(until): het basisjaar van '\(late.name)' is \(late.baseYear); geef een "
              + "later jaar."))
        return .usage
      }
      projectionStudy.until = until
    }
    if let region {
      let names = areas.map(\.name)
      guard let chosen = areas.first(where: { $0.name.lowercased() == region.lowercased() }) else {
        let suggestion = Suggestion.closest(to: region, in: names)
        let list = names.map { "'\($0)'" }.joined(separator: ", ")
        context.error(
          Words(
            "Unknown region '\(region)' for --region; '\(study)' has \(list).",
            nl: "Onbekende regio '\(region)' voor --region; '\(study)' heeft \(list).")
            + .didYouMean(suggestion))
        return .usage
      }
      areas = [chosen]
    }
    var layout = ProjectionReport.Layout(mapYear: mapYear, mapPath: mapPath)
    if let mapPath, !projectionStudy.paths.contains(where: { $0.name == mapPath }) {
      let names = projectionStudy.paths.map(\.name)
      let suggestion = Suggestion.closest(to: mapPath, in: names)
      let list = names.map { "'\($0)'" }.joined(separator: ", ")
      context.error(
        Words(
          "Unknown path '\(mapPath)' for --map-path; '\(study)' has \(list).",
          nl: "Onbekend pad '\(mapPath)' voor --map-path; '\(study)' heeft \(list).")
          + .didYouMean(suggestion))
      return .usage
    }
    if let detail {
      let wanted = detail.split(separator: ",").map {
        String(
          String($0.drop(while: \.isWhitespace).reversed()).drop(while: \.isWhitespace).reversed())
      }.filter { !$0.isEmpty }
      if wanted.map({ $0.lowercased() }) == ["all"] {
        layout.detail = .all
      } else {
        let names = areas.map(\.name)
        for name in wanted where !names.contains(where: { $0.lowercased() == name.lowercased() }) {
          let suggestion = Suggestion.closest(to: name, in: names)
          let list = names.map { "'\($0)'" }.joined(separator: ", ")
          context.error(
            Words(
              "Unknown region '\(name)' for --detail; '\(study)' has \(list), or give 'all'.",
              nl: "Onbekende regio '\(name)' voor --detail; '\(study)' heeft \(list), of geef "
                + "'all'.")
              + .didYouMean(suggestion))
          return .usage
        }
        layout.detail = .areas(wanted)
      }
    }
    let cost = Projection.cost(
      projectionStudy, areas: areas, regions: regions, draws: ensemble.draws)
    if ensemble.draws > 0,
      let refused = budget.refusal(
        cost,
        what: Words(
          "--draws \(ensemble.draws) for \(areas.count) area(s)",
          nl: "--draws \(ensemble.draws) voor \(areas.count) gebied(en)"), context: context)
    {
      return refused
    }
    let projection = Projection(
      projectionStudy, areas: areas, regions: regions,
      options: ensemble.draws > 0 ? ensemble : nil,
      progress: ensemble.draws > 0
        ? budget.progress(cost, label: Words("draws", nl: "trekkingen"), context: context) : nil)
    guard projection.areas.allSatisfy(\.isFinite) else {
      context.error(
        Words(
          "The projection of '\(study)' gave a value that is not a finite number; check the "
            + "overrides in 'projection.parameters' against their ranges ('housing-effect params').",
          nl: "De projectie van '\(study)' gaf een waarde die geen eindig getal is; controleer de "
            + "eigen waarden in 'projection.parameters' tegen hun bandbreedtes ('housing-effect "
            + "params')."))
      return .dataError
    }
    // Every projection figure is a count: a negative one is wrong, however small (issue 22).
    if let area = projection.areas.first(where: { $0.firstNegative != nil }),
      let (_, value) = area.firstNegative
    {
      context.error(
        Words(
          "The projection of '\(study)' gave a negative count (\(value)) for "
            + "'\(area.area.name)'; check the growth paths and the overrides in "
            + "'projection.parameters'.",
          nl: "De projectie van '\(study)' gaf een negatief aantal (\(value)) voor "
            + "'\(area.area.name)'; controleer de groeipaden en de eigen waarden in "
            + "'projection.parameters'."))
      return .dataError
    }
    InputFiles.report(
      ProjectionPlausibility.warnings(projection).map { $0.inFile(study) }, context: context)
    let options = context.options
    switch options.format {
    case .json:
      do {
        // The document's bytes go out as they are: made a `String`, their UTF-8 validation
        // cost as much as writing the bands (issue 18).
        return try JSONReport.withBytes(ProjectionDocument(projection, toolVersion: CLI.version)) {
          context.write(buffer: $0)
        }
      } catch {
        context.error(
          Words(
            "The projection could not be written as JSON: a result is not a finite number.",
            nl: "De projectie kon niet als JSON geschreven worden: een uitkomst is geen eindig "
              + "getal."))
        return .failure
      }
    case .csv:
      return context.write(
        welfare
          ? ProjectionTable.welfareCSV(projection, language: context.options.language)
          : ProjectionTable.csv(projection, language: context.options.language))
    case .text, .markdown, .html:
      return context.write(
        ProjectionReport(format: options.format, language: options.language, layout: layout)
          .render(
            projection, command: "housing-effect project " + arguments.joined(separator: " ")))
    }
  }
}
