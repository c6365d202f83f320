import HousingEffect

/// A renderer of the human-readable effect report in one output format.
public protocol ReportRenderer: Sendable {
  var language: Language { get }

  /// The report content laid out in this renderer's format.
  func render(_ document: ReportDocument) -> String
}

extension ReportRenderer {
  /// The effect report for `assessment`; `command` is printed under "Reproducing this report".
  public func render(_ assessment: Assessment, command: String?) -> String {
    render(ReportDocument(assessment, language: language, command: command))
  }
}
