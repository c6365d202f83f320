import HousingEffect

/// The scenario comparison as plain text, Markdown or HTML: the chain of every alternative, what each
/// one changes, the key indicators side by side with their differences from the baseline, and
/// the broad-welfare scorecard side by side.
///
/// Laid out by the same renderers as the effect report (``TextReport``, ``MarkdownReport``,
/// ``HTMLReport``); the HTML adds a bar chart of the housing need per alternative.
public struct ComparisonReport: Sendable {
  /// The language of every word and number in the report.
  public let language: Language
  /// The output format: text, Markdown or HTML.
  public let format: ReportFormat

  /// - Parameters:
  ///   - format: `.markdown` for Markdown, `.html` for HTML; any other format gives plain text.
  ///   - language: The report language.
  public init(format: ReportFormat, language: Language) {
    self.format = format
    self.language = language
  }

  /// The report for `comparison`; `command` is printed under "Reproducing this report".
  public func render(
    _ comparison: Comparison, command: String?, catalog: ParameterCatalog = .standard,
    ensemble: ComparisonEnsemble? = nil
  ) -> String {
    let builder = ComparisonReportBuilder(
      comparison: comparison, language: language, command: command, catalog: catalog,
      ensemble: ensemble)
    return format.layout(
      language: language, title: builder.title, preamble: builder.preamble,
      sections: builder.sections)
  }
}
