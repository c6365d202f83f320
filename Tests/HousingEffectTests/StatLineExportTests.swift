import Foundation
import HousingEffect
import Testing

@Suite("Region data: CBS StatLine exports and provinces")
struct StatLineExportTests {
  static let example = GeneratedRegionDataTests.root.appendingPathComponent(
    "Docs/data/statline-example-tilburg-westland.csv")

  func load(_ lines: [String]) -> ([Municipality], [Diagnostic]) {
    RegionData.loadRegionFile(text: lines.joined(separator: "\r\n") + "\r\n", fileName: "x.csv")
  }

  @Test("the example export in Docs/data gives Tilburg and Westland with their provinces")
  func example() throws {
    let text = try String(contentsOf: Self.example, encoding: .utf8)
    let (municipalities, diagnostics) = RegionData.loadRegionFile(text: text)
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    try #require(municipalities.count == 2)
    let tilburg = municipalities[0]
    #expect(tilburg.code == "GM0855")
    #expect(tilburg.name == "Tilburg")
    #expect(tilburg.province == .noordBrabant)
    #expect(!tilburg.isInLimburg)
    #expect(tilburg.policyRegion == nil)
    #expect(tilburg.population == Municipality.DatedCount(229_836, on: Day(year: 2024)!))
    #expect(tilburg.dwellings == Municipality.DatedCount(106_200, on: Day(year: 2024)!))
    #expect(tilburg.landAreaKm2 == 125.89)
    #expect(
      tilburg.sources.first == "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED/table")
    #expect(tilburg.notes.contains("85984NED"))
    let westland = municipalities[1]
    #expect(westland.province == .zuidHolland)
    #expect(westland.population.value == 115_941)
    #expect(westland.landAreaKm2 == 80.76)
  }

  @Test(
    "names instead of codes, a Perioden column, Dutch thousands and rows that are not municipalities"
  )
  func namesAndPeriods() {
    let (municipalities, diagnostics) = load([
      "\"Format test (figures of CBS 85984NED)\"",
      "\"Regio's\";\"Perioden\";\"Bevolking op 1 januari (aantal)\";\"Huishoudens totaal (aantal)\"",
      "\"Nederland\";\"2024\";\".\";\".\"",
      "\"Noord-Brabant (PV)\";\"2024\";\".\";\".\"",
      "\"Tilburg\";\"2024JJ00\";\"229.836\";\".\"",
      "\"'s-Gravenhage (gemeente)\";\"2024\";\"1\";\"1\"",
      "\"Tilbrug\";\"2024\";\"1\";\"1\"",
      "\"Bron: CBS\"",
    ])
    #expect(municipalities.map(\.code) == ["GM0855", "GM0518"])
    #expect(municipalities.first?.population.value == 229_836)
    #expect(municipalities.first?.households == nil)
    #expect(municipalities.last?.province == .zuidHolland)
    #expect(diagnostics.count == 1)
    #expect(diagnostics.first?.code == .unknownMunicipality)
    #expect(diagnostics.first?.severity == .warning)
    #expect(diagnostics.first?.line == 7)
    #expect(diagnostics.first?.suggestion == "Tilburg")
  }

  @Test(
    "reads StatLine periods as the first day of the period",
    arguments: [
      ("2024", "2024-01-01"), ("2024JJ00", "2024-01-01"), ("2024 1e kwartaal", "2024-01-01"),
      ("2024 3e kwartaal", "2024-07-01"), ("2024KW02", "2024-04-01"), ("2024MM03", "2024-03-01"),
      ("2024 maart", "2024-03-01"),
    ])
  func periods(period: String, expected: String) {
    let (municipalities, diagnostics) = load([
      "\"Regio's\";\"Perioden\";\"Bevolking op 1 januari (aantal)\"",
      "\"GM0855\";\"\(period)\";\"229836\"",
    ])
    #expect(diagnostics.isEmpty)
    #expect(municipalities.first?.population.date.description == expected)
  }

  @Test("the dwelling stock table: only the Woning rows count, the latest period wins")
  func dwellingStock() throws {
    let (municipalities, diagnostics) = load([
      "\"Gebruiksfunctie\";\"Regio's\";\"Perioden\";\"Beginstand voorraad (aantal)\";\"Aantal inwoners (aantal)\"",
      "\"Woning en niet-woning totaal\";\"Tilburg\";\"2024 1e kwartaal\";\"999999\";\"229836\"",
      "\"Woning\";\"Tilburg\";\"2023 1e kwartaal\";\"1\";\"229836\"",
      "\"Woning\";\"Tilburg\";\"2024 1e kwartaal\";\"106200\";\"229836\"",
    ])
    let tilburg = try #require(municipalities.first)
    #expect(tilburg.dwellings == Municipality.DatedCount(106_200, on: Day(year: 2024)!))
    #expect(diagnostics.map(\.code) == [.invalidValue])
    #expect(diagnostics.first?.message.contains("several periods") == true)
  }

  @Test("an export without a population, or without a date, is an error")
  func errors() {
    let (noPopulation, first) = load([
      "\"Kerncijfers wijken en buurten 2024\"",
      "\"Wijken en buurten\";\"Woningvoorraad (aantal)\"",
      "\"Tilburg\";\"106200\"",
    ])
    #expect(noPopulation.isEmpty)
    #expect(first.map(\.code) == [.missingField])
    #expect(first.first?.line == 3)
    let (undated, second) = load([
      "\"Wijken en buurten\";\"Aantal inwoners (aantal)\"",
      "\"Tilburg\";\"229836\"",
    ])
    #expect(undated.isEmpty)
    #expect(second.map(\.code) == [.missingField])
    #expect(second.first?.path == "Perioden")
  }

  @Test("a Limburg municipality keeps its built-in fields and the replacement names what changed")
  func limburgReplacement() throws {
    let (municipalities, diagnostics) = load([
      "\"Regio's\";\"Perioden\";\"Bevolking op 1 januari (aantal)\"",
      "\"Venlo\";\"2025\";\"104000\"",
    ])
    #expect(diagnostics.isEmpty)
    let venlo = try #require(municipalities.first)
    let builtIn = try #require(try? RegionData.limburg.municipality(named: "Venlo").get())
    #expect(venlo.policyRegion == .noordLimburg)
    #expect(venlo.neighbours == builtIn.neighbours)
    #expect(venlo.dwellings == builtIn.dwellings)
    #expect(venlo.population == Municipality.DatedCount(104_000, on: Day(year: 2025)!))
    let (merged, warnings) = RegionData.limburg.adding(municipalities, fileName: "x.csv")
    #expect(merged.municipalities.count == 31)
    #expect(try merged.municipality(named: "Venlo").get().population.value == 104_000)
    #expect(warnings.map(\.code) == [.replacesBuiltInMunicipality])
    #expect(warnings.first?.severity == .warning)
    #expect(
      warnings.first?.message.contains("population 103789 (2024-01-01) → 104000 (2025-01-01)")
        == true)
  }

  @Test("a region-file row for a Limburg municipality with the same figures still warns")
  func sameFigures() {
    let (_, warnings) = RegionData.limburg.adding(RegionData.limburg.municipalities)
    #expect(warnings.count == 31)
    #expect(warnings.allSatisfy { $0.message.hasSuffix("with the same figures.") })
  }

  @Test("every current municipality has a province; Limburg's 31 are the built-in ones")
  func provinces() {
    #expect(Province(municipalityCode: "GM0855") == .noordBrabant)
    #expect(Province(municipalityCode: "1783") == .zuidHolland)
    #expect(Province(municipalityCode: "GM1992") == .zuidHolland)  // Voorne aan Zee, 2023
    #expect(Province(municipalityCode: "GM0983") == .limburg)
    #expect(Province(municipalityCode: "GM9999") == nil)
    #expect(Province.municipalityCode(named: "Utrecht (gemeente)") == "GM0344")
    #expect(Province.municipalityCode(named: "súdwest-fryslân") == "GM1900")
    let limburg = Set(RegionData.limburg.municipalities.map(\.code))
    let inProvince = Set(
      [String](
        (0...9999).map { String(format: "GM%04d", $0) }.filter {
          Province(municipalityCode: $0) == .limburg
        }))
    #expect(inProvince == limburg)
  }
}
