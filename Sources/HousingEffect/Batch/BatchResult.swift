/// Many establishments assessed at once: one row each, and the cumulative picture per
/// municipality and per policy region.
///
/// Every figure is taken in each establishment's headline year (full operation, family
/// reunification complete), at the seasonal peak: for the ramp-up that is the establishment's
/// peak year. Totals add the rows up, except the shared supply (licensed labour-migrant beds and
/// free legal beds in the municipality), which is counted once per municipality.
public struct BatchResult: Sendable, Hashable, Codable {
  /// One establishment's key indicators.
  public struct Row: Sendable, Hashable, Codable {
    public var line: Int
    public var name: String
    public var municipality: String
    public var code: String
    public var type: EstablishmentType
    public var headlineYear: Int
    /// Jobs in full operation [FTE].
    public var jobsFTE: Double
    /// Labour migrants on an average day [persons].
    public var labourMigrants: Double
    /// Need in the region (host municipality and the rest of the province) at the peak.
    public var shortStayBeds: Double
    public var midStayRooms: Double
    public var longStayDwellings: Double
    /// Temporary beds at the peak without employer or free legal bed [beds].
    public var shortfallBeds: Double
    /// The host municipality's part of the peak need.
    public var hostTemporaryBeds: Double
    public var hostLongStayDwellings: Double
    /// Beds the employer provides [beds].
    public var employerBeds: Double
    /// Free legal beds the row states for the region [beds]; shared, not added up.
    public var freeLegalBeds: Double?
    /// The establishment's migrants living in the municipality per 1,000 inhabitants.
    public var migrantsPer1000: Double
    /// Extra GP FTE and primary pupils ÷ the municipality's existing capacity [share].
    public var gpPressure: Double
    public var primaryPressure: Double
    /// P10/P50/P90 of the headline columns over the Monte Carlo draws; `nil` without draws.
    public var ranges: Ranges?
  }

  /// Monte Carlo bands of a row's headline columns, in its headline year.
  public struct Ranges: Sendable, Hashable, Codable {
    public var labourMigrants: Percentiles
    public var shortStayBeds: Percentiles
    public var midStayRooms: Percentiles
    public var longStayDwellings: Percentiles
    public var shortfallBeds: Percentiles
  }

  /// The cumulative picture of a municipality or a region.
  public struct Total: Sendable, Hashable, Codable {
    public var name: String
    /// CBS code of a municipality; `nil` for a region.
    public var code: String?
    /// The policy region (or province outside Limburg) of a municipality; `nil` for a region.
    public var region: String?
    public var establishments: Int
    public var jobsFTE: Double
    public var labourMigrants: Double
    /// Temporary beds (short and mid stay) in the municipality at each establishment's peak.
    public var temporaryBeds: Double
    public var longStayDwellings: Double
    public var employerBeds: Double
    /// Licensed labour-migrant beds in the municipality (region data), counted once.
    public var licensedBeds: Double?
    /// Free legal beds stated in the rows, counted once: the largest stated figure.
    public var freeLegalBeds: Double?
    /// Temporary beds not covered by employer beds or the shared supply [beds].
    public var temporaryShortfall: Double
    /// The establishments' migrants living in the area per 1,000 inhabitants.
    public var migrantsPer1000: Double
    /// Long-stay dwellings ÷ the dwelling stock, where the stock is known [share].
    public var housingPressure: Double?
    /// Extra GP FTE and primary pupils ÷ existing capacity; `nil` for a region [share].
    public var gpPressure: Double?
    public var primaryPressure: Double?
    /// Thresholds crossed: `migrantsPer1000`, `migrantsPer1000.high`, `housingPressure`,
    /// `facilityPressure`.
    public var crossed: [String]
  }

  public var rows: [Row]
  public var municipalities: [Total]
  public var regions: [Total]

  /// Assesses every row (``Assessment``, untraced) and adds the results up per municipality and
  /// region. Rows run on `options.threads` workers; the result does not depend on their number.
  /// With `options.draws > 0` every row also gets P10–P90 bands from that many draws (its own
  /// seeded streams, so a row's bands do not depend on the other rows).
  public init(
    _ batch: [BatchRow], regions: RegionData, catalog: ParameterCatalog = .standard,
    options: EnsembleOptions = EnsembleOptions(draws: 0),
    progress: ((_ done: Int, _ total: Int) -> Void)? = nil
  ) {
    var hosts: [String: Municipality] = [:]
    var found: [(BatchRow, Municipality)] = []
    found.reserveCapacity(batch.count)
    for item in batch {
      guard
        case .success(let municipality) = regions.municipality(
          named: item.establishment.municipality)
      else { continue }
      hosts[municipality.code] = municipality
      found.append((item, municipality))
    }
    // One resolved parameter set per reference date, shared by every row of that date;
    // untraced, because a batch row needs the numbers, not their trace (design-notes.md §18).
    var bases: [Day: ParameterSet] = [:]
    for (item, _) in found where bases[item.establishment.referenceDay] == nil {
      var parameters = ParameterSet(catalog: catalog, asOf: item.establishment.referenceDay)
      parameters.tracing = false
      bases[item.establishment.referenceDay] = parameters
    }
    let items = found
    // Chunks of rows in order, so progress can be told between them on this thread; each chunk
    // runs in parallel. Chunking changes no result.
    let chunk = BatchResult.progressChunk
    var rows: [Row] = []
    rows.reserveCapacity(items.count)
    var start = 0
    while start < items.count {
      let end = min(start + chunk, items.count)
      rows += BatchResult.assess(
        Array(items[start..<end]), sets: bases, catalog: catalog, options: options)
      start = end
      progress?(end, items.count)
    }
    self.rows = rows

    func threshold(_ id: ParameterID) -> Double? { catalog[id]?.current?.value }
    let attention = threshold("welfare.threshold.migrantsPer1000.attention")
    let high = threshold("welfare.threshold.migrantsPer1000.high")
    let housingAttention = threshold("welfare.threshold.housingPressure.attention")
    let facilityAttention = threshold("welfare.threshold.facilityPressure.attention")

    func total(
      name: String, code: String?, region: String?, of members: [Row], stock: Double?
    )
      -> Total
    {
      func sum(_ value: (Row) -> Double) -> Double { members.reduce(0) { $0 + value($1) } }
      let free = members.compactMap(\.freeLegalBeds).max()
      let licensed = code.flatMap { hosts[$0]?.licensedMigrantBeds }.map { Double($0.count) }
      let temporary = sum(\.hostTemporaryBeds)
      let longStay = sum(\.hostLongStayDwellings)
      let employer = sum(\.employerBeds)
      let per1000 = sum(\.migrantsPer1000)
      let pressure = stock.flatMap { $0 > 0 ? longStay / $0 : nil }
      let gp = sum(\.gpPressure)
      let primary = sum(\.primaryPressure)
      var crossed: [String] = []
      if let attention, per1000 > attention { crossed.append("migrantsPer1000") }
      if let high, per1000 > high { crossed.append("migrantsPer1000.high") }
      if let housingAttention, let pressure, pressure > housingAttention {
        crossed.append("housingPressure")
      }
      if let facilityAttention, max(gp, primary) > facilityAttention {
        crossed.append("facilityPressure")
      }
      return Total(
        name: name, code: code, region: region, establishments: members.count,
        jobsFTE: sum(\.jobsFTE), labourMigrants: sum(\.labourMigrants), temporaryBeds: temporary,
        longStayDwellings: longStay, employerBeds: employer, licensedBeds: licensed,
        freeLegalBeds: free,
        temporaryShortfall: max(0, temporary - employer - (licensed ?? 0) - (free ?? 0)),
        migrantsPer1000: per1000, housingPressure: pressure, gpPressure: gp,
        primaryPressure: primary, crossed: crossed)
    }

    let byCode = Dictionary(grouping: rows, by: \.code)
    let municipalities = byCode.keys.sorted().compactMap { code -> Total? in
      guard let host = hosts[code], let members = byCode[code] else { return nil }
      return total(
        name: host.name, code: code, region: Self.regionName(host), of: members,
        stock: host.dwellings.map { Double($0.value) })
    }
    self.municipalities = municipalities.sorted {
      ($0.region ?? "", $0.name) < ($1.region ?? "", $1.name)
    }
    // Regions add up their municipalities; the shared supply of each is counted once, and a
    // surplus in one municipality does not cover a shortfall in another.
    var population: [String: Double] = [:]
    for municipality in regions.municipalities {
      population[Self.regionName(municipality), default: 0] += Double(municipality.population.value)
    }
    let byRegion = Dictionary(grouping: municipalities, by: { $0.region ?? "–" })
    self.regions = byRegion.keys.sorted().map { name in
      let members = byRegion[name] ?? []
      func sum(_ value: (Total) -> Double) -> Double { members.reduce(0) { $0 + value($1) } }
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
      return Total(
        name: name, code: nil, region: nil,
        establishments: members.reduce(0) { $0 + $1.establishments }, jobsFTE: sum(\.jobsFTE),
        labourMigrants: sum(\.labourMigrants), temporaryBeds: sum(\.temporaryBeds),
        longStayDwellings: sum(\.longStayDwellings), employerBeds: sum(\.employerBeds),
        licensedBeds: licensed.isEmpty ? nil : licensed.reduce(0, +),
        freeLegalBeds: free.isEmpty ? nil : free.reduce(0, +),
        temporaryShortfall: sum(\.temporaryShortfall), migrantsPer1000: per1000,
        housingPressure: nil, gpPressure: nil, primaryPressure: nil, crossed: crossed)
    }
  }

  /// Largest number of rows assessed between two progress reports.
  public static let progressChunk = 5_000

  /// The rows of `items`, assessed in parallel, in order.
  static func assess(
    _ items: [(BatchRow, Municipality)], sets: [Day: ParameterSet], catalog: ParameterCatalog,
    options: EnsembleOptions
  ) -> [Row] {
    Ensemble.map(count: items.count, threads: options.threads) { index -> Row in
      let (item, municipality) = items[index]
      let e = item.establishment
      // Every date has its set (built above); the fallback only keeps this total.
      let parameters = sets[e.referenceDay] ?? ParameterSet(catalog: catalog, asOf: e.referenceDay)
      let assessment = Assessment(e, region: HostRegion(municipality), parameters: parameters)
      let index = assessment.years.count - 1
      let housing = assessment.housing.years[index]
      let facilities = assessment.facilities.years[index]
      return Row(
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
          ? BatchResult.ranges(
            e, region: HostRegion(municipality), catalog: catalog,
            year: assessment.fullOperationYear, options: options) : nil)
    }
  }

  /// The bands of one row, drawn on the calling thread (rows are what runs in parallel).
  static func ranges(
    _ establishment: Establishment, region: HostRegion, catalog: ParameterCatalog, year: Int,
    options: EnsembleOptions
  ) -> Ranges {
    let run = AssessmentEnsemble.Run(establishment, region: region, catalog: catalog, years: [year])
    var single = options
    single.threads = 1
    let bands = run.matrix(single).percentiles()
    func band(_ id: IndicatorID) -> Percentiles {
      Assessment.keyIndicatorIDs.firstIndex(of: id).map { bands[$0] }
        ?? Percentiles(p10: 0, p50: 0, p90: 0)
    }
    return Ranges(
      labourMigrants: band("migration.labourMigrants"),
      shortStayBeds: band("housing.shortStayBeds"), midStayRooms: band("housing.midStayRooms"),
      longStayDwellings: band("housing.longStayDwellings"),
      shortfallBeds: band("housing.shortfallBeds"))
  }

  /// The policy region of a Limburg municipality, else its province.
  static func regionName(_ municipality: Municipality) -> String {
    municipality.policyRegion?.rawValue ?? municipality.province?.rawValue ?? "–"
  }
}
