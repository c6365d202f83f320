/// Many establishments assessed at once: one row each, and the cumulative picture per
/// municipality and per policy region.
///
/// Every figure is taken in each establishment's headline year (full operation, family
/// reunification complete), at the seasonal peak: for the ramp-up that is the establishment's
/// peak year. A row is the establishment on its own, with the same balance as `assess`. The
/// totals place each row's need where its newcomers live (`ResidenceAllocation`: host, named
/// neighbours, rest of the province), add it up per municipality and region, and set it against
/// that area's supply: employer beds at the host; vacant beds stated in the rows as one pool
/// per policy region, counted once; licensed beds are shown but not subtracted, since today's
/// migrants occupy them (Docs/design-notes.md §35).
public struct BatchResult: Sendable, Hashable, Codable {
  /// One establishment's key indicators.
  public struct Row: Sendable, Hashable, Codable {
    /// The row's line in the batch CSV (the header is line 1), or its position among the files.
    public var line: Int
    /// The establishment's name as the row gives it.
    public var name: String
    /// The host municipality's name.
    public var municipality: String
    /// The host municipality's CBS code, such as `GM0983`.
    public var code: String
    /// The type of establishment, which sets the sector defaults.
    public var type: EstablishmentType
    /// The year the row's figures are taken in: full operation with family reunification complete.
    public var headlineYear: Int
    /// Jobs in full operation [FTE].
    public var jobsFTE: Double
    /// Labour migrants on an average day [persons].
    public var labourMigrants: Double
    /// Need in the region (host municipality and the rest of the province) at the peak.
    public var shortStayBeds: Double
    /// Mid-stay rooms needed in the region at the peak [rooms].
    public var midStayRooms: Double
    /// Long-stay dwellings needed in the region [dwellings].
    public var longStayDwellings: Double
    /// Temporary beds at the peak without employer or free legal bed [beds]: the balance of
    /// `assess` (``HousingBalance``).
    public var shortfallBeds: Double
    /// The host municipality's part of the peak need.
    public var hostTemporaryBeds: Double
    /// The host municipality's part of the long-stay dwellings [dwellings].
    public var hostLongStayDwellings: Double
    /// Beds the employer provides [beds].
    public var employerBeds: Double
    /// Employer beds counted as supply: at most what the stricter of their own norm and the
    /// demand norm allows [beds].
    public var employerBedsCounted: Double
    /// Free legal (vacant) beds the row states for the region [beds]; a pool, not added up.
    public var freeLegalBeds: Double?
    /// The row's need in the province and its facility load, before it is placed.
    public var need: BatchLoad
    /// Where the row's need lives, as shares of it.
    public var residence: Residence
    /// The establishment's migrants living in the municipality per 1,000 inhabitants.
    public var migrantsPer1000: Double
    /// Extra GP FTE and primary pupils ÷ the municipality's existing capacity [share].
    public var gpPressure: Double
    /// Extra primary pupils ÷ the municipality's existing school capacity [share].
    public var primaryPressure: Double
    /// Brede-welvaart scorecard indicators of the headline year rated negative, and rated
    /// attention (``Welfare/Rating``): what `batch --sort rating` ranks by.
    public var negativeRatings: Int
    /// Scorecard indicators rated attention in the headline year (see `negativeRatings`).
    public var attentionRatings: Int
    /// P10/P50/P90 of the headline columns over the Monte Carlo draws; `nil` without draws.
    public var ranges: Ranges?
  }

  /// Where an establishment's need in the province lives: shares of it that add up to 1
  /// (``ResidenceSplit`` ÷ the share living in the province).
  public struct Residence: Sendable, Hashable, Codable {
    /// Share of the need living in the host municipality.
    public var host: Double
    /// Share living in the named neighbouring municipalities.
    public var neighbours: Double
    /// Share living elsewhere in the province.
    public var restOfProvince: Double

    /// Shares of the need in the province; they should add up to 1.
    public init(host: Double, neighbours: Double, restOfProvince: Double) {
      self.host = host
      self.neighbours = neighbours
      self.restOfProvince = restOfProvince
    }

    /// The shares of `split`'s province part; all at the host when nobody lives in the province.
    public init(_ split: ResidenceSplit) {
      let inProvince = split.host + split.neighbours + split.restOfProvince
      guard inProvince > 0 else {
        self.init(host: 1, neighbours: 0, restOfProvince: 0)
        return
      }
      let host = split.host / inProvince
      let neighbours = split.neighbours / inProvince
      self.init(host: host, neighbours: neighbours, restOfProvince: 1 - host - neighbours)
    }
  }

  /// How the totals relate to the rows: what each sums to and what explains the difference.
  public struct Balance: Sendable, Hashable, Codable {
    /// The rows' own shortfalls added up [beds]; each row counts its stated free beds.
    public var rowShortfalls: Double
    /// The municipal shortfalls added up, before the pooled vacant beds [beds]. It equals
    /// `rowShortfalls + rowVacantBeds − unallocated.temporaryBeds`.
    public var municipalShortfalls: Double
    /// Vacant beds stated in the rows, counted once per policy region [beds].
    public var pooledVacantBeds: Double
    /// The region shortfalls added up, after each region's pool [beds].
    public var regionShortfalls: Double
    /// The free legal beds the rows subtract, each row on its own [beds]: rows naming the same
    /// pool each subtract it, so the rows' sum is this much below the municipalities'.
    public var rowVacantBeds: Double
    /// Employer beds beyond their own establishment's need [beds]: not counted as supply for
    /// other establishments' workers.
    public var employerBedsBeyondOwnNeed: Double
    /// The rows' need and load added up.
    public var rows: BatchLoad
    /// What could not be placed in a municipality of the region data.
    public var unallocated: BatchLoad
  }

  /// Monte Carlo bands of a row's headline columns, in its headline year.
  public struct Ranges: Sendable, Hashable, Codable {
    /// Labour migrants on an average day [persons].
    public var labourMigrants: Percentiles
    /// Short-stay beds at the peak [beds].
    public var shortStayBeds: Percentiles
    /// Mid-stay rooms at the peak [rooms].
    public var midStayRooms: Percentiles
    /// Long-stay dwellings [dwellings].
    public var longStayDwellings: Percentiles
    /// Temporary beds short after the row's own supply [beds].
    public var shortfallBeds: Percentiles
  }

  /// The cumulative picture of a municipality or a region.
  public struct Total: Sendable, Hashable, Codable {
    /// The municipality's or the policy region's name.
    public var name: String
    /// CBS code of a municipality; `nil` for a region.
    public var code: String?
    /// The policy region (or province outside Limburg) of a municipality; `nil` for a region.
    public var region: String?
    /// Establishments in the area, their jobs and their labour migrants (where they work).
    public var establishments: Int
    /// Jobs in full operation of the establishments in the area [FTE].
    public var jobsFTE: Double
    /// Labour migrants working at the establishments in the area, on an average day [persons].
    public var labourMigrants: Double
    /// The need and load of all rows living in the area (where they live).
    public var need: BatchLoad
    /// Employer beds on the sites in the area, counted at the stricter norm and at most each
    /// establishment's own temporary need [beds].
    public var employerBeds: Double
    /// Licensed labour-migrant beds in the municipality (region data): the existing stock,
    /// occupied by today's migrants; shown, not set against new need.
    public var licensedBeds: Double?
    /// Vacant beds set against the need: a region's pool (the largest figure its rows state,
    /// counted once); `nil` when unknown (a municipality: the pool is not located).
    public var vacantBeds: Double?
    /// Temporary beds not covered by employer beds and the known vacant beds [beds].
    public var temporaryShortfall: Double
    /// The rows' migrants living in the area per 1,000 inhabitants.
    public var migrantsPer1000: Double
    /// Long-stay dwellings ÷ the dwelling stock, where the stock is known [share].
    public var housingPressure: Double?
    /// Extra GP FTE and primary pupils ÷ existing capacity; `nil` for a region [share].
    public var gpPressure: Double?
    /// Extra primary pupils ÷ existing school capacity; `nil` for a region [share].
    public var primaryPressure: Double?
    /// Thresholds crossed: `migrantsPer1000`, `migrantsPer1000.high`, `housingPressure`,
    /// `facilityPressure`.
    public var crossed: [String]

    /// Temporary beds the rows living in the area need at the peak [beds].
    public var temporaryBeds: Double { need.temporaryBeds }
    /// Long-stay dwellings the rows living in the area need [dwellings].
    public var longStayDwellings: Double { need.longStayDwellings }
  }

  /// One row per establishment, in input order.
  public var rows: [Row]
  /// The totals per municipality where the newcomers live.
  public var municipalities: [Total]
  /// The totals per policy region.
  public var regions: [Total]
  /// How the row shortfalls relate to the totals' shortfalls, for the report's explanation.
  public var balance: Balance

  /// Assesses every row (``Assessment``, untraced) and adds the results up per municipality and
  /// region. Rows run on `options.threads` workers; the result does not depend on their number.
  /// With `options.draws > 0` every row also gets P10–P90 bands from that many draws (its own
  /// seeded streams, so a row's bands do not depend on the other rows). ``BatchRun`` does the
  /// same in chunks, for output that is written as it is made.
  public init(
    _ batch: [BatchRow], regions: RegionData, catalog: ParameterCatalog = .standard,
    options: EnsembleOptions = EnsembleOptions(draws: 0),
    progress: ((_ done: Int, _ total: Int) -> Void)? = nil
  ) {
    var run = BatchRun(regions: regions, catalog: catalog, options: options)
    var rows: [Row] = []
    rows.reserveCapacity(batch.count)
    // Chunks of rows in order, so progress can be told between them on this thread; each chunk
    // runs in parallel. Chunking changes no result.
    var start = 0
    while start < batch.count {
      let end = min(start + BatchResult.chunkRows(draws: options.draws), batch.count)
      rows += run.assess(Array(batch[start..<end]))
      start = end
      progress?(end, batch.count)
    }
    self.rows = rows
    (municipalities, self.regions, balance) = run.totals()
  }

  /// Reassembles a result from its parts, as decoded or built by `BatchRun`.
  public init(rows: [Row], municipalities: [Total], regions: [Total], balance: Balance) {
    self.rows = rows
    self.municipalities = municipalities
    self.regions = regions
    self.balance = balance
  }

  /// Largest number of rows assessed between two progress reports.
  public static let progressChunk = 5_000

  /// Pipeline runs (a row is 1 + its draws) in one chunk of rows with draws: a fraction of a
  /// second, so a batch with draws reports progress several times a second, not once a chunk
  /// of 5,000 rows.
  static let chunkRuns = 100_000

  /// The rows of one chunk at `draws` draws a row: ``progressChunk`` without draws, fewer with
  /// them, at least 8. Chunking changes no result.
  public static func chunkRows(draws: Int) -> Int {
    max(8, min(progressChunk, chunkRuns / (1 + max(0, draws))))
  }

  /// The policy region of a Limburg municipality, else its province.
  static func regionName(_ municipality: Municipality) -> String {
    municipality.policyRegion?.rawValue ?? municipality.province?.rawValue ?? "–"
  }
}
