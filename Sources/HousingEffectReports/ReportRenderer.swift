import HousingEffect

/// A renderer of the human-readable effect report in one output format.
public protocol ReportRenderer: Sendable {
  var language: Language { get }

  /// A title, blocks under it, then numbered sections, in this renderer's format; effect
  /// reports and comparisons share it.
  func layout(
    title: String, preamble: [ReportDocument.Block],
    sections: [(title: String, blocks: [ReportDocument.Block])]
  ) -> String
}

extension ReportRenderer {
  /// The report content laid out in this renderer's format.
  public func render(_ document: ReportDocument) -> String {
    layout(
      title: document.title, preamble: [],
      sections: document.sections.map { ($0.title, $0.blocks) })
  }

  /// The effect report for `assessment`; `command` is printed under "Reproducing this report",
  /// and `year` (default: full operation) is the headline year of the summary and scorecard.
  public func render(
    _ assessment: Assessment, command: String?, year: Int? = nil,
    ensemble: AssessmentEnsemble? = nil
  ) -> String {
    render(
      ReportDocument(
        assessment, language: language, command: command, year: year, ensemble: ensemble))
  }
}

extension ReportFormat {
  /// A report laid out by this format's renderer: Markdown, HTML, or plain text for the rest.
  /// Comparisons and sensitivity runs use it; the effect report goes through ``HumanReport``.
  func layout(
    language: Language, title: String, preamble: [ReportDocument.Block],
    sections: [(title: String, blocks: [ReportDocument.Block])]
  ) -> String {
    switch self {
    case .markdown:
      MarkdownReport(language: language).layout(
        title: title, preamble: preamble, sections: sections)
    case .html:
      HTMLReport(language: language).layout(title: title, preamble: preamble, sections: sections)
    default:
      TextReport(language: language).layout(title: title, preamble: preamble, sections: sections)
    }
  }
}
