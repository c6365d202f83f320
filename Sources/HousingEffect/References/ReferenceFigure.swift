/// One published figure about a real establishment: what was measured, its value and where it
/// was published. A row of `Docs/data/reference-establishments.csv`.
public struct ReferenceFigure: Sendable, Hashable, Codable {
  /// What the figure counts.
  public enum Field: String, Sendable, Hashable, Codable, CaseIterable {
    case jobs
    case floorAreaM2 = "floor_area_m2"
    case hectares
    case labourMigrantShare = "labour_migrant_share"
    case labourMigrants = "labour_migrants"
    case peakWorkforce = "peak_workforce"
    case employerBeds = "employer_beds"
    case constructionWorkers = "construction_workers"
    case constructionOutsideShare = "construction_outside_share"
    case dwellingsNeeded = "dwellings_needed"
    /// The degree of automation of a distribution centre as a published source describes it,
    /// as a level (`Automation`): 1 low, 2 medium, 3 high. Recorded, not checked: no model input
    /// reads it (issue 20, round 6).
    case automation
  }

  /// The degree of automation of a distribution centre, as the reference table records it
  /// (field `automation`, value 1, 2 or 3).
  public enum Automation: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Manual: people pick and move goods (order-picking trucks, forklifts), no conveyor or
    /// sorter system.
    case low = 1
    /// Mechanised: conveyors or sorters move and sort goods, people pick the items.
    case medium = 2
    /// Automated: automated storage and picking (shuttles, goods-to-person robots,
    /// order-picking machines) for most items.
    case high = 3
  }

  /// How firm the figure is: measured (a count or register), reported (a company or press
  /// figure of the present), planned (announced before opening) or estimate (a stated guess).
  public enum Reliability: String, Sendable, Hashable, Codable, CaseIterable {
    case measured, reported, planned, estimate
  }

  /// What the figure counts.
  public var field: Field
  /// The value, in `unit`; the lower end when the source gives a range.
  public var value: Double
  /// The upper end when the source gives a range ("150–250 jobs"); `value` is then the lower.
  public var valueHigh: Double?
  /// The unit as the table states it ("persons", "m2", "ha", "share", "beds", "dwellings").
  public var unit: String
  /// The year the figure describes, when the source says.
  public var figureYear: Int?
  /// Where it was published: title, publisher and URL; the source's year is ``published``,
  /// or 0 when the page shows no date.
  public var source: Source
  /// The year of publication, when the source shows one.
  public var published: Int? { source.year > 0 ? source.year : nil }
  /// How firm the figure is.
  public var reliability: Reliability
  /// What the figure is and how it was read, in English.
  public var note: String

  /// A figure; `note` says in English what it is and how it was read.
  public init(
    field: Field, value: Double, valueHigh: Double? = nil, unit: String, figureYear: Int? = nil,
    source: Source, reliability: Reliability, note: String = ""
  ) {
    self.field = field
    self.value = value
    self.valueHigh = valueHigh
    self.unit = unit
    self.figureYear = figureYear
    self.source = source
    self.reliability = reliability
    self.note = note
  }

  /// The automation levels an `automation` figure states (two for a range such as 2–3);
  /// empty for any other field.
  public var automationLevels: [Automation] {
    guard field == .automation else { return [] }
    return [value, valueHigh].compactMap { $0.flatMap { Automation(rawValue: Int($0)) } }
  }

  /// The figure as one number: the middle of a range, else the value.
  public var central: Double { valueHigh.map { (value + $0) / 2 } ?? value }
}
