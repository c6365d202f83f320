import Foundation
import HousingEffect
import Testing

@testable import HousingEffectReports

@Suite("Reports: the choropleth map of Limburg")
struct ChoroplethMapTests {
  /// Five municipalities with values, 26 without.
  static let map = ReportDocument.Map(
    title: "Werkzame arbeidsmigranten per gemeente, 2030",
    description: "Kaart van de 31 Limburgse gemeenten, ingekleurd naar het aantal.",
    legendTitle: "werkzame arbeidsmigranten",
    values: [
      .init(code: "GM0983", value: 9_000, label: "9.000"),
      .init(code: "GM0984", value: 8_000, label: "8.000"),
      .init(code: "GM1507", value: 2_000, label: "2.000"),
      .init(code: "GM1640", value: 0, label: "0"),
      .init(code: "GM0935", value: 4_500, label: "4.500"),
    ],
    noData: "geen gegevens", credit: "Grenzen: Kadaster / CBS, Wijk- en buurtkaart 2024")

  static func svg(_ map: ReportDocument.Map = map) -> String {
    ChoroplethMap(map, format: NumberFormat(language: .nl), id: "chart-1").svg
  }

  /// The fill of each municipality's outline, by the name in its tooltip.
  static func fills(_ svg: String) throws -> [String: String] {
    let lines = svg.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    var result: [String: String] = [:]
    for (index, line) in lines.enumerated() where line.hasPrefix("<path ") {
      let fill = try #require(try HTMLReportTests.captures(#"fill="([^"]+)""#, in: line).first)
      let title = try #require(
        try HTMLReportTests.captures("<title>([^:<]+):", in: lines[index + 1]).first)
      result[title] = fill
    }
    return result
  }

  @Test("Valid markup: balanced tags, XML entities only, no xmlns and no URL")
  func markup() {
    let svg = Self.svg()
    #expect(HTMLReportTests.tagProblem(svg) == nil)
    #expect(HTMLReportTests.entityProblem(svg) == nil)
    for forbidden in ["xmlns", "url(", "href", "http"] {
      #expect(!svg.contains(forbidden), "\(forbidden)")
    }
    #expect(svg.hasPrefix("<svg "))
    #expect(
      svg.contains(
        "<title id=\"chart-1-title\">Werkzame arbeidsmigranten per gemeente, 2030</title>"))
    #expect(svg.contains("<desc id=\"chart-1-desc\">"))
  }

  @Test("All 31 municipalities are drawn, numbered and in the key")
  func everyMunicipality() throws {
    let svg = Self.svg()
    let fills = try Self.fills(svg)
    #expect(fills.count == 31)
    #expect(Set(fills.keys) == Set(RegionData.limburg.municipalities.map(\.name)))
    for (index, outline) in LimburgMap.outlines.enumerated() {
      #expect(svg.contains(">" + outline.name + "</text>"), "\(outline.name)")
      #expect(svg.contains(">\(index + 1)</text>"))
    }
  }

  @Test("Classes: round bounds 0–10,000 in steps of 2,000, shades darken with the value")
  func classes() throws {
    // Values 0…9,000: ChartScale steps 2,000 (9,000 / 5 = 1,800 → 2,000) up to 10,000, so five
    // classes; class i takes ramp shade round(i × 5 / 4): 0, 1, 3 (2.5 rounds up), 4, 5.
    let chart = ChoroplethMap(Self.map, format: NumberFormat(language: .nl), id: "m")
    #expect(chart.bounds == [0, 2_000, 4_000, 6_000, 8_000, 10_000])
    #expect((0..<5).map { ChoroplethMap.shade($0, of: 5) } == [0, 1, 3, 4, 5])
    let fills = try Self.fills(Self.svg())
    let ramp = ChoroplethMap.ramp
    #expect(fills["Venlo"] == ramp[5])  // 9,000: class 4 (8,000–10,000)
    #expect(fills["Venray"] == ramp[5])  // 8,000: a bound belongs to the class above it
    #expect(fills["Maastricht"] == ramp[3])  // 4,500: class 2
    #expect(fills["Horst aan de Maas"] == ramp[1])  // 2,000: class 1
    #expect(fills["Leudal"] == ramp[0])  // 0: class 0
    #expect(fills["Weert"] == ChoroplethMap.noDataFill)
    let svg = Self.svg()
    #expect(svg.contains(">0 – 2.000</text>"))
    #expect(svg.contains(">8.000 – 10.000</text>"))
    #expect(svg.contains(">geen gegevens</text>"))
    #expect(svg.contains("<title>Weert: geen gegevens</title>"))
    #expect(svg.contains("<title>Venlo: 9.000</title>"))
    #expect(svg.contains(">Grenzen: Kadaster / CBS, Wijk- en buurtkaart 2024</text>"))
  }

  @Test("The ramp gets darker class by class, also in greyscale, and stays off white")
  func rampLightness() {
    // Relative luminance (sRGB, Rec. 709 weights on linearised channels).
    func luminance(_ hex: String) -> Double {
      let digits = Array(hex.dropFirst())
      func channel(_ offset: Int) -> Double {
        let value = Double(Int(String(digits[offset..<offset + 2]), radix: 16)!) / 255
        return value <= 0.04045 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }
    let levels = ChoroplethMap.ramp.map(luminance)
    #expect(zip(levels, levels.dropFirst()).allSatisfy { $0 > $1 + 0.05 }, "\(levels)")
    #expect(luminance(ChoroplethMap.noDataFill) > levels[0] + 0.2)
  }

  @Test("A map without values is all 'no data', with no class in the legend")
  func empty() throws {
    var map = Self.map
    map.values = []
    let svg = Self.svg(map)
    #expect(HTMLReportTests.tagProblem(svg) == nil)
    #expect(Set(try Self.fills(svg).values) == [ChoroplethMap.noDataFill])
    #expect(!svg.contains(" – "))
  }

  @Test("With a value for every municipality the legend has no 'no data' entry")
  func complete() throws {
    var map = Self.map
    map.values = LimburgMap.outlines.enumerated().map { index, outline in
      .init(code: outline.code, value: Double(index * 100), label: String(index * 100))
    }
    let svg = Self.svg(map)
    #expect(!svg.contains("geen gegevens"))
    #expect(!Set(try Self.fills(svg).values).contains(ChoroplethMap.noDataFill))
    #expect(!svg.contains(">–</text>"))
  }

  @Test("Same bytes on every render")
  func deterministic() async {
    let first = Self.svg()
    let others = await withTaskGroup(of: String.self) { group in
      for _ in 0..<4 { group.addTask { Self.svg() } }
      return await group.reduce(into: []) { $0.append($1) }
    }
    #expect(others.allSatisfy { $0 == first })
  }

  @Test("Text and Markdown leave the map out; HTML draws it in a figure")
  func renderers() {
    let blocks: [ReportDocument.Block] = [.paragraph("Voor."), .map(Self.map), .paragraph("Na.")]
    #expect(blocks.filter { !$0.isChart }.count == 2)
    var renderer = HTMLReport.BlockRenderer(format: NumberFormat(language: .nl))
    let html = renderer.render(.map(Self.map), id: "s-1").joined(separator: "\n")
    #expect(html.hasPrefix("<figure class=\"chart map\">"))
    #expect(html.contains("<svg "))
    #expect(HTMLReportTests.tagProblem(html) == nil)
  }
}
