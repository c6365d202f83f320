/// A projection study: the areas, growth paths, years, establishments and planned housing of a
/// `project` run. The file format is in Docs/projection-format.md.
public struct ProjectionStudy: Sendable, Hashable {
  /// A user-supplied base count for an area without a sourced one.
  public struct Base: Sendable, Hashable, Codable {
    /// The area the base is for, by name.
    public var region: String
    /// The year of the count.
    public var year: Int
    /// Labour migrants working in the area (by place of work) [persons].
    public var working: Double
    /// Where the count comes from, in words, with its source.
    public var source: String

    /// A base of `working` labour migrants in `region` in `year`, from `source`.
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
    /// The area, by name.
    public var region: String
    /// Licensed temporary beds in the base year [beds].
    public var beds: Double
    /// Where the figure comes from, in words, with its source.
    public var source: String

    /// `beds` licensed beds in `region`, from `source`.
    public init(region: String, beds: Double, source: String) {
      self.region = region
      self.beds = beds
      self.source = source
    }
  }

  /// A housing project with its first year and capacity.
  public struct PlannedSupply: Sendable, Hashable, Codable {
    /// The area the project is in, by name.
    public var region: String
    /// The project's name; `nil` when the study gives none.
    public var name: String?
    /// The first year the beds and dwellings are available.
    public var year: Int
    /// Beds for short and mid stays.
    public var beds: Double
    /// Regular dwellings for long stays.
    public var dwellings: Double

    /// A project in `region` that opens `beds` beds and `dwellings` dwellings in `year`.
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
    /// The establishment, as in an establishment file.
    public var establishment: Establishment
    /// Where it came from: the path as written, or `inline`.
    public var source: String

    /// An establishment read from `source` (a path, or `inline`).
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

  /// The study's title, shown at the top of the report.
  public var title: String
  /// What the study is about, in a sentence or two; `nil` when the file gives none.
  public var description: String?
  /// The areas to project, by name: the province, policy regions or municipalities.
  public var regions: [String]
  /// The growth paths, each projected for every area.
  public var paths: [GrowthPath]
  /// The last year projected.
  public var until: Int
  /// Base counts for areas without a sourced one (or to replace it).
  public var bases: [Base]
  /// Licensed temporary beds in the base year, for areas without a sourced figure.
  public var existingSupply: [ExistingSupply]
  /// Housing projects that add beds or dwellings from their year.
  public var plannedSupply: [PlannedSupply]
  /// Establishments to project with (the `with` variant).
  public var establishments: [ProjectedEstablishment]
  /// Parameter overrides for the whole study.
  public var overrides: [ParameterOverride]
  /// Whether the paths already hold the study's establishments.
  public var establishmentsInPaths: EstablishmentsInPaths

  /// A study; see the properties for each argument. `until` defaults to 2050.
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
