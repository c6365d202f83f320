import HousingEffect

/// The effect report as plain text for an 80–100 column terminal.
///
/// Paragraphs wrap at ``width`` columns; tables align their columns and, when wider than
/// ``maximumTableWidth``, are split into parts that repeat the first column.
public struct TextReport: ReportRenderer {
  /// The language of the headings and fixed texts the renderer adds.
  public let language: Language
  /// Column at which paragraphs and lists wrap.
  public var width = 88
  /// Tables wider than this are split.
  public var maximumTableWidth = 100

  /// A plain-text renderer for reports in `language`, wrapping at 88 columns.
  public init(language: Language) {
    self.language = language
  }

  /// A title, blocks under it, then numbered sections: the layout every text report shares.
  public func layout(
    title: String, preamble: [ReportDocument.Block],
    sections: [(title: String, blocks: [ReportDocument.Block])]
  ) -> String {
    var lines = [title, String(repeating: "=", count: title.count)]
    for block in preamble where !block.isChart {
      lines.append("")
      lines += render(block)
    }
    for (number, section) in sections.enumerated() {
      let heading = "\(number + 1). \(section.title)"
      lines += ["", "", heading, String(repeating: "-", count: heading.count)]
      var subsection = 0
      for block in section.blocks where !block.isChart {
        lines.append("")
        if case .subheading(let title) = block {
          subsection += 1
          lines.append("\(number + 1).\(subsection) \(title)")
        } else {
          lines += render(block)
        }
      }
    }
    return lines.map(TextReport.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  func render(_ block: ReportDocument.Block) -> [String] {
    switch block {
    case .paragraph(let text):
      return wrap(text, width: width)
    case .subheading(let title):
      return [title]
    case .keyValues(let pairs):
      let keyWidth = (pairs.map { $0.key.count }.max() ?? 0) + 2
      return pairs.flatMap { pair in
        let lead = pair.key + ":" + String(repeating: " ", count: keyWidth - pair.key.count - 1)
        return hanging(lead, pair.value, indent: keyWidth)
      }
    case .table(let table):
      return render(table)
    case .bullets(let items):
      return items.flatMap { hanging("- ", $0, indent: 2) }
    case .entries(let entries):
      return entries.flatMap { entry in
        hanging("- ", entry.title, indent: 2)
          + entry.lines.flatMap { wrap($0, width: width - 4).map { "    " + $0 } }
      }
    case .code(let text):
      return text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }
    case .chart, .map:
      return []
    }
  }

  // MARK: Tables

  func render(_ table: ReportDocument.Table) -> [String] {
    let columnCount = table.columns.count
    guard columnCount > 0 else { return [] }
    var widths = table.columns.map { $0.title.count }
    for row in table.rows {
      for (index, cell) in row.cells.prefix(columnCount).enumerated() {
        widths[index] = max(widths[index], cell.count)
      }
    }
    // Split into parts that fit, each repeating the leading columns.
    let repeated = min(max(table.repeatedColumns, 1), columnCount)
    let leading = Array(0..<repeated)
    let leadingWidth = leading.map { widths[$0] }.reduce(0, +) + 2 * (repeated - 1)
    var parts: [[Int]] = []
    var current: [Int] = []
    var used = leadingWidth
    for index in repeated..<max(columnCount, repeated) {
      if !current.isEmpty, used + 2 + widths[index] > maximumTableWidth {
        parts.append(current)
        current = []
        used = leadingWidth
      }
      current.append(index)
      used += 2 + widths[index]
    }
    if !current.isEmpty || parts.isEmpty { parts.append(current) }

    var lines: [String] = []
    for (partIndex, part) in parts.enumerated() {
      if partIndex > 0 { lines.append("") }
      let indices = leading + part
      func line(_ cells: [String]) -> String {
        zip(indices, cells).map { index, cell in
          pad(cell, widths[index], table.columns[index].alignment)
        }.joined(separator: "  ")
      }
      lines.append(line(indices.map { table.columns[$0].title }))
      lines.append(
        indices.map { String(repeating: "-", count: widths[$0]) }.joined(separator: "  "))
      for row in table.rows {
        lines.append(line(indices.map { $0 < row.cells.count ? row.cells[$0] : "" }))
        if partIndex == parts.count - 1, let note = row.note, !note.isEmpty {
          lines += wrap(note, width: width - 4).map { "    " + $0 }
        }
      }
    }
    return lines
  }

  func pad(_ text: String, _ width: Int, _ alignment: ReportDocument.Alignment) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return alignment == .left ? text + padding : padding + text
  }

  // MARK: Wrapping

  /// `text` broken into lines of at most `width` characters at spaces; longer words stand alone.
  func wrap(_ text: String, width: Int) -> [String] {
    // Splitting at spaces and counting by Characters needs grapheme breaking, which took
    // most of a text report's instructions; when every scalar is a Character by itself the
    // same split and counts come from the UTF-8 bytes.
    text.scalarsAreCharacters
      ? wrapScalars(text, width: width) : wrapCharacters(text, width: width)
  }

  /// `wrap(_:width:)` walking Characters: right for any text.
  func wrapCharacters(_ text: String, width: Int) -> [String] {
    fill(
      text.split(separator: " ", omittingEmptySubsequences: true).lazy.map {
        (word: $0, width: $0.count)
      }, width: width)
  }

  /// `wrap(_:width:)` for a text whose scalars are Characters (`scalarsAreCharacters`):
  /// words split at the space byte, widths counted as scalars (UTF-8 lead bytes).
  func wrapScalars(_ text: String, width: Int) -> [String] {
    fill(
      text.utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true).lazy.map {
        bytes in
        var wordWidth = 0
        for byte in bytes where byte & 0xC0 != 0x80 { wordWidth += 1 }
        return (word: Substring(bytes), width: wordWidth)
      }, width: width)
  }

  /// The one wrapping rule of both walks: words filled greedily into lines of at most `width`.
  /// The line's width is kept as it grows: `String.count` walks every Character, and asking it
  /// for the whole line at every word made wrapping quadratic in the line length.
  private func fill(
    _ words: some Sequence<(word: Substring, width: Int)>, width: Int
  ) -> [String] {
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    for (word, wordWidth) in words {
      if line.isEmpty {
        line = String(word)
        lineWidth = wordWidth
      } else if lineWidth + 1 + wordWidth <= width {
        line += " "
        line += word
        lineWidth += 1 + wordWidth
      } else {
        lines.append(line)
        line = String(word)
        lineWidth = wordWidth
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return lines
  }

  /// `lead` followed by `text`, continuation lines indented by `indent` spaces.
  func hanging(_ lead: String, _ text: String, indent: Int) -> [String] {
    let wrapped = wrap(text, width: max(20, width - indent))
    let padding = String(repeating: " ", count: indent)
    return wrapped.enumerated().map { index, line in (index == 0 ? lead : padding) + line }
  }

  static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = line
    while line.last == " " { line.removeLast() }
    return line
  }
}
