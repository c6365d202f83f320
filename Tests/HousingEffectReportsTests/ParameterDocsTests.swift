import Foundation
import HousingEffect
import HousingEffectReports
import Testing

@Suite("Docs/parameters.md")
struct ParameterDocsTests {
  @Test("Docs/parameters.md is the catalogue as generated now")
  func current() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Docs/parameters.md")
    let committed = try String(contentsOf: url, encoding: .utf8)
    let generated = ParameterCatalogReport(
      ParameterCatalog.standard.parameters, asOf: Day(year: 2026) ?? .catalogueEpoch
    ).markdown()
    #expect(
      committed == generated,
      "Docs/parameters.md is stale: run swift run housing-effect params --format markdown --output Docs/parameters.md"
    )
  }

  @Test("every catalogue parameter has a row in the Markdown")
  func everyParameterListed() {
    let markdown = ParameterCatalogReport(
      ParameterCatalog.standard.parameters, asOf: Day(year: 2026) ?? .catalogueEpoch
    ).markdown()
    for id in ParameterCatalog.standard.ids {
      #expect(markdown.contains("| `\(id)` |"), "\(id) missing")
    }
  }
}
