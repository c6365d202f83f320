/// Stage 6: load on public facilities in the host municipality — GP care, school places,
/// childcare, the BRP/RNI registration desk, housing inspections, neighbourhood police, waste —
/// against the municipality's existing capacity where it can be estimated.
///
/// See `Docs/methodology.md#facility-load`.
public struct FacilityLoad: Sendable, Hashable, Codable {
  /// The facility load in one calendar year.
  public struct Year: Sendable, Hashable, Codable {
    /// The calendar year.
    public var year: Int
    /// Newcomers and their families living in the host municipality on an average day [persons].
    public var residentsHost: Double
    /// The same for the whole province [persons].
    public var residentsRegion: Double
    /// Labour, knowledge and construction migrants living in the host municipality per 1,000
    /// inhabitants.
    public var migrantsPer1000: Double
    /// GP (huisarts) capacity the residents need [FTE].
    public var gpFTE: Double
    /// Added GP FTE ÷ the municipality's GP FTE at the national density [share].
    public var gpPressure: Double
    /// Primary-school places for children aged 4–11 living in the host municipality [persons].
    public var primaryPlaces: Double
    /// Secondary-school places for children aged 12–17 living in the host municipality [persons].
    public var secondaryPlaces: Double
    /// Newcomer-class places (primary newcomer class or ISK) for the children arriving this year
    /// [persons].
    public var newcomerPlaces: Double
    /// Added primary pupils ÷ the municipality's primary pupils at the national rate [share].
    public var primaryPressure: Double
    /// Childcare places for children aged 0–3 [persons].
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
    /// Short-stay locations in the host municipality: short-stay beds ÷ beds per location [count].
    public var shortStayLocations: Double
    /// Housing inspections a year: short-stay locations, and the addresses where people
    /// without a legal bed end up (regular dwellings shared at the municipal cap) [count].
    public var inspections: Double
    /// Neighbourhood police (wijkagent) capacity for the residents [FTE].
    public var wijkagentFTE: Double
    /// Household waste of the residents a year [t].
    public var wasteTonnes: Double
  }

  /// One entry per calendar year of the timeline.
  public var years: [FacilityLoad.Year]
  /// How every number was computed; empty for an untraced run.
  public var trace: Trace

  /// The facility load of a stock of migrants, from one establishment or from a region.
  public init(
    _ stock: borrowing MigrantStock, households: borrowing Households,
    housing: borrowing HousingDemand, region: borrowing HostRegion,
    parameters: borrowing ParameterSet
  ) {
    var storage = Assessment.Storage()
    self.init(
      stock, households: households, housing: housing, region: region, parameters: parameters,
      reusing: &storage)
  }

  /// The facility load written into the year array of `storage` (`Assessment/Storage`).
  init(
    _ stock: borrowing MigrantStock, households: borrowing Households,
    housing: borrowing HousingDemand, region: borrowing HostRegion,
    parameters: borrowing ParameterSet, reusing storage: inout Assessment.Storage
  ) {
    let host = stock.residence.host
    let inRegion = host + stock.residence.restOfRegion
    let population = max(region.population, 1)
    // Each indicator's reads in its own scope; where the migrants live and the children's
    // ages are values that are no indicator, so their reads travel with them.
    let residence = ParameterReads(stock.residenceParameters)
    let young = ParameterReads(households.age0to3Parameters)
    let primaryAge = ParameterReads(households.age4to11Parameters)
    let gp = parameters.scope()
    let patientsPerFTE = max(gp[.facilitiesGpPatientsPerFTE], 1)
    // Capacity at the same patient norm as the added demand, so the pressure compares like
    // with like (issue 9, item 10): added GP FTE ÷ (population ÷ patients per FTE).
    let existingGP = FacilityLoad.existingGPFTE(population: population, parameters: gp)
    let pupils = parameters.scope()
    let existingPupils = FacilityLoad.existingPrimaryPupils(
      population: population, parameters: pupils)
    let newcomer = parameters.scope()
    let newcomerYears = newcomer[.facilitiesSchoolNewcomerYears]
    let iskYears = newcomer[.facilitiesSchoolIskYears]
    let childcare = parameters.scope()
    let childcareUse = childcare[.facilitiesChildcareUseShare]
    let preschool = parameters.scope()
    let preschoolAgeShare = preschool[.facilitiesPreschoolAgeShareOf0to3]
    let preschoolUse = preschool[.facilitiesPreschoolUseShare]
    let police = parameters.scope()
    let perWijkagent = max(police[.facilitiesPoliceInhabitantsPerWijkagent], 1)
    let waste = parameters.scope()
    let wasteKg = waste[.facilitiesWasteKgPerInhabitantYear]
    let inspection = parameters.scope()
    let bedsPerLocation = max(inspection[.housingBedsPerShortStayLocation], 1)
    let inspectionsPerLocation = inspection[.facilitiesInspectionPerLocationYear]
    let perDwelling = max(inspection[.housingMaxMigrantsPerRegularDwelling], 1)
    let residents = parameters.scope()
    let hostHouseholdShare = residents[.migrationResidenceHostShare]
    let registered = parameters.scope()
    let registeredShare = min(max(registered[.migrationBrpRegisteredShare], 0), 1)
    // Of last year only what the departures read: keeping the whole `Migration.Year` copied
    // about 220 bytes into an optional every year of every draw (issue 18).
    var previousMid = 0.0
    var previousLong = 0.0
    var previousKnowledge = 0.0

    // Registrations: the construction crews' arrivals are no indicator; their reads travel.
    let crews = ParameterReads(stock.arrivalParameters)
    let relocation = ParameterReads(stock.relocationParameters)
    var trace = Trace(recording: parameters.tracing)
    var years = ArrayRefill(taking: &storage.facilities)
    for (index, migrationYear) in stock.years.enumerated() {
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
      let departures =
        leaving(
          migrationYear.labourMigrantsAverage.mid, migrationYear.labourMigrantsDistinct.mid,
          previousMid)
        + leaving(
          migrationYear.labourMigrantsAverage.long, migrationYear.labourMigrantsDistinct.long,
          previousLong)
        + max(
          0,
          migrationYear.knowledgeMigrantArrivals
            - max(0, migrationYear.knowledgeMigrants - previousKnowledge))
        + max(0, previousKnowledge - migrationYear.knowledgeMigrants)
      previousMid = migrationYear.labourMigrantsAverage.mid
      previousLong = migrationYear.labourMigrantsAverage.long
      previousKnowledge = migrationYear.knowledgeMigrants
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

      let residentsInput: TraceEntry.Input = .indicator(
        "facilities.residentsHost", "newcomers living in the host municipality", residentsHost,
        .persons)
      trace.record(
        "facilities.residentsHost", year: year, residentsHost, .persons,
        inputs: [
          .indicator(
            "migration.labourMigrants", "migrants present (labour, knowledge, construction)",
            migrationYear.migrantsAverage, .persons),
          .indicator(
            "households.familyMembers", "family members", householdYear.familyMembers, .persons),
          .value("share living in the host municipality", host, .share),
        ]
          + (migrationYear.constructionMigrants > 0
            ? [
              .indicator(
                "migration.constructionMigrants", "construction workers from elsewhere",
                migrationYear.constructionMigrants, .persons)
            ] : []),
        reads: residence + residents.reads + relocation)
      trace.record(
        "facilities.migrantsPer1000", year: year, result.migrantsPer1000,
        .per(.persons, .thousandPersons),
        inputs: [
          .indicator(
            "migration.labourMigrants", "migrants living in the host municipality", migrantsHost,
            .persons),
          .value("population of \(region.name)", region.population, .persons),
        ]
          + (migrationYear.constructionMigrants > 0
            ? [
              .indicator(
                "migration.constructionMigrants", "construction workers from elsewhere",
                migrationYear.constructionMigrants, .persons)
            ] : []),
        reads: residence)
      trace.record(
        "facilities.gpFTE", year: year, gpFTE, .fte,
        inputs: [
          residentsInput,
          .indicator(
            "migration.shortStay", "short-stay residents not on a GP list", unlisted, .persons),
        ]
          + (migrationYear.constructionMigrants > 0
            ? [
              .indicator(
                "migration.constructionMigrants", "construction workers from elsewhere",
                migrationYear.constructionMigrants, .persons)
            ] : []),
        reads: gp.reads + residence)
      trace.record(
        "facilities.gpPressure", year: year, result.gpPressure, .share,
        inputs: [
          .indicator("facilities.gpFTE", "added GP FTE", gpFTE, .fte),
          .value("population of \(region.name)", region.population, .persons),
        ],
        reads: gp.reads)
      trace.record(
        "facilities.primaryPlaces", year: year, primary, .persons,
        inputs: [.indicator("households.children", "children", children.total, .persons)],
        reads: primaryAge + residence)
      trace.record(
        "facilities.primaryPressure", year: year, result.primaryPressure, .share,
        inputs: [
          .indicator("facilities.primaryPlaces", "added primary places", primary, .persons),
          .value("population of \(region.name)", region.population, .persons),
        ],
        reads: pupils.reads)
      trace.record(
        "facilities.secondaryPlaces", year: year, result.secondaryPlaces, .persons,
        inputs: [.indicator("households.children", "children", children.total, .persons)],
        reads: young + primaryAge + residence)
      trace.record(
        "facilities.newcomerPlaces", year: year, result.newcomerPlaces, .persons,
        inputs: [
          .indicator(
            "households.newChildren", "children arriving this year", householdYear.newChildren,
            .persons)
        ],
        reads: young + primaryAge + newcomer.reads + residence)
      trace.record(
        "facilities.childcarePlaces", year: year, result.childcarePlaces, .persons,
        inputs: [
          .indicator("households.children", "children aged 0–3", children.age0to3, .persons)
        ],
        reads: young + childcare.reads + residence)
      trace.record(
        "facilities.preschoolPlaces", year: year, result.preschoolPlaces, .persons,
        inputs: [
          .indicator("households.children", "children aged 0–3", children.age0to3, .persons)
        ],
        reads: young + preschool.reads + residence)
      trace.record(
        "facilities.brpRegistrations", year: year, result.brpRegistrations, .count,
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
        reads: residence + crews)
      trace.record(
        "facilities.rniRegistrations", year: year, result.rniRegistrations, .count,
        inputs: [
          .indicator(
            "migration.arrivals", "arrivals (all stay classes)",
            arrivals.total + migrationYear.knowledgeMigrantArrivals, .persons),
          .value("short-stay arrivals", arrivals.short, .persons),
          .value("construction workers arriving for a short stay", constructionRNI, .persons),
        ],
        reads: residence + crews)
      trace.record(
        "facilities.inspections", year: year, result.inspections, .count,
        inputs: [
          .indicator(
            "housing.shortStayBeds", "short-stay beds in the host municipality (peak)",
            housingYear.hostPeak.shortStayBeds, .beds),
          .indicator(
            "housing.shortfallBeds", "beds short in the host municipality (peak)",
            housingYear.hostPeak.shortfallBeds, .beds),
        ],
        reads: inspection.reads + residence)
      trace.record(
        "facilities.brpDeregistrations", year: year, result.brpDeregistrations, .count,
        inputs: [
          .value("migrants leaving", departures + constructionBRP, .persons),
          .indicator(
            "migration.arrivals", "arrivals (all stay classes)",
            arrivals.total + migrationYear.knowledgeMigrantArrivals, .persons),
        ],
        reads: residence + crews)
      trace.record(
        "facilities.expectedUnregistered", year: year, result.expectedUnregistered, .persons,
        inputs: [
          .indicator("migration.longStay", "migrants who should be in the BRP", obliged, .persons),
          .indicator(
            "migration.labourMigrants", "migrants living in the host municipality", migrantsHost,
            .persons),
        ],
        reads: registered.reads + residence)
      trace.record(
        "facilities.wijkagentFTE", year: year, result.wijkagentFTE, .fte,
        inputs: [residentsInput],
        reads: police.reads)
      trace.record(
        "facilities.wasteTonnes", year: year, result.wasteTonnes, .tonnes,
        inputs: [residentsInput],
        reads: waste.reads)
    }
    self.years = years.finished()
    self.trace = trace
  }
}

// The capacities and ratios of the facility load, shared with the projection's scorecard
// per path (`ProjectionWelfare`, issue 19 item 7): one copy of each formula.
extension FacilityLoad {
  /// The municipality's GP FTE at the same patient norm as the added demand:
  /// population ÷ patients per FTE.
  public static func existingGPFTE(
    population: Double, parameters: some ParameterReading
  ) -> Double {
    max(population, 1) / max(parameters[.facilitiesGpPatientsPerFTE], 1)
  }

  /// The municipality's primary pupils: population × primary pupils per 1,000 ÷ 1,000.
  public static func existingPrimaryPupils(
    population: Double, parameters: some ParameterReading
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
