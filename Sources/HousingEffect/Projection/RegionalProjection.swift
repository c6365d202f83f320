/// One run of the projection model for one area and one parameter set: the stock–flow along
/// each path, and from its stock the household, housing and facility stages — the same stages
/// `assess` runs for an establishment. See Docs/design-notes.md §31.
struct RegionalProjection {
  let area: ProjectionArea
  let years: [Int]
  let paths: [GrowthPath]
  let establishments: [Establishment]
  let plannedSupply: [ProjectionStudy.PlannedSupply]
  /// Whether the establishments come on top of the paths or out of their growth.
  var establishmentsInPaths: ProjectionStudy.EstablishmentsInPaths = .included

  static let indicators = ProjectionIndicator.allCases
  static let indicatorCount = indicators.count

  /// Number of values one run writes.
  var width: Int {
    paths.count * variantCount * Self.indicatorCount * years.count
  }

  var variants: [ProjectionVariant] { establishments.isEmpty ? [.without] : [.without, .with] }

  /// `variants.count` without making the array (it is asked for in the run's inner loop).
  var variantCount: Int { establishments.isEmpty ? 1 : 2 }

  /// Position of a value in a run's output.
  func index(path: Int, variant: Int, indicator: Int, year: Int) -> Int {
    ((path * variantCount + variant) * Self.indicatorCount + indicator) * years.count + year
  }

  /// Runs every path (and, with establishments, every path with them) into `output`.
  ///
  /// A path's figures (`pathValues`) are laid out by indicator then year, as one (path,
  /// variant) block of `output` is, so a block is written indicator row by indicator row.
  func run(parameters: ParameterSet, into output: UnsafeMutableBufferPointer<Double>) {
    let count = years.count
    let indicatorCount = Self.indicatorCount
    let variantCount = self.variantCount
    // Establishments do not depend on the path: their contribution is computed once.
    var added = [Double](repeating: 0, count: indicatorCount * count)
    var addedBeds = [Double](repeating: 0, count: count)
    for establishment in establishments {
      contribution(of: establishment, parameters: parameters, into: &added, beds: &addedBeds)
    }
    let (plannedBeds, plannedDwellings) = planned
    var values = [Double](repeating: 0, count: indicatorCount * count)
    let shortBeds = ProjectionIndicator.shortStayBeds.position * count
    let midBeds = ProjectionIndicator.midStayBeds.position * count
    let longDwellings = ProjectionIndicator.longStayDwellings.position * count
    for pathIndex in paths.indices {
      pathValues(paths[pathIndex], parameters: parameters, into: &values)
      // With the existing beds unknown, the base year's temporary need is taken as housed
      // and only the growth above it is a gap (issue 19); with them known, the whole need
      // is set against existing + added beds.
      let baseTemporary = values[shortBeds] + values[midBeds]
      // Dwellings the base year's long-stay migrants live in already: the need beyond
      // them is what the path (and the establishments) add (the existing dwellings
      // available to newcomers are never known).
      let housed = values[longDwellings]
      for variantIndex in 0..<variantCount {
        let variant: ProjectionVariant = variantIndex == 0 ? .without : .with
        let block = (pathIndex * variantCount + variantIndex) * indicatorCount * count
        // `added`: the path without them, with them on top. `included`: the path with
        // them, and without them the path less what they bring (issue 19, item 5).
        func value(_ slot: Int) -> Double {
          switch (establishmentsInPaths, variant) {
          case (.added, .with): return values[slot] + added[slot]
          case (.included, .without):
            let rest = values[slot] - added[slot]
            return rest > 0 ? rest : 0
          default: return values[slot]
          }
        }
        for slot in 0..<(indicatorCount * count) { output[block + slot] = value(slot) }
        for position in 0..<count {
          let added = plannedBeds[position] + (variant == .with ? addedBeds[position] : 0)
          let supply = (area.existingBeds ?? 0) + added
          // The variant's need, as just written into the block.
          let temporaryNeed =
            output[block + shortBeds + position] + output[block + midBeds + position]
          let temporaryGap =
            area.existingBeds == nil
            ? HousingBalance.growthGap(
              need: temporaryNeed, baseNeed: baseTemporary, addedSupply: added)
            : HousingBalance.gap(need: temporaryNeed, supply: supply)
          func set(_ indicator: ProjectionIndicator, _ figure: Double) {
            output[block + indicator.position * count + position] = figure
          }
          set(.temporarySupply, supply)
          set(.temporaryGap, temporaryGap)
          set(.plannedDwellings, plannedDwellings[position])
          set(
            .longStayGap,
            HousingBalance.growthGap(
              need: output[block + longDwellings + position], baseNeed: housed,
              addedSupply: plannedDwellings[position]))
        }
      }
    }
  }

  /// The planned projects' beds and dwellings in each year (they do not depend on a draw).
  var planned: (beds: [Double], dwellings: [Double]) {
    var beds = [Double](repeating: 0, count: years.count)
    var dwellings = [Double](repeating: 0, count: years.count)
    for project in plannedSupply {
      for (position, year) in years.enumerated() where year >= project.year {
        beds[position] += project.beds
        dwellings[position] += project.dwellings
      }
    }
    return (beds, dwellings)
  }

  /// The area's figures along `path` alone, by indicator then year.
  func pathValues(_ path: GrowthPath, parameters: ParameterSet, into values: inout [Double]) {
    let levels = path.levels(base: area.baseWorking, years: years, parameters: parameters)
    // A warm-up year before the base at the base's level: the stock has been there before
    // the base year, so its children and registrations are not all new in the base year.
    guard let first = years.first, let firstLevel = levels.first else { return }
    let flow = StockFlow(
      years: [first - 1] + years, levels: [firstLevel] + levels, parameters: parameters)
    let outside = min(max(parameters[.migrationResidenceOutsideProvinceShare], 0), 1)
    let peakFactor = parameters[.regionStockPeakFactor]
    // The area's working migrants live in it or outside the province: commuting between
    // municipalities is assumed to balance.
    let residence = ResidenceShares(host: 1 - outside, restOfRegion: 0, outsideProvince: outside)
    let migration = flow.years.map { year in
      Migration.Year(
        year: year.year, labourMigrantsAverage: year.stock,
        labourMigrantsPeak: year.stock * peakFactor,
        labourMigrantsDistinct: year.stock + year.departures,
        labourMigrantArrivals: year.arrivals, knowledgeMigrants: 0, knowledgeMigrantArrivals: 0,
        constructionMigrants: 0, crossBorderCommuters: 0, localReserve: 0, restOfNL: 0,
        domesticRelocators: 0)
    }
    let stock = MigrantStock(
      residence: residence, years: migration,
      nonEuFraction: parameters[.regionStockNonEuShare], reunificationStartYear: nil)
    let effects = Effects(
      stock, region: area.host, norm: .demandDefault(in: area.host.policyRegion),
      parameters: parameters
    )
    // Registered in a Limburg municipality: those obliged to register (mid and long stays)
    // living in the province, at the share that keeps the whole stock at the sourced share.
    let registering = residence.host * StockFlow.registeredShareOfObliged(parameters)
    let count = years.count
    for position in 0..<count {
      let year = flow.years[position + 1]
      let resident = year.stock.total * residence.host
      func set(_ indicator: ProjectionIndicator, _ value: Double) {
        values[indicator.position * count + position] = value
      }
      set(.working, year.stock.total)
      set(.resident, resident)
      set(.registered, (year.stock.mid + year.stock.long) * registering)
      set(.presentAtPeak, resident * peakFactor)
      set(.shortStay, year.stock.short)
      set(.midStay, year.stock.mid)
      set(.longStay, year.stock.long)
      set(.arrivals, year.arrivalsFromAbroad)
      set(.departures, year.departuresAbroad)
      set(.settled, year.settled)
      effects.write(position + 1, host: residence.host, into: &values, count: count, at: position)
      // The flows of the registered stock, at its share (issue 19, item 6): registered(t) =
      // registered(t−1) + registrations − deregistrations; settling moves within the stock.
      set(
        .brpRegistrations,
        (year.arrivals.mid + year.arrivals.long - year.settled) * registering)
      set(
        .brpDeregistrations,
        (year.departures.mid - year.settled + year.departures.long) * registering)
    }
  }

  /// Adds what `establishment` brings to the area in each year, and its own beds.
  func contribution(
    of establishment: Establishment, parameters: ParameterSet, into added: inout [Double],
    beds: inout [Double]
  ) {
    let host = establishmentHost(establishment)
    let assessment = Assessment(
      establishment, region: host, parameters: parameters, through: years.last)
    let own = parameters.adding(establishment.overrides)
    var stock = MigrantStock(
      establishment, workforce: assessment.workforce, migration: assessment.migration)
    if area.level != .municipality {
      // For a larger area, those living in the rest of the province live in the area.
      let shares = stock.residence
      stock.residence = ResidenceShares(
        host: shares.host + shares.restOfRegion, restOfRegion: 0,
        outsideProvince: shares.outsideProvince)
    }
    // The establishment's stock with the area's geography; its own supply is counted below.
    let effects = Effects(
      stock, households: assessment.households, region: area.host,
      norm: establishment.housingNorm ?? .demandDefault(in: area.host.policyRegion),
      supply: Effects.StatedSupply(), parameters: own)
    // Living in Limburg and registered at the path's shares (issue 19, item 5): the
    // establishment's stock counts in the with-variant's rows as the path's does.
    let outside = min(max(parameters[.migrationResidenceOutsideProvinceShare], 0), 1)
    let inProvince = 1 - outside
    let registering = inProvince * StockFlow.registeredShareOfObliged(parameters)
    var registeredBefore = 0.0
    // Employer beds count as far as the stricter norm allows, as in `assess`.
    let ownBeds = assessment.housing.employerBedsCounted + (establishment.freeLegalBeds ?? 0)
    let count = years.count
    var contribution = [Double](repeating: 0, count: Self.indicatorCount * count)
    for (position, year) in years.enumerated() {
      guard let source = assessment.index(of: year) else { continue }
      let migration = assessment.migration.years[source]
      let average = migration.labourMigrantsAverage
      func set(_ indicator: ProjectionIndicator, _ value: Double) {
        contribution[indicator.position * count + position] = value
      }
      set(.working, average.total)
      set(.resident, average.total * inProvince)
      let registered = (average.mid + average.long) * registering
      set(.registered, registered)
      set(.presentAtPeak, migration.labourMigrantsPeak.total * inProvince)
      set(.shortStay, migration.labourMigrantsAverage.short)
      set(.midStay, migration.labourMigrantsAverage.mid)
      set(.longStay, migration.labourMigrantsAverage.long)
      set(.arrivals, migration.labourMigrantArrivals.total)
      set(
        .departures,
        max(0, migration.labourMigrantsDistinct.total - migration.labourMigrantsAverage.total))
      effects.write(
        source, host: stock.residence.host, into: &contribution, count: count, at: position)
      // Registrations of its mid- and long-stay arrivals at the path's share; deregistrations
      // close the registered stock's balance, so no flow exceeds what the stock allows.
      let arriving = migration.labourMigrantArrivals
      let registrations = max(
        (arriving.mid + arriving.long) * registering, registered - registeredBefore)
      set(.brpRegistrations, registrations)
      set(.brpDeregistrations, registrations - (registered - registeredBefore))
      registeredBefore = registered
      if year >= establishment.startYear { beds[position] += ownBeds }
    }
    for slot in added.indices { added[slot] += max(0, contribution[slot]) }
  }

  /// The host municipality of an establishment (already checked to lie in the area).
  func establishmentHost(_ establishment: Establishment) -> HostRegion {
    if area.level == .municipality { return area.host }
    return hosts[establishment.municipality] ?? area.host
  }

  /// Host regions of the establishments' municipalities, by the name the establishment uses.
  var hosts: [String: HostRegion] = [:]
}

extension Effects {
  /// Writes the effect indicators of the stage year `source` to `position` in `values`.
  func write(
    _ source: Int, host: Double, into values: inout [Double], count: Int, at position: Int? = nil
  ) {
    let position = position ?? source
    let household = households.years[source]
    let peak = housing.years[source].hostPeak
    let facility = facilities.years[source]
    func set(_ indicator: ProjectionIndicator, _ value: Double) {
      values[indicator.position * count + position] = value
    }
    set(.familyMembers, household.familyMembers * host)
    set(.children, household.children.total * host)
    set(.shortStayBeds, peak.shortStayBeds)
    set(.midStayBeds, peak.midStayPersons)
    set(.longStayDwellings, peak.longStayDwellings)
    set(.gpFTE, facility.gpFTE)
    set(.primaryPlaces, facility.primaryPlaces)
    set(.newcomerPlaces, facility.newcomerPlaces)
    set(.brpRegistrations, facility.brpRegistrations)
    set(.rniRegistrations, facility.rniRegistrations)
  }
}

extension ProjectionIndicator {
  /// Position in `allCases` (declaration order). A switch, not a dictionary: the projection
  /// asks for it several times per area, path and year, and a dictionary lookup hashed the
  /// raw value's text every time (issue 18). A test checks it against `allCases`.
  var position: Int {
    switch self {
    case .working: 0
    case .resident: 1
    case .registered: 2
    case .presentAtPeak: 3
    case .shortStay: 4
    case .midStay: 5
    case .longStay: 6
    case .arrivals: 7
    case .departures: 8
    case .settled: 9
    case .familyMembers: 10
    case .children: 11
    case .shortStayBeds: 12
    case .midStayBeds: 13
    case .longStayDwellings: 14
    case .gpFTE: 15
    case .primaryPlaces: 16
    case .newcomerPlaces: 17
    case .brpRegistrations: 18
    case .rniRegistrations: 19
    case .brpDeregistrations: 20
    case .temporarySupply: 21
    case .temporaryGap: 22
    case .plannedDwellings: 23
    case .longStayGap: 24
    }
  }
}
