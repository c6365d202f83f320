import HousingEffect
import HousingEffectReports

/// `housing-effect compare`: a study's baseline and alternatives side by side.
struct CompareCommand: Command {
  static let study = PositionalDescriptor.required(
    "STUDY", help: "Study file (JSON) with a baseline and named alternatives.",
    nl: "Studiebestand (JSON) met een basis en benoemde alternatieven.")
  static let alternative = OptionDescriptor.repeatable(
    "alternative", value: "NAME",
    help: "Show only this alternative next to the baseline. Default: all of them.",
    nl: "Toon alleen dit alternatief naast de basis. Standaard: alle alternatieven.")

  static let descriptor = CommandDescriptor(
    name: "compare",
    abstract: "Baseline versus alternatives, side by side with the differences.",
    discussion: """
      Runs the baseline and every alternative of a study (fewer or phased jobs, more local \
      labour, automation, employer-provided housing, regional spreading, fewer labour \
      migrants) and shows each key indicator with its difference from the baseline, what each \
      alternative changes, and the broad-welfare scorecards side by side.

      Figures are for the baseline's full-operation year and, with --year, for that year too. \
      The study format is described in Docs/study-format.md.
      """,
    dutchAbstract: "De basis tegenover de alternatieven, naast elkaar met de verschillen.",
    dutchDiscussion: """
      Rekent de basis en elk alternatief van een studie door (minder of gefaseerde banen, meer \
      lokale arbeid, automatisering, huisvesting door de werkgever, regionale spreiding, \
      minder arbeidsmigranten) en toont elke kernindicator met het verschil met de basis, wat \
      elk alternatief verandert, en de scorekaarten voor brede welvaart naast elkaar.

      De cijfers gelden voor het jaar van volledige bedrijfsvoering van de basis en, met \
      --year, ook voor dat jaar. Docs/study-format.md beschrijft het studiebestand.
      """,
    options: [alternative, InputFiles.regionFile] + EnsembleArguments.descriptors,
    positionals: [study],
    available: true)

  var study: String
  var alternatives: [String]
  var regionFile: String?
  var ensemble: EnsembleOptions
  /// `--allow-long-run` and `--progress`.
  var budget: RunBudget
  var arguments: [String]

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    study = parsed.value(Self.study) ?? ""
    alternatives = parsed.values(Self.alternative)
    regionFile = parsed.value(InputFiles.regionFile)
    ensemble = try EnsembleArguments.options(parsed)
    budget = RunBudget(parsed)
    arguments = parsed.arguments
  }

  var inputPaths: [String] { [study, regionFile].compactMap { $0 } }

  func run(_ context: CommandContext) -> ExitStatus {
    let regions: RegionData
    switch InputFiles.regions(file: regionFile, context: context) {
    case .failure(let status): return status
    case .success(let data): regions = data
    }
    let loaded: Study
    switch Self.load(study, regions: regions, context: context) {
    case .failure(let status): return status
    case .success(let study): loaded = study
    }
    // The baseline file is an input too: --output may not replace it.
    var context = context
    if case .file(_, let resolved) = loaded.baselineSource {
      let output = OutputWriter(
        path: context.options.outputPath, protectedInputs: inputPaths + [resolved], io: context.io)
      do {
        try output.checkDestination()
      } catch {
        context.error(error.words)
        return error.exitStatus
      }
      context = CommandContext(io: context.io, options: context.options, output: output)
    }
    let names = loaded.alternatives.map(\.name)
    for name in alternatives where !names.contains(name) {
      let suggestion = Suggestion.closest(to: name, in: names)
      let list = names.map { "'\($0)'" }.joined(separator: ", ")
      context.error(
        Words(
          "Unknown alternative '\(name)' for --alternative; '\(study)' has \(list).",
          nl: "Onbekend alternatief '\(name)' voor --alternative; '\(study)' heeft \(list).")
          + .didYouMean(suggestion))
      return .usage
    }
    guard
      case .success(let municipality) = regions.municipality(named: loaded.baseline.municipality)
    else {
      let name = loaded.baseline.municipality
      context.error(Words("Unknown municipality '\(name)'.", nl: "Onbekende gemeente '\(name)'."))
      return .dataError
    }
    let region = HostRegion(municipality)
    let (resolved, diagnostics) = StudyResolver.resolve(loaded, region: region)
    InputFiles.report(diagnostics.map { $0.file == nil ? $0.inFile(study) : $0 }, context: context)
    guard let resolved else { return .dataError }
    let comparison: Comparison
    do {
      comparison = try Comparison(
        resolved, only: alternatives.isEmpty ? nil : alternatives, region: region,
        year: context.options.year)
    } catch {
      let dutch =
        switch error {
        case .yearBeforeTimeline(let year, let first):
          "Het jaar \(year) ligt vóór de tijdlijn van deze studie, die begint in \(first)."
        case .yearBeyondHorizon(let year, let last):
          "Het jaar \(year) ligt na \(last), het laatste jaar dat het model beslaat."
        }
      context.error(Words("--year: " + error.description, nl: "--year: " + dutch))
      return .usage
    }
    if let status = InputFiles.refuseResults(
      comparison.resultDiagnostics(), file: study, context: context)
    {
      return status
    }
    // Every run draws with the same seed: common random numbers for tight differences.
    let cost = RunCost.assessment(
      draws: ensemble.draws, years: comparison.years.count,
      runs: 1 + comparison.alternatives.count)
    if ensemble.draws > 0,
      let refused = budget.refusal(
        cost,
        what: Words(
          "--draws \(ensemble.draws) for \(1 + comparison.alternatives.count) runs",
          nl: "--draws \(ensemble.draws) voor \(1 + comparison.alternatives.count) berekeningen"),
        context: context)
    {
      return refused
    }
    let ranges =
      ensemble.draws > 0
      ? ComparisonEnsemble(
        comparison, region: region, options: ensemble,
        progress: budget.progress(cost, label: Words("draws", nl: "trekkingen"), context: context))
      : nil
    if let ranges, !ranges.isFinite,
      let status = InputFiles.refuseResults(
        [
          .nonFiniteDraws(
            "a band of the comparison",
            overrides: comparison.study.baseline.overrides
              + comparison.alternatives.flatMap(\.establishment.overrides))
        ], file: study, context: context)
    {
      return status
    }
    return write(comparison, context: context, ensemble: ranges)
  }

  func write(
    _ comparison: Comparison, context: CommandContext, ensemble: ComparisonEnsemble?
  ) -> ExitStatus {
    let options = context.options
    switch options.format {
    case .json:
      do {
        return try JSONReport.withBytes(
          ComparisonDocument(comparison, toolVersion: CLI.version, ensemble: ensemble)
        ) { context.write(buffer: $0) }
      } catch {
        context.error(
          Words(
            "The comparison could not be written as JSON: a result is not a finite number.",
            nl: "De vergelijking kon niet als JSON geschreven worden: een uitkomst is geen "
              + "eindig getal."))
        return .failure
      }
    case .csv:
      return context.write(
        ComparisonTable.csv(
          comparison, language: context.options.language, ensemble: ensemble))
    case .text, .markdown, .html:
      return context.write(
        ComparisonReport(format: options.format, language: options.language).render(
          comparison, command: "housing-effect compare " + arguments.joined(separator: " "),
          ensemble: ensemble))
    }
  }

  /// Reads and validates a study file and its baseline file.
  static func load(
    _ path: String, regions: RegionData, context: CommandContext
  ) -> Result<Study, ExitStatus> {
    let bytes: [UInt8]
    switch InputFiles.read(path, context: context) {
    case .failure(let status): return .failure(status)
    case .success(let read): bytes = read
    }
    if let status = InputFiles.refuseWrongKind(
      bytes, path: path, expectStudy: true, context: context)
    {
      return .failure(status)
    }
    let (study, diagnostics) = StudyLoader.load(
      bytes, file: path, municipality: InputFiles.municipalityCheck(regions),
      readFile: InputFiles.readQuietly)
    InputFiles.report(diagnostics, context: context)
    guard let study else {
      let missing = diagnostics.errors.contains {
        $0.code == .fileNotFound || $0.code == .unreadableFile
      }
      return .failure(missing ? .noInput : .dataError)
    }
    return .success(study)
  }
}
