import Testing
import _TestSupport

@testable import HousingEffect

/// Each stage against arithmetic spelled out here, from the catalogue values it reads.
@Suite("Pipeline stages: hand-computed expectations")
struct PipelineStageTests {
  static let venlo = HostRegion(
    name: "Venlo", policyRegion: .noordLimburg, population: 103_785, dwellings: 48_986)
  static let parameters = ParameterSet(asOf: Day(year: 2028) ?? .catalogueEpoch)
  static func p(_ id: ParameterID) -> Double { parameters[id] }

  /// One segment of `contract` whose workers all have the given origin.
  static func single(
    _ contract: ContractType, origin: OriginMix, jobs: Double = 100, rampUp: [Double] = [1],
    peak: Double? = 1, type: EstablishmentType = .foodProcessing
  ) -> Assessment {
    let establishment = Establishment(
      name: "test", municipality: "Venlo", type: type, size: .jobs(jobs), startYear: 2028,
      rampUp: rampUp,
      workforce: [WorkforceSegment(share: 1, contract: contract, origin: origin)],
      peakFactor: peak)
    return Assessment(establishment, region: venlo, parameters: parameters)
  }

  static func near(_ a: Double, _ b: Double) -> Bool {
    isApproximatelyEqual(a, b, absolute: 1e-9, relative: 1e-9)
  }

  @Test("staffing: floor area ÷ m² per job, the default ramp-up and construction months")
  func staffing() throws {
    let establishment = Establishment(
      name: "DC", municipality: "Venlo", type: .distributionEcommerce, size: .floorArea(60_000),
      startYear: 2028,
      construction: ConstructionPhase(
        workers: 180, startYear: 2026, startMonth: 9, durationMonths: 16))
    let staffing = Staffing(establishment, parameters: Self.parameters)
    let full = 60_000 / Self.p("jobs.m2PerJob.distributionEcommerce")
    #expect(Self.near(staffing.fullOperationFTE, full))
    #expect(Self.near(staffing.year(2028).operationFTE, full * Self.p("jobs.rampUp.year1Share")))
    #expect(Self.near(staffing.year(2029).operationFTE, full * Self.p("jobs.rampUp.year2Share")))
    #expect(Self.near(staffing.year(2030).operationFTE, full))
    // September–December 2026 is 4 months; 2027 is a full year.
    #expect(Self.near(staffing.year(2026).constructionWorkers, 180 * 4 / 12))
    #expect(Self.near(staffing.year(2027).constructionWorkers, 180))
    #expect(staffing.year(2028).constructionWorkers == 0)
    #expect(staffing.firstYear == 2026)
    #expect(staffing.fullOperationYear == 2030)
  }

  @Test("staffing: glass area × FTE per hectare")
  func glasshouse() {
    let establishment = Establishment(
      name: "kas", municipality: "Venlo", type: .glasshouseTomato, size: .hectares(20),
      startYear: 2028, rampUp: [1])
    let staffing = Staffing(establishment, parameters: Self.parameters)
    #expect(Self.near(staffing.fullOperationFTE, 20 * Self.p("jobs.fteByHectare.glasshouseTomato")))
  }

  @Test("workforce: the seasonal peak is carried by flexible segments and totals P × average")
  func peak() throws {
    let establishment = Establishment(
      name: "t", municipality: "Venlo", type: .glasshouseTomato, size: .jobs(200), startYear: 2028,
      rampUp: [1],
      workforce: [
        WorkforceSegment(share: 0.5, contract: .permanent, origin: OriginMix(localReserve: 1)),
        WorkforceSegment(share: 0.5, contract: .seasonal, origin: OriginMix(euMigrant: 1)),
      ],
      peakFactor: 1.3)
    let assessment = Assessment(establishment, region: Self.venlo, parameters: Self.parameters)
    let year = try #require(assessment.workforce.years.first)
    let perFTE = Self.p("workforce.personsPresentPerFTE")
    #expect(Self.near(year.segments[0].presentPeak, 100 * perFTE))
    // 1 + (1.3 − 1) / 0.5 = 1.6 for the seasonal half.
    #expect(Self.near(year.segments[1].presentPeak, 100 * perFTE * 1.6))
    #expect(Self.near(year.presentPeak, 1.3 * year.presentAverage))
    #expect(
      Self.near(
        year.segments[1].distinctPersons, 100 * Self.p("workforce.personsPerFTEYear.seasonal")))
  }

  @Test("migration: stay classes follow the contract's shares; residence shares sum to one")
  func stayClasses() throws {
    let assessment = Self.single(.seasonal, origin: OriginMix(euMigrant: 1))
    let year = try #require(assessment.migration.years.last)
    let present = 100 * Self.p("workforce.personsPresentPerFTE")
    let short = Self.p("migration.stayShare.seasonal.short")
    let mid = Self.p("migration.stayShare.seasonal.mid")
    #expect(Self.near(year.labourMigrantsAverage.short, present * short))
    #expect(Self.near(year.labourMigrantsAverage.mid, present * mid))
    #expect(Self.near(year.labourMigrantsAverage.long, present * (1 - short - mid)))
    let residence = assessment.migration.residence
    #expect(Self.near(residence.total, 1))
    let outside = Self.p("migration.residence.outsideProvinceShare")
    #expect(Self.near(residence.host, (1 - outside) * Self.p("migration.residence.hostShare")))
  }

  @Test("migration: arrivals are growth plus replacement")
  func arrivals() throws {
    let assessment = Self.single(.agency, origin: OriginMix(euMigrant: 1), rampUp: [0.5, 1])
    let first = assessment.migration.years[0]
    let second = assessment.migration.years[1]
    let turnover = Self.p("workforce.personsPerFTEYear.agency")
    // Year 1: 50 present, all new, plus 50 × (turnover − 1) replacements.
    #expect(Self.near(first.labourMigrantArrivals.total, 50 + 50 * (turnover - 1)))
    // Year 2: 50 more present, plus 100 × (turnover − 1) replacements.
    #expect(Self.near(second.labourMigrantArrivals.total, 50 + 100 * (turnover - 1)))
  }

  @Test("households: family members grow with reunification and children follow the shares")
  func households() throws {
    let assessment = Self.single(.permanent, origin: OriginMix(euMigrant: 1))
    let long =
      100 * Self.p("workforce.personsPresentPerFTE")
      * (1 - Self.p("migration.stayShare.permanent.short")
        - Self.p("migration.stayShare.permanent.mid"))
    let nonEu = 0.0  // the origin is EU only
    let perMigrant = (1 - nonEu) * Self.p("households.familyMembersPerLongStayMigrant")
    let reunificationYears = Self.p("households.reunificationYears")
    let first = assessment.households.years[0]
    #expect(Self.near(first.familyMembers, long * perMigrant * min(1, 1 / reunificationYears)))
    let last = try #require(assessment.households.years.last)
    #expect(Self.near(last.reunification, 1))
    #expect(Self.near(last.familyMembers, long * perMigrant))
    #expect(
      Self.near(
        last.children.total, last.familyMembers * Self.p("households.childShareOfFamilyMembers")))
    #expect(
      Self.near(
        last.children.age4to11, last.children.total * Self.p("households.childAge4to11Share")))
  }

  @Test("housing: short-stay beds at peak in the province, minus supply")
  func housing() throws {
    var establishment = Establishment(
      name: "t", municipality: "Venlo", type: .foodProcessing, size: .jobs(100), startYear: 2028,
      rampUp: [1],
      workforce: [WorkforceSegment(share: 1, contract: .seasonal, origin: OriginMix(euMigrant: 1))],
      peakFactor: 1, freeLegalBeds: 10, housingNorm: .snf2025)
    establishment.employerHousing = EmployerHousing(beds: 20)
    let assessment = Assessment(establishment, region: Self.venlo, parameters: Self.parameters)
    let peak = try #require(assessment.housing.years.last).peak
    let residence = assessment.migration.residence
    let inRegion = residence.host + residence.restOfRegion
    let short = 100 * Self.p("migration.stayShare.seasonal.short") * inRegion
    let mid = 100 * Self.p("migration.stayShare.seasonal.mid") * inRegion
    #expect(Self.near(peak.shortStayBeds, short))
    #expect(Self.near(peak.midStayPersons, mid))
    #expect(Self.near(peak.shortfallBeds, max(0, short + mid - 30)))
    #expect(Self.near(peak.floorArea, (short + mid) * Self.p("housing.norm.snf2025.m2PerPerson")))
    #expect(Self.near(peak.toilets, (short + mid) / Self.p("housing.norm.snf.personsPerToilet")))
  }

  @Test("housing: the employer's housing is checked criterion by criterion")
  func normCheck() throws {
    let housing = EmployerHousing(
      beds: 60, norm: .akf, floorAreaM2: 840, bedrooms: 36, toilets: 8, showers: 8)
    let check = NormCheck(housing: housing, norm: .akf, parameters: Self.parameters)
    let area = try #require(check.results.first { $0.criterion == .floorAreaPerPerson })
    #expect(area.actual == 14)
    #expect(area.compliant == (14 >= Self.p("housing.norm.akf.m2PerPerson")))
    let bedroom = try #require(check.results.first { $0.criterion == .personsPerBedroom })
    #expect(Self.near(bedroom.actual ?? 0, 60.0 / 36))
    #expect(bedroom.compliant == true)
    let toilets = try #require(check.results.first { $0.criterion == .personsPerToilet })
    #expect(toilets.actual == 7.5)
    #expect(toilets.compliant == true)
    let unknown = NormCheck(
      housing: EmployerHousing(beds: 10), norm: .snf2025, parameters: Self.parameters)
    #expect(unknown.compliant == nil)
  }

  @Test("facilities: GP FTE, police and waste from residents in the host municipality")
  func facilities() throws {
    let assessment = Self.single(.seasonal, origin: OriginMix(euMigrant: 1))
    let year = try #require(assessment.facilities.years.last)
    let migrants = try #require(assessment.migration.years.last).migrantsAverage
    let host = assessment.migration.residence.host
    #expect(Self.near(year.residentsHost, migrants * host))
    // Short-stay workers are in the RNI and on no GP list.
    let short = try #require(assessment.migration.years.last).labourMigrantsAverage.short
    #expect(
      Self.near(
        year.gpFTE, (year.residentsHost - short * host) / Self.p("facilities.gp.patientsPerFTE")))
    #expect(
      Self.near(
        year.wijkagentFTE, year.residentsHost / Self.p("facilities.police.inhabitantsPerWijkagent"))
    )
    #expect(
      Self.near(
        year.wasteTonnes, year.residentsHost * Self.p("facilities.waste.kgPerInhabitantYear") / 1000
      ))
    #expect(Self.near(year.migrantsPer1000, migrants * host / 103_785 * 1000))
  }

  @Test("facilities: newcomer places per age group (ISK for 12–17) and pre-school (VVE) places")
  func schoolAndPreschool() throws {
    // Permanent staff stay long and bring families, so there are children, some arriving.
    let assessment = Self.single(
      .permanent, origin: OriginMix(euMigrant: 1), rampUp: [0.5, 1], type: .foodProcessing)
    let host = assessment.migration.residence.host
    var checked = 0
    for (index, year) in assessment.facilities.years.enumerated() {
      let household = assessment.households.years[index]
      let children = household.children
      guard children.total > 0 else { continue }
      let young = Self.p("households.childAge0to3Share")
      let primary = Self.p("households.childAge4to11Share")
      #expect(Self.near(children.age0to3, children.total * young))
      #expect(Self.near(children.age12to17, children.total * (1 - young - primary)))
      // Ages 4–11 a primary newcomer class, ages 12–17 the ISK.
      let yearsPerChild =
        primary * Self.p("facilities.school.newcomerYears")
        + (1 - young - primary) * Self.p("facilities.school.iskYears")
      #expect(Self.near(year.newcomerPlaces, household.newChildren * host * yearsPerChild))
      // VVE: the share of the 0–3 band aged 2.5–4, times attendance.
      #expect(
        Self.near(
          year.preschoolPlaces,
          children.total * young * host * Self.p("facilities.preschool.ageShareOf0to3")
            * Self.p("facilities.preschool.useShare")))
      checked += 1
    }
    #expect(checked > 0)
    #expect(assessment.facilities.years.contains { $0.newcomerPlaces > 0 })
    // The defaults of issue 20: weighted young (SCP 2018), one year primary, two years ISK,
    // so an arriving child needs 0.45 × 1 + 0.20 × 2 = 0.85 years of newcomer education.
    #expect(Self.p("households.childAge0to3Share") == 0.35)
    #expect(Self.p("households.childAge4to11Share") == 0.45)
    #expect(Self.p("facilities.school.newcomerYears") == 1)
    #expect(Self.p("facilities.school.iskYears") == 2)
  }

  @Test("welfare: the wage ratio weighs agency work at the staffing-sector wage")
  func wageRatio() throws {
    let assessment = Self.single(.agency, origin: OriginMix(euMigrant: 1))
    let indicator = try #require(assessment.welfare.years.last?.indicator("welfare.wageRatio"))
    let expected = Self.p("welfare.wagePerJob.staffingServices") / Self.p("welfare.wagePerJob.all")
    #expect(Self.near(indicator.value ?? 0, expected))
    // The sector wages are catalogue defaults, not this company's: no rating without its own.
    #expect(indicator.rating == .unknown)
  }

  @Test("the trace of an indicator holds the value the stage computed")
  func trace() throws {
    let assessment = Self.single(.seasonal, origin: OriginMix(euMigrant: 1))
    let year = assessment.fullOperationYear
    let entry = try #require(assessment.trace.entry("housing.shortStayBeds", year: year))
    #expect(entry.value == assessment.housing.years.last?.peak.shortStayBeds)
    // The beds count the province (host and rest of region): the share outside it shapes
    // them, the host's share of the province does not (issue 18: the list is the reads).
    #expect(entry.parameters.contains("migration.residence.outsideProvinceShare"))
    #expect(!entry.parameters.contains("migration.residence.hostShare"))
    #expect(entry.inputs.contains { $0.indicator == "migration.shortStay" })
  }
}

@Suite("Turnover allocation over stay classes")
struct TurnoverAllocationTests {
  @Test("long-stay departures first, then short stays up to what their length needs, then mid")
  func order() {
    // 10 present in each class, 30 replacements, 20 % long-stay departures, 4-month short stays
    // (3 persons per place a year, so 2 replacements per short place).
    let result = Migration.distinct(
      present: StayFigures(short: 10, mid: 10, long: 10), replacements: 30,
      longStayDeparture: 0.2, shortStayMonths: 4)
    #expect(result.long == 12)  // 10 + 2 departures replaced
    #expect(result.short == 30)  // 10 + 20
    #expect(result.mid == 18)  // 10 + the 8 left
  }

  @Test("turnover beyond every class's need is shared by presence")
  func surplus() {
    let result = Migration.distinct(
      present: StayFigures(short: 10, mid: 30, long: 0), replacements: 100,
      longStayDeparture: 0.2, shortStayMonths: 4)
    // Needs: short 20, mid 60; the 20 left go 1 : 3.
    #expect(result.short == 10 + 20 + 5)
    #expect(result.mid == 30 + 60 + 15)
    #expect(result.long == 0)
  }

  @Test("a segment with only long stays gives all its turnover to them")
  func onlyLong() {
    let result = Migration.distinct(
      present: StayFigures(short: 0, mid: 0, long: 50), replacements: 5,
      longStayDeparture: 0.05, shortStayMonths: 4)
    #expect(result.long == 55)
  }
}
