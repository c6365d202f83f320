import HousingEffect
import HousingEffectReports

/// Writes an assessment in the format the user asked for.
enum AssessmentOutput {
  static func write(
    _ assessment: Assessment, command: String, context: CommandContext,
    ensemble: AssessmentEnsemble? = nil
  ) -> ExitStatus {
    switch context.options.format {
    case .json:
      do {
        return try JSONReport.withBytes(
          AssessmentDocument(assessment, toolVersion: CLI.version, ensemble: ensemble)
        ) { context.write(buffer: $0) }
      } catch {
        context.error(
          Words(
            "The assessment could not be written as JSON: a result is not a finite number.",
            nl: "De beoordeling kon niet als JSON geschreven worden: een uitkomst is geen eindig "
              + "getal."))
        return .failure
      }
    case .csv:
      return context.write(
        KeyIndicatorTable.csv(
          assessment, language: context.options.language, ensemble: ensemble))
    case .text, .markdown, .html:
      return context.write(
        HumanReport.render(
          assessment, format: context.options.format, language: context.options.language,
          command: command, year: context.options.year, ensemble: ensemble))
    }
  }
}
