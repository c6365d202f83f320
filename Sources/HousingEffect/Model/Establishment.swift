/// A proposed establishment or expansion: everything the user states about it.
///
/// Only the type, the size and the host municipality are required; everything else falls back
/// to catalogue defaults for the type, and the assessment lists what was defaulted.
public struct Establishment: Sendable, Hashable, Codable {
  /// Establishment file format version this build writes and reads.
  public static let schemaVersion = 1

  /// The establishment's name, as the reports' titles show it.
  public var name: String
  /// What the establishment is, in a sentence or two.
  public var description: String?
  /// Where the inputs come from (documents, conversations with the company).
  public var sources: [String]
  /// Reference date for dated parameter values; `nil`: 1 January of the start year.
  public var asOf: Day?
  /// Host municipality as written by the user; resolved against the region data.
  public var municipality: String
  /// The kind of establishment: the sector defaults (job density, contract mix, seasonality)
  /// follow from it.
  public var type: EstablishmentType
  /// How big it is: jobs, floor area or hectares.
  public var size: EstablishmentSize
  /// First year of operation.
  public var startYear: Int
  /// Share of the full-operation jobs filled in each operating year, starting at `startYear`;
  /// the last share holds afterwards. `nil`: the catalogue's default ramp-up.
  public var rampUp: [Double]?
  /// The construction phase, whose crews need temporary housing; `nil`: not modelled.
  public var construction: ConstructionPhase?
  /// Workforce segments; `nil`: the type's default contract mix and origin mix.
  public var workforce: [WorkforceSegment]?
  /// Persons present at the seasonal peak per person present on average; `nil`: by sector.
  public var peakFactor: Double?
  /// Beds the employer provides or arranges itself; `nil`: none.
  public var employerHousing: EmployerHousing?
  /// The season of the seasonal segments, when the file states it.
  public var season: Season?
  /// Legal beds for labour migrants known to be free in the region [beds]: *vacant* beds, set
  /// against new need (not the licensed stock, which today's migrants occupy).
  public var freeLegalBeds: Double?
  /// Dwellings available to newcomers for long stays, each batch from its year; `nil`: unknown.
  public var availableDwellings: [AvailableDwellings]?
  /// Whether the employer offers Dutch language training to labour migrants; `nil`: unknown.
  public var languageTraining: Bool?
  /// The housing norm demand is expressed in.
  public var housingNorm: HousingNorm?
  /// Parameter values that replace the catalogue's for this establishment, each with its reason.
  public var overrides: [ParameterOverride]
  /// The Dutch and English versions of `name`, `description` and `sources` when the file
  /// gives them; `nil` when every text is a plain string.
  public var texts: EstablishmentTexts?

  /// An establishment; everything after `startYear` is optional and defaults from the catalogue
  /// for the type (see Docs/establishment-format.md for each field).
  public init(
    name: String, municipality: String, type: EstablishmentType, size: EstablishmentSize,
    startYear: Int, rampUp: [Double]? = nil, construction: ConstructionPhase? = nil,
    workforce: [WorkforceSegment]? = nil, peakFactor: Double? = nil,
    employerHousing: EmployerHousing? = nil, freeLegalBeds: Double? = nil,
    languageTraining: Bool? = nil, housingNorm: HousingNorm? = nil,
    overrides: [ParameterOverride] = [], description: String? = nil, sources: [String] = [],
    asOf: Day? = nil, season: Season? = nil, texts: EstablishmentTexts? = nil,
    availableDwellings: [AvailableDwellings]? = nil
  ) {
    self.availableDwellings = availableDwellings
    self.season = season
    self.texts = texts
    self.name = name
    self.description = description
    self.sources = sources
    self.asOf = asOf
    self.municipality = municipality
    self.type = type
    self.size = size
    self.startYear = startYear
    self.rampUp = rampUp
    self.construction = construction
    self.workforce = workforce
    self.peakFactor = peakFactor
    self.employerHousing = employerHousing
    self.freeLegalBeds = freeLegalBeds
    self.languageTraining = languageTraining
    self.housingNorm = housingNorm
    self.overrides = overrides
  }

  /// The reference date the run uses: ``asOf`` or 1 January of the start year.
  public var referenceDay: Day {
    asOf ?? Day(year: startYear) ?? Day.catalogueEpoch
  }
}

/// How big the establishment is: exactly one measure.
public enum EstablishmentSize: Sendable, Hashable, Codable {
  /// Jobs at full operation [FTE].
  case jobs(Double)
  /// Gross floor area [m²].
  case floorArea(Double)
  /// Land area, or glass area for glasshouses [ha].
  case hectares(Double)

  /// Which measure the size is in.
  public var basis: SizeBasis {
    switch self {
    case .jobs: .jobs
    case .floorArea: .floorArea
    case .hectares: .hectares
    }
  }

  /// The size in its own unit: jobs [FTE], floor area [m²] or hectares [ha].
  public var amount: Double {
    switch self {
    case .jobs(let value), .floorArea(let value), .hectares(let value): value
    }
  }
}

/// The construction phase before operation.
public struct ConstructionPhase: Sendable, Hashable, Codable {
  /// Construction workers on site on average while building [persons]; `nil`: estimated from
  /// the floor area (``Staffing/constructionWorkers(_:parameters:)``).
  public var workers: Double?
  /// First year of construction.
  public var startYear: Int
  /// First month of construction, 1–12.
  public var startMonth: Int
  /// How long construction lasts [months].
  public var durationMonths: Int
  /// Share of the workers from outside the region who need temporary housing; `nil`: catalogue.
  public var shareFromElsewhere: Double?

  /// A construction phase; `workers` and `shareFromElsewhere` `nil` take the catalogue's
  /// estimates.
  public init(
    workers: Double?, startYear: Int, startMonth: Int = 1, durationMonths: Int,
    shareFromElsewhere: Double? = nil
  ) {
    self.workers = workers
    self.startYear = startYear
    self.startMonth = startMonth
    self.durationMonths = durationMonths
    self.shareFromElsewhere = shareFromElsewhere
  }

  /// Months of construction falling in `year`, 0–12.
  public func months(in year: Int) -> Int {
    let first = startYear * 12 + (startMonth - 1)
    let end = first + durationMonths
    let yearStart = year * 12
    return max(0, min(end, yearStart + 12) - max(first, yearStart))
  }

  /// The last calendar year with construction work.
  public var endYear: Int {
    startYear + (startMonth - 1 + max(durationMonths, 1) - 1) / 12
  }
}

/// Housing the employer provides or arranges itself.
public struct EmployerHousing: Sendable, Hashable, Codable {
  /// Beds the employer provides for its workers [beds].
  public var beds: Double
  /// The norm the employer says the housing meets (checked against the figures below).
  public var norm: HousingNorm?
  /// The housing's total floor area [m²]; `nil`: not stated (the norm check skips it).
  public var floorAreaM2: Double?
  /// The number of bedrooms; `nil`: not stated.
  public var bedrooms: Double?
  /// The number of toilets; `nil`: not stated.
  public var toilets: Double?
  /// The number of showers; `nil`: not stated.
  public var showers: Double?

  /// Employer housing of `beds`; the other figures, when given, are checked against `norm`.
  public init(
    beds: Double, norm: HousingNorm? = nil, floorAreaM2: Double? = nil, bedrooms: Double? = nil,
    toilets: Double? = nil, showers: Double? = nil
  ) {
    self.beds = beds
    self.norm = norm
    self.floorAreaM2 = floorAreaM2
    self.bedrooms = bedrooms
    self.toilets = toilets
    self.showers = showers
  }
}
