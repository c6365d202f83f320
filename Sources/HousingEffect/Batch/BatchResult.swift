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
      let end = min(start + BatchResult.progressChunk, batch.count)
      rows += run.assess(Array(batch[start..<end]))
      start = end
      progress?(end, batch.count)
    }
    self.rows = rows
    (municipalities, self.regions) = run.totals()
  }

  public init(rows: [Row], municipalities: [Total], regions: [Total]) {
    self.rows = rows
    self.municipalities = municipalities
    self.regions = regions
  }

  /// Largest number of rows assessed between two progress reports.
  public static let progressChunk = 5_000

  /// The policy region of a Limburg municipality, else its province.
  static func regionName(_ municipality: Municipality) -> String {
    municipality.policyRegion?.rawValue ?? municipality.province?.rawValue ?? "–"
  }
}
