/// Stage 6: load on public facilities in the host municipality — GP care, school places,
/// childcare, the BRP/RNI registration desk, housing inspections, neighbourhood police, waste —
/// against the municipality's existing capacity where it can be estimated.
///
/// See `Docs/methodology.md#facility-load`.
public struct FacilityLoad: Sendable, Hashable, Codable {
  public struct Year: Sendable, Hashable, Codable {
    public var year: Int
    /// Newcomers and their families living in the host municipality on an average day [persons].
    public var residentsHost: Double
    /// The same for the whole province [persons].
    public var residentsRegion: Double
    /// Labour, knowledge and construction migrants living in the host municipality per 1,000
    /// inhabitants.
    public var migrantsPer1000: Double
    public var gpFTE: Double
    /// Added GP FTE ÷ the municipality's GP FTE at the national density [share].
    public var gpPressure: Double
    public var primaryPlaces: Double
    public var secondaryPlaces: Double
    public var newcomerPlaces: Double
    /// Added primary pupils ÷ the municipality's primary pupils at the national rate [share].
    public var primaryPressure: Double
    public var childcarePlaces: Double
    /// Pre-school education (VVE) places for children aged 2.5 to 4 (issue 20) [persons].
    public var preschoolPlaces: Double = 0
    /// Registrations in the BRP (stays over the short-stay limit) this year [count].
    public var brpRegistrations: Double
    /// Registrations in the RNI (short stays) this year [count].
    public var rniRegistrations: Double
    /// Deregistrations from the BRP this year: mid- and long-stay migrants and knowledge
    /// migrants who leave, and construction crews on mid stays [count].
    public var brpDeregistrations: Double = 0
    /// Migrants living in the host municipality who should be in the BRP but, at the
    /// registered share Limburg shows, are expected not to be [persons].
    public var expectedUnregistered: Double = 0
    public var shortStayLocations: Double
    /// Housing inspections a year: short-stay locations, and the addresses where people
    /// without a legal bed end up (regular dwellings shared at the municipal cap) [count].
    public var inspections: Double
    public var wijkagentFTE: Double
    public var wasteTonnes: Double
  }

  public var years: [FacilityLoad.Year]
  public var trace: Trace

  /// The facility load of a stock of migrants, from one establishment or from a region.
  public init(
    _ stock: MigrantStock, households: Households, housing: HousingDemand, region: HostRegion,
    parameters: ParameterSet
  ) {
    let migration = stock
    let host = migration.residence.host
    let inRegion = host + migration.residence.restOfRegion
    let population = max(region.population, 1)
    let patientsPerFTE = max(parameters[.facilitiesGpPatientsPerFTE], 1)
    // Capacity at the same patient norm as the added demand, so the pressure compares like
    // with like (issue 9, item 10): added GP FTE ÷ (population ÷ patients per FTE).
    let existingGP = FacilityLoad.existingGPFTE(population: population, parameters: parameters)
    let existingPupils = FacilityLoad.existingPrimaryPupils(
      population: population, parameters: parameters)
    let newcomerYears = parameters[.facilitiesSchoolNewcomerYears]
    let iskYears = parameters[.facilitiesSchoolIskYears]
    let childcareUse = parameters[.facilitiesChildcareUseShare]
    let preschoolAgeShare = parameters[.facilitiesPreschoolAgeShareOf0to3]
    let preschoolUse = parameters[.facilitiesPreschoolUseShare]
    let perWijkagent = max(parameters[.facilitiesPoliceInhabitantsPerWijkagent], 1)
    let wasteKg = parameters[.facilitiesWasteKgPerInhabitantYear]
    let bedsPerLocation = max(parameters[.housingBedsPerShortStayLocation], 1)
    let inspectionsPerLocation = parameters[.facilitiesInspectionPerLocationYear]
    let hostHouseholdShare = parameters[.migrationResidenceHostShare]
    let registeredShare = min(max(parameters[.migrationBrpRegisteredShare], 0), 1)
    let perDwelling = max(parameters[.housingMaxMigrantsPerRegularDwelling], 1)
    var previous: Migration.Year?

    // Registrations depend on arrivals, which come from turnover and stay shares.
    let stayAndTurnover = migration.arrivalParameters
    var trace = Trace(recording: parameters.tracing)
    var years: [Year] = []
    years.reserveCapacity(migration.years.count)
    for (index, migrationYear) in migration.years.enumerated() {
      let householdYear = households.years[index]
      let housingYear = housing.years[index]
      let year = migrationYear.year
      let newcomers = migrationYear.migrantsAverage + householdYear.familyMembers
      let residentsHost = newcomers * host + migrationYear.domesticRelocators * hostHouseholdShare
      let residentsRegion = newcomers * inRegion + migrationYear.domesticRelocators
      let migrantsHost = migrationYear.migrantsAverage * host
      let children = householdYear.children
      // Newcomer education per age group: a primary newcomer class for ages 4–11, the ISK
      // (international transition class) for ages 12–17 (issue 20).
      let primaryAgeShare = children.total > 0 ? children.age4to11 / children.total : 0
      let secondaryAgeShare = children.total > 0 ? children.age12to17 / children.total : 0
      let arrivals = migrationYear.labourMigrantArrivals
      let newFamily = householdYear.newFamilyMembers
      // Construction crews register once per stay: in the RNI for a stay up to the
      // short-stay limit, in the BRP beyond it.
      let constructionBRP = migrationYear.constructionArrivalsMid
      let constructionRNI = migrationYear.constructionArrivals - constructionBRP
      // GP patients are the registered residents: short-stay workers and construction crews
      // on short stints (RNI, no GP list) are left out.
      let unlisted =
        (migrationYear.labourMigrantsAverage.short
          + migrationYear.constructionMigrants * (1 - migrationYear.constructionMidShare)) * host
      let gpPatients = max(0, residentsHost - unlisted)
      let gpFTE = gpPatients / patientsPerFTE
      let primary = children.age4to11 * host
      let locations = housingYear.hostPeak.shortStayBeds / bedsPerLocation
      // People without a legal bed end up in regular dwellings shared at the municipal cap
      // (or worse): each such address is inspected like a location (issue 9, item 8).
      let unmetAddresses = housingYear.hostPeak.shortfallBeds / perDwelling
      // Leaving: replacements of those present plus any fall in presence since last year.
      func leaving(_ now: Double, _ distinct: Double, _ before: Double) -> Double {
        max(0, distinct - now) + max(0, before - now)
      }
      let before = previous
      let departures =
        leaving(
          migrationYear.labourMigrantsAverage.mid, migrationYear.labourMigrantsDistinct.mid,
          before?.labourMigrantsAverage.mid ?? 0)
        + leaving(
          migrationYear.labourMigrantsAverage.long, migrationYear.labourMigrantsDistinct.long,
          before?.labourMigrantsAverage.long ?? 0)
        + max(
          0,
          migrationYear.knowledgeMigrantArrivals
            - max(0, migrationYear.knowledgeMigrants - (before?.knowledgeMigrants ?? 0)))
        + max(0, (before?.knowledgeMigrants ?? 0) - migrationYear.knowledgeMigrants)
      previous = migrationYear
      let obliged =
        (migrationYear.labourMigrantsAverage.mid + migrationYear.labourMigrantsAverage.long
          + migrationYear.knowledgeMigrants) * host
      let expectedRegistered = migrantsHost * registeredShare

      let result = Year(
        year: year, residentsHost: residentsHost, residentsRegion: residentsRegion,
        migrantsPer1000: FacilityLoad.per1000(migrantsHost, population: population),
        gpFTE: gpFTE, gpPressure: FacilityLoad.pressure(gpFTE, capacity: existingGP),
        primaryPlaces: primary, secondaryPlaces: children.age12to17 * host,
        newcomerPlaces: householdYear.newChildren * host
          * (primaryAgeShare * newcomerYears + secondaryAgeShare * iskYears),
        primaryPressure: FacilityLoad.pressure(primary, capacity: existingPupils),
        childcarePlaces: children.age0to3 * host * childcareUse,
        preschoolPlaces: children.age0to3 * host * preschoolAgeShare * preschoolUse,
        brpRegistrations: (arrivals.mid + arrivals.long + migrationYear.knowledgeMigrantArrivals
          + newFamily + constructionBRP) * host,
        rniRegistrations: (arrivals.short + constructionRNI) * host,
        brpDeregistrations: (departures + constructionBRP) * host,
        expectedUnregistered: max(0, obliged - expectedRegistered),
        shortStayLocations: locations,
        inspections: (locations + unmetAddresses) * inspectionsPerLocation,
        wijkagentFTE: residentsHost / perWijkagent,
        wasteTonnes: residentsHost * wasteKg / 1_000)
      years.append(result)
      // The rest of the year is its trace; an untraced draw skips building its inputs.
      guard trace.isRecording else { continue }

      let residents: TraceEntry.Input = .indicator(
        "facilities.residentsHost", "newcomers living in the host municipality", residentsHost,
        .persons)
      trace.record(
        "facilities.residentsHost", year: year, residentsHost, .persons,
        formula:
          "residents = (migrants present + family members) × host share + relocating NL households × host share",
        inputs: [
          .value(
            "migrants present (labour, knowledge, construction)", migrationYear.migrantsAverage,
            .persons),
          .indicator(
            "households.familyMembers", "family members", householdYear.familyMembers, .persons),
          .value("share living in the host municipality", host, .share),
        ],
        parameters: [.migrationResidenceHostShare, .migrationResidenceOutsideProvinceShare])
      trace.record(
        "facilities.migrantsPer1000", year: year, result.migrantsPer1000,
        .per(.persons, .thousandPersons),
        formula:
          "migrants per 1,000 inhabitants = migrants living in the host municipality ÷ population × 1,000",
        inputs: [
          .value("migrants living in the host municipality", migrantsHost, .persons),
          .value("population of \(region.name)", region.population, .persons),
        ])
      trace.record(
        "facilities.gpFTE", year: year, gpFTE, .fte,
        formula:
          "GP FTE = (residents − short-stay labour migrants and construction workers on short stays, who are not on a GP list) ÷ patients per GP FTE",
        inputs: [
          residents,
          .value("short-stay residents not on a GP list", unlisted, .persons),
        ],
        parameters: [.facilitiesGpPatientsPerFTE])
      trace.record(
        "facilities.gpPressure", year: year, result.gpPressure, .share,
        formula:
          "GP pressure = added GP FTE ÷ (population ÷ patients per GP FTE): the same norm on both sides",
        inputs: [
          .indicator("facilities.gpFTE", "added GP FTE", gpFTE, .fte),
          .value("population of \(region.name)", region.population, .persons),
        ],
        parameters: [.facilitiesGpPatientsPerFTE])
      trace.record(
        "facilities.primaryPlaces", year: year, primary, .persons,
        formula: "primary school places = children aged 4–11 × host share",
        inputs: [.indicator("households.children", "children", children.total, .persons)],
        parameters: [.householdsChildAge4to11Share])
      trace.record(
        "facilities.primaryPressure", year: year, result.primaryPressure, .share,
        formula:
          "primary-school pressure = added primary places ÷ (population × primary pupils per 1,000 ÷ 1,000)",
        inputs: [
          .indicator("facilities.primaryPlaces", "added primary places", primary, .persons),
          .value("population of \(region.name)", region.population, .persons),
        ],
        parameters: [.facilitiesSchoolPrimaryPupilsPer1000])
      trace.record(
        "facilities.secondaryPlaces", year: year, result.secondaryPlaces, .persons,
        formula: "secondary school places = children aged 12–17 × host share",
        inputs: [.indicator("households.children", "children", children.total, .persons)],
        parameters: [.householdsChildAge0to3Share, .householdsChildAge4to11Share])
      trace.record(
        "facilities.newcomerPlaces", year: year, result.newcomerPlaces, .persons,
        formula:
          "newcomer-class places = children arriving this year × host share × (share aged 4–11 × years in a primary newcomer class + share aged 12–17 × years in the ISK)",
        inputs: [
          .indicator(
            "households.newChildren", "children arriving this year", householdYear.newChildren,
            .persons)
        ],
        parameters: [
          .householdsChildAge0to3Share, .householdsChildAge4to11Share,
          .facilitiesSchoolNewcomerYears, .facilitiesSchoolIskYears,
        ])
      trace.record(
        "facilities.childcarePlaces", year: year, result.childcarePlaces, .persons,
        formula: "childcare places = children aged 0–3 × host share × childcare use",
        inputs: [.value("children aged 0–3", children.age0to3, .persons)],
        parameters: [.householdsChildAge0to3Share, .facilitiesChildcareUseShare])
      trace.record(
        "facilities.preschoolPlaces", year: year, result.preschoolPlaces, .persons,
        formula:
          "pre-school (VVE) places = children aged 0–3 × host share × share aged 2.5–4 × VVE use",
        inputs: [.value("children aged 0–3", children.age0to3, .persons)],
        parameters: [
          .householdsChildAge0to3Share, .facilitiesPreschoolAgeShareOf0to3,
          .facilitiesPreschoolUseShare,
        ])
      trace.record(
        "facilities.brpRegistrations", year: year, result.brpRegistrations, .count,
        formula:
          "BRP registrations = (mid- and long-stay arrivals + knowledge-migrant arrivals + newly arrived family + construction workers arriving for a stay beyond the short-stay limit) × host share",
        inputs: [
          .indicator(
            "migration.arrivals", "arrivals, all stay classes",
            arrivals.total + migrationYear.knowledgeMigrantArrivals, .persons),
          .value(
            "of which mid- and long-stay and knowledge-migrant arrivals",
            arrivals.mid + arrivals.long + migrationYear.knowledgeMigrantArrivals, .persons),
          .indicator(
            "households.newFamilyMembers", "newly arrived family members", newFamily, .persons),
          .value("construction workers arriving for a mid stay", constructionBRP, .persons),
        ],
        parameters: stayAndTurnover)
      trace.record(
        "facilities.rniRegistrations", year: year, result.rniRegistrations, .count,
        formula:
          "RNI registrations = (short-stay arrivals + construction workers arriving for a short stint, one per crew place per stint) × host share",
        inputs: [
          .indicator(
            "migration.arrivals", "arrivals (all stay classes)",
            arrivals.total + migrationYear.knowledgeMigrantArrivals, .persons),
          .value("short-stay arrivals", arrivals.short, .persons),
          .value("construction workers arriving for a short stay", constructionRNI, .persons),
        ],
        parameters: stayAndTurnover)
      trace.record(
        "facilities.inspections", year: year, result.inspections, .count,
        formula:
          "housing inspections = (short-stay beds in the host municipality ÷ beds per location + beds short in the host municipality ÷ most migrants per regular dwelling) × inspections per location per year",
        inputs: [
          .value(
            "short-stay beds in the host municipality (peak)", housingYear.hostPeak.shortStayBeds,
            .beds),
          .value(
            "beds short in the host municipality (peak)", housingYear.hostPeak.shortfallBeds,
            .beds),
        ],
        parameters: [
          .housingBedsPerShortStayLocation, .facilitiesInspectionPerLocationYear,
          .housingMaxMigrantsPerRegularDwelling,
        ])
      trace.record(
        "facilities.brpDeregistrations", year: year, result.brpDeregistrations, .count,
        formula:
          "BRP deregistrations = (mid- and long-stay and knowledge migrants who leave: replacements + fall in presence, + construction crews on mid stays) × host share",
        inputs: [.value("migrants leaving", departures + constructionBRP, .persons)],
        parameters: stayAndTurnover)
      trace.record(
        "facilities.expectedUnregistered", year: year, result.expectedUnregistered, .persons,
        formula:
          "expected unregistered = max(0, mid- and long-stay and knowledge migrants in the host municipality − migrants in the host municipality × BRP-registered share)",
        inputs: [
          .value("migrants who should be in the BRP", obliged, .persons),
          .value("migrants living in the host municipality", migrantsHost, .persons),
        ],
        parameters: [.migrationBrpRegisteredShare])
      trace.record(
        "facilities.wijkagentFTE", year: year, result.wijkagentFTE, .fte,
        formula: "neighbourhood police = residents ÷ inhabitants per wijkagent",
        inputs: [residents],
        parameters: [.facilitiesPoliceInhabitantsPerWijkagent])
      trace.record(
        "facilities.wasteTonnes", year: year, result.wasteTonnes, .tonnes,
        formula: "household waste = residents × kg per inhabitant per year ÷ 1,000",
        inputs: [residents],
        parameters: [.facilitiesWasteKgPerInhabitantYear])
    }
    self.years = years
    self.trace = trace
  }
}

// The capacities and ratios of the facility load, shared with the projection's scorecard
// per path (`ProjectionWelfare`, issue 19 item 7): one copy of each formula.
extension FacilityLoad {
  /// The municipality's GP FTE at the same patient norm as the added demand:
  /// population ÷ patients per FTE.
  public static func existingGPFTE(population: Double, parameters: ParameterSet) -> Double {
    max(population, 1) / max(parameters[.facilitiesGpPatientsPerFTE], 1)
  }

  /// The municipality's primary pupils: population × primary pupils per 1,000 ÷ 1,000.
  public static func existingPrimaryPupils(
    population: Double, parameters: ParameterSet
  )
    -> Double
  {
    max(population, 1) * parameters[.facilitiesSchoolPrimaryPupilsPer1000] / 1_000
  }

  /// Added load ÷ existing capacity, 0 without capacity [share].
  public static func pressure(_ added: Double, capacity: Double) -> Double {
    capacity > 0 ? added / capacity : 0
  }

  /// Persons per 1,000 inhabitants.
  public static func per1000(_ persons: Double, population: Double) -> Double {
    persons / max(population, 1) * 1_000
  }
}
