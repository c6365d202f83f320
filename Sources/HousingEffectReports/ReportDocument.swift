import HousingEffect

/// The content of an effect report, built once from an assessment and rendered by
/// ``TextReport``, ``MarkdownReport`` and ``HTMLReport``.
///
/// Every string in it is final, formatted text in the report's language: renderers only lay
/// it out. Sections follow the VNG effectrapportage: summary, the establishment, workforce and
/// migrants, households, housing, facilities, broad welfare, questions for the company,
/// assumptions and sources, what is not modelled, and how to reproduce the run.
public struct ReportDocument: Sendable, Hashable {
  /// The sections of the report, in report order.
  public enum SectionKind: String, Sendable, Hashable, CaseIterable {
    case summary, establishment, workforce, households, housing, facilities, welfare
    case questions, assumptions, notModelled, reproduce
  }

  /// One numbered section of the report: its kind, its title in the report's language and its
  /// content.
  public struct Section: Sendable, Hashable {
    /// Which part of the report this is, independent of the language.
    public var kind: SectionKind
    /// The heading, in the report's language.
    public var title: String
    /// The content, in order.
    public var blocks: [Block]
  }

  /// One piece of content within a section.
  public enum Block: Sendable, Hashable {
    case paragraph(String)
    /// A heading below the section title.
    case subheading(String)
    /// Aligned "key: value" lines.
    case keyValues([KeyValue])
    case table(Table)
    case bullets([String])
    /// Items with a title line and explanatory lines under it.
    case entries([Entry])
    /// Verbatim text, such as a command line.
    case code(String)
    /// A bar chart of numbers the table before it shows. Only ``HTMLReport`` draws charts;
    /// text and Markdown leave them out.
    case chart(Chart)
    /// A map of the Limburg municipalities shaded by a value; drawn, like charts, only by
    /// ``HTMLReport``.
    case map(Map)
  }

  /// A label and its value, shown as aligned "label: value" lines.
  public struct KeyValue: Sendable, Hashable {
    /// The label, such as "Gemeente".
    public var key: String
    /// The formatted value, final text.
    public var value: String
  }

  /// A titled entry with lines under it, such as one source in the annex.
  public struct Entry: Sendable, Hashable {
    /// The entry's first line, printed in bold where the format allows.
    public var title: String
    /// The lines under the title, each final text.
    public var lines: [String]
  }

  /// How a table column's cells are aligned: text left, numbers right.
  public enum Alignment: Sendable, Hashable {
    case left, right
  }

  /// A table column: its header and alignment.
  public struct Column: Sendable, Hashable {
    /// The header text.
    public var title: String
    /// Left for text, right for numbers.
    public var alignment: Alignment
  }

  /// One table row.
  public struct Row: Sendable, Hashable {
    /// One formatted cell per column, in column order.
    public var cells: [String]
    /// A line of explanation shown under the row (text) or in a last column (Markdown).
    public var note: String?
  }

  /// A table of formatted cells, laid out by each renderer in its own way.
  public struct Table: Sendable, Hashable {
    /// The columns, left to right.
    public var columns: [Column]
    /// The rows, top to bottom; each has one cell per column.
    public var rows: [Row]
    /// Header of the note column in Markdown, when rows carry notes.
    public var noteTitle: String?
    /// How many leading columns a text table split into parts repeats in each part.
    public var repeatedColumns = 1
  }

  /// The language every string in the document is written in.
  public var language: Language
  /// The report's title, such as "Huisvestingseffectrapportage — XXL DC".
  public var title: String
  /// The sections, in report order.
  public var sections: [Section]
  /// The line at the top of every printed page: the establishment, the tool and its version,
  /// and the date of the parameter values ("… · housing-effect 0.1.0 · parameters 2028-01-01").
  public var runningHeader: String?

  /// Builds the report content for `assessment`.
  ///
  /// - Parameters:
  ///   - assessment: The pipeline result to report.
  ///   - language: The report language.
  ///   - command: The command that reproduces the run, printed in the last section.
  ///   - catalog: The catalogue the assessment ran with, for parameter labels and sources.
  ///   - year: The headline year of the summary and the scorecard; `nil`: full operation.
  ///   - ensemble: Monte Carlo ranges to show beside the headline numbers, if drawn.
  public init(
    _ assessment: Assessment, language: Language, command: String?,
    catalog: ParameterCatalog = .standard, year: Int? = nil, ensemble: AssessmentEnsemble? = nil
  ) {
    let builder = ReportBuilder(
      assessment: assessment, language: language, command: command, catalog: catalog, year: year,
      ensemble: ensemble)
    self.language = language
    title = builder.title
    sections = builder.sections
    runningHeader = builder.runningHeader
  }

  /// The section of `kind`, if the report has it.
  public func section(_ kind: SectionKind) -> Section? {
    sections.first { $0.kind == kind }
  }
}

extension ReportDocument {
  /// The report split in two for a council pack (issue 21, item 1, design note 43): the report
  /// with its assumptions-and-sources section replaced by a pointer to the annex `annexName`,
  /// and the annex with that section alone.
  ///
  /// - Parameter annexName: The annex as the reader finds it, such as its file name; a path
  ///   is shortened to its last component, so that no folder of the user's machine ends up in
  ///   the report.
  public func splittingAnnex(
    named annexName: String
  ) -> (report: ReportDocument, annex: ReportDocument) {
    let name = annexName.split(separator: "/").last.map(String.init) ?? annexName
    let nl = language == .nl
    var report = self
    var annex = self
    report.sections = sections.map { section in
      guard section.kind == .assumptions else { return section }
      var pointer = section
      pointer.blocks = [
        .paragraph(
          nl
            ? "De gebruikte parameters met hun waarde, herkomst en bron staan in de bijlage ‘\(name)’."
            : "The parameters used, with their value, provenance and source, are in the annex ‘\(name)’."
        )
      ]
      return pointer
    }
    annex.title =
      (nl ? "Bijlage: aannames en bronnen — " : "Annex: assumptions and sources — ")
      + title
    annex.sections = sections.filter { $0.kind == .assumptions }
    return (report, annex)
  }
}
