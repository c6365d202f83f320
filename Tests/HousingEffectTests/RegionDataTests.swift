import Foundation
import HousingEffect
import Testing

@Suite("Region data")
struct RegionDataTests {
  let limburg = RegionData.limburg

  func lookup(_ query: String) -> Municipality? {
    try? limburg.municipality(named: query).get()
  }

  @Test("all 31 Limburg municipalities, with CBS population and dwellings on 1 January 2024")
  func builtIn() {
    #expect(limburg.municipalities.count == 31)
    #expect(Set(limburg.municipalities.map(\.code)).count == 31)
    let byRegion = Dictionary(grouping: limburg.municipalities, by: { $0.policyRegion })
    #expect(byRegion[.noordLimburg]?.count == 8)
    #expect(byRegion[.middenLimburg]?.count == 7)
    #expect(byRegion[.zuidLimburg]?.count == 16)
    #expect(limburg.municipalities.allSatisfy { $0.population.date == Day(year: 2024) })
    #expect(limburg.municipalities.allSatisfy { $0.dwellings?.date == Day(year: 2024) })
    #expect(limburg.municipalities.allSatisfy { $0.households?.date == Day(year: 2024) })
    #expect(limburg.municipalities.allSatisfy { $0.landAreaKm2 != nil })
    #expect(limburg.municipalities.allSatisfy { $0.province == .limburg && $0.isInLimburg })
    let kwb = "https://opendata.cbs.nl/statline/#/CBS/nl/dataset/85984NED/table"
    #expect(limburg.municipalities.allSatisfy { $0.sources.first == kwb })
    // CBS 85984NED: 1,133,255 inhabitants in the 31 municipalities on 1 January 2024.
    #expect(limburg.municipalities.map(\.population.value).reduce(0, +) == 1_133_255)
    // CBS Wijk- en buurtkaart 2024 (Kerncijfers wijken en buurten 2024): 551,373 private
    // households in the 31 municipalities on 1 January 2024.
    #expect(limburg.municipalities.compactMap(\.households?.value).reduce(0, +) == 551_373)
    #expect(limburg.municipalities.filter { $0.labourMigrants != nil }.count == 4)
    #expect(limburg.municipalities.allSatisfy { !$0.sources.isEmpty && !$0.notes.isEmpty })
  }

  @Test("Venlo: population, dwellings and households with their dates")
  func venlo() throws {
    let venlo = try #require(lookup("Venlo"))
    #expect(venlo.code == "GM0983")
    #expect(
      venlo.population == Municipality.DatedCount(103_789, on: try #require(Day("2024-01-01"))))
    #expect(venlo.dwellings?.value == 48_986)
    #expect(venlo.dwellings?.date == Day("2024-01-01"))
    #expect(venlo.households?.value == 49_592)
    #expect(venlo.households?.date == Day("2024-01-01"))
    #expect(venlo.landAreaKm2 == 124.16)
    #expect(venlo.borders == [.germany])
    #expect(venlo.policyRegion == .noordLimburg)
    #expect(venlo.subRegion == nil)
    #expect(venlo.labourMigrants == nil)
    #expect(venlo.sources.contains("https://www.cbs.nl/nl-nl/cijfers/detail/81955NED?q=venlo"))
  }

  @Test("Horst aan de Maas: 4,000 licensed beds (2020), about 2,000 registered labour migrants")
  func horst() throws {
    let horst = try #require(lookup("Horst aan de Maas"))
    #expect(horst.licensedMigrantBeds == Municipality.LicensedBeds(4_000, year: 2020))
    #expect(
      horst.labourMigrants == Municipality.LabourMigrants(2_000, year: "2020", kind: .registered))
    #expect(horst.borders.isEmpty)
    #expect(horst.dwellings == Municipality.DatedCount(18_492, on: Day(year: 2024)!))
  }

  @Test("keeps the sub-region and the other labour-migrant kinds")
  func regionsAndKinds() throws {
    let beekdaelen = try #require(lookup("Beekdaelen"))
    #expect(beekdaelen.policyRegion == .zuidLimburg)
    #expect(beekdaelen.subRegion == "Parkstad")
    #expect(beekdaelen.regionText == "Zuid-Limburg (Parkstad)")
    #expect(lookup("Venray")?.labourMigrants?.kind == .working)
    #expect(
      lookup("Echt-Susteren")?.labourMigrants
        == Municipality.LabourMigrants(470, year: "2016-2018", kind: .estimate))
    #expect(lookup("Echt-Susteren")?.borders == [.germany, .belgium])
    #expect(lookup("Maasgouw")?.landAreaKm2 == 45.7)
    #expect(lookup("Vaals")?.population == Municipality.DatedCount(10_121, on: Day(year: 2024)!))
  }

  @Test(
    "finds a municipality by name or CBS code, ignoring case, diacritics and punctuation",
    arguments: [
      ("venlo", "Venlo"), ("VENLO", "Venlo"), ("  Venlo ", "Venlo"), ("GM0983", "Venlo"),
      ("gm0983", "Venlo"), ("0983", "Venlo"), ("Bergen (L.)", "Bergen (L.)"),
      ("Bergen L", "Bergen (L.)"), ("bergen (l)", "Bergen (L.)"),
      ("Bergen (Limburg)", "Bergen (L.)"),
      ("Bergen", "Bergen (L.)"), ("Horst a/d Maas", "Horst aan de Maas"),
      ("Valkenburg a.d. Geul", "Valkenburg aan de Geul"), ("Sittard Geleen", "Sittard-Geleen"),
      ("Eijsden", nil), ("Eĳsden-Margraten", "Eijsden-Margraten"),
      ("Éijsden Margraten", "Eijsden-Margraten"), ("Gulpen–Wittem", "Gulpen-Wittem"),
    ] as [(String, String?)])
  func lookups(query: String, expected: String?) {
    #expect(lookup(query)?.name == expected)
  }

  @Test("a misspelling fails with a suggestion ready for a diagnostic")
  func misspelling() {
    guard case .failure(let failure) = limburg.municipality(named: "Venloo") else {
      Issue.record("'Venloo' should not resolve")
      return
    }
    #expect(failure.reason == .unknown)
    #expect(failure.suggestion == "Venlo")
    let diagnostic = failure.diagnostic(at: "municipality", file: "study.json", line: 3)
    #expect(diagnostic.code == .unknownMunicipality)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.description.contains("Did you mean 'Venlo'?"))
  }

  @Test(
    "suggests what the user probably meant",
    arguments: [
      ("Horst", "Horst aan de Maas"), ("Maastrcht", "Maastricht"), ("GM0984x", nil),
      ("GM9999", nil), ("Amsterdam", nil), ("", nil), ("Bergen (NH.)", "Bergen (L.)"),
    ] as [(String, String?)])
  func suggestions(query: String, expected: String?) throws {
    let failure = try #require(
      {
        if case .failure(let failure) = limburg.municipality(named: query) { failure } else { nil }
      }())
    #expect(failure.suggestion == expected)
  }

  @Test("a name without its qualifier is ambiguous when it fits several municipalities")
  func ambiguity() throws {
    let population = Municipality.DatedCount(1, on: try #require(Day("2024-01-01")))
    let region = RegionData(municipalities: [
      Municipality(code: "GM0893", name: "Bergen (L.)", population: population),
      Municipality(code: "GM0373", name: "Bergen (NH.)", population: population),
    ])
    #expect(try region.municipality(named: "Bergen (NH)").get().code == "GM0373")
    #expect(try region.municipality(named: "bergen l").get().code == "GM0893")
    guard case .failure(let failure) = region.municipality(named: "Bergen") else {
      Issue.record("'Bergen' should be ambiguous")
      return
    }
    #expect(failure.reason == .ambiguous(["Bergen (L.)", "Bergen (NH.)"]))
    #expect(failure.diagnostic(at: "").message.contains("more than one"))
  }

  @Test("resolves neighbours in Limburg and keeps the others by name")
  func neighbours() throws {
    let bergen = try #require(lookup("Bergen"))
    let neighbours = limburg.neighbours(of: bergen)
    #expect(
      neighbours.map(\.name) == [
        "Gennep", "Venray", "Horst aan de Maas", "Venlo", "Land van Cuijk",
      ])
    #expect(
      neighbours.compactMap(\.municipality).map(\.code) == ["GM0907", "GM0984", "GM1507", "GM0983"])
    #expect(neighbours.last == .outsideRegion(name: "Land van Cuijk"))
    let mook = try #require(lookup("Mook en Middelaar"))
    #expect(
      limburg.neighbours(of: mook).filter { $0.municipality == nil }.map(\.name) == [
        "Heumen", "Berg en Dal", "Land van Cuijk",
      ])
  }

  @Test("every neighbour inside Limburg lists the municipality back")
  func symmetricNeighbours() {
    for municipality in limburg.municipalities {
      for neighbour in limburg.neighbours(of: municipality).compactMap(\.municipality) {
        #expect(
          limburg.neighbours(of: neighbour).contains { $0.municipality?.code == municipality.code },
          "\(neighbour.name) does not list \(municipality.name)")
      }
    }
  }

  @Test("round-trips through a region file", arguments: [CSVFormat.standard, .dutchExcel])
  func regionFileRoundTrip(format: CSVFormat) {
    let text = limburg.regionFile(format: format)
    let (municipalities, diagnostics) = RegionData.loadRegionFile(
      text: text, fileName: "export.csv")
    #expect(diagnostics.isEmpty)
    #expect(municipalities == limburg.municipalities)
  }

  @Test("the Dutch Excel export uses semicolons and decimal commas")
  func dutchExcelExport() {
    let text = limburg.regionFile(format: .dutchExcel)
    #expect(text.hasPrefix("\u{FEFF}code;name;region;population;population_date;"))
    #expect(
      text.contains(
        "GM0889;Beesel;Noord-Limburg;13394;2024-01-01;6107;2024-01-01;6014;2024-01-01;27,88;"))
  }

  @Test("reads a file with only the required columns, for any Dutch municipality")
  func minimalFile() throws {
    let text = "name;code;population;population_date\r\nTestdorp;GM9001;12345;1-1-2024\r\n;;;\r\n"
    let (municipalities, diagnostics) = RegionData.loadRegionFile(text: text)
    #expect(diagnostics.isEmpty)
    #expect(municipalities.count == 1)
    #expect(
      municipalities.first?.population
        == Municipality.DatedCount(12_345, on: try #require(Day(year: 2024))))
    #expect(municipalities.first?.policyRegion == nil)
    #expect(municipalities.first?.borders == [])
  }

  @Test("reports missing required columns and unknown ones")
  func columns() {
    let (municipalities, diagnostics) = RegionData.loadRegionFile(
      text: "code,name,populaton,population_date\nGM9001,Testdorp,1,2024-01-01\n",
      fileName: "nl.csv")
    #expect(municipalities.isEmpty)
    let missing = diagnostics.first { $0.code == .missingField }
    #expect(missing?.path == "population")
    #expect(missing?.line == 1)
    #expect(missing?.file == "nl.csv")
    let unknown = diagnostics.first { $0.code == .unknownKey }
    #expect(unknown?.suggestion == "population")
    #expect(unknown?.severity == .warning)
  }

  static let header = RegionFile.columns.joined(separator: ",")
  static let good =
    "GM9001,Testdorp,Noord-Limburg,1000,2024-01-01,400,2024-01-01,380,2023-01-01,12.5,50,2020,working,60,2021,DE,,https://example.org,,"

  /// `good` with the field in `column` replaced.
  static func row(_ column: String, _ value: String) -> String {
    var fields = good.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    if let index = RegionFile.columns.firstIndex(of: column) { fields[index] = value }
    return fields.joined(separator: ",")
  }

  @Test(
    "reports each bad value with its line and column",
    arguments: [
      ("code", "983x", DiagnosticCode.invalidValue), ("code", "", .missingField),
      ("name", "", .missingField), ("population", "1.000", .invalidValue),
      ("population", "-5", .negativeValue), ("population", "99999999999999999999", .valueTooLarge),
      ("population", "", .missingField), ("population_date", "2024-13-01", .invalidValue),
      ("population_date", "", .missingField), ("dwellings_date", "", .missingField),
      ("households", "many", .invalidValue), ("area_km2", "\"12,5\"", .invalidValue),
      ("area_km2", "-3", .negativeValue), ("area_km2", "0", .invalidValue),
      ("labour_migrants_kind", "workng", .invalidValue),
      ("labour_migrants_kind", "", .missingField),
      ("labour_migrants_year", "2020-2018", .yearsOutOfOrder),
      ("labour_migrants_year", "", .missingField),
      ("labour_migrants_year", "1850", .yearOutOfRange), ("beds_year", "", .missingField),
      ("beds_year", "twenty", .invalidValue), ("borders", "NL", .invalidValue),
    ])
  func badValues(column: String, value: String, code: DiagnosticCode) {
    let text = [
      Self.header, Self.good.replacing("GM9001,Testdorp", with: "GM9002,Anderdorp"),
      Self.row(column, value),
    ]
    .joined(separator: "\n")
    let (municipalities, diagnostics) = RegionData.loadRegionFile(text: text, fileName: "nl.csv")
    #expect(municipalities.map(\.code) == ["GM9002"])
    #expect(diagnostics.count == 1)
    let diagnostic = diagnostics.first
    #expect(diagnostic?.code == code)
    #expect(diagnostic?.line == 3)
    #expect(diagnostic?.file == "nl.csv")
    #expect(diagnostic?.severity == .error)
    #expect(diagnostic?.description.hasPrefix("nl.csv:3: error: at ") == true)
  }

  @Test("reports every problem in a file at once, in line order")
  func manyProblems() {
    let text = [
      Self.header, Self.good, Self.row("population", "x"), "GM1,too,few",
      Self.row("area_km2", "abc"),
      Self.row("labour_migrants_kind", "workng"), Self.row("name", "Anderdorp"),
    ].joined(separator: "\n")
    let (municipalities, diagnostics) = RegionData.loadRegionFile(text: text)
    #expect(municipalities.map(\.code) == ["GM9001"])
    #expect(diagnostics.map(\.line) == [3, 4, 5, 6, 7])
    #expect(
      diagnostics.map(\.path) == ["population", "", "area_km2", "labour_migrants_kind", "code"])
    #expect(diagnostics[3].suggestion == "working")
    #expect(diagnostics.last?.code == .duplicateName)
  }

  @Test("warns about neighbour lists that contradict each other or have a typo")
  func neighbourWarnings() {
    let text = [
      "code,name,population,population_date,neighbours",
      "GM9001,Testdorp,1,2024-01-01,Anderdorp;Testdorp",
      "GM9002,Anderdorp,1,2024-01-01,Derdedorp",
      "GM9003,Derdedorp,1,2024-01-01,Anderdorp;Testdrop;Elders",
    ].joined(separator: "\n")
    let (municipalities, diagnostics) = RegionData.loadRegionFile(text: text)
    #expect(municipalities.count == 3)
    #expect(diagnostics.allSatisfy { $0.severity == .warning && $0.path == "neighbours" })
    #expect(diagnostics.map(\.line) == [2, 2, 4])
    #expect(diagnostics.last?.suggestion == "Testdorp")
  }

  @Test("encodes to deterministic JSON and decodes back")
  func codable() throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let echt = try #require(lookup("Echt-Susteren"))
    let data = try encoder.encode(echt)
    #expect(String(decoding: data, as: UTF8.self).contains("\"borders\":[\"DE\",\"BE\"]"))
    #expect(try JSONDecoder().decode(Municipality.self, from: data) == echt)
    #expect(try encoder.encode(limburg.municipalities) == encoder.encode(limburg.municipalities))
  }
}
