import HousingEffect

/// The effect report in a human format: plain text for the terminal, Markdown or HTML.
public enum HumanReport {
  /// The whole effect report as one string.
  /// - Parameters:
  ///   - assessment: The assessment to report on.
  ///   - format: `.markdown` or `.html`; any other format gives plain text for the terminal.
  ///   - language: The report language (Dutch or English), used for every word and number.
  ///   - command: The command line that reproduces the run, printed in the "reproduce" section.
  ///   - year: The headline year of the summary and the scorecard; `nil`: full operation.
  ///   - ensemble: The Monte Carlo run whose P10–P90 ranges are shown; `nil`: point values only.
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

  /// The effect report and its annex of assumptions and sources as two documents in `format`
  /// (text, Markdown or HTML): the report points to the annex by `annexName`
  /// (``ReportDocument/splittingAnnex(named:)``).
  public static func renderWithAnnex(
    _ assessment: Assessment, format: ReportFormat, language: Language, command: String,
    annexName: String, year: Int? = nil, ensemble: AssessmentEnsemble? = nil
  ) -> (report: String, annex: String) {
    let document = ReportDocument(
      assessment, language: language, command: command, year: year, ensemble: ensemble)
    let (report, annex) = document.splittingAnnex(named: annexName)
    switch format {
    case .markdown:
      let renderer = MarkdownReport(language: language)
      return (renderer.render(report), renderer.render(annex))
    case .html:
      let renderer = HTMLReport(language: language)
      return (renderer.page(report), renderer.page(annex))
    default:
      let renderer = TextReport(language: language)
      return (renderer.render(report), renderer.render(annex))
    }
  }
}
