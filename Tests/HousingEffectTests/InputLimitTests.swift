import Foundation
import HousingEffect
import Testing

/// The size limits and encodings of issue 10: cost bounded by input size, messages that say
/// what is wrong, the same number limits in every input format.
@Suite("Input limits and encodings")
struct InputLimitTests {
  static let header = "code,name,region,population,population_date,neighbours\n"

  @Test("a region population above 1e15 is too large, like any JSON number")
  func regionPopulationLimit() {
    for population in ["9200000000000000000", "1000000000000001"] {
      let text = Self.header + "GM9001,Testdorp,Noord-Limburg,\(population),2024-01-01,\n"
      let (municipalities, diagnostics) = RegionData.loadRegionFile(text: text, fileName: "r.csv")
      #expect(municipalities.isEmpty)
      #expect(diagnostics.map(\.code) == [.valueTooLarge], "\(diagnostics)")
    }
    let fine = Self.header + "GM9001,Testdorp,Noord-Limburg,1000000000000000,2024-01-01,\n"
    #expect(RegionData.loadRegionFile(text: fine).0.count == 1)
  }

  @Test("a UTF-16 or UTF-32 region file gets one error naming its encoding")
  func regionEncoding() throws {
    let text = Self.header + "GM9001,Testdorp,Noord-Limburg,12000,2024-01-01,\n"
    for (encoding, name) in [
      (String.Encoding.utf16, "UTF-16"), (.utf16LittleEndian, "UTF-16"),
      (.utf16BigEndian, "UTF-16"), (.utf32, "UTF-32"), (.utf32LittleEndian, "UTF-32"),
    ] {
      let bytes = [UInt8](try #require(text.data(using: encoding)))
      let (_, diagnostics) = RegionData.loadRegionFile(bytes: bytes, fileName: "r.csv")
      #expect(diagnostics.count == 1)
      #expect(diagnostics.first?.message.contains("saved as \(name)") == true, "\(diagnostics)")
    }
  }

  @Test("invalid UTF-8 in a region file is an error at its line and column, not U+FFFD")
  func regionInvalidUTF8() {
    let bytes =
      Array(Self.header.utf8) + Array("GM9001,Testé".utf8) + [0xE9]
      + Array("dorp,Noord-Limburg,12000,2024-01-01,\n".utf8)
    let (municipalities, diagnostics) = RegionData.loadRegionFile(bytes: bytes, fileName: "r.csv")
    #expect(municipalities.isEmpty)
    #expect(diagnostics.count == 1)
    let diagnostic = diagnostics.first
    #expect(diagnostic?.line == 2 && diagnostic?.column == 13, "\(diagnostics)")
    #expect(diagnostic?.message.contains("0xE9") == true)
  }

  @Test("UTF-32 JSON is called UTF-32, not UTF-16")
  func jsonUTF32() throws {
    let bytes = [UInt8](try #require(#"{"schemaVersion": 1}"#.data(using: .utf32)))
    guard case .failure(let failure) = JSONParser.parse(bytes) else {
      Issue.record("UTF-32 parsed")
      return
    }
    #expect(failure.message.contains("UTF-32"), "\(failure.message)")
  }

  @Test("a region file of more than 10,000 rows is refused with one error")
  func regionRows() {
    var text = Self.header
    for index in 0..<10_001 {
      text += "GM\(index),Plaats\(index),Noord-Limburg,100,2024-01-01,\n"
    }
    let (municipalities, diagnostics) = RegionData.loadRegionFile(text: text, fileName: "r.csv")
    #expect(municipalities.isEmpty)
    #expect(diagnostics.map(\.code) == [.inputTooLarge])
  }

  @Test("near-miss neighbour names cost a bounded number of suggestion searches")
  func nearMissNeighbours() {
    var text = Self.header
    let count = 2_000
    for index in 0..<count {
      let neighbours = (1...5).map { "Gemeentenaam\(index + $0)x" }.joined(separator: ";")
      text += "GM\(index),Gemeentenaam\(index),Noord-Limburg,100,2024-01-01,\(neighbours)\n"
    }
    let start = Date()
    let (municipalities, _) = RegionData.loadRegionFile(text: text, fileName: "r.csv")
    #expect(municipalities.count == count)
    // Unbounded, this was quadratic: minutes for a megabyte. Generous for a debug build.
    #expect(Date().timeIntervalSince(start) < 60)
  }

  @Test("suggestions skip inputs longer than any real name")
  func longSuggestionInput() {
    let long = String(repeating: "a", count: 100_000)
    #expect(Suggestion.closest(to: long, in: [long + "b"]) == nil)
    #expect(Suggestion.closest(to: "Venloo", in: ["Venlo"]) == "Venlo")
  }

  @Test("more than 100 workforce segments is refused")
  func segmentLimit() {
    let segment = #"{"share": 0.005, "contract": "permanent"}"#
    let segments = Array(repeating: segment, count: 200).joined(separator: ",")
    let json = """
      {"schemaVersion":1,"name":"x","municipality":"Venlo","type":"distribution-xxl",
       "size":{"jobs":100},"startYear":2028,"workforce":[\(segments)]}
      """
    let (establishment, diagnostics) = EstablishmentLoader.load(
      Array(json.utf8), file: "x.json", municipality: { _ in .found })
    #expect(establishment == nil)
    #expect(diagnostics.map(\.code) == [.inputTooLarge], "\(diagnostics)")
    #expect(diagnostics.first?.path == "workforce")
  }
}
