/// A Dutch municipality with the figures the housing model uses, each with its reference date.
///
/// Gaps stay gaps: an optional that is `nil` means no source gave the figure, never zero.
public struct Municipality: Sendable, Hashable, Codable {
  /// The policy regions of Limburg as used by the Stuurgroep Internationale Werknemers.
  public enum PolicyRegion: String, Sendable, Hashable, Codable, CaseIterable {
    case noordLimburg = "Noord-Limburg"
    case middenLimburg = "Midden-Limburg"
    case zuidLimburg = "Zuid-Limburg"
  }

  /// A neighbouring country a municipality borders.
  public enum Country: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case germany = "DE"
    case belgium = "BE"

    /// Germany before Belgium, as in `DE+BE`.
    public static func < (lhs: Country, rhs: Country) -> Bool {
      lhs == .germany && rhs == .belgium
    }
  }

  /// A count that holds on a given day.
  public struct DatedCount: Sendable, Hashable, Codable {
    /// The count itself: inhabitants, dwellings or households.
    public var value: Int
    /// The day it holds on (CBS gives 1 January), shown beside it in `regions` and reports.
    public var date: Day

    /// `value` as counted on `date`.
    public init(_ value: Int, on date: Day) {
      self.value = value
      self.date = date
    }
  }

  /// A labour-migrant figure.
  ///
  /// Figures of different kinds measure different things and must not be compared or added up.
  public struct LabourMigrants: Sendable, Hashable, Codable {
    /// What the figure counts; the projection takes only sourced counts of working migrants
    /// as a base.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
      /// People working in the municipality (by place of work, not of residence).
      case working
      /// People registered as residents (BRP).
      case registered
      /// An estimate whose basis is unclear or mixed.
      case estimate
    }

    /// The number of labour migrants the source gives.
    public var count: Int
    /// The year or period the figure refers to as the source gives it: `2020`, `2016-2018`.
    public var year: String
    /// Working, registered or an estimate: decides what the figure may be compared with.
    public var kind: Kind

    /// A figure of `kind` for `year`, as the source gives it.
    public init(_ count: Int, year: String, kind: Kind) {
      self.count = count
      self.year = year
      self.kind = kind
    }
  }

  /// Beds in licensed labour-migrant accommodation.
  public struct LicensedBeds: Sendable, Hashable, Codable {
    /// Beds with a permit for labour-migrant housing: the existing stock, already occupied.
    public var count: Int
    /// The year of the count.
    public var year: Int

    /// `count` licensed beds in `year`.
    public init(_ count: Int, year: Int) {
      self.count = count
      self.year = year
    }
  }

  /// CBS municipality code such as `GM0983`.
  public var code: String
  /// The municipality's name as CBS writes it, such as `Bergen (L.)`; matched without case.
  public var name: String
  /// `nil` outside Limburg, or when the file gave no recognised policy region.
  public var policyRegion: PolicyRegion?
  /// The part in brackets after the policy region, such as `Parkstad`.
  ///
  /// For a region text that is not a Limburg policy region, the whole text.
  public var subRegion: String?
  /// Inhabitants on a day: the denominator of every "per 1,000 inhabitants".
  public var population: DatedCount
  /// Land area (without water) in km².
  public var landAreaKm2: Double?
  /// The dwelling stock, against which the long-stay need is set as pressure.
  public var dwellings: DatedCount?
  /// The number of households, for context in `regions`.
  public var households: DatedCount?
  /// A sourced labour-migrant figure, when one was found; the base of `project`.
  public var labourMigrants: LabourMigrants?
  /// Licensed labour-migrant beds, when known: existing supply in `project`.
  public var licensedMigrantBeds: LicensedBeds?
  /// Countries the municipality borders; empty for none.
  public var borders: Set<Country>
  /// Dutch neighbouring municipalities by name, also those outside the region data.
  public var neighbours: [String]
  /// URLs of the sources the figures are taken from.
  public var sources: [String]
  /// How the figures were obtained, what is sourced and what is not (English).
  public var notes: String
  /// The same notes in Dutch, written from the English (issue 21); empty when a region file
  /// gives none, and then Dutch reports point to the English notes.
  public var dutchNotes: String

  /// A municipality with the figures known for it; leave out what no source gives.
  public init(
    code: String, name: String, policyRegion: PolicyRegion? = nil, subRegion: String? = nil,
    population: DatedCount, landAreaKm2: Double? = nil, dwellings: DatedCount? = nil,
    households: DatedCount? = nil, labourMigrants: LabourMigrants? = nil,
    licensedMigrantBeds: LicensedBeds? = nil, borders: Set<Country> = [], neighbours: [String] = [],
    sources: [String] = [], notes: String = "", dutchNotes: String = ""
  ) {
    self.code = code
    self.name = name
    self.policyRegion = policyRegion
    self.subRegion = subRegion
    self.population = population
    self.landAreaKm2 = landAreaKm2
    self.dwellings = dwellings
    self.households = households
    self.labourMigrants = labourMigrants
    self.licensedMigrantBeds = licensedMigrantBeds
    self.borders = borders
    self.neighbours = neighbours
    self.sources = sources
    self.notes = notes
    self.dutchNotes = dutchNotes
  }

  /// The province, from the CBS code (`nil` for a code that is not a current municipality).
  public var province: Province? { Province(municipalityCode: code) }

  /// Whether the municipality is in Limburg: by its code, or by a Limburg policy region.
  public var isInLimburg: Bool { province == .limburg || policyRegion != nil }

  /// The region as written in a region file, such as `Zuid-Limburg (Parkstad)`.
  public var regionText: String? {
    guard let policyRegion else { return subRegion }
    guard let subRegion, !subRegion.isEmpty else { return policyRegion.rawValue }
    return "\(policyRegion.rawValue) (\(subRegion))"
  }

  private enum CodingKeys: String, CodingKey {
    case code, name, policyRegion, subRegion, population, landAreaKm2, dwellings, households
    case labourMigrants, licensedMigrantBeds, borders, neighbours, sources, notes, dutchNotes
  }

  /// Decodes what `encode(to:)` writes; `dutchNotes` may be missing (JSON written before it
  /// existed).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    code = try container.decode(String.self, forKey: .code)
    name = try container.decode(String.self, forKey: .name)
    policyRegion = try container.decodeIfPresent(PolicyRegion.self, forKey: .policyRegion)
    subRegion = try container.decodeIfPresent(String.self, forKey: .subRegion)
    population = try container.decode(DatedCount.self, forKey: .population)
    landAreaKm2 = try container.decodeIfPresent(Double.self, forKey: .landAreaKm2)
    dwellings = try container.decodeIfPresent(DatedCount.self, forKey: .dwellings)
    households = try container.decodeIfPresent(DatedCount.self, forKey: .households)
    labourMigrants = try container.decodeIfPresent(LabourMigrants.self, forKey: .labourMigrants)
    licensedMigrantBeds = try container.decodeIfPresent(
      LicensedBeds.self, forKey: .licensedMigrantBeds)
    borders = try container.decode(Set<Country>.self, forKey: .borders)
    neighbours = try container.decode([String].self, forKey: .neighbours)
    sources = try container.decode([String].self, forKey: .sources)
    notes = try container.decode(String.self, forKey: .notes)
    dutchNotes = try container.decodeIfPresent(String.self, forKey: .dutchNotes) ?? ""
  }

  /// Encodes like the synthesized form, but with `borders` sorted so the output is deterministic.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(code, forKey: .code)
    try container.encode(name, forKey: .name)
    try container.encodeIfPresent(policyRegion, forKey: .policyRegion)
    try container.encodeIfPresent(subRegion, forKey: .subRegion)
    try container.encode(population, forKey: .population)
    try container.encodeIfPresent(landAreaKm2, forKey: .landAreaKm2)
    try container.encodeIfPresent(dwellings, forKey: .dwellings)
    try container.encodeIfPresent(households, forKey: .households)
    try container.encodeIfPresent(labourMigrants, forKey: .labourMigrants)
    try container.encodeIfPresent(licensedMigrantBeds, forKey: .licensedMigrantBeds)
    try container.encode(borders.sorted(), forKey: .borders)
    try container.encode(neighbours, forKey: .neighbours)
    try container.encode(sources, forKey: .sources)
    try container.encode(notes, forKey: .notes)
    try container.encode(dutchNotes, forKey: .dutchNotes)
  }
}
