import Foundation
import HousingEffect
import Testing
import _Fuzzing

@Suite("One housing balance for assess, batch and project (issue 17)")
struct HousingBalanceTests {
  static let scenarios = GeneratedRegionDataTests.root.appendingPathComponent("Scenarios")

  static func establishment(_ file: String) throws -> Establishment {
    let bytes = try [UInt8](Data(contentsOf: scenarios.appendingPathComponent(file)))
    let (loaded, diagnostics) = EstablishmentLoader.load(
      bytes, file: file, municipality: FuzzOracle.municipalityCheck(.limburg))
    #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
    return try #require(loaded)
  }

  static func assess(_ establishment: Establishment) throws -> Assessment {
    guard
      case .success(let host) = RegionData.limburg.municipality(named: establishment.municipality)
    else { throw LookupError() }
    return Assessment(
      establishment, region: HostRegion(host),
      parameters: ParameterSet(asOf: establishment.referenceDay))
  }

  struct LookupError: Error {}

  @Test("need minus supply: never negative; unknown long-stay supply stays unknown")
  func gap() {
    let supply = HousingBalance.Supply(employerBeds: 30, vacantBeds: 20)
    let balance = HousingBalance(temporaryNeed: 80, longStayNeed: 40, supply: supply)
    #expect(balance.temporaryShortfall == 30)
    #expect(balance.longStayGap == nil)
    var known = balance
    known.supply.dwellings = 15
    #expect(known.longStayGap == 25)
    known.supply.dwellings = 60
    #expect(known.longStayGap == 0)
    #expect(
      HousingBalance(temporaryNeed: 10, longStayNeed: 0, supply: supply).temporaryShortfall == 0)
    // Unknown existing supply: only growth above the base year, less added supply.
    #expect(HousingBalance.growthGap(need: 500, baseNeed: 420, addedSupply: 30) == 50)
    #expect(HousingBalance.growthGap(need: 400, baseNeed: 420, addedSupply: 0) == 0)
    #expect(!HousingBalance.Supply().bedsKnown)
    #expect(HousingBalance.Supply(vacantBeds: 0).bedsKnown)
  }

  @Test("Horst at the Limburg norm counts 36 employer beds (36 bedrooms × 1) and shows a shortfall")
  func horstLimburg() throws {
    var horst = try Self.establishment("horst-glasshouse-tomato.json")
    horst.housingNorm = .limburg
    let assessment = try Self.assess(horst)
    let parameters = ParameterSet(asOf: horst.referenceDay)
    #expect(parameters["housing.norm.limburg.personsPerBedroom"] == 1)
    #expect(assessment.housing.employerBedsCounted == 36)
    // The check the report shows is still against the housing's own norm (AKF).
    #expect(assessment.housing.employerHousingCheck?.norm == .akf)
    #expect((assessment.housing.employerHousingCheck?.bedsAtNorm ?? 0) > 36)
    let peak = try #require(assessment.housing.years.last).peak
    #expect(peak.supplyBeds == 36 + 25)  // employer beds at the stricter norm + free legal beds
    #expect(abs(peak.shortfallBeds - (peak.temporaryBeds - 61)) < 1e-9)
    #expect(peak.shortfallBeds > 5)
    // At its own norm (AKF both ways) the stricter norm is the same one.
    let own = try Self.assess(try Self.establishment("horst-glasshouse-tomato.json"))
    #expect(
      own.housing.employerBedsCounted == own.housing.employerHousingCheck?.bedsAtNorm)
  }

  @Test("long-stay supply: availableDwellings adds up by year; the gap is in the scorecard")
  func longStaySupply() throws {
    var venlo = try Self.establishment("venlo-ecommerce-dc.json")
    let unknown = try Self.assess(venlo)
    let last = try #require(unknown.housing.years.last)
    #expect(last.peak.longStayGap == nil)
    let indicator = try #require(
      unknown.welfare.years.last?.indicator("welfare.unmetLongStayShare"))
    #expect(indicator.value == nil)
    #expect(indicator.rating == .unknown)

    venlo.availableDwellings = [
      AvailableDwellings(year: 2028, dwellings: 30), AvailableDwellings(year: 2030, dwellings: 40),
    ]
    let known = try Self.assess(venlo)
    for year in known.housing.years {
      let supply: Double = year.year >= 2030 ? 70 : (year.year >= 2028 ? 30 : 0)
      #expect(year.peak.longStaySupply == supply)
      #expect(year.peak.longStayGap == max(0, year.peak.longStayDwellings - supply))
    }
    // Venlo needs 118 dwellings in 2030: 48 are not covered, 41 % of the need.
    let full = try #require(known.housing.years.last)
    #expect(full.year == 2030)
    let share = try #require(
      known.welfare.years.last?.indicator("welfare.unmetLongStayShare")?.value)
    #expect(abs(share - (full.peak.longStayDwellings - 70) / full.peak.longStayDwellings) < 1e-12)
    #expect(known.welfare.years.last?.indicator("welfare.unmetLongStayShare")?.rating == .negative)
    // Temporary figures do not move.
    #expect(full.peak.shortfallBeds == last.peak.shortfallBeds)
  }

  @Test("availableDwellings is read from the file, with a clear message for a bad entry")
  func availableDwellingsLoader() throws {
    func load(_ value: String) -> (Establishment?, [Diagnostic]) {
      let text = """
        {"schemaVersion": 1, "name": "x", "municipality": "Venlo", "type": "hospitality",
         "size": {"jobs": 40}, "startYear": 2028, "availableDwellings": \(value)}
        """
      return EstablishmentLoader.load(
        Array(text.utf8), file: "x.json", municipality: FuzzOracle.municipalityCheck(.limburg))
    }
    let (good, _) = load(#"[{"year": 2028, "dwellings": 5}, {"year": 2031, "dwellings": 7}]"#)
    #expect(
      good?.availableDwellings == [
        AvailableDwellings(year: 2028, dwellings: 5), AvailableDwellings(year: 2031, dwellings: 7),
      ])
    #expect(load("[]").0?.availableDwellings == [])
    let (bad, diagnostics) = load(#"[{"year": 2028, "dwelings": 5}]"#)
    #expect(bad == nil)
    #expect(diagnostics.contains { $0.description.contains("dwelings") })
  }

  /// The establishment files of Scenarios/ (batch reads them as a list as well as a CSV).
  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: scenarios.path)) ?? []
    return names.filter { $0.hasSuffix(".json") && !$0.contains("study") }.sorted()
  }()

  @Test("batch and assess give the same balance for an establishment on its own", arguments: files)
  func batchEqualsAssess(file: String) throws {
    let establishment = try Self.establishment(file)
    let assessment = try Self.assess(establishment)
    let result = BatchResult(
      [BatchRow(line: 1, establishment: establishment)], regions: .limburg)
    let row = try #require(result.rows.first)
    let peak = try #require(assessment.housing.years.last).peak
    #expect(row.shortfallBeds == peak.shortfallBeds)
    #expect(row.employerBedsCounted == assessment.housing.employerBedsCounted)
    #expect(row.need.temporaryBeds == peak.temporaryBeds)
    // Alone, the municipalities' shortfalls add up to the row's before its free legal beds.
    let municipal = result.municipalities.reduce(0) { $0 + $1.temporaryShortfall }
    let beforeVacant = max(0, peak.temporaryBeds - assessment.housing.employerBedsCounted)
    #expect(abs(municipal - beforeVacant) < 1e-6 * max(1, beforeVacant))
    // And the region's pool brings it down to the row's shortfall, if the row states one.
    if establishment.freeLegalBeds != nil {
      let regions = result.regions.reduce(0) { $0 + $1.temporaryShortfall }
      #expect(regions >= row.shortfallBeds - 1e-6)
    }
  }

  static func conserve(_ result: BatchResult) {
    var placed = BatchLoad()
    for total in result.municipalities { placed += total.need }
    placed += result.balance.unallocated
    var rows = BatchLoad()
    for row in result.rows { rows += row.need }
    #expect(rows == result.balance.rows)
    // The municipalities' shortfalls: the rows' plus the free beds each row subtracts on its
    // own, less the temporary beds that had no municipality to go to.
    let b = result.balance
    let expected = b.rowShortfalls + b.rowVacantBeds - b.unallocated.temporaryBeds
    #expect(abs(b.municipalShortfalls - expected) <= 1e-9 * max(1, expected))
    for ((name, sum), (_, expected)) in zip(placed.quantities, rows.quantities) {
      #expect(
        abs(sum - expected) <= 1e-9 * max(1, expected), "\(name): placed \(sum), rows \(expected)")
    }
    // Regions add up their municipalities.
    var regions = BatchLoad()
    for total in result.regions { regions += total.need }
    var municipalities = BatchLoad()
    for total in result.municipalities { municipalities += total.need }
    for ((name, sum), (_, expected)) in zip(regions.quantities, municipalities.quantities) {
      #expect(abs(sum - expected) <= 1e-9 * max(1, expected), "\(name) over regions")
    }
  }

  @Test("conservation on the 1,000-row example: placed + unallocated = the rows, per quantity")
  func conservationExample() throws {
    let text = try String(contentsOf: BatchTests.example, encoding: .utf8)
    let (rows, _, _) = BatchFile.load(text: text, regions: .limburg)
    let result = BatchResult(rows, regions: .limburg)
    Self.conserve(result)
    // Every quantity is placed somewhere: the example's hosts are all in Limburg.
    for (name, value) in result.balance.rows.quantities { #expect(value > 0, "\(name)") }
    // Horst aan de Maas and Venray show a shortfall: licensed beds are occupied.
    for name in ["Horst aan de Maas", "Venray"] {
      let total = try #require(result.municipalities.first { $0.name == name })
      #expect(total.temporaryShortfall > 100, "\(name)")
      #expect(total.licensedBeds != nil)
    }
    // The municipal shortfalls add up to at least the rows': exactly the rows' plus the free
    // beds each row subtracts on its own (nothing is unallocated here); the regions count
    // each pool once.
    let b = result.balance
    #expect(b.unallocated.temporaryBeds == 0)
    #expect(b.municipalShortfalls >= b.rowShortfalls)
    #expect(
      abs(b.municipalShortfalls - (b.rowShortfalls + b.rowVacantBeds))
        <= 1e-9 * b.municipalShortfalls)
    #expect(b.rowVacantBeds > b.pooledVacantBeds)
    #expect(b.regionShortfalls >= b.municipalShortfalls - b.pooledVacantBeds - 1e-6)
  }

  @Test("conservation on a random seeded batch")
  func conservationRandom() throws {
    var generator = SplitMix64(seed: 17)
    let names = RegionData.limburg.municipalities.map(\.name)
    let types = ["distribution-ecommerce", "food-processing", "glasshouse-tomato", "hospitality"]
    var lines = [BatchTests.header]
    for index in 0..<60 {
      let name = names[Int(generator.next() % UInt64(names.count))]
      let type = types[Int(generator.next() % UInt64(types.count))]
      let jobs = 20 + Int(generator.next() % 400)
      let beds = generator.next() % 3 == 0 ? String(generator.next() % 200) : ""
      let free = generator.next() % 4 == 0 ? String(generator.next() % 100) : ""
      let size = type == "glasshouse-tomato" ? ",,\(1 + generator.next() % 20)" : "\(jobs),,"
      lines.append(
        "R\(index),\(name),\(type),\(size),2028,,,\(beds),\(beds.isEmpty ? "" : "snf"),\(free)")
    }
    let (rows, diagnostics, _) = BatchTests.load(lines)
    #expect(!diagnostics.hasErrors, "\(diagnostics.prefix(3).map(\.description))")
    let result = BatchResult(rows, regions: .limburg)
    Self.conserve(result)
  }
}
