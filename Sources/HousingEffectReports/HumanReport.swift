import HousingEffect

/// The effect report in a human format: plain text for the terminal, Markdown or HTML.
public enum HumanReport {
  public static func render(
    _ assessment: Assessment, format: ReportFormat, language: Language, command: String,
    year: Int? = nil, ensemble: AssessmentEnsemble? = nil
  ) -> String {
    switch format {
    case .markdown:
      MarkdownReport(language: language).render(
        assessment, command: command, year: year, ensemble: ensemble)
    case .html:
      HTMLReport(language: language).page(
        ReportDocument(
          assessment, language: language, command: command, year: year, ensemble: ensemble))
    default:
      TextReport(language: language).render(
        assessment, command: command, year: year, ensemble: ensemble)
    }
  }
}
