import Foundation
import Testing

@testable import HousingEffect

/// The distribution key is Swift source generated from `Docs/data/limburg-distribution-key.csv`
/// (written by `Docs/data/make-distribution-key.py`). These tests regenerate the source, fail
/// when it is out of step (`RECORD_SNAPSHOTS=1 swift test --filter GeneratedDistributionKey`
/// rewrites it) and check the shares against the built-in region data.
@Suite("Generated distribution key")
struct GeneratedDistributionKeyTests {
  static let csvPath = "Docs/data/limburg-distribution-key.csv"
  static let swiftPath = "Sources/HousingEffect/Region/LimburgDistributionKey+Entries.swift"

  @Test("LimburgDistributionKey+Entries.swift is generated from its CSV")
  func generated() throws {
    let (table, diagnostics) = CSVTable.parse(
      try GeneratedRegionDataTests.text(Self.csvPath), delimiter: .comma)
    #expect(diagnostics.isEmpty)
    try GeneratedRegionDataTests.verify(try Self.swift(table), path: Self.swiftPath)
    #expect(LimburgDistributionKey.entries.count == table.rows.count)
  }

  @Test("One entry per Limburg municipality, in the region data's order")
  func municipalities() {
    #expect(
      LimburgDistributionKey.entries.map(\.code) == RegionData.limburg.municipalities.map(\.code))
  }

  @Test("Each key sums to 1; the population key is population over the total")
  func populationShares() throws {
    let entries = LimburgDistributionKey.entries
    #expect(abs(entries.reduce(0) { $0 + $1.populationShare } - 1) < 1e-5)
    #expect(abs(entries.reduce(0) { $0 + $1.regionAnchoredShare } - 1) < 1e-5)
    let limburg = RegionData.limburg.municipalities
    let total = Double(limburg.reduce(0) { $0 + $1.population.value })
    for m in limburg {
      let entry = try #require(LimburgDistributionKey.entry(code: m.code))
      // Six decimals in the CSV.
      #expect(abs(entry.populationShare - Double(m.population.value) / total) <= 5e-7, "\(m.name)")
    }
  }

  @Test("Region-anchored key: Zuid-Limburg 15,400/64,200, the rest by population")
  func regionAnchored() throws {
    let limburg = RegionData.limburg.municipalities
    func sum(
      _ region: Municipality.PolicyRegion, _ share: (LimburgDistributionKey.Entry) -> Double
    )
      -> Double
    {
      limburg.filter { $0.policyRegion == region }.compactMap {
        LimburgDistributionKey.entry(code: $0.code).map(share)
      }.reduce(0, +)
    }
    let zuid = sum(.zuidLimburg, \.regionAnchoredShare)
    #expect(abs(zuid - 15_400.0 / 64_200.0) < 2e-5)
    // Noord : Midden as their populations.
    let population = { (region: Municipality.PolicyRegion) in
      Double(limburg.filter { $0.policyRegion == region }.reduce(0) { $0 + $1.population.value })
    }
    let noord = sum(.noordLimburg, \.regionAnchoredShare)
    let midden = sum(.middenLimburg, \.regionAnchoredShare)
    #expect(
      abs(noord / midden - population(.noordLimburg) / population(.middenLimburg)) < 1e-4)
    // Within a region, as population: Venlo : Venray.
    let venlo = try #require(LimburgDistributionKey.entry(code: "GM0983"))
    let venray = try #require(LimburgDistributionKey.entry(code: "GM0984"))
    #expect(
      abs(venlo.regionAnchoredShare / venray.regionAnchoredShare - 103_789.0 / 44_662.0) < 1e-3)
  }

  struct BadRow: Error, CustomStringConvertible {
    var description: String
  }

  static func swift(_ table: CSVTable) throws -> String {
    typealias G = RegionDataGenerator
    var out = G.header(from: csvPath)
    out += """

      extension LimburgDistributionKey {
        /// The \(table.rows.count) municipalities, in the order of `Docs/data/limburg-municipalities.csv`.
        public static let entries: [Entry] = [

      """
    for (index, row) in table.rows.enumerated() {
      guard let code = table.value(row, "code"), let name = table.value(row, "name"),
        let population = table.value(row, "population_share").flatMap(Double.init),
        let anchored = table.value(row, "region_anchored_share").flatMap(Double.init)
      else { throw BadRow(description: "\(csvPath): row \(index + 2) is incomplete") }
      out += "    Entry(\n"
      out += "      code: \(G.literal(code)), name: \(G.literal(name)),\n"
      out += "      populationShare: \(population), regionAnchoredShare: \(anchored)),\n"
    }
    out += "  ]\n}\n"
    return out
  }
}
