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
  let establishmentsInPaths: ProjectionStudy.EstablishmentsInPaths
  /// The planned projects' beds and dwellings in each year (they do not depend on a draw).
  let plannedBeds: [Double]
  let plannedDwellings: [Double]
  /// The years with the warm-up year before them (`allPathValues(parameters:scratch:levels:)`).
  let warmYears: [Int]

  init(
    area: ProjectionArea, years: [Int], paths: [GrowthPath], establishments: [Establishment],
    plannedSupply: [ProjectionStudy.PlannedSupply],
    establishmentsInPaths: ProjectionStudy.EstablishmentsInPaths = .included
  ) {
    self.area = area
    self.years = years
    self.paths = paths
    self.establishments = establishments
    self.plannedSupply = plannedSupply
    self.establishmentsInPaths = establishmentsInPaths
    (plannedBeds, plannedDwellings) = Self.planned(plannedSupply, years: years)
    warmYears = years.first.map { [$0 - 1] + years } ?? []
  }

  static let indicators = ProjectionIndicator.allCases
  static let indicatorCount = indicators.count

  /// Number of values one run writes.
  var width: Int {
    paths.count * variantCount * Self.indicatorCount * years.count
  }

  var variants: [ProjectionVariant] { establishments.isEmpty ? [.without] : [.without, .with] }

  /// `variants.count` without making the array (it is asked for in the run's inner loop).
  var variantCount: Int { establishments.isEmpty ? 1 : 2 }

  /// The positions in a run's output that every parameter set fills with the same number: the
  /// planned dwellings in every block, and the temporary supply of the variant without the
  /// establishments (existing and planned beds). `run` writes them without reading a
  /// parameter; a test compares them over draws with the central run.
  var drawIndependentColumns: [Int] {
    var columns: [Int] = []
    for path in paths.indices {
      for variant in 0..<variantCount {
        for year in years.indices {
          columns.append(
            index(
              path: path, variant: variant,
              indicator: ProjectionIndicator.plannedDwellings.position, year: year))
          if variant == 0 {
            columns.append(
              index(
                path: path, variant: variant,
                indicator: ProjectionIndicator.temporarySupply.position, year: year))
          }
        }
      }
    }
    return columns.sorted()
  }

  /// Columns that every parameter set fills with the same numbers as an earlier column of the
  /// run, each with that column: a path's figures in a year up to which its province level has
  /// followed the same formula as an earlier path's in every year from the first
  /// (`GrowthPath.provinceFormula`), as the 2030 expectation and moderate growth do to 2030,
  /// and every named path in the province's base year. Its levels to that year are the earlier
  /// path's, bit for bit, and the stages carry nothing from one year to the next but the year
  /// before (`allPathValues(parameters:scratch:levels:)`), so its figures are too. `project`
  /// selects their bands once (issue 18); a test compares the columns over draws.
  var repeatedColumns: [(column: Int, source: Int)] {
    var pairs: [(column: Int, source: Int)] = []
    for path in paths.indices {
      // For each earlier path, how many of the first years have the same formula as this one.
      let shared = paths[..<path].map { Self.sameFormulaYears(paths[path], $0, years: years) }
      for year in years.indices {
        guard let source = shared.firstIndex(where: { $0 > year }) else { continue }
        for variant in 0..<variantCount {
          for indicator in 0..<Self.indicatorCount {
            pairs.append(
              (
                index(path: path, variant: variant, indicator: indicator, year: year),
                index(path: source, variant: variant, indicator: indicator, year: year)
              ))
          }
        }
      }
    }
    return pairs
  }

  /// How many of the first `years` the named paths `a` and `b` have the same province formula
  /// in; 0 when either is a custom path (its levels are its own).
  static func sameFormulaYears(_ a: GrowthPath, _ b: GrowthPath, years: [Int]) -> Int {
    if case .custom = a { return 0 }
    if case .custom = b { return 0 }
    var count = 0
    for year in years {
      guard GrowthPath.provinceFormula(a, year: year) == GrowthPath.provinceFormula(b, year: year)
      else { break }
      count += 1
    }
    return count
  }

  /// Position of a value in a run's output.
  func index(path: Int, variant: Int, indicator: Int, year: Int) -> Int {
    ((path * variantCount + variant) * Self.indicatorCount + indicator) * years.count + year
  }

  /// Storage one worker reuses from draw to draw (issue 18): a run then allocates nothing of
  /// its own, only what the stages it calls build.
  struct Scratch {
    /// What the establishments add, by indicator then year.
    var added: [Double]
    /// The establishments' own beds by year.
    var addedBeds: [Double]
    /// Every path's figures: path after path, each by indicator then year.
    var values: [Double]
    /// The stock of every path, each after its warm-up year (`allPathValues(parameters:scratch:levels:)`).
    var migration: [Migration.Year]
    /// The stages' year arrays, handed from draw to draw (`Assessment.Storage`).
    var stages = Assessment.Storage()
  }

  /// Empty storage for one worker's runs of this area.
  func scratch() -> Scratch {
    var migration: [Migration.Year] = []
    migration.reserveCapacity(paths.count * (years.count + 1))
    return Scratch(
      added: [Double](repeating: 0, count: Self.indicatorCount * years.count),
      addedBeds: [Double](repeating: 0, count: years.count),
      values: [Double](repeating: 0, count: paths.count * Self.indicatorCount * years.count),
      migration: migration)
  }

  /// Runs every path (and, with establishments, every path with them) into `output`.
  func run(parameters: ParameterSet, into output: UnsafeMutableBufferPointer<Double>) {
    var scratch = scratch()
    var levels = ProvinceLevels()
    run(parameters: parameters, into: output, scratch: &scratch, levels: &levels)
  }

  /// Runs every path (and, with establishments, every path with them) into `output`, in
  /// `scratch` (`scratch()` of this area, reused from draw to draw). `levels` holds the
  /// province's path levels for `parameters`, shared by the areas of a draw (reset it when
  /// the parameters change).
  ///
  /// A path's figures are laid out by indicator then year, as one (path, variant) block of
  /// `output` is, so a block is written indicator row by indicator row.
  func run(
    parameters: ParameterSet, into output: UnsafeMutableBufferPointer<Double>,
    scratch: inout Scratch, levels: inout ProvinceLevels, assessments: [Assessment?]? = nil
  ) {
    let count = years.count
    let indicatorCount = Self.indicatorCount
    let variantCount = self.variantCount
    let blockWidth = indicatorCount * count
    // Establishments do not depend on the path: their contribution is computed once.
    // What the establishments add starts at zero in every draw (and stays zero without them).
    if !establishments.isEmpty {
      for slot in scratch.added.indices { scratch.added[slot] = 0 }
      for slot in scratch.addedBeds.indices { scratch.addedBeds[slot] = 0 }
    }
    for (index, establishment) in establishments.enumerated() {
      contribution(
        of: establishment, assessment: assessments?[index], parameters: parameters,
        into: &scratch.added, beds: &scratch.addedBeds)
    }
    allPathValues(parameters: parameters, scratch: &scratch, levels: &levels)
    let shortBeds = ProjectionIndicator.shortStayBeds.position * count
    let midBeds = ProjectionIndicator.midStayBeds.position * count
    let longDwellings = ProjectionIndicator.longStayDwellings.position * count
    let existingBeds = area.existingBeds
    let inPaths = establishmentsInPaths
    // Written through pointers: a buffer's subscript kept its bounds check in this loop, and
    // the plain loop over pointers is vectorised (issue 18).
    guard let out = output.baseAddress else { return }
    scratch.values.withUnsafeBufferPointer { all in
      scratch.added.withUnsafeBufferPointer { addedBuffer in
        guard let first = all.baseAddress, let added = addedBuffer.baseAddress else { return }
        for pathIndex in paths.indices {
          let values = first + pathIndex * blockWidth
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
            let block = out + (pathIndex * variantCount + variantIndex) * blockWidth
            // One loop per rule, so that the rule is not asked again for every figure.
            @inline(__always) func write(_ rule: VariantRule) {
              for slot in 0..<blockWidth {
                block[slot] = rule.value(path: values[slot], added: added[slot])
              }
            }
            switch VariantRule(inPaths, variant) {
            case .path: write(.path)
            case .pathPlusAdded: write(.pathPlusAdded)
            case .pathLessAdded: write(.pathLessAdded)
            }
            for position in 0..<count {
              let added =
                plannedBeds[position] + (variant == .with ? scratch.addedBeds[position] : 0)
              let supply = (existingBeds ?? 0) + added
              // The variant's need, as just written into the block.
              let temporaryNeed = block[shortBeds + position] + block[midBeds + position]
              let temporaryGap =
                existingBeds == nil
                ? HousingBalance.growthGap(
                  need: temporaryNeed, baseNeed: baseTemporary, addedSupply: added)
                : HousingBalance.gap(need: temporaryNeed, supply: supply)
              func set(_ indicator: ProjectionIndicator, _ figure: Double) {
                block[indicator.position * count + position] = figure
              }
              set(.temporarySupply, supply)
              set(.temporaryGap, temporaryGap)
              set(.plannedDwellings, plannedDwellings[position])
              set(
                .longStayGap,
                HousingBalance.growthGap(
                  need: block[longDwellings + position], baseNeed: housed,
                  addedSupply: plannedDwellings[position]))
            }
          }
        }
      }
    }
  }

  /// How a variant's figure follows from the path's and from what the establishments add.
  /// `added`: the path without them, with them on top. `included`: the path with them, and
  /// without them the path less what they bring (issue 19, item 5).
  enum VariantRule {
    case path
    case pathPlusAdded
    case pathLessAdded

    init(_ inPaths: ProjectionStudy.EstablishmentsInPaths, _ variant: ProjectionVariant) {
      switch (inPaths, variant) {
      case (.added, .with): self = .pathPlusAdded
      case (.included, .without): self = .pathLessAdded
      default: self = .path
      }
    }

    @inline(__always)
    func value(path: Double, added: Double) -> Double {
      switch self {
      case .pathPlusAdded: return path + added
      case .pathLessAdded:
        let rest = path - added
        return rest > 0 ? rest : 0
      case .path: return path
      }
    }
  }

  /// The planned projects' beds and dwellings in each year (they do not depend on a draw).
  static func planned(
    _ plannedSupply: [ProjectionStudy.PlannedSupply], years: [Int]
  ) -> (beds: [Double], dwellings: [Double]) {
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

  /// Every path's figures into `scratch.values`, path after path, each by indicator then year.
  ///
  /// The paths' stocks go through the stages together, as one stock of `paths.count` runs of
  /// years, each run after a warm-up year before the base at the base's level: the stock has
  /// been there before the base year, so its children and registrations are not all new in
  /// the base year. The stages carry nothing from one year to the next but what the year
  /// before was (the last year's children, family members, long stays and stock), so each
  /// warm-up year starts its path afresh and a path's figures are the numbers it gets through
  /// the stages alone (`ProjectionPathBatchTests`); the stages' set-up is done once per draw
  /// instead of once per path.
  func allPathValues(
    parameters: ParameterSet, scratch: inout Scratch, levels provinceLevels: inout ProvinceLevels
  ) {
    let count = years.count
    guard !years.isEmpty else { return }
    let outside = min(max(parameters[.migrationResidenceOutsideProvinceShare], 0), 1)
    let peakFactor = parameters[.regionStockPeakFactor]
    // The area's working migrants live in it or outside the province: commuting between
    // municipalities is assumed to balance.
    let residence = ResidenceShares(host: 1 - outside, restOfRegion: 0, outsideProvince: outside)
    var flows: [StockFlow] = []
    flows.reserveCapacity(paths.count)
    var migration = scratch.migration
    scratch.migration = []
    migration.removeAll(keepingCapacity: true)
    for path in paths {
      let levels = provinceLevels.levels(
        path, base: area.baseWorking, years: years, parameters: parameters)
      let firstLevel = levels.first ?? 0
      let flow = StockFlow(
        years: warmYears, levels: [firstLevel] + levels, parameters: parameters)
      for year in flow.years {
        migration.append(
          Migration.Year(
            year: year.year, labourMigrantsAverage: year.stock,
            labourMigrantsPeak: year.stock * peakFactor,
            labourMigrantsDistinct: year.stock + year.departures,
            labourMigrantArrivals: year.arrivals, knowledgeMigrants: 0,
            knowledgeMigrantArrivals: 0, constructionMigrants: 0, crossBorderCommuters: 0,
            localReserve: 0, restOfNL: 0, domesticRelocators: 0))
      }
      flows.append(flow)
    }
    let stock = MigrantStock(
      residence: residence, years: migration,
      nonEuFraction: parameters[.regionStockNonEuShare], reunificationStartYear: nil)
    migration = []
    // The stages write into the arrays of the worker's last draw, and hand them back below.
    let effects = Effects(
      stock, households: Households(stock, parameters: parameters, reusing: &scratch.stages),
      region: area.host, norm: .demandDefault(in: area.host.policyRegion),
      supply: Effects.StatedSupply(), parameters: parameters, reusing: &scratch.stages)
    scratch.migration = stock.years
    // Registered in a Limburg municipality: those obliged to register (mid and long stays)
    // living in the province, at the share that keeps the whole stock at the sourced share.
    let registering = residence.host * StockFlow.registeredShareOfObliged(parameters)
    let blockWidth = Self.indicatorCount * count
    scratch.values.withUnsafeMutableBufferPointer { buffer in
      guard let first = buffer.baseAddress else { return }
      writeFigures(
        flows, effects: effects, into: first, blockWidth: blockWidth, residence: residence,
        registering: registering, peakFactor: peakFactor)
    }
    var (households, housing, facilities) = effects.stages()
    swap(&scratch.stages.households, &households.years)
    swap(&scratch.stages.housing, &housing.years)
    swap(&scratch.stages.facilities, &facilities.years)
  }

  /// Writes every path's figures, path after path, each by indicator then year, from its
  /// stock–flow and the stages' years (each path's after its warm-up year).
  private func writeFigures(
    _ flows: [StockFlow], effects: borrowing Effects, into values: UnsafeMutablePointer<Double>,
    blockWidth: Int, residence: ResidenceShares, registering: Double, peakFactor: Double
  ) {
    let count = years.count
    for (pathIndex, flow) in flows.enumerated() {
      let block = values + pathIndex * blockWidth
      // The path's warm-up year is stage year `source`; its own years follow it.
      let source = pathIndex * (count + 1)
      for position in 0..<count {
        let year = flow.years[position + 1]
        let resident = year.stock.total * residence.host
        func set(_ indicator: ProjectionIndicator, _ value: Double) {
          block[indicator.position * count + position] = value
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
        effects.write(
          source + position + 1, host: residence.host, into: block, count: count, at: position)
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
  }

  /// Adds what `establishment` brings to the area in each year, and its own beds.
  ///
  /// `assessment`, when given, is the establishment's assessment with `parameters` through
  /// the last year (`establishmentAssessment(_:parameters:)`), made once per draw for every
  /// area that holds the establishment.
  func contribution(
    of establishment: Establishment, assessment given: Assessment? = nil,
    parameters: ParameterSet, into added: inout [Double], beds: inout [Double]
  ) {
    let assessment = given ?? establishmentAssessment(establishment, parameters: parameters)
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
      contribution.withUnsafeMutableBufferPointer {
        effects.write(
          source, host: stock.residence.host, into: $0.baseAddress!, count: count, at: position)
      }
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

  /// The assessment of `establishment` in its host municipality with `parameters`, through the
  /// area's last year: what its contribution to the area is built from.
  func establishmentAssessment(
    _ establishment: Establishment, parameters: ParameterSet
  )
    -> Assessment
  {
    Assessment(
      establishment, region: establishmentHost(establishment), parameters: parameters,
      through: years.last)
  }

  /// The host municipality of an establishment (already checked to lie in the area).
  func establishmentHost(_ establishment: Establishment) -> HostRegion {
    if area.level == .municipality { return area.host }
    return hosts[establishment.municipality] ?? area.host
  }

  /// Host regions of the establishments' municipalities, by the name the establishment uses.
  var hosts: [String: HostRegion] = [:]
  /// Each establishment's position in the study's list (which areas share it).
  var studyIndices: [Int] = []
}

extension Effects {
  /// Writes the effect indicators of the stage year `source` to year `position` of the
  /// indicator rows of `count` years at `values`.
  func write(
    _ source: Int, host: Double, into values: UnsafeMutablePointer<Double>, count: Int,
    at position: Int
  ) {
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
