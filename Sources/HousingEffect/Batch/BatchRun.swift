/// A batch assessed chunk by chunk: each chunk's rows come back to be written at once, and only
/// the running totals per municipality are kept, so memory does not grow with the number of rows.
///
/// Rows are added up in the order they are given, so the totals are the same bits as adding the
/// finished rows up afterwards (``BatchResult``).
public struct BatchRun {
  /// The running sums of one municipality.
  struct Sums {
    var establishments = 0
    var jobsFTE = 0.0
    var labourMigrants = 0.0
    var temporaryBeds = 0.0
    var longStayDwellings = 0.0
    var employerBeds = 0.0
    var migrantsPer1000 = 0.0
    var gpPressure = 0.0
    var primaryPressure = 0.0
    /// The largest stated figure: shared supply is counted once.
    var freeLegalBeds: Double?

    mutating func add(_ row: BatchResult.Row) {
      establishments += 1
      jobsFTE += row.jobsFTE
      labourMigrants += row.labourMigrants
      temporaryBeds += row.hostTemporaryBeds
      longStayDwellings += row.hostLongStayDwellings
      employerBeds += row.employerBeds
      migrantsPer1000 += row.migrantsPer1000
      gpPressure += row.gpPressure
      primaryPressure += row.primaryPressure
      if let free = row.freeLegalBeds { freeLegalBeds = max(freeLegalBeds ?? free, free) }
    }
  }

  let regions: RegionData
  let catalog: ParameterCatalog
  let options: EnsembleOptions
  /// One resolved parameter set per reference date, shared by every row of that date;
  /// untraced, because a batch row needs the numbers, not their trace (design-notes.md §18).
  private var sets: [Day: ParameterSet] = [:]
  private var hosts: [String: Municipality] = [:]
  private var sums: [String: Sums] = [:]

  public init(
    regions: RegionData, catalog: ParameterCatalog = .standard,
    options: EnsembleOptions = EnsembleOptions(draws: 0)
  ) {
    self.regions = regions
    self.catalog = catalog
    self.options = options
  }

  /// The rows of `chunk`, assessed in parallel on `options.threads` workers and returned in
  /// order; they are added to the totals. A row whose municipality is unknown is left out
  /// (the reader has reported it already).
  public mutating func assess(_ chunk: [BatchRow]) -> [BatchResult.Row] {
    var items: [(BatchRow, Municipality)] = []
    items.reserveCapacity(chunk.count)
    for item in chunk {
      guard
        case .success(let municipality) = regions.municipality(
          named: item.establishment.municipality)
      else { continue }
      hosts[municipality.code] = municipality
      items.append((item, municipality))
      let day = item.establishment.referenceDay
      if sets[day] == nil {
        var parameters = ParameterSet(catalog: catalog, asOf: day)
        parameters.tracing = false
        sets[day] = parameters
      }
    }
    let rows = Self.assess(items, sets: sets, catalog: catalog, options: options)
    for row in rows { sums[row.code, default: Sums()].add(row) }
    return rows
  }

  /// The rows of `items`, assessed in parallel, in order.
  static func assess(
    _ items: [(BatchRow, Municipality)], sets: [Day: ParameterSet], catalog: ParameterCatalog,
    options: EnsembleOptions
  ) -> [BatchResult.Row] {
    let threads = RunCost.batchThreads(draws: options.draws, threads: options.threads)
    return Ensemble.map(count: items.count, threads: threads) { index -> BatchResult.Row in
      let (item, municipality) = items[index]
      let e = item.establishment
      // Every date has its set (built above); the fallback only keeps this total.
      let parameters = sets[e.referenceDay] ?? ParameterSet(catalog: catalog, asOf: e.referenceDay)
      let assessment = Assessment(e, region: HostRegion(municipality), parameters: parameters)
      let index = assessment.years.count - 1
      let housing = assessment.housing.years[index]
      let facilities = assessment.facilities.years[index]
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
        employerBeds: e.employerHousing?.beds ?? 0, freeLegalBeds: e.freeLegalBeds,
        migrantsPer1000: facilities.migrantsPer1000, gpPressure: facilities.gpPressure,
        primaryPressure: facilities.primaryPressure,
        ranges: options.draws > 0
          ? ranges(
            e, region: HostRegion(municipality), catalog: catalog,
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

  /// The cumulative picture of every municipality with a row, and of the regions: the sums of
  /// their rows, the shared supply counted once, and the thresholds crossed.
  public func totals() -> (municipalities: [BatchResult.Total], regions: [BatchResult.Total]) {
    func threshold(_ id: ParameterID) -> Double? { catalog[id]?.current?.value }
    let attention = threshold("welfare.threshold.migrantsPer1000.attention")
    let high = threshold("welfare.threshold.migrantsPer1000.high")
    let housingAttention = threshold("welfare.threshold.housingPressure.attention")
    let facilityAttention = threshold("welfare.threshold.facilityPressure.attention")

    let municipalities = sums.keys.sorted().compactMap { code -> BatchResult.Total? in
      guard let host = hosts[code], let s = sums[code] else { return nil }
      let licensed = host.licensedMigrantBeds.map { Double($0.count) }
      let stock = host.dwellings.map { Double($0.value) }
      let pressure = stock.flatMap { $0 > 0 ? s.longStayDwellings / $0 : nil }
      var crossed: [String] = []
      if let attention, s.migrantsPer1000 > attention { crossed.append("migrantsPer1000") }
      if let high, s.migrantsPer1000 > high { crossed.append("migrantsPer1000.high") }
      if let housingAttention, let pressure, pressure > housingAttention {
        crossed.append("housingPressure")
      }
      if let facilityAttention, max(s.gpPressure, s.primaryPressure) > facilityAttention {
        crossed.append("facilityPressure")
      }
      return BatchResult.Total(
        name: host.name, code: code, region: BatchResult.regionName(host),
        establishments: s.establishments, jobsFTE: s.jobsFTE, labourMigrants: s.labourMigrants,
        temporaryBeds: s.temporaryBeds, longStayDwellings: s.longStayDwellings,
        employerBeds: s.employerBeds, licensedBeds: licensed, freeLegalBeds: s.freeLegalBeds,
        temporaryShortfall: max(
          0, s.temporaryBeds - s.employerBeds - (licensed ?? 0) - (s.freeLegalBeds ?? 0)),
        migrantsPer1000: s.migrantsPer1000, housingPressure: pressure, gpPressure: s.gpPressure,
        primaryPressure: s.primaryPressure, crossed: crossed)
    }.sorted { ($0.region ?? "", $0.name) < ($1.region ?? "", $1.name) }

    // Regions add up their municipalities; the shared supply of each is counted once, and a
    // surplus in one municipality does not cover a shortfall in another.
    var population: [String: Double] = [:]
    for municipality in regions.municipalities {
      population[BatchResult.regionName(municipality), default: 0] += Double(
        municipality.population.value)
    }
    let byRegion = Dictionary(grouping: municipalities, by: { $0.region ?? "–" })
    let regionTotals = byRegion.keys.sorted().map { name in
      let members = byRegion[name] ?? []
      func sum(_ value: (BatchResult.Total) -> Double) -> Double {
        members.reduce(0) { $0 + value($1) }
      }
      let licensed = members.compactMap(\.licensedBeds)
      let free = members.compactMap(\.freeLegalBeds)
      let migrants = members.reduce(0.0) { sum, total in
        let inhabitants = total.code.flatMap { hosts[$0] }.map { Double($0.population.value) } ?? 0
        return sum + total.migrantsPer1000 * inhabitants / 1000
      }
      let inhabitants = population[name] ?? 0
      let per1000 = inhabitants > 0 ? migrants / inhabitants * 1000 : 0
      var crossed: [String] = []
      if let attention, per1000 > attention { crossed.append("migrantsPer1000") }
      if let high, per1000 > high { crossed.append("migrantsPer1000.high") }
      return BatchResult.Total(
        name: name, code: nil, region: nil,
        establishments: members.reduce(0) { $0 + $1.establishments }, jobsFTE: sum(\.jobsFTE),
        labourMigrants: sum(\.labourMigrants), temporaryBeds: sum(\.temporaryBeds),
        longStayDwellings: sum(\.longStayDwellings), employerBeds: sum(\.employerBeds),
        licensedBeds: licensed.isEmpty ? nil : licensed.reduce(0, +),
        freeLegalBeds: free.isEmpty ? nil : free.reduce(0, +),
        temporaryShortfall: sum(\.temporaryShortfall), migrantsPer1000: per1000,
        housingPressure: nil, gpPressure: nil, primaryPressure: nil, crossed: crossed)
    }
    return (municipalities, regionTotals)
  }
}
