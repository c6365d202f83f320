import HousingEffect
import HousingEffectReports
import Testing

/// Issue 11, item 5: HTML fit for a council pack.
@Suite("Reports: HTML for a council pack")
struct CouncilPackHTMLTests {
  static let html = HTMLReport(language: .nl).render(Examples.venlo.assessment, command: "x")

  @Test("ratings carry a colour class, a symbol and their word")
  func ratings() {
    // Venlo's unmet temporary housing is rated negative.
    #expect(
      Self.html.contains(
        "<td class=\"rating r-negative\"><span aria-hidden=\"true\">▼</span> negatief</td>"))
    #expect(Self.html.contains("class=\"rating r-neutral\""))
    #expect(Self.html.contains(".r-negative { color: #b3261e; }"))
  }

  @Test("source URLs are links")
  func links() {
    let url = "https://zorgenz.nl/normpraktijk-huisarts-verlaagd-naar-2095-patienten/"
    #expect(Self.html.contains("<a href=\"\(url)\">\(url)</a>"))
    // The full stop after a URL stays outside the link.
    #expect(
      HTMLReport.linked("See https://a.nl/x.")
        == "See <a href=\"https://a.nl/x\">https://a.nl/x</a>.")
    #expect(HTMLReport.linked("a < b") == "a &lt; b")
  }

  @Test("print: a running header with establishment, tool version and parameter date, page numbers")
  func printHeader() {
    #expect(
      Self.html.contains(
        "@top-left { content: \"E-commerce distribution centre, Venlo · housing-effect \(HousingEffectVersion.current) · parameters van 2028-01-01\""
      ))
    #expect(Self.html.contains("content: \"Pagina \" counter(page) \" van \" counter(pages)"))
    #expect(Self.html.contains("@page { size: A4;"))
    #expect(HTMLReport.cssString("a\"b\\c<") == "a\\\"b\\\\c\\3C ")
  }

  @Test("charts of need, supply and shortfall of temporary beds, and of the facility load")
  func charts() {
    #expect(Self.html.contains("Tijdelijke bedden: behoefte, aanbod en tekort per jaar"))
    // Facilities by kind: places apart from registrations (issue 21, item 4).
    #expect(Self.html.contains("Plaatsen in onderwijs en kinderopvang per jaar"))
    #expect(Self.html.contains("Inschrijvingen in BRP en RNI per jaar"))
  }

  @Test("short tables are kept whole in print; no one-row remainder on a page")
  func tableBreaks() {
    #expect(
      Self.html.contains(
        ".table-wrap:has(tbody tr:nth-child(-n+20):last-child) { break-inside: avoid; }"))
  }
}
