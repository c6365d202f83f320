import Foundation
import HousingEffect
import Testing
import _TestSupport

@testable import HousingEffectReports

@Suite("Reports: HTML and SVG charts")
struct HTMLReportTests {
  static let command = "housing-effect assess Scenarios/venlo-ecommerce-dc.json --format html"

  static func venlo(_ language: Language = .nl) -> String {
    HTMLReport(language: language).render(Examples.venlo.assessment, command: command)
  }

  // MARK: Escaping

  struct EscapeCase: CustomTestStringConvertible, Sendable {
    var testDescription: String
    var text: String
    var escaped: String
  }

  static let escapeCases = [
    EscapeCase(
      testDescription: "plain text is unchanged", text: "Venlo 2030 – €", escaped: "Venlo 2030 – €"),
    EscapeCase(testDescription: "an ampersand becomes &amp;", text: "A & B", escaped: "A &amp; B"),
    EscapeCase(
      testDescription: "angle brackets become &lt; and &gt;", text: "<script>",
      escaped: "&lt;script&gt;"),
    EscapeCase(
      testDescription: "double and single quotes become &quot; and &#39;", text: #"say "hi" 'ok'"#,
      escaped: "say &quot;hi&quot; &#39;ok&#39;"),
    EscapeCase(
      testDescription: "an entity is escaped again, not passed through", text: "&amp;",
      escaped: "&amp;amp;"),
    EscapeCase(
      testDescription: "all five at once", text: #"<a href="x">&'</a>"#,
      escaped: "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;"),
    EscapeCase(
      testDescription: "control characters XML forbids become U+FFFD; tab and newline stay",
      text: "a\u{1}b\tc\nd", escaped: "a\u{FFFD}b\tc\nd"),
  ]

  @Test(arguments: escapeCases)
  func escaping(_ testCase: EscapeCase) {
    #expect(Markup.escape(testCase.text) == testCase.escaped)
  }

  @Test("text from the input file is escaped in the page")
  func hostileName() {
    var example = Examples.venlo
    example.establishment.name = #"<script>alert("x") & 'y'</script>"#
    let html = HTMLReport(language: .en).render(example.assessment, command: nil)
    #expect(!html.contains("<script"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"))
    #expect(Self.tagProblem(html) == nil)
  }

  // MARK: The page

  @Test("the page is well-formed: every element closed in order, only XML entities")
  func wellFormed() {
    let html = Self.venlo()
    #expect(
      html.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\" />"))
    #expect(html.hasSuffix("</body>\n</html>\n"))
    #expect(Self.tagProblem(html) == nil, "\(Self.tagProblem(html) ?? "")")
    #expect(Self.entityProblem(html) == nil, "\(Self.entityProblem(html) ?? "")")
  }

  @Test("ids are unique and every link of the table of contents has its target")
  func anchors() throws {
    let html = Self.venlo()
    let ids = try Self.captures(#"id="([^"]*)""#, in: html)
    #expect(Set(ids).count == ids.count)
    let links = try Self.captures(##"href="#([^"]*)""##, in: html)
    #expect(links.count > ReportDocument.SectionKind.allCases.count)
    for link in links { #expect(ids.contains(link), "no id for #\(link)") }
  }

  @Test(
    "every section title is a numbered heading and in the contents", arguments: Language.allCases)
  func everySection(_ language: Language) {
    let html = Self.venlo(language)
    let document = ReportDocument(Examples.venlo.assessment, language: language, command: nil)
    #expect(html.contains("<html lang=\"\(language.rawValue)\">"))
    #expect(html.contains("<h1>" + Markup.escape(document.title) + "</h1>"))
    for (index, section) in document.sections.enumerated() {
      let heading = "\(index + 1). " + Markup.escape(section.title)
      #expect(html.contains("<h2>\(heading)</h2>"), "lacks \(heading)")
      #expect(html.contains("<a href=\"#section-\(index + 1)\">\(heading)</a>"))
    }
  }

  @Test("every block of the document appears: tables, lists, facts, code")
  func everyBlock() {
    let html = Self.venlo()
    for element in [
      "<p>", "<h3 id=", "<dl class=\"facts\">", "<table>", "<th scope=\"row\">",
      "<td class=\"num\">", "<ul>", "<ul class=\"entries\">", "<pre><code>",
      "<figure class=\"chart\">", "<nav class=\"toc\"",
    ] {
      #expect(html.contains(element), "lacks \(element)")
    }
    #expect(html.contains("<pre><code>" + Markup.escape(Self.command) + "</code></pre>"))
  }

  @Test("five charts with a viewBox, a title and a description, after their tables; one map")
  func charts() throws {
    let html = Self.venlo()
    // The map of where the newcomers live (issue 19, item 8) is a figure of its own kind.
    #expect(html.components(separatedBy: "<figure class=\"chart map\">").count - 1 == 1)
    let svgs = html.components(separatedBy: "<svg ").dropFirst().filter {
      !$0.contains("<g class=\"areas\"")
    }
    // Ramp-up, housing need, need against supply of temporary beds, facility places and
    // registrations (split by kind, issue 21 item 4).
    #expect(svgs.count == 5)
    for svg in svgs {
      #expect(svg.hasPrefix("viewBox=\"0 0 720 300\""))
      #expect(svg.contains("<title id=\"chart-"))
      #expect(svg.contains("<desc id=\"chart-"))
      #expect(svg.contains("<g class=\"legend\">"))
    }
    // Ramp-up after the workforce table, housing after the housing table; labels in Dutch.
    let rampUp = try #require(html.range(of: "Banen en bouwvakkers per jaar"))
    let housing = try #require(html.range(of: "Huisvestingsbehoefte op het piekmoment per jaar"))
    let workforce = try #require(html.range(of: "<section id=\"section-3\">"))
    let housingSection = try #require(html.range(of: "<section id=\"section-5\">"))
    #expect(workforce.lowerBound < rampUp.lowerBound)
    #expect(
      rampUp.lowerBound < html.range(of: "<section id=\"section-4\">")?.lowerBound
        ?? rampUp.lowerBound)
    #expect(housingSection.lowerBound < housing.lowerBound)
    #expect(html.contains(">Short-stay-bedden</text>"))
    #expect(html.contains(">Mid-stay-kamers</text>"))
    #expect(html.contains(">Long-stay-woningen</text>"))
    // The housing chart's bars carry the numbers of the table: 55 short-stay beds in 2030.
    let beds = try #require(
      Examples.venlo.assessment.housing.years.first { $0.year == 2030 }?.peak.shortStayBeds)
    #expect(html.contains("<title>2030 — Short-stay-bedden: \(Int(beds.rounded()))</title>"))
  }

  @Test("chart coordinates are plain numbers with at most two decimals")
  func chartNumbers() throws {
    let html = Self.venlo() + Self.venlo(.en)
    let values = try Self.captures(
      #" (?:x|y|x1|x2|y1|y2|width|height|font-size)="([^"]*)""#, in: html)
    #expect(values.count > 100)
    for value in values {
      #expect(value.wholeMatch(of: try Regex(#"-?[0-9]+(\.[0-9]{1,2})?"#)) != nil, "\(value)")
    }
  }

  @Test("the page is self-contained: no scripts, no links to resources, no nan or inf")
  func selfContained() {
    for language in Language.allCases {
      let html = Self.venlo(language)
      for forbidden in [
        "<script", "<link", "<img", "<iframe", "<object", "src=", "url(", "@import",
        "='http", "xmlns", " onload", " onclick",
      ] {
        #expect(!html.contains(forbidden), "\(language.rawValue): '\(forbidden)'")
      }
      // "http" appears only in cited sources, as text in a list item.
      // A URL is only ever a link the reader may follow, never a resource the page loads.
      #expect(
        html.components(separatedBy: "=\"http").count
          == html.components(separatedBy: "<a href=\"http").count)
      for line in html.split(separator: "\n") where line.contains("http") {
        #expect(line.hasPrefix("<li>"), "\(line)")
      }
      let lower = html.lowercased()
      for word in ["nan", "inf", "infinity"] {
        #expect(!Self.containsWord(lower, word), "\(language.rawValue): '\(word)'")
      }
    }
  }

  @Test("rendering twice gives the same bytes")
  func deterministic() {
    #expect(Self.venlo() == Self.venlo())
    #expect(Self.venlo(.en) == Self.venlo(.en))
  }

  @Test("text and Markdown leave the charts out")
  func chartsOnlyInHTML() {
    let assessment = Examples.venlo.assessment
    let text = TextReport(language: .nl).render(assessment, command: nil)
    let markdown = MarkdownReport(language: .nl).render(assessment, command: nil)
    for report in [text, markdown] {
      #expect(!report.contains("Banen en bouwvakkers per jaar"))
      #expect(!report.contains("<svg"))
    }
    #expect(!text.contains("\n\n\n\n"))
  }

  @Test("the Venlo example as Dutch HTML matches its golden file")
  func venloDutch() {
    let failure = Snapshot.verify(Self.venlo(), named: "venloDutch.html")
    #expect(failure == nil, "\(failure ?? "")")
  }

  // MARK: Comparison

  @Test(
    "the comparison as HTML has a housing chart per compared year", arguments: Language.allCases)
  func comparison(_ language: Language) throws {
    let comparison = try Self.venloStudy(year: 2035)
    let html = ComparisonReport(format: .html, language: language).render(
      comparison, command: "housing-effect compare Scenarios/venlo-dc-study.json --format html")
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">"))
    #expect(Self.tagProblem(html) == nil, "\(Self.tagProblem(html) ?? "")")
    #expect(Self.entityProblem(html) == nil)
    #expect(html.components(separatedBy: "<svg ").count - 1 == comparison.years.count)
    let strings = ReportStrings(language: language)
    for id: IndicatorID in [
      "housing.shortStayBeds", "housing.midStayRooms", "housing.longStayDwellings",
      "housing.shortfallBeds",
    ] {
      #expect(html.contains(">" + Markup.escape(strings.label(id)) + "</text>"))
    }
    // One group per run: the baseline and each alternative by its letter and name (in Dutch
    // the start of its title, not the English id).
    let baseline = language == .nl ? "Basis" : "Baseline"
    #expect(html.contains(">\(baseline)</text>"))
    // A label wider than its group wraps into lines (tspans, issue 21 item 4): read them back
    // as one text.
    let joined =
      html
      .replacingOccurrences(of: #"</tspan>\s*<tspan[^>]*>"#, with: " ", options: .regularExpression)
      .replacingOccurrences(of: #">\s*<tspan[^>]*>"#, with: ">", options: .regularExpression)
      .replacingOccurrences(
        of: #"</tspan>\s*</text>"#, with: "</text>", options: .regularExpression)
    let last = comparison.alternatives.count - 1
    let label =
      ">\(ComparisonReportBuilder.key(last)) "
      + Markup.escape(strings.alternativeLabel(comparison.alternatives[last].alternative))
      + "</text>"
    // Lines broken after a hyphen join without a space: compare without spaces.
    #expect(
      joined.replacingOccurrences(of: " ", with: "").contains(
        label.replacingOccurrences(of: " ", with: "")))
  }

  // MARK: Chart scale and SVG numbers

  struct ScaleCase: CustomTestStringConvertible, Sendable {
    var testDescription: String
    var values: [Double]
    var ticks: [Double]
  }

  static let scaleCases = [
    ScaleCase(
      testDescription: "545.5 jobs: steps of 200 up to 600", values: [0, 272.7, 545.5],
      ticks: [0, 200, 400, 600]),
    ScaleCase(
      testDescription: "99 rooms: steps of 20 up to 100", values: [32, 96, 99],
      ticks: [0, 20, 40, 60, 80, 100]),
    ScaleCase(
      testDescription: "a value on a round number is the top", values: [100],
      ticks: [0, 20, 40, 60, 80, 100]),
    ScaleCase(
      testDescription: "12,000: steps of 2,500", values: [12_000],
      ticks: [0, 2_500, 5_000, 7_500, 10_000, 12_500]),
    ScaleCase(
      testDescription: "negative values extend the axis below zero", values: [-30, 70],
      ticks: [-40, -20, 0, 20, 40, 60, 80]),
    ScaleCase(
      testDescription: "all zero: 0 to 1", values: [0, 0], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1]),
    ScaleCase(
      testDescription: "nan and infinity are ignored", values: [.nan, .infinity, 3],
      ticks: [0, 1, 2, 3]),
  ]

  @Test(arguments: scaleCases)
  func scale(_ testCase: ScaleCase) {
    let ticks = ChartScale(values: testCase.values).ticks
    #expect(ticks.count == testCase.ticks.count, "\(ticks)")
    for (tick, expected) in zip(ticks, testCase.ticks) {
      #expect(abs(tick - expected) < 1e-9, "\(ticks)")
    }
  }

  @Test("SVG numbers: locale-free, at most two decimals, never nan, inf or -0")
  func svgNumbers() {
    let cases: [(Double, String)] = [
      (720, "720"), (12.5, "12.5"), (0.1 + 0.2, "0.3"), (-3, "-3"), (1_234_567, "1234567"),
      (12.344, "12.34"), (12.346, "12.35"), (-0.001, "0"), (.nan, "0"), (.infinity, "0"),
      (-.infinity, "0"),
      (116.80000000000001, "116.8"),
    ]
    for (value, expected) in cases {
      #expect(NumberFormat.svg(value) == expected, "\(value)")
    }
  }

  // MARK: Helpers

  /// The first element that is closed out of order or never closed, or `nil` when every
  /// element is balanced. `<!…>` is skipped and `<… />` needs no end tag, as in XHTML.
  static func tagProblem(_ html: String) -> String? {
    var stack: [Substring] = []
    var rest = Substring(html)
    while let open = rest.firstIndex(of: "<") {
      guard let close = rest[open...].firstIndex(of: ">") else { return "unterminated tag" }
      let tag = rest[rest.index(after: open)..<close]
      rest = rest[rest.index(after: close)...]
      if tag.hasPrefix("!") || tag.hasSuffix("/") { continue }
      if tag.hasPrefix("/") {
        let name = tag.dropFirst()
        guard let last = stack.popLast() else { return "</\(name)> without a start tag" }
        guard last == name else { return "</\(name)> closes <\(last)>" }
      } else {
        let name = tag.prefix { !$0.isWhitespace }
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) else {
          return "odd tag <\(tag)>"
        }
        stack.append(name)
      }
    }
    return stack.isEmpty ? nil : "unclosed: " + stack.joined(separator: ", ")
  }

  /// The first `&` that does not start one of the five XML entities, or `nil`.
  static func entityProblem(_ html: String) -> String? {
    var rest = Substring(html)
    while let ampersand = rest.firstIndex(of: "&") {
      let tail = rest[ampersand...]
      guard ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains(where: tail.hasPrefix) else {
        return String(tail.prefix(20))
      }
      rest = rest[rest.index(after: ampersand)...]
    }
    return nil
  }

  /// The first capture group of every match of `pattern`.
  static func captures(_ pattern: String, in text: String) throws -> [String] {
    let regex = try Regex(pattern)
    return text.matches(of: regex).compactMap { match in
      match.output.count > 1 ? match.output[1].substring.map(String.init) : nil
    }
  }

  static func containsWord(_ text: String, _ word: String) -> Bool {
    var rest = Substring(text)
    while let range = rest.range(of: word) {
      let before =
        range.lowerBound == rest.startIndex ? nil : rest[rest.index(before: range.lowerBound)]
      let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
      if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
      rest = rest[range.upperBound...]
    }
    return false
  }

  /// The Venlo study of `Scenarios/`, compared in its full-operation year and `year`.
  static func venloStudy(year: Int? = nil) throws -> Comparison {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let read: StudyLoader.FileReader = { path in
      guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
      else { return .failure(.notFound) }
      return .success([UInt8](data))
    }
    let path = "Scenarios/venlo-dc-study.json"
    let bytes = try read(path).get()
    let (study, diagnostics) = StudyLoader.load(
      bytes, file: path,
      municipality: {
        RegionData.limburg.municipality(named: $0).isFound ? .found : .unknown(suggestion: nil)
      },
      readFile: read)
    #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
    let loaded = try #require(study)
    let region = HostRegion(
      try RegionData.limburg.municipality(named: loaded.baseline.municipality).get())
    let (resolved, problems) = StudyResolver.resolve(loaded, region: region)
    #expect(problems.errors.isEmpty, "\(problems)")
    return try Comparison(try #require(resolved), region: region, year: year)
  }
}
