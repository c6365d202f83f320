import Foundation
import HousingEffect
import Testing

@Suite("Batch: many establishments and the cumulative picture")
struct BatchTests {
  static let example = GeneratedRegionDataTests.root.appendingPathComponent(
    "Scenarios/batch-limburg-1000.csv")

  static func load(
    _ lines: [String]
  ) -> (rows: [BatchRow], diagnostics: [Diagnostic], invalidLines: [Int]) {
    BatchFile.load(
      text: lines.joined(separator: "\n") + "\n", fileName: "b.csv", regions: .limburg)
  }

  static let header =
    "name,municipality,type,jobs,floor_area,hectares,start_year,agency_share,migrant_share,employer_beds,employer_norm,free_legal_beds"

  @Test("the 1,000-row example loads without a diagnostic; totals add up the rows they host")
  func example() throws {
    let text = try String(contentsOf: Self.example, encoding: .utf8)
    let (rows, diagnostics, invalid) = BatchFile.load(text: text, regions: .limburg)
    #expect(diagnostics.isEmpty, "\(diagnostics.prefix(3).map(\.description))")
    #expect(invalid.isEmpty)
    #expect(rows.count == 1000)
    let result = BatchResult(rows, regions: .limburg)
    #expect(result.rows.count == 1000)
    #expect(result.municipalities.map(\.establishments).reduce(0, +) == 1000)
    #expect(result.regions.map(\.establishments).reduce(0, +) == 1000)
    func near(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
    for total in result.municipalities {
      let members = result.rows.filter { $0.code == total.code }
      #expect(total.establishments == members.count)
      #expect(near(total.jobsFTE, members.map(\.jobsFTE).reduce(0, +)))
      #expect(near(total.labourMigrants, members.map(\.labourMigrants).reduce(0, +)))
      #expect(
        near(
          total.employerBeds,
          members.map { min($0.employerBedsCounted, $0.need.temporaryBeds) }.reduce(0, +)))
      #expect(total.housingPressure != nil)  // every Limburg municipality has a stock now
      // The need placed in a municipality is set against its employer beds only.
      #expect(
        near(total.temporaryShortfall, max(0, total.temporaryBeds - total.employerBeds)))
    }
    for region in result.regions {
      let members = result.municipalities.filter { $0.region == region.name }
      #expect(near(region.temporaryBeds, members.map(\.temporaryBeds).reduce(0, +)))
      let shortfalls = members.map(\.temporaryShortfall).reduce(0, +)
      #expect(near(region.temporaryShortfall, max(0, shortfalls - (region.vacantBeds ?? 0))))
    }
  }

  @Test("a region's pool of vacant beds is counted once; licensed beds are not subtracted")
  func sharedSupply() throws {
    let (rows, diagnostics, _) = Self.load([
      Self.header,
      "A,Horst aan de Maas,food-processing,200,,,2028,,,,,300",
      "B,Horst aan de Maas,food-processing,200,,,2028,,,,,300",
      "C,Horst aan de Maas,meat-processing,400,,,2028,,,50,snf,",
    ])
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
    let result = BatchResult(rows, regions: .limburg)
    let horst = try #require(result.municipalities.first { $0.name == "Horst aan de Maas" })
    #expect(horst.establishments == 3)
    #expect(horst.licensedBeds == 4000)  // shown, from the region data
    #expect(horst.vacantBeds == nil)  // the pool is not located in a municipality
    #expect(horst.employerBeds == 50)
    // Licensed beds are occupied: only the employer beds are set against the need.
    #expect(horst.temporaryShortfall == max(0, horst.temporaryBeds - 50))
    #expect(horst.temporaryShortfall > 0)
    let region = try #require(result.regions.first { $0.name == "Noord-Limburg" })
    #expect(region.vacantBeds == 300)  // stated twice, counted once
    let members = result.municipalities.filter { $0.region == "Noord-Limburg" }
    let before = members.map(\.temporaryShortfall).reduce(0, +)
    #expect(abs(region.temporaryShortfall - max(0, before - 300)) < 1e-9)
    #expect(result.balance.pooledVacantBeds == 300)
  }

  @Test("the optional columns become the establishment's inputs and overrides")
  func optionalColumns() throws {
    let (rows, diagnostics, _) = Self.load([
      Self.header, "DC,Venlo,distribution-ecommerce,,85000,,2029,0.6,0.85,120,snf,40",
    ])
    #expect(diagnostics.isEmpty)
    let e = try #require(rows.first?.establishment)
    #expect(e.size == .floorArea(85000))
    #expect(e.startYear == 2029)
    #expect(e.employerHousing?.beds == 120)
    #expect(e.employerHousing?.norm == .snf)
    #expect(e.freeLegalBeds == 40)
    #expect(
      e.overrides.map(\.id) == [
        "workforce.agencyShare.logistics", "migration.migrantShare.agency.other",
      ])
    #expect(e.overrides.map(\.value) == [0.6, 0.85])
  }

  @Test("every invalid row is reported with its line, column and a suggestion")
  func invalidRows() {
    let (rows, diagnostics, invalid) = Self.load([
      Self.header + ",nmae",
      "ok,Venlo,hospitality,10,,,2028,,,,,,",
      "typo,Venloo,hospitality,10,,,2028,,,,,,",
      "type,Venlo,glasshouse-tomatoe,,,5,2028,,,,,,",
      "share,Venlo,hospitality,10,,,2028,30,,,,,",
      "two sizes,Venlo,food-processing,10,5000,,2028,,,,,,",
      "no size,Venlo,food-processing,,,,2028,,,,,,",
      "year,Venlo,food-processing,10,,,3000,,,,,,",
    ])
    #expect(rows.count == 1)
    #expect(invalid == [3, 4, 5, 6, 7, 8])
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.map(\.line) == [3, 4, 5, 6, 7, 8])
    #expect(
      errors.map(\.path) == [
        "municipality", "type", "agency_share", "floor_area", "jobs", "start_year",
      ])
    #expect(errors.map(\.suggestion) == ["Venlo", "glasshouse-tomato", "0.3", nil, nil, nil])
    #expect(errors.allSatisfy { $0.file == "b.csv" })
    let warning = diagnostics.first { $0.severity == .warning }
    #expect(warning?.code == .unknownKey)
    #expect(warning?.suggestion == "name")
  }

  @Test("the Dutch dialect: semicolons and decimal commas")
  func dutchDialect() throws {
    let (rows, diagnostics, _) = Self.load([
      Self.header.replacingOccurrences(of: ",", with: ";"),
      "Kas;Horst aan de Maas;glasshouse-tomato;;;12,5;2027;0,2;;;;",
    ])
    #expect(diagnostics.isEmpty)
    #expect(rows.first?.establishment.size == .hectares(12.5))
    #expect(rows.first?.establishment.overrides.first?.value == 0.2)
  }
}
