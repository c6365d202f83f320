import HousingEffect

/// The effect report as Markdown: headings, pipe tables and lists (CommonMark with GitHub
/// tables).
public struct MarkdownReport: ReportRenderer {
  /// The language of the headings and fixed texts the renderer adds.
  public let language: Language

  /// A Markdown renderer for reports in `language`.
  public init(language: Language) {
    self.language = language
  }

  /// A title, blocks under it, then numbered sections: the layout every Markdown report shares.
  public func layout(
    title: String, preamble: [ReportDocument.Block],
    sections: [(title: String, blocks: [ReportDocument.Block])]
  ) -> String {
    var blocks = ["# " + MarkdownReport.escape(title)]
    blocks += preamble.filter { !$0.isChart }.map(render)
    for (number, section) in sections.enumerated() {
      blocks.append("## \(number + 1). " + MarkdownReport.escape(section.title))
      blocks += section.blocks.filter { !$0.isChart }.map(render)
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  func render(_ block: ReportDocument.Block) -> String {
    typealias M = MarkdownReport
    switch block {
    case .paragraph(let text):
      return M.escape(text)
    case .subheading(let title):
      return "### " + M.escape(title)
    case .keyValues(let pairs):
      return pairs.map { "- **\(M.escape($0.key)):** \(M.escape($0.value))" }.joined(
        separator: "\n")
    case .table(let table):
      return render(table)
    case .bullets(let items):
      return items.map { "- " + M.escape($0) }.joined(separator: "\n")
    case .entries(let entries):
      return entries.map { entry in
        (["- **\(M.escape(entry.title))**"] + entry.lines.map { "  - " + M.escape($0) })
          .joined(separator: "\n")
      }.joined(separator: "\n")
    case .code(let text):
      return "```sh\n" + text + "\n```"
    case .chart, .map:
      return ""
    }
  }

  func render(_ table: ReportDocument.Table) -> String {
    let withNotes = table.rows.contains { $0.note != nil }
    var titles = table.columns.map(\.title)
    var rules = table.columns.map { $0.alignment == .right ? "---:" : ":---" }
    if withNotes {
      titles.append(table.noteTitle ?? "")
      rules.append(":---")
    }
    func line(_ cells: [String]) -> String {
      "| " + cells.map(MarkdownReport.escapeCell).joined(separator: " | ") + " |"
    }
    var lines = [line(titles), "|" + rules.joined(separator: "|") + "|"]
    for row in table.rows {
      var cells = (0..<table.columns.count).map { $0 < row.cells.count ? row.cells[$0] : "" }
      if withNotes { cells.append(row.note ?? "") }
      lines.append(line(cells))
    }
    return lines.joined(separator: "\n")
  }

  /// Escapes the characters that would start emphasis, code or HTML in running text.
  static func escape(_ text: String) -> String {
    // Most texts have none of these characters: a byte scan answers that without walking
    // the text's Characters (which took most of a Markdown report's instructions).
    let needed =
      text.utf8.withContiguousStorageIfAvailable { $0.contains(where: isEscaped) }
      ?? text.utf8.contains(where: isEscaped)
    return needed ? escapeCharacters(text) : text
  }

  /// `escape(_:)` walking Characters: right for any text.
  static func escapeCharacters(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\\", "*", "`", "<", "[", "]": result += "\\" + String(character)
      default: result.append(character)
      }
    }
    return result
  }

  /// Whether `byte` may start a character `escape(_:)` escapes: `\\`, `*`, a backtick, `<`,
  /// `[` or `]`, or the lead byte 0xE1 of U+1FEF (Greek varia), which Swift's Character
  /// comparison takes as equal to the backtick (canonical equivalence).
  private static func isEscaped(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "\\"), UInt8(ascii: "*"), UInt8(ascii: "`"), UInt8(ascii: "<"),
      UInt8(ascii: "["), UInt8(ascii: "]"), 0xE1:
      return true
    default: return false
    }
  }

  /// Escapes running text and the column separator for a table cell.
  static func escapeCell(_ text: String) -> String {
    escape(text).replacingPipes()
  }
}

extension String {
  fileprivate func replacingPipes() -> String {
    if !utf8.contains(UInt8(ascii: "|")) { return self }
    var result = ""
    for character in self {
      if character == "|" { result += "\\|" } else { result.append(character) }
    }
    return result
  }
}
