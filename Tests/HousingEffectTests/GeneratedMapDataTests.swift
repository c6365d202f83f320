import Foundation
import Testing

@testable import HousingEffect

/// The map outlines are Swift source generated from `Docs/data/limburg-map.csv` (itself written
/// by `Docs/data/make-limburg-map.py`). These tests regenerate the source and fail when the
/// committed file is out of step; `RECORD_SNAPSHOTS=1 swift test --filter GeneratedMapData`
/// rewrites it.
@Suite("Generated map data")
struct GeneratedMapDataTests {
  static let csvPath = "Docs/data/limburg-map.csv"
  static let swiftPath = "Sources/HousingEffect/Region/LimburgMap+Outlines.swift"

  static func table() throws -> CSVTable {
    let (table, diagnostics) = CSVTable.parse(
      try GeneratedRegionDataTests.text(csvPath), delimiter: .comma)
    #expect(diagnostics.isEmpty)
    return table
  }

  @Test("LimburgMap+Outlines.swift is generated from Docs/data/limburg-map.csv")
  func generated() throws {
    let table = try Self.table()
    try GeneratedRegionDataTests.verify(try Self.swift(table), path: Self.swiftPath)
    #expect(LimburgMap.outlines.count == table.rows.count)
  }

  @Test("The map has exactly the 31 Limburg municipalities, with their codes and names")
  func sameMunicipalities() {
    let limburg = RegionData.limburg.municipalities
    #expect(LimburgMap.outlines.count == 31)
    #expect(LimburgMap.outlines.map(\.code) == limburg.map(\.code))
    #expect(LimburgMap.outlines.map(\.name) == limburg.map(\.name))
    #expect(LimburgMap.outline(name: "bergen (limburg)")?.code == "GM0893")
    #expect(LimburgMap.outline(code: "GM0983")?.name == "Venlo")
    #expect(LimburgMap.outline(code: "GM0855") == nil)
  }

  @Test("Paths are plain M/L/Z data inside the view box, labels inside the box")
  func geometry() {
    for outline in LimburgMap.outlines {
      #expect(
        outline.path.allSatisfy { "MLZ0123456789. -".contains($0) }, "\(outline.code)")
      #expect(outline.path.hasPrefix("M") && outline.path.hasSuffix("Z"), "\(outline.code)")
      let numbers = outline.path.split(whereSeparator: { "MLZ ".contains($0) }).compactMap {
        Double($0)
      }
      let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
      let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
      #expect(numbers.count % 2 == 0 && numbers.count >= 6, "\(outline.code)")
      #expect(xs.allSatisfy { $0 >= 0 && $0 <= LimburgMap.width }, "\(outline.code)")
      #expect(ys.allSatisfy { $0 >= 0 && $0 <= LimburgMap.height }, "\(outline.code)")
      #expect((xs.min()!...xs.max()!).contains(outline.labelX), "\(outline.code)")
      #expect((ys.min()!...ys.max()!).contains(outline.labelY), "\(outline.code)")
      // A few kilobytes at most per municipality.
      #expect(outline.path.utf8.count < 2_000, "\(outline.code)")
    }
  }

  @Test("North is up: Mook en Middelaar lies above Maastricht, Venlo east of Weert")
  func orientation() throws {
    let mook = try #require(LimburgMap.outline(name: "Mook en Middelaar"))
    let maastricht = try #require(LimburgMap.outline(name: "Maastricht"))
    let venlo = try #require(LimburgMap.outline(name: "Venlo"))
    let weert = try #require(LimburgMap.outline(name: "Weert"))
    #expect(mook.labelY < maastricht.labelY)
    #expect(venlo.labelX > weert.labelX)
  }

  struct BadRow: Error, CustomStringConvertible {
    var description: String
  }

  static func swift(_ table: CSVTable) throws -> String {
    typealias G = RegionDataGenerator
    var out = G.header(from: csvPath)
    guard let first = table.rows.first,
      let width = table.value(first, "view_width").flatMap(Double.init),
      let height = table.value(first, "view_height").flatMap(Double.init)
    else { throw BadRow(description: "\(csvPath): no view_width/view_height") }
    out += """

      extension LimburgMap {
        /// Width of the view box the outlines are drawn in [SVG user units].
        public static let width: Double = \(width)
        /// Height of the view box the outlines are drawn in [SVG user units].
        public static let height: Double = \(height)

        /// The \(table.rows.count) municipalities, in the order of `Docs/data/limburg-municipalities.csv`.
        public static let outlines: [Outline] = [

      """
    for (index, row) in table.rows.enumerated() {
      guard let code = table.value(row, "code"), let name = table.value(row, "name"),
        let x = table.value(row, "label_x").flatMap(Double.init),
        let y = table.value(row, "label_y").flatMap(Double.init),
        let path = table.value(row, "path")
      else { throw BadRow(description: "\(csvPath): row \(index + 2) is incomplete") }
      out += "    Outline(\n"
      out += "      code: \(G.literal(code)), name: \(G.literal(name)),\n"
      out += "      labelX: \(x), labelY: \(y),\n"
      out += "      path: \(G.literal(path))),\n"
    }
    out += "  ]\n}\n"
    return out
  }
}
