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
    var out = TextLines(capacity: 32 * 1024)
    out.line(title)
    out.append(repeating: UInt8(ascii: "="), count: Self.width(of: title))
    out.endLine()
    for block in preamble where !block.isChart {
      out.endLine()
      render(block, into: &out)
    }
    for (number, section) in sections.enumerated() {
      let heading = "\(number + 1). \(section.title)"
      out.endLine()
      out.endLine()
      out.line(heading)
      out.append(repeating: UInt8(ascii: "-"), count: Self.width(of: heading))
      out.endLine()
      var subsection = 0
      for block in section.blocks where !block.isChart {
        out.endLine()
        if case .subheading(let title) = block {
          subsection += 1
          out.line("\(number + 1).\(subsection) \(title)")
        } else {
          render(block, into: &out)
        }
      }
    }
    return out.text
  }

  func render(_ block: ReportDocument.Block, into out: inout TextLines) {
    switch block {
    case .paragraph(let text):
      wrap(text, width: width, into: &out)
    case .subheading(let title):
      out.line(title)
    case .keyValues(let pairs):
      let keyWidths = pairs.map { Self.width(of: $0.key) }
      let keyWidth = (keyWidths.max() ?? 0) + 2
      for (pair, pairKeyWidth) in zip(pairs, keyWidths) {
        var lead = pair.key + ":"
        lead.append(String(repeating: " ", count: keyWidth - pairKeyWidth - 1))
        hanging(lead, pair.value, indent: keyWidth, into: &out)
      }
    case .table(let table):
      render(table, into: &out)
    case .bullets(let items):
      for item in items { hanging("- ", item, indent: 2, into: &out) }
    case .entries(let entries):
      for entry in entries {
        hanging("- ", entry.title, indent: 2, into: &out)
        for line in entry.lines { wrap(line, width: width - 4, indent: "    ", into: &out) }
      }
    case .code(let text):
      for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        out.append("    ")
        out.line(line)
      }
    case .chart, .map:
      return
    }
  }

  // MARK: Tables

  func render(_ table: ReportDocument.Table, into out: inout TextLines) {
    let columnCount = table.columns.count
    guard columnCount > 0 else { return }
    var widths = table.columns.map { Self.width(of: $0.title) }
    // Each cell's width, measured once: a part of a split table pads the cells again.
    let cellWidths = table.rows.map { row in row.cells.prefix(columnCount).map(Self.width(of:)) }
    for row in cellWidths {
      for (index, cellWidth) in row.enumerated() { widths[index] = max(widths[index], cellWidth) }
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

    for (partIndex, part) in parts.enumerated() {
      if partIndex > 0 { out.endLine() }
      let indices = leading + part
      func cell(_ position: Int, _ index: Int, _ text: String, _ textWidth: Int) {
        if position > 0 { out.append("  ") }
        let padding = widths[index] - textWidth
        if table.columns[index].alignment == .left {
          out.append(text)
          out.append(repeating: TextLines.space, count: padding)
        } else {
          out.append(repeating: TextLines.space, count: padding)
          out.append(text)
        }
      }
      for (position, index) in indices.enumerated() {
        cell(
          position, index, table.columns[index].title, Self.width(of: table.columns[index].title))
      }
      out.endLine()
      for (position, index) in indices.enumerated() {
        if position > 0 { out.append("  ") }
        out.append(repeating: UInt8(ascii: "-"), count: widths[index])
      }
      out.endLine()
      for (row, rowWidths) in zip(table.rows, cellWidths) {
        for (position, index) in indices.enumerated() {
          if index < rowWidths.count {
            cell(position, index, row.cells[index], rowWidths[index])
          } else {
            cell(position, index, "", 0)
          }
        }
        out.endLine()
        if partIndex == parts.count - 1, let note = row.note, !note.isEmpty {
          wrap(note, width: width - 4, indent: "    ", into: &out)
        }
      }
    }
  }

  /// The Characters `text` counts (`count`), without grapheme breaking when every scalar is a
  /// Character by itself (``StringProtocol/scalarsAreCharacters``).
  static func width(of text: some StringProtocol) -> Int {
    var ascii = true
    for byte in text.utf8 where byte >= 0x80 || byte == 0x0D {
      ascii = false
      break
    }
    if ascii { return text.utf8.count }
    return text.scalarsAreCharacters ? text.unicodeScalars.count : text.count
  }

  // MARK: Wrapping

  /// `text` broken into lines of at most `width` characters at spaces; longer words stand alone.
  func wrap(_ text: String, width: Int) -> [String] {
    var out = TextLines()
    wrap(text, width: width, into: &out)
    return out.lines
  }

  /// `wrap(_:width:)` written into `out`, the first line after `lead` and the others after
  /// `indent`.
  func wrap(
    _ text: String, width: Int, lead: String? = nil, indent: String = "",
    into out: inout TextLines
  ) {
    // Splitting at spaces and counting by Characters needs grapheme breaking, which took
    // most of a text report's instructions; when every scalar is a Character by itself the
    // same split and counts come from the UTF-8 bytes.
    if text.scalarsAreCharacters {
      wrapScalars(text, width: width, lead: lead ?? indent, indent: indent, into: &out)
    } else {
      wrapCharacters(text, width: width, lead: lead ?? indent, indent: indent, into: &out)
    }
  }

  /// `wrap(_:width:)` walking Characters: right for any text.
  func wrapCharacters(_ text: String, width: Int) -> [String] {
    var out = TextLines()
    wrapCharacters(text, width: width, lead: "", indent: "", into: &out)
    return out.lines
  }

  private func wrapCharacters(
    _ text: String, width: Int, lead: String, indent: String, into out: inout TextLines
  ) {
    fill(
      text.split(separator: " ", omittingEmptySubsequences: true).lazy.map {
        (word: $0.utf8, width: $0.count)
      }, width: width, lead: lead, indent: indent, into: &out)
  }

  /// `wrap(_:width:)` for a text whose scalars are Characters (`scalarsAreCharacters`):
  /// words split at the space byte, widths counted as scalars (UTF-8 lead bytes).
  func wrapScalars(_ text: String, width: Int) -> [String] {
    var out = TextLines()
    wrapScalars(text, width: width, lead: "", indent: "", into: &out)
    return out.lines
  }

  private func wrapScalars(
    _ text: String, width: Int, lead: String, indent: String, into out: inout TextLines
  ) {
    var text = text
    text.makeContiguousUTF8()
    text.utf8.withContiguousStorageIfAvailable { bytes in
      // The words of `split(separator:omittingEmptySubsequences: true)` at the space byte,
      // found as they are filled: the array of slices `split` builds cost about a third of
      // the wrapping.
      let words = sequence(state: 0) {
        (start: inout Int) -> (word: Slice<UnsafeBufferPointer<UInt8>>, width: Int)? in
        while start < bytes.count, bytes[start] == TextLines.space { start += 1 }
        guard start < bytes.count else { return nil }
        var end = start
        var wordWidth = 0
        while end < bytes.count, bytes[end] != TextLines.space {
          if bytes[end] & 0xC0 != 0x80 { wordWidth += 1 }
          end += 1
        }
        defer { start = end }
        return (word: bytes[start..<end], width: wordWidth)
      }
      fill(words, width: width, lead: lead, indent: indent, into: &out)
    }
  }

  /// The one wrapping rule of both walks: words filled greedily into lines of at most `width`,
  /// the first line after `lead`, the others after `indent`; no words give one line.
  private func fill<Words: Sequence, Word: Collection<UInt8>>(
    _ words: Words, width: Int, lead: String, indent: String, into out: inout TextLines
  ) where Words.Element == (word: Word, width: Int) {
    // The width of the line written so far; nil before its first word.
    var lineWidth: Int? = nil
    for (word, wordWidth) in words {
      if let current = lineWidth {
        if current + 1 + wordWidth <= width {
          out.append(repeating: TextLines.space, count: 1)
          out.append(bytes: word)
          lineWidth = current + 1 + wordWidth
          continue
        }
        out.endLine()
        out.append(indent)
      } else {
        out.append(lead)
      }
      out.append(bytes: word)
      lineWidth = wordWidth
    }
    if lineWidth == nil { out.append(lead) }
    out.endLine()
  }

  /// `lead` followed by `text`, continuation lines indented by `indent` spaces.
  private func hanging(_ lead: String, _ text: String, indent: Int, into out: inout TextLines) {
    wrap(
      text, width: max(20, width - indent), lead: lead,
      indent: String(repeating: " ", count: indent), into: &out)
  }
}
