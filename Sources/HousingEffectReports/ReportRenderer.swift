import HousingEffect

/// A renderer of the human-readable effect report in one output format.
public protocol ReportRenderer: Sendable {
  var language: Language { get }

  /// The report content laid out in this renderer's format.
  func render(_ document: ReportDocument) -> String
}

extension ReportRenderer {
  /// The effect report for `assessment`; `command` is printed under "Reproducing this report",
  /// and `year` (default: full operation) is the headline year of the summary and scorecard.
  public func render(_ assessment: Assessment, command: String?, year: Int? = nil) -> String {
    render(ReportDocument(assessment, language: language, command: command, year: year))
  }
}
