/// A batch assessed chunk by chunk: each chunk's rows come back to be written at once, and only
/// the running totals per municipality are kept, so memory does not grow with the number of rows.
///
/// Rows are added up in the order they are given, so the totals are the same bits as adding the
/// finished rows up afterwards (``BatchResult``).
public struct BatchRun {
  /// The running sums of one municipality: the rows it hosts, and the need placed in it.
  struct Sums {
    var establishments = 0
    var jobsFTE = 0.0
    var labourMigrants = 0.0
    var employerBeds = 0.0

    mutating func add(_ row: BatchResult.Row) {
      establishments += 1
      jobsFTE += row.jobsFTE
      labourMigrants += row.labourMigrants
      // An employer's beds house its own workers: beyond its own need they are not supply
      // for other establishments.
      employerBeds += min(row.employerBedsCounted, row.need.temporaryBeds)
    }
  }

  let regions: RegionData
  let catalog: ParameterCatalog
  let options: EnsembleOptions
  /// One resolved parameter set per reference date, shared by every row of that date;
  /// untraced, because a batch row needs the numbers, not their trace (design-notes.md §18).
  private var sets: [Day: ParameterSet] = [:]
  private var hosts: [String: Municipality] = [:]
  /// Each municipality name of the rows resolved once, with its host region built once.
  private var lookup: MunicipalityLookup
  private var hostRegions: [String: HostRegion] = [:]
  private var sums: [String: Sums] = [:]
  /// The need placed in each municipality, in the order the municipalities were first met;
  /// `placedCodes` and `placedSlots` name them. An array, not a dictionary by code: every row
  /// adds to a few dozen municipalities.
  private var placed: [BatchLoad] = []
  private var placedCodes: [String] = []
  private var placedSlots: [String: Int] = [:]
  /// Each host's allocation, with the slot in `placed` of each of its municipalities.
  private var allocations: [String: (allocation: ResidenceAllocation, slots: [Int])] = [:]
  /// The largest free-bed figure the rows of each policy region state: one pool per region.
  private var pools: [String: Double] = [:]
  private var unallocated = BatchLoad()
  private var rowNeed = BatchLoad()
  private var rowShortfalls = 0.0
  private var employerSurplus = 0.0
  private var rowVacantBeds = 0.0

  /// A run over `regions` with `catalog`; with `options.draws` above 0 every row gets P10–P90
  /// bands, and `options.threads` workers assess a chunk's rows.
  public init(
    regions: RegionData, catalog: ParameterCatalog = .standard,
    options: EnsembleOptions = EnsembleOptions(draws: 0)
  ) {
    self.regions = regions
    self.catalog = catalog
    self.options = options
    lookup = MunicipalityLookup(regions: regions)
  }

  /// The rows of `chunk`, assessed in parallel on `options.threads` workers and returned in
  /// order; they are added to the totals. A row whose municipality is unknown is left out
  /// (the reader has reported it already).
  public mutating func assess(_ chunk: [BatchRow]) -> [BatchResult.Row] {
    var items: [(BatchRow, Municipality, HostRegion)] = []
    items.reserveCapacity(chunk.count)
    for item in chunk {
      guard
        case .success(let municipality) = lookup.municipality(
          named: item.establishment.municipality)
      else { continue }
      let region: HostRegion
      if let known = hostRegions[municipality.code] {
        region = known
      } else {
        hosts[municipality.code] = municipality
        let allocation = ResidenceAllocation(host: municipality, regions: regions)
        let slots = allocation.codes.map { code in
          if let slot = placedSlots[code] { return slot }
          placedSlots[code] = placed.count
          placedCodes.append(code)
          placed.append(BatchLoad())
          return placed.count - 1
        }
        allocations[municipality.code] = (allocation, slots)
        region = HostRegion(municipality)
        hostRegions[municipality.code] = region
      }
      items.append((item, municipality, region))
      let day = item.establishment.referenceDay
      if sets[day] == nil {
        var parameters = ParameterSet(catalog: catalog, asOf: day)
        parameters.tracing = false
        sets[day] = parameters
      }
    }
    let rows = Self.assess(items, sets: sets, catalog: catalog, options: options)
    for row in rows {
      sums[row.code, default: Sums()].add(row)
      rowNeed += row.need
      rowShortfalls += row.shortfallBeds
      employerSurplus += HousingBalance.surplus(
        need: row.need.temporaryBeds, supply: row.employerBedsCounted)
      // The free beds this row subtracts on its own: what the rows' sum lacks against the
      // municipalities' (which count each pool once, at the region).
      rowVacantBeds +=
        HousingBalance.gap(need: row.need.temporaryBeds, supply: row.employerBedsCounted)
        - row.shortfallBeds
      if let free = row.freeLegalBeds, let host = hosts[row.code] {
        let region = BatchResult.regionName(host)
        pools[region] = max(pools[region] ?? free, free)
      }
      if let (allocation, slots) = allocations[row.code] {
        allocation.place(
          row.need, residence: row.residence, housedOnSite: row.employerBedsCounted,
          unallocated: &unallocated
        ) { index, part in
          placed[slots[index]] += part
        }
      }
    }
    return rows
  }

  /// The rows of `items`, assessed in parallel, in order.
  static func assess(
    _ items: [(BatchRow, Municipality, HostRegion)], sets: [Day: ParameterSet],
    catalog: ParameterCatalog,
    options: EnsembleOptions
  ) -> [BatchResult.Row] {
    let threads = RunCost.batchThreads(draws: options.draws, threads: options.threads)
    return BatchWorkers.map(count: items.count, threads: threads) { index -> BatchResult.Row in
      let (item, municipality, region) = items[index]
      let e = item.establishment
      // Every date has its set (built above); the fallback only keeps this total.
      let parameters = sets[e.referenceDay] ?? ParameterSet(catalog: catalog, asOf: e.referenceDay)
      let assessment = Assessment(e, region: region, parameters: parameters)
      let index = assessment.years.count - 1
      let housing = assessment.housing.years[index]
      let facilities = assessment.facilities.years[index]
      let residence = BatchResult.Residence(assessment.housing.residenceSplit)
      let ratings =
        (assessment.welfare.years.first { $0.year == assessment.fullOperationYear }
        ?? assessment.welfare.years.last)?.indicators.map(\.rating) ?? []
      // Facility loads are the host's; the province's is the host's ÷ its share of the
      // province's residents (the loads are proportional to the residents).
      let toProvince = residence.host > 0 ? 1 / residence.host : 0
      let need = BatchLoad(
        temporaryBeds: housing.peak.temporaryBeds, midStayRooms: housing.peak.midStayRooms,
        longStayDwellings: housing.peak.longStayDwellings,
        migrants: facilities.migrantsPer1000 * Double(municipality.population.value) / 1_000
          * toProvince,
        residents: facilities.residentsHost * toProvince, gpFTE: facilities.gpFTE * toProvince,
        primaryPlaces: facilities.primaryPlaces * toProvince,
        secondaryPlaces: facilities.secondaryPlaces * toProvince,
        childcarePlaces: facilities.childcarePlaces * toProvince,
        newcomerPlaces: facilities.newcomerPlaces * toProvince)
      return BatchResult.Row(
        line: item.line, name: e.name, municipality: municipality.name, code: municipality.code,
        type: e.type, headlineYear: assessment.fullOperationYear,
        jobsFTE: assessment.staffing.years[index].operationFTE,
        labourMigrants: assessment.migration.years[index].labourMigrantsAverage.total,
        shortStayBeds: housing.peak.shortStayBeds, midStayRooms: housing.peak.midStayRooms,
        longStayDwellings: housing.peak.longStayDwellings,
        shortfallBeds: housing.peak.shortfallBeds,
        hostTemporaryBeds: housing.hostPeak.temporaryBeds,
        hostLongStayDwellings: housing.hostPeak.longStayDwellings,
        employerBeds: e.employerHousing?.beds ?? 0,
        employerBedsCounted: assessment.housing.employerBedsCounted, freeLegalBeds: e.freeLegalBeds,
        need: need, residence: residence,
        migrantsPer1000: facilities.migrantsPer1000, gpPressure: facilities.gpPressure,
        primaryPressure: facilities.primaryPressure,
        negativeRatings: ratings.filter { $0 == .negative }.count,
        attentionRatings: ratings.filter { $0 == .attention }.count,
        ranges: options.draws > 0
          ? ranges(
            e, region: region, catalog: catalog,
            year: assessment.fullOperationYear, options: options) : nil)
    }
  }

  /// The bands of one row, drawn on the calling thread (rows are what runs in parallel).
  static func ranges(
    _ establishment: Establishment, region: HostRegion, catalog: ParameterCatalog, year: Int,
    options: EnsembleOptions
  ) -> BatchResult.Ranges {
    let run = AssessmentEnsemble.Run(establishment, region: region, catalog: catalog, years: [year])
    var single = options
    single.threads = 1
    // Only the five banded columns are kept; rows run in parallel, so each holds its share of
    // the storage budget.
    let ids: [IndicatorID] = [
      "migration.labourMigrants", "housing.shortStayBeds", "housing.midStayRooms",
      "housing.longStayDwellings", "housing.shortfallBeds",
    ]
    let columns = ids.compactMap { Assessment.keyIndicatorIDs.firstIndex(of: $0) }
    let bands = run.percentiles(
      single, columns: columns,
      budget: RunCost.batchRowBudget(draws: options.draws, threads: options.threads))
    func band(_ id: IndicatorID) -> Percentiles {
      ids.firstIndex(of: id).flatMap { $0 < bands.count ? bands[$0] : nil }
        ?? Percentiles(p10: 0, p50: 0, p90: 0)
    }
    return BatchResult.Ranges(
      labourMigrants: band("migration.labourMigrants"),
      shortStayBeds: band("housing.shortStayBeds"), midStayRooms: band("housing.midStayRooms"),
      longStayDwellings: band("housing.longStayDwellings"),
      shortfallBeds: band("housing.shortfallBeds"))
  }

  /// The cumulative picture of every municipality where a row's newcomers live, and of the
  /// regions: the need placed in each, set against its supply, and the thresholds crossed; and
  /// how the totals relate to the rows.
  public func totals() -> (
    municipalities: [BatchResult.Total], regions: [BatchResult.Total], balance: BatchResult.Balance
  ) {
    func value(_ id: ParameterID) -> Double? { catalog[id]?.current?.value }
    let attention = value(.welfareThresholdMigrantsPer1000Attention)
    let high = value(.welfareThresholdMigrantsPer1000High)
    let housingAttention = value(.welfareThresholdHousingPressureAttention)
    let facilityAttention = value(.welfareThresholdFacilityPressureAttention)
    // Existing capacity at the same norms as the rows' facility pressure (FacilityLoad).
    let patientsPerFTE = max(value(.facilitiesGpPatientsPerFTE) ?? 1, 1)
    let pupilsPer1000 = value(.facilitiesSchoolPrimaryPupilsPer1000) ?? 0
    func thresholds(per1000: Double, housing: Double?, facility: Double?) -> [String] {
      var crossed: [String] = []
      if let attention, per1000 > attention { crossed.append("migrantsPer1000") }
      if let high, per1000 > high { crossed.append("migrantsPer1000.high") }
      if let housingAttention, let housing, housing > housingAttention {
        crossed.append("housingPressure")
      }
      if let facilityAttention, let facility, facility > facilityAttention {
        crossed.append("facilityPressure")
      }
      return crossed
    }

    var byCode: [String: Municipality] = [:]
    for municipality in regions.municipalities { byCode[municipality.code] = municipality }
    for (code, host) in hosts { byCode[code] = host }
    // Every municipality of an allocation has had need placed (the host at least, and each
    // neighbour and province member with a share): the slots are the municipalities placed in.
    let placed = Dictionary(uniqueKeysWithValues: zip(placedCodes, self.placed))
    let codes = Set(sums.keys).union(placed.keys)
    let municipalities = codes.sorted().compactMap { code -> BatchResult.Total? in
      guard let area = byCode[code] else { return nil }
      let s = sums[code] ?? Sums()
      let need = placed[code] ?? BatchLoad()
      let population = Double(area.population.value)
      let stock = area.dwellings.map { Double($0.value) }
      let pressure = stock.flatMap { $0 > 0 ? need.longStayDwellings / $0 : nil }
      let per1000 = population > 0 ? need.migrants / population * 1_000 : 0
      let existingGP = population / patientsPerFTE
      let existingPupils = population * pupilsPer1000 / 1_000
      let gp = existingGP > 0 ? need.gpFTE / existingGP : 0
      let primary = existingPupils > 0 ? need.primaryPlaces / existingPupils : 0
      let balance = HousingBalance(
        temporaryNeed: need.temporaryBeds, longStayNeed: need.longStayDwellings,
        supply: HousingBalance.Supply(employerBeds: s.employerBeds))
      return BatchResult.Total(
        name: area.name, code: code, region: BatchResult.regionName(area),
        establishments: s.establishments, jobsFTE: s.jobsFTE, labourMigrants: s.labourMigrants,
        need: need, employerBeds: s.employerBeds,
        licensedBeds: area.licensedMigrantBeds.map { Double($0.count) }, vacantBeds: nil,
        temporaryShortfall: balance.temporaryShortfall, migrantsPer1000: per1000,
        housingPressure: pressure, gpPressure: gp, primaryPressure: primary,
        crossed: thresholds(per1000: per1000, housing: pressure, facility: max(gp, primary)))
    }.sorted { ($0.region ?? "", $0.name) < ($1.region ?? "", $1.name) }

    // Regions add up their municipalities and set the region's pool of vacant beds, counted
    // once, against the sum of the municipal shortfalls: a surplus of employer beds in one
    // municipality does not house workers in another.
    var population: [String: Double] = [:]
    for municipality in regions.municipalities {
      population[BatchResult.regionName(municipality), default: 0] += Double(
        municipality.population.value)
    }
    let byRegion = Dictionary(grouping: municipalities, by: { $0.region ?? "–" })
    let regionTotals = byRegion.keys.sorted().map { name in
      let members = byRegion[name] ?? []
      var need = BatchLoad()
      for member in members { need += member.need }
      let licensed = members.compactMap(\.licensedBeds)
      let shortfalls = members.reduce(0) { $0 + $1.temporaryShortfall }
      let pool = pools[name]
      let inhabitants = population[name] ?? 0
      let per1000 = inhabitants > 0 ? need.migrants / inhabitants * 1_000 : 0
      return BatchResult.Total(
        name: name, code: nil, region: nil,
        establishments: members.reduce(0) { $0 + $1.establishments },
        jobsFTE: members.reduce(0) { $0 + $1.jobsFTE },
        labourMigrants: members.reduce(0) { $0 + $1.labourMigrants }, need: need,
        employerBeds: members.reduce(0) { $0 + $1.employerBeds },
        licensedBeds: licensed.isEmpty ? nil : licensed.reduce(0, +), vacantBeds: pool,
        temporaryShortfall: HousingBalance.gap(need: shortfalls, supply: pool ?? 0),
        migrantsPer1000: per1000, housingPressure: nil, gpPressure: nil, primaryPressure: nil,
        crossed: thresholds(per1000: per1000, housing: nil, facility: nil))
    }
    let balance = BatchResult.Balance(
      rowShortfalls: rowShortfalls,
      municipalShortfalls: municipalities.reduce(0) { $0 + $1.temporaryShortfall },
      pooledVacantBeds: pools.keys.sorted().reduce(0) { $0 + (pools[$1] ?? 0) },
      regionShortfalls: regionTotals.reduce(0) { $0 + $1.temporaryShortfall },
      rowVacantBeds: rowVacantBeds, employerBedsBeyondOwnNeed: employerSurplus, rows: rowNeed,
      unallocated: unallocated)
    return (municipalities, regionTotals, balance)
  }
}
