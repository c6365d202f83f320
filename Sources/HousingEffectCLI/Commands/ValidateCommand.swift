import HousingEffect
import HousingEffectReports

/// `housing-effect validate`: the tool's defaults against the published outcomes of the
/// reference establishments.
struct ValidateCommand: Command {
  static let references = OptionDescriptor.option(
    "references", value: "FILE",
    help: "A reference table in the columns of Docs/data/reference-establishments.csv "
      + "instead of the built-in one.",
    nl: "Een referentietabel met de kolommen van Docs/data/reference-establishments.csv in "
      + "plaats van de ingebouwde.")

  static let descriptor = CommandDescriptor(
    name: "validate",
    abstract: "Checks the defaults against real establishments: inside P10–P90, within ×1.5.",
    discussion: """
      Estimates every reference establishment from its type, size and municipality with the \
      catalogue's defaults, and reports per sector and overall the share of published \
      outcomes (jobs from the size, peak workforce, labour migrants, their share) inside \
      P10–P90, the share whose P50 lies within a factor 1.5, and the median P90/P10. See \
      Docs/methodology.md#validation.
      """,
    dutchAbstract: "Toetst de standaardwaarden aan echte vestigingen: binnen P10–P90, binnen "
      + "×1,5.",
    dutchDiscussion: """
      Schat elk referentieobject uit zijn soort, omvang en gemeente met de standaardwaarden \
      uit de catalogus, en meldt per sector en in totaal het aandeel gepubliceerde uitkomsten \
      (banen uit de omvang, piekbezetting, arbeidsmigranten, hun aandeel) binnen P10–P90, het \
      aandeel waarvan de P50 binnen een factor 1,5 ligt, en de mediaan van P90/P10. Zie \
      Docs/methodology.md#validation.
      """,
    options: [references] + EnsembleArguments.descriptors,
    available: true)

  var referenceFile: String?
  var ensemble: EnsembleOptions

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    referenceFile = parsed.value(Self.references)
    ensemble = try EnsembleArguments.options(parsed)
  }

  var inputPaths: [String] { referenceFile.map { [$0] } ?? [] }

  func run(_ context: CommandContext) -> ExitStatus {
    var references = ReferenceEstablishment.all
    if let referenceFile {
      switch InputFiles.read(referenceFile, context: context) {
      case .failure(let status): return status
      case .success(let bytes):
        let (read, diagnostics) = ReferenceTable.parse(
          String(decoding: bytes, as: UTF8.self), file: referenceFile)
        InputFiles.report(diagnostics, context: context)
        guard !diagnostics.hasErrors, !read.isEmpty else {
          if read.isEmpty, !diagnostics.hasErrors {
            context.error(
              Words(
                "\(referenceFile): the reference table has no rows.",
                nl: "\(referenceFile): de referentietabel heeft geen rijen."))
          }
          return .dataError
        }
        references = read
      }
    }
    guard ensemble.draws > 0 else {
      context.error(
        Words(
          "validate needs draws for its ranges: give --draws 1 or more.",
          nl: "validate heeft trekkingen nodig voor de bandbreedtes: geef --draws 1 of meer."))
      return .usage
    }
    let report = ValidationReport(
      ReferenceValidation(references, options: ensemble), language: context.options.language)
    switch context.options.format {
    case .text: return context.write(report.render(markdown: false))
    case .markdown: return context.write(report.render(markdown: true))
    case .csv: return context.write(report.csv())
    case .json: return RegionsCommand.json(report.document, context: context)
    case .html:
      return context.unsupportedFormat(
        .html, command: Self.descriptor, accepted: [.text, .markdown, .csv, .json])
    }
  }
}
