import HousingEffect
import HousingEffectReports

/// `housing-effect sensitivity`: which parameters move the result most, as a tornado.
struct SensitivityCommand: Command {
  static let top = OptionDescriptor.option(
    "top", value: "K", help: "Parameters shown per indicator.",
    nl: "Aantal getoonde parameters per indicator.", default: "10")
  static let indicator = OptionDescriptor.option(
    "indicator", value: "ID",
    help: "Only this indicator (default: housing need, temporary beds, long-stay dwellings, "
      + "shortfall, labour migrants).",
    nl: "Alleen deze indicator (standaard: huisvestingsbehoefte, tijdelijke bedden, "
      + "long-stay-woningen, tekort aan bedden, arbeidsmigranten).",
    allowed: Sensitivity.Indicator.allIDs)

  static let descriptor = CommandDescriptor(
    name: "sensitivity",
    abstract: "Which parameters move the result most, as a tornado.",
    discussion: """
      Sets each parameter with a range to the low and the high end of that range in turn and \
      ranks the parameters by how much the headline indicators change in the full-operation \
      year (or --year). Each parameter's share of the Monte Carlo variance (squared rank \
      correlation over --draws draws) is shown beside it. Give an establishment file, or a \
      quick estimate as for 'assess'.
      """,
    dutchAbstract: "Welke parameters de uitkomst het meest bewegen, als tornado.",
    dutchDiscussion: """
      Zet elke parameter met een bandbreedte om beurten op de onder- en de bovengrens daarvan \
      en rangschikt de parameters naar hoeveel de kernindicatoren veranderen in het jaar van \
      volledige bedrijfsvoering (of --year). Naast elke parameter staat zijn aandeel in de \
      Monte-Carlovariantie (gekwadrateerde rangcorrelatie over --draws trekkingen). Geef een \
      vestigingsbestand, of een snelle schatting zoals bij 'assess'.
      """,
    usage: [
      "FILE [OPTIONS]",
      "--sector TYPE (--jobs N | --floor-area M2 | --hectares HA) --municipality NAME [OPTIONS]",
    ],
    options: [
      AssessCommand.sector, AssessCommand.jobs, AssessCommand.floorArea, AssessCommand.hectares,
      AssessCommand.municipality, AssessCommand.startYear, AssessCommand.row, InputFiles.regionFile,
      top, indicator,
    ] + EnsembleArguments.descriptors,
    positionals: [AssessCommand.file],
    available: true)

  /// The input, read exactly as `assess` reads it.
  var input: AssessCommand
  var top: Int
  var indicators: [Sensitivity.Indicator]

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    input = try AssessCommand(parsed)
    top =
      try parsed.integer(
        Self.top, in: 1...10_000,
        expected: Words(
          "a whole number of parameters, e.g. 10",
          nl: "een geheel aantal parameters, bijvoorbeeld 10"))
      ?? 10
    if let id = parsed.value(Self.indicator) {
      guard let indicator = Sensitivity.Indicator.named(id) else {
        throw .invalidValue(
          option: Self.indicator.longName, value: id, allowed: Sensitivity.Indicator.allIDs)
      }
      indicators = [indicator]
    } else {
      indicators = Sensitivity.Indicator.headline
    }
  }

  var inputPaths: [String] { input.inputPaths }

  func run(_ context: CommandContext) -> ExitStatus {
    let (establishment, assessment): (Establishment, Assessment)
    switch input.assessment(context) {
    case .failure(let status): return status
    case .success(let found): (establishment, _, assessment) = found
    }
    let used = assessment.parametersUsed
    let cost = RunCost.sensitivity(
      draws: input.ensemble.draws, indicators: indicators.count, parameters: used.count)
    if input.ensemble.draws > 0,
      let refused = input.budget.refusal(
        cost, what: Words(same: "--draws \(input.ensemble.draws)"), context: context)
    {
      return refused
    }
    let sensitivity = Sensitivity(
      assessment, indicators: indicators, year: context.options.year,
      options: input.ensemble.draws > 0 ? input.ensemble : nil, used: used)
    if !sensitivity.isFinite,
      let status = InputFiles.refuseResults(
        [.nonFiniteDraws("a swing or a variance share", overrides: establishment.overrides)],
        file: input.file, context: context)
    {
      return status
    }
    let command = (["housing-effect", "sensitivity"] + input.arguments).joined(separator: " ")
    switch context.options.format {
    case .json:
      do {
        return try JSONReport.withBytes(
          SensitivityDocument(
            sensitivity, establishment: establishment, top: top, toolVersion: CLI.version)
        ) { context.write(buffer: $0) }
      } catch {
        context.error(
          Words(
            "The sensitivity run could not be written as JSON: a result is not a finite number.",
            nl: "De gevoeligheidsanalyse kon niet als JSON geschreven worden: een uitkomst is "
              + "geen eindig getal."))
        return .failure
      }
    case .csv:
      return context.write(
        SensitivityTable.csv(
          sensitivity, top: top, language: context.options.language))
    case .text, .markdown, .html:
      return context.write(
        SensitivityReport(format: context.options.format, language: context.options.language)
          .render(sensitivity, establishment: establishment, top: top, command: command))
    }
  }
}
