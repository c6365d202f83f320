/// A projection study: the areas, growth paths, years, establishments and planned housing of a
/// `project` run. The file format is in Docs/projection-format.md.
public struct ProjectionStudy: Sendable, Hashable {
  /// A user-supplied base count for an area without a sourced one.
  public struct Base: Sendable, Hashable, Codable {
    public var region: String
    public var year: Int
    /// Labour migrants working in the area (by place of work) [persons].
    public var working: Double
    public var source: String

    public init(region: String, year: Int, working: Double, source: String) {
      self.region = region
      self.year = year
      self.working = working
      self.source = source
    }
  }

  /// Licensed beds for temporary stays in an area in the base year, where the region data has
  /// no sourced figure (or to replace it).
  public struct ExistingSupply: Sendable, Hashable, Codable {
    public var region: String
    public var beds: Double
    public var source: String

    public init(region: String, beds: Double, source: String) {
      self.region = region
      self.beds = beds
      self.source = source
    }
  }

  /// A housing project with its first year and capacity.
  public struct PlannedSupply: Sendable, Hashable, Codable {
    public var region: String
    public var name: String?
    public var year: Int
    /// Beds for short and mid stays.
    public var beds: Double
    /// Regular dwellings for long stays.
    public var dwellings: Double

    public init(region: String, name: String?, year: Int, beds: Double, dwellings: Double) {
      self.region = region
      self.name = name
      self.year = year
      self.beds = beds
      self.dwellings = dwellings
    }
  }

  /// An establishment added on top of the path from its start year.
  public struct ProjectedEstablishment: Sendable, Hashable {
    public var establishment: Establishment
    /// Where it came from: the path as written, or `inline`.
    public var source: String

    public init(establishment: Establishment, source: String) {
      self.establishment = establishment
      self.source = source
    }
  }

  /// Whether the paths' growth already holds future establishments like the study's (issue 19,
  /// item 5). Docs/projection-format.md ("establishmentsInPaths").
  public enum EstablishmentsInPaths: String, Sendable, Hashable, Codable, CaseIterable {
    /// The paths contain them (the default: the named paths extrapolate or expect the whole
    /// regional labour market, new establishments included): the study's establishments take
    /// their figures out of the path's; `with` is the path, `without` the path less them.
    case included
    /// The paths are defined without them: `without` is the path, `with` adds them on top.
    case added
  }

  public var title: String
  public var description: String?
  public var regions: [String]
  public var paths: [GrowthPath]
  public var until: Int
  public var bases: [Base]
  public var existingSupply: [ExistingSupply]
  public var plannedSupply: [PlannedSupply]
  public var establishments: [ProjectedEstablishment]
  public var overrides: [ParameterOverride]
  public var establishmentsInPaths: EstablishmentsInPaths

  public init(
    title: String, description: String? = nil, regions: [String], paths: [GrowthPath],
    until: Int = 2050, bases: [Base] = [], existingSupply: [ExistingSupply] = [],
    plannedSupply: [PlannedSupply] = [], establishments: [ProjectedEstablishment] = [],
    overrides: [ParameterOverride] = [], establishmentsInPaths: EstablishmentsInPaths = .included
  ) {
    self.title = title
    self.description = description
    self.regions = regions
    self.paths = paths
    self.until = until
    self.bases = bases
    self.existingSupply = existingSupply
    self.plannedSupply = plannedSupply
    self.establishments = establishments
    self.overrides = overrides
    self.establishmentsInPaths = establishmentsInPaths
  }

  /// The last year a projection may reach.
  public static let lastYear = 2050
}
