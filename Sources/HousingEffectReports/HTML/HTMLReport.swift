import HousingEffect

/// The effect report as one self-contained HTML5 file: inline style, inline SVG charts, no
/// scripts, no external resources.
///
/// The page has the title, a table of contents and the numbered sections; each section starts
/// on a new page when printed. The markup is also well-formed XML (every element closed, empty
/// elements written as `<meta … />`, only the five XML entities), so XML tools can read it.
/// The same document always gives the same bytes: there is no date and no random id.
public struct HTMLReport: ReportRenderer {
  /// The language of the page (`lang` attribute) and of the fixed texts the renderer adds.
  public let language: Language

  /// An HTML renderer for reports in `language`.
  public init(language: Language) {
    self.language = language
  }

  /// The effect report of `document`, with its running header on every printed page.
  public func page(_ document: ReportDocument) -> String {
    layout(
      title: document.title, preamble: [],
      sections: document.sections.map { ($0.title, $0.blocks) },
      runningHeader: document.runningHeader)
  }

  /// The effect report for `assessment` as a page (see ``page(_:)``).
  public func render(
    _ assessment: Assessment, command: String?, year: Int? = nil,
    ensemble: AssessmentEnsemble? = nil
  ) -> String {
    page(
      ReportDocument(
        assessment, language: language, command: command, year: year, ensemble: ensemble))
  }

  /// A title, blocks under it, a table of contents, then numbered sections: the page every
  /// HTML report shares.
  public func layout(
    title: String, preamble: [ReportDocument.Block],
    sections: [(title: String, blocks: [ReportDocument.Block])]
  ) -> String {
    layout(title: title, preamble: preamble, sections: sections, runningHeader: nil)
  }

  /// The printed page's margin boxes: `header` at the top left of every page, "Pagina 3 van
  /// 9" at the bottom right.
  func pageStyle(header: String?) -> String {
    let page = language == .nl ? "Pagina " : "Page "
    let of = language == .nl ? " van " : " of "
    var rules = [
      "@page { @bottom-right { content: \"\(page)\" counter(page) \"\(of)\" counter(pages);",
      "  font: 8pt system-ui, sans-serif; color: #444; }",
    ]
    if let header {
      rules.append(
        "  @top-left { content: \"\(HTMLReport.cssString(header))\"; font: 8pt system-ui, sans-serif; color: #444; }"
      )
    }
    rules.append("}")
    return rules.joined(separator: "\n")
  }

  /// `text` for a CSS string in double quotes: backslashes, quotes and line breaks escaped,
  /// and `<` so that the text cannot close the style element.
  public static func cssString(_ text: String) -> String {
    var out = ""
    for character in text {
      switch character {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n", "\r": out += " "
      case "<": out += "\\3C "
      default: out.append(character)
      }
    }
    return out
  }

  /// The page with an optional running header for print.
  public func layout(
    title: String, preamble: [ReportDocument.Block],
    sections: [(title: String, blocks: [ReportDocument.Block])], runningHeader: String?
  ) -> String {
    let e = Markup.escape
    var renderer = BlockRenderer(format: NumberFormat(language: language))
    var lines = [
      "<!DOCTYPE html>",
      "<html lang=\"\(language.rawValue)\">",
      "<head>",
      "<meta charset=\"utf-8\" />",
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />",
      "<title>" + e(title) + "</title>",
      "<style>",
      HTMLReport.styleSheet,
      pageStyle(header: runningHeader),
      "</style>",
      "</head>",
      "<body>",
      "<header>",
      "<h1>" + e(title) + "</h1>",
    ]
    for block in preamble { lines += renderer.render(block, id: "") }
    lines.append("</header>")
    lines += tableOfContents(sections)
    lines.append("<main>")
    for (index, section) in sections.enumerated() {
      let number = index + 1
      lines.append("<section id=\"section-\(number)\">")
      lines.append("<h2>\(number). " + e(section.title) + "</h2>")
      var subsection = 0
      for block in section.blocks {
        if case .subheading = block { subsection += 1 }
        lines += renderer.render(block, id: "section-\(number)-\(subsection)")
      }
      lines.append("</section>")
    }
    lines += ["</main>", "</body>", "</html>"]
    return lines.joined(separator: "\n") + "\n"
  }

  /// The sections with their numbered subheadings as a nested list of links.
  func tableOfContents(_ sections: [(title: String, blocks: [ReportDocument.Block])]) -> [String] {
    let e = Markup.escape
    let heading = language == .nl ? "Inhoud" : "Contents"
    var lines = [
      "<nav class=\"toc\" aria-labelledby=\"toc-title\">",
      "<h2 id=\"toc-title\">" + heading + "</h2>",
      "<ol>",
    ]
    for (index, section) in sections.enumerated() {
      let number = index + 1
      let subheadings = section.blocks.compactMap { block -> String? in
        if case .subheading(let title) = block { return title }
        return nil
      }
      let link = "<a href=\"#section-\(number)\">\(number). " + e(section.title) + "</a>"
      guard !subheadings.isEmpty else {
        lines.append("<li>" + link + "</li>")
        continue
      }
      lines.append("<li>" + link)
      lines.append("<ol>")
      for (offset, title) in subheadings.enumerated() {
        let id = "section-\(number)-\(offset + 1)"
        lines.append(
          "<li><a href=\"#\(id)\">\(number).\(offset + 1) " + e(title) + "</a></li>")
      }
      lines.append("</ol>")
      lines.append("</li>")
    }
    lines += ["</ol>", "</nav>"]
    return lines
  }

  /// Renders blocks and numbers the charts of a page.
  struct BlockRenderer {
    let format: NumberFormat
    /// Charts rendered so far; gives each chart a unique id.
    var charts = 0
    /// Whether the blocks come under a key-figure subheading: its table and traffic lights
    /// are drawn as a box.
    var inKeyFigures = false

    /// The markup of `block`; `id` names the current subheading's anchor.
    mutating func render(_ block: ReportDocument.Block, id: String) -> [String] {
      let e = Markup.escape
      switch block {
      case .paragraph(let text):
        return ["<p>" + HTMLReport.linked(text) + "</p>"]
      case .subheading(let title):
        inKeyFigures = HTMLReport.keyFigureTitles.contains(title)
        let number = id.split(separator: "-").dropFirst().joined(separator: ".")
        return ["<h3 id=\"\(id)\">" + e(number) + " " + e(title) + "</h3>"]
      case .keyValues(let pairs):
        let kind = inKeyFigures ? "facts key-figures lights" : "facts"
        return ["<dl class=\"\(kind)\">"]
          + pairs.map { pair in
            // A traffic light: "▼ negatief" gets the rating's colour beside its symbol and word.
            let word = pair.key.split(separator: " ", maxSplits: 1).last.map(String.init) ?? ""
            let css = HTMLReport.ratingClass(word).map { " class=\"\($0.css)\"" } ?? ""
            return "<dt\(css)>" + e(pair.key) + "</dt><dd>" + e(pair.value) + "</dd>"
          } + ["</dl>"]
      case .table(let table):
        let lines = render(table)
        guard inKeyFigures, !lines.isEmpty else { return lines }
        return ["<div class=\"table-wrap key-figures\">"] + lines.dropFirst()
      case .bullets(let items):
        return ["<ul>"] + items.map { "<li>" + HTMLReport.linked($0) + "</li>" } + ["</ul>"]
      case .entries(let entries):
        var lines = ["<ul class=\"entries\">"]
        for entry in entries {
          lines.append("<li><strong>" + e(entry.title) + "</strong>")
          if !entry.lines.isEmpty {
            lines.append("<ul>")
            lines += entry.lines.map { "<li>" + HTMLReport.linked($0) + "</li>" }
            lines.append("</ul>")
          }
          lines.append("</li>")
        }
        lines.append("</ul>")
        return lines
      case .code(let text):
        return ["<pre><code>" + e(text) + "</code></pre>"]
      case .chart(let chart):
        charts += 1
        let svg =
          switch chart.style {
          case .tornado: TornadoChart(chart, format: format, id: "chart-\(charts)").svg
          case .bars where HorizontalBarChart.fits(chart):
            HorizontalBarChart(chart, format: format, id: "chart-\(charts)").svg
          case .bars: BarChart(chart, format: format, id: "chart-\(charts)").svg
          case .fan, .stackedArea: AreaChart(chart, format: format, id: "chart-\(charts)").svg
          }
        let kind = chart.style == .bars && HorizontalBarChart.fits(chart) ? "chart tall" : "chart"
        var figure = [
          "<figure class=\"\(kind)\">", "<figcaption>" + e(chart.title) + "</figcaption>", svg,
        ]
        if let note = chart.note { figure.append("<p class=\"chart-note\">" + e(note) + "</p>") }
        return figure + ["</figure>"]
      case .map(let map):
        charts += 1
        return [
          "<figure class=\"chart map\">", "<figcaption>" + e(map.title) + "</figcaption>",
          ChoroplethMap(map, format: format, id: "chart-\(charts)").svg, "</figure>",
        ]
      }
    }

    /// A table with a header row; the first column heads its row, right-aligned columns hold
    /// numbers, and row notes go in a last column.
    func render(_ table: ReportDocument.Table) -> [String] {
      let e = Markup.escape
      guard !table.columns.isEmpty else { return [] }
      let withNotes = table.rows.contains { $0.note != nil }
      func attributes(_ column: ReportDocument.Column) -> String {
        column.alignment == .right ? " class=\"num\"" : ""
      }
      var header = table.columns.map {
        "<th scope=\"col\"" + attributes($0) + ">" + e($0.title) + "</th>"
      }
      if withNotes { header.append("<th scope=\"col\">" + e(table.noteTitle ?? "") + "</th>") }
      var lines = [
        "<div class=\"table-wrap\">", "<table>", "<thead>", "<tr>" + header.joined() + "</tr>",
        "</thead>", "<tbody>",
      ]
      for row in table.rows {
        var cells: [String] = []
        for (index, column) in table.columns.enumerated() {
          let text = index < row.cells.count ? e(row.cells[index]) : ""
          if index == 0, column.alignment == .left {
            cells.append("<th scope=\"row\">" + text + "</th>")
          } else {
            cells.append("<td" + attributes(column) + ">" + text + "</td>")
          }
        }
        if withNotes { cells.append("<td class=\"note\">" + e(row.note ?? "") + "</td>") }
        // A rating cell gets its colour and a symbol, and keeps its word: readable in
        // greyscale and for colour-blind readers.
        for (index, column) in table.columns.enumerated()
        where HTMLReport.ratingColumns.contains(column.title) && index < row.cells.count {
          if let rating = HTMLReport.ratingClass(row.cells[index]) {
            cells[index] =
              "<td class=\"rating \(rating.css)\"><span aria-hidden=\"true\">\(rating.symbol)</span> "
              + e(row.cells[index]) + "</td>"
          }
        }
        lines.append("<tr>" + cells.joined() + "</tr>")
      }
      lines += ["</tbody>", "</table>", "</div>"]
      return lines
    }
  }

  /// The subheadings of key-figure boxes (issue 21, item 1).
  static let keyFigureTitles: Set<String> = ["Kerncijfers", "Key figures"]

  /// The titles of the columns that hold scorecard ratings.
  static let ratingColumns: Set<String> = ["Oordeel", "Rating"]

  /// The style class and symbol of a rating word, Dutch or English.
  static func ratingClass(_ word: String) -> (css: String, symbol: String)? {
    switch word {
    case "positief", "positive": ("r-positive", "▲")
    case "neutraal", "neutral": ("r-neutral", "●")
    case "aandacht", "attention": ("r-attention", "◆")
    case "negatief", "negative": ("r-negative", "▼")
    case "info": ("r-info", "i")
    case "onbekend", "unknown": ("r-unknown", "?")
    default: nil
    }
  }

  /// `text` escaped, with every http(s) URL in it a link.
  public static func linked(_ text: String) -> String {
    // A text without "://" has no link: escaped whole, without the Character searches.
    if !text.containsUTF8("://") { return Markup.escape(text) }
    var out = ""
    var rest = Substring(text)
    while let start = rest.firstRange(ofText: "https://") ?? rest.firstRange(ofText: "http://") {
      out += Markup.escape(String(rest[..<start.lowerBound]))
      var end =
        rest[start.lowerBound...].firstIndex { $0 == " " || $0 == "\n" }
        ?? rest.endIndex
      // A sentence's full stop or closing bracket after the URL is not part of it.
      while end > start.upperBound, ".,;)".contains(rest[rest.index(before: end)]) {
        end = rest.index(before: end)
      }
      let url = Markup.escape(String(rest[start.lowerBound..<end]))
      out += "<a href=\"\(url)\">\(url)</a>"
      rest = rest[end...]
    }
    return out + Markup.escape(String(rest))
  }

  /// Screen and print style: serif text, sans-serif headings and tables, numbers right-aligned
  /// in tabular figures, zebra rows on screen. Print (A4, a council pack of at most about ten
  /// pages): no table of contents, no page break per section, tables of up to 20 rows kept
  /// whole so that no page is left with one or two rows of a table, the parameter list in two
  /// columns of small type, backgrounds dropped. No comments in the CSS: the page's text is
  /// all in the report's language.
  static let styleSheet = """
    :root { color-scheme: light; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 64rem; padding: 2rem 1.5rem 4rem; color: #1b1b1b;
      background: #fff; font: 1.0625rem/1.55 Georgia, Cambria, "Times New Roman", serif; }
    h1, h2, h3, nav, table, dl, figcaption {
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 1rem; color: #12355b; }
    h2 { font-size: 1.4rem; line-height: 1.25; margin: 2.75rem 0 0.75rem; padding-bottom: 0.3rem;
      border-bottom: 2px solid #12355b; color: #12355b; }
    h3 { font-size: 1.1rem; margin: 1.75rem 0 0.5rem; }
    p, li { max-width: 48rem; overflow-wrap: break-word; }
    p { margin: 0.6rem 0; }
    a { color: #12558f; }
    nav.toc { margin: 1.5rem 0 2rem; padding: 0.75rem 1.25rem; background: #f2f5f8;
      border: 1px solid #d6dee6; border-radius: 4px; }
    nav.toc h2 { margin: 0 0 0.4rem; padding: 0; border: 0; font-size: 1.1rem; }
    nav.toc ol { margin: 0; padding: 0; list-style: none; }
    nav.toc ol ol { padding-left: 1.75rem; font-size: 0.92em; }
    nav.toc li { margin: 0.1rem 0; }
    nav.toc a { text-decoration: none; }
    nav.toc a:hover { text-decoration: underline; }
    @media (min-width: 48rem) {
      nav.toc > ol { columns: 2; column-gap: 2.5rem; }
      nav.toc > ol > li { break-inside: avoid; }
    }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1.25rem;
      margin: 0.75rem 0 1rem; font-size: 0.9em; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    .table-wrap { overflow-x: auto; margin: 0.75rem 0 1.25rem; }
    table { border-collapse: collapse; font-size: 0.85em; font-variant-numeric: tabular-nums; }
    th, td { padding: 0.3rem 0.6rem; text-align: left; vertical-align: top;
      border-bottom: 1px solid #e2e6ea; }
    thead th { vertical-align: bottom; border-bottom: 2px solid #4a4a4a; font-weight: 600; }
    tbody th { font-weight: normal; min-width: 12rem; }
    .num { text-align: right; white-space: nowrap; }
    td.note { color: #444; font-size: 0.95em; }
    tbody tr:nth-child(even) { background: #f4f6f8; }
    ul.entries > li { margin-bottom: 0.5rem; }
    pre { margin: 0.75rem 0; padding: 0.75rem 1rem; overflow-x: auto; white-space: pre-wrap;
      background: #f4f6f8; border-radius: 4px; font-size: 0.85em; }
    code { font-family: ui-monospace, Menlo, Consolas, "Liberation Mono", monospace; }
    figure.chart { margin: 1rem 0 2rem; }
    figure.chart figcaption { margin-bottom: 0.4rem; font-weight: 600; font-size: 0.9em; }
    figure.chart svg { display: block; width: 100%; max-width: 45rem; height: auto; }
    td.rating { white-space: nowrap; font-weight: 600; }
    td.rating span { display: inline-block; width: 1.1em; text-align: center; }
    .r-positive { color: #0b5394; }
    .r-neutral { color: #555; }
    .r-attention { color: #9a5b00; }
    .r-negative { color: #b3261e; }
    .r-info, .r-unknown { color: #555; font-weight: normal; }
    tr:has(td.r-negative) th { border-left: 4px solid #b3261e; }
    tr:has(td.r-attention) th { border-left: 4px dashed #9a5b00; }
    .key-figures { border: 2px solid #12355b; border-radius: 4px; padding: 0.4rem 0.6rem;
      background: #f2f5f8; }
    .table-wrap.key-figures table { width: 100%; }
    dl.lights { margin-top: -0.8rem; border-top: 0; border-radius: 0 0 4px 4px; }
    dl.lights dt { white-space: nowrap; }
    p.chart-note { font-size: 0.85em; color: #333; margin: 0.3rem 0 0; max-width: 45rem; }
    @page { size: A4; margin: 14mm 12mm 14mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 9pt; line-height: 1.35; color: #000; }
      h1, h2 { color: #000; }
      h1 { font-size: 16pt; margin-bottom: 0.5rem; }
      h2 { font-size: 12.5pt; margin: 1.1rem 0 0.4rem; border-bottom: 1px solid #000; }
      h3 { font-size: 10pt; margin: 0.8rem 0 0.3rem; }
      p, li { max-width: none; }
      p { margin: 0.35rem 0; }
      ul { margin: 0.3rem 0; padding-left: 1.2rem; }
      h2, h3, figcaption { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      nav.toc { display: none; }
      .table-wrap { overflow: visible; margin: 0.4rem 0 0.6rem; }
      table { font-size: 7.5pt; }
      th, td { padding: 0.08rem 0.3rem; border-bottom-color: #999; }
      tbody th { min-width: 9rem; }
      tbody tr:nth-child(even) { background: none; }
      thead { display: table-header-group; }
      table { orphans: 3; widows: 3; }
      .table-wrap:has(tbody tr:nth-child(-n+20):last-child) { break-inside: avoid; }
      tr, figure, dl.facts, pre { break-inside: avoid; }
      dl.facts { font-size: 8pt; margin: 0.4rem 0; }
      pre { background: none; border: 1px solid #999; font-size: 7.5pt; }
      figure.chart { margin: 0.4rem 0 0.8rem; }
      figure.chart svg { max-width: 13cm; max-height: 5.2cm; }
      figure.chart.map svg { max-width: 15cm; max-height: 11cm; }
      ul.entries { columns: 2; column-gap: 1.2rem; font-size: 6.8pt; line-height: 1.2;
        padding-left: 0.9rem; }
      ul.entries > li { margin-bottom: 0.25rem; break-inside: avoid; }
      ul.entries ul { padding-left: 0.8rem; }
      td.rating { font-weight: 700; }
      td.note { font-size: 6.8pt; line-height: 1.2; }
      .key-figures { background: none; padding: 0.2rem 0.4rem; }
      dl.lights { margin-top: -0.6rem; }
      p.chart-note { font-size: 7pt; margin: 0.1rem 0 0; }
      table { max-width: 100%; }
      th, td { overflow-wrap: break-word; hyphens: auto; }
      thead th, thead th.num { white-space: normal; hyphens: auto; }
      figure.chart.tall svg { max-width: 17cm; max-height: 24cm; }
      tbody th { min-width: 6rem; }
      .table-wrap:has(thead th:nth-child(9)) table { font-size: 6.5pt; }
      .table-wrap:has(thead th:nth-child(13)) table { font-size: 6pt; }
      .table-wrap:has(thead th:nth-child(13)) th,
      .table-wrap:has(thead th:nth-child(13)) td { padding: 0.05rem 0.15rem; }
    }
    """
}
