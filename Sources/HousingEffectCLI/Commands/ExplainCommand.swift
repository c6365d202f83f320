import HousingEffect
import HousingEffectReports

/// `housing-effect explain`: the trace of one number.
struct ExplainCommand: Command {
  static let indicator = PositionalDescriptor.required(
    "INDICATOR",
    help: "The indicator to explain, by its id, e.g. housing.shortStayBeds "
      + "(the JSON output and 'Docs/output-schema.md' list them), or by its label in the "
      + "report, Dutch or English, e.g. \"Tekort aan bedden\".",
    nl: "De indicator om toe te lichten, met zijn id, bijvoorbeeld housing.shortStayBeds (de "
      + "JSON-uitvoer en 'Docs/output-schema.md' noemen ze), of met zijn naam in het rapport, "
      + "Nederlands of Engels, bijvoorbeeld \"Tekort aan bedden\".")

  static let descriptor = CommandDescriptor(
    name: "explain",
    abstract: "The trace of one number back to its inputs and parameters.",
    discussion: """
      Shows how one indicator was computed: each step, the inputs and parameters it used, and \
      where every parameter comes from. Give an establishment file, or a quick estimate as for \
      'assess'.
      """,
    dutchAbstract: "Het spoor van één getal terug naar zijn invoer en parameters.",
    dutchDiscussion: """
      Toont hoe één indicator is berekend: elke stap, de invoer en parameters die hij \
      gebruikte, en waar elke parameter vandaan komt. Geef een vestigingsbestand, of een \
      snelle schatting zoals bij 'assess'.
      """,
    usage: [
      "INDICATOR FILE [OPTIONS]",
      "INDICATOR --sector TYPE (--jobs N | --floor-area M2 | --hectares HA) --municipality NAME "
        + "[OPTIONS]",
    ],
    options: [
      AssessCommand.sector, AssessCommand.jobs, AssessCommand.floorArea, AssessCommand.hectares,
      AssessCommand.municipality, AssessCommand.startYear, AssessCommand.row, InputFiles.regionFile,
    ],
    positionals: [indicator, AssessCommand.file],
    available: true)

  var indicator: String
  /// The input, read exactly as `assess` reads it: a file or a quick estimate.
  var input: AssessCommand

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    indicator = parsed.value(Self.indicator) ?? ""
    input = try AssessCommand(parsed)
  }

  var inputPaths: [String] { input.inputPaths }

  func run(_ context: CommandContext) -> ExitStatus {
    let (establishment, region): (Establishment, HostRegion)
    switch input.establishment(context) {
    case .failure(let status): return status
    case .success(let found): (establishment, region) = found
    }
    let parameters = ParameterSet(asOf: establishment.referenceDay)
    let assessment = Assessment(establishment, region: region, parameters: parameters)
    if let status = InputFiles.refuseResults(
      assessment.resultDiagnostics(parameters: parameters), file: input.file, context: context)
    {
      return status
    }
    let year = context.options.year ?? assessment.fullOperationYear
    guard assessment.index(of: year) != nil else {
      let span = "\(assessment.years.first ?? year)–\(assessment.fullOperationYear)"
      context.error(
        Words(
          "--year \(year) is outside this establishment's timeline \(span).",
          nl: "--year \(year) valt buiten de tijdlijn van deze vestiging, \(span)."))
      return .usage
    }
    let trace = assessment.trace
    let id = ReportStrings.indicatorID(labelled: indicator) ?? IndicatorID(indicator)
    guard trace.entry(id, year: year) != nil else {
      let known = trace.indicators.map(\.rawValue)
      var message = Words(
        "Unknown indicator '\(indicator)'.", nl: "Onbekende indicator '\(indicator)'.")
      if known.contains(indicator) {
        message = Words(
          "Indicator '\(indicator)' has no value in \(year).",
          nl: "Indicator '\(indicator)' heeft geen waarde in \(year).")
      }
      if let suggestion = Suggestion.closest(to: indicator, in: known) {
        message = message + .didYouMean(suggestion)
      } else {
        let list = known.joined(separator: ", ")
        message = message + Words(" Indicators: \(list).", nl: " Indicatoren: \(list).")
      }
      context.error(message)
      return .usage
    }
    switch context.options.format {
    case .json:
      let entries = trace.entries.filter { $0.year == year }
      do {
        return try JSONReport.withBytes(
          ExplainDocument(
            indicator: id, year: year, entries: entries.map(ExplainDocument.Entry.init))
        ) { context.write(buffer: $0) }
      } catch {
        context.error(
          Words(
            "The trace could not be written as JSON: a value is not a finite number.",
            nl: "Het rekenspoor kon niet als JSON geschreven worden: een waarde is geen eindig "
              + "getal."))
        return .failure
      }
    case .text, .markdown:
      let text =
        TraceExplanation(language: context.options.language).text(
          id, year: year, trace: trace, parameters: parameters.adding(establishment.overrides))
        ?? ""
      let body = context.options.format == .markdown ? "```\n" + text + "```\n" : text
      return context.write(body)
    case .csv, .html:
      return context.unsupportedFormat(
        context.options.format, command: Self.descriptor, accepted: [.text, .markdown, .json])
    }
  }
}

/// `explain --format json`: the indicator and every trace entry of that year, so tools can
/// walk the tree themselves.
struct ExplainDocument: Encodable {
  var schemaVersion = 1
  var indicator: IndicatorID
  var year: Int
  var entries: [Entry]

  /// A trace entry with its formula in English words (`TraceFormulas`).
  struct Entry: Encodable {
    var indicator: IndicatorID
    var year: Int
    var value: Double
    var unit: Unit
    var formula: String
    var inputs: [TraceEntry.Input]
    var parameters: [ParameterID]

    init(_ entry: TraceEntry) {
      indicator = entry.indicator
      year = entry.year
      value = entry.value
      unit = entry.unit
      formula = TraceFormulas.wording(entry.formula, in: .en) ?? entry.formula.description
      inputs = entry.inputs
      parameters = entry.parameters
    }
  }
}

extension ExplainDocument: JSONRepresentable {
  /// The keys and values of the `Encodable` conformance, without `Codable`'s runtime cost.
  var json: JSONTree {
    .fields([
      "schemaVersion": schemaVersion.json, "indicator": indicator.json, "year": year.json,
      "entries": entries.json,
    ])
  }
}

extension ExplainDocument.Entry: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "indicator": indicator.json, "year": year.json, "value": value.json, "unit": unit.json,
      "formula": formula.json, "inputs": inputs.json, "parameters": parameters.json,
    ])
  }
}
