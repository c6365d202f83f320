import HousingEffect

/// The effect report as one self-contained HTML5 file: inline style, inline SVG charts, no
/// scripts, no external resources.
///
/// The page has the title, a table of contents and the numbered sections; each section starts
/// on a new page when printed. The markup is also well-formed XML (every element closed, empty
/// elements written as `<meta … />`, only the five XML entities), so XML tools can read it.
/// The same document always gives the same bytes: there is no date and no random id.
public struct HTMLReport: ReportRenderer {
  public let language: Language

  public init(language: Language) {
    self.language = language
  }

  /// A title, blocks under it, a table of contents, then numbered sections: the page every
  /// HTML report shares.
  public func layout(
    title: String, preamble: [ReportDocument.Block],
    sections: [(title: String, blocks: [ReportDocument.Block])]
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

    /// The markup of `block`; `id` names the current subheading's anchor.
    mutating func render(_ block: ReportDocument.Block, id: String) -> [String] {
      let e = Markup.escape
      switch block {
      case .paragraph(let text):
        return ["<p>" + e(text) + "</p>"]
      case .subheading(let title):
        let number = id.split(separator: "-").dropFirst().joined(separator: ".")
        return ["<h3 id=\"\(id)\">" + e(number) + " " + e(title) + "</h3>"]
      case .keyValues(let pairs):
        return ["<dl class=\"facts\">"]
          + pairs.map { "<dt>" + e($0.key) + "</dt><dd>" + e($0.value) + "</dd>" } + ["</dl>"]
      case .table(let table):
        return render(table)
      case .bullets(let items):
        return ["<ul>"] + items.map { "<li>" + e($0) + "</li>" } + ["</ul>"]
      case .entries(let entries):
        var lines = ["<ul class=\"entries\">"]
        for entry in entries {
          lines.append("<li><strong>" + e(entry.title) + "</strong>")
          if !entry.lines.isEmpty {
            lines.append("<ul>")
            lines += entry.lines.map { "<li>" + e($0) + "</li>" }
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
          case .bars: BarChart(chart, format: format, id: "chart-\(charts)").svg
          case .fan, .stackedArea: AreaChart(chart, format: format, id: "chart-\(charts)").svg
          }
        return [
          "<figure class=\"chart\">", "<figcaption>" + e(chart.title) + "</figcaption>", svg,
          "</figure>",
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
        lines.append("<tr>" + cells.joined() + "</tr>")
      }
      lines += ["</tbody>", "</table>", "</div>"]
      return lines
    }
  }

  /// Screen and print style: serif text, sans-serif headings and tables, numbers right-aligned
  /// in tabular figures, zebra rows on screen; in print every section starts a page and
  /// backgrounds are dropped.
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
    @page { size: A4; margin: 16mm 14mm 18mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; color: #000; }
      h1, h2 { color: #000; }
      h1 { font-size: 20pt; }
      h2 { font-size: 15pt; border-bottom: 1px solid #000; }
      h3 { font-size: 12pt; }
      main > section { break-before: page; }
      h2, h3, figcaption { break-after: avoid; }
      a { color: inherit; text-decoration: none; }
      nav.toc { padding: 0; background: none; border: 0; }
      .table-wrap { overflow: visible; }
      table { font-size: 8pt; }
      th, td { padding: 0.15rem 0.35rem; border-bottom-color: #999; }
      tbody tr:nth-child(even) { background: none; }
      thead { display: table-header-group; }
      tr, figure, dl.facts, pre { break-inside: avoid; }
      pre { background: none; border: 1px solid #999; }
      figure.chart svg { max-width: 16cm; }
    }
    """
}
