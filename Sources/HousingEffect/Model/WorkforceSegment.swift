/// A part of the workforce with one contract type, skill level and origin mix.
public struct WorkforceSegment: Sendable, Hashable, Codable {
  /// A name for the segment in reports, such as "orderpickers"; `nil`: named by its contract.
  public var label: String?
  /// Share of the establishment's jobs (FTE) in this segment [share 0–1].
  public var share: Double
  /// The kind of contract: permanent, direct flex, staffing agency or seasonal.
  public var contract: ContractType
  /// The skill level, which sets the knowledge-migrant and household defaults.
  public var skill: SkillLevel
  /// Where the workers come from; `nil`: catalogue defaults for sector and contract.
  public var origin: OriginMix?

  /// A segment of `share` of the jobs; `origin` `nil` takes the catalogue's mix.
  public init(
    label: String? = nil, share: Double, contract: ContractType, skill: SkillLevel = .low,
    origin: OriginMix? = nil
  ) {
    self.label = label
    self.share = share
    self.contract = contract
    self.skill = skill
    self.origin = origin
  }
}

/// Skill level of the jobs in a segment.
public enum SkillLevel: String, Sendable, Hashable, Codable, CaseIterable {
  case low, mid, high
}

/// Where the workers of a segment come from; the shares sum to 1.
public struct OriginMix: Sendable, Hashable, Codable {
  /// Already living in the region and available for work (local labour reserve).
  public var localReserve: Double
  /// From elsewhere in the Netherlands.
  public var restOfNL: Double
  /// EU/EFTA labour migrants.
  public var euMigrant: Double
  /// Labour migrants from outside the EU/EFTA.
  public var nonEuMigrant: Double
  /// Knowledge migrants (kennismigranten).
  public var knowledgeMigrant: Double
  /// Cross-border commuters living in Germany or Belgium.
  public var crossBorder: Double

  /// An origin mix; the shares should sum to 1 (the loader checks it for files).
  public init(
    localReserve: Double = 0, restOfNL: Double = 0, euMigrant: Double = 0,
    nonEuMigrant: Double = 0, knowledgeMigrant: Double = 0, crossBorder: Double = 0
  ) {
    self.localReserve = localReserve
    self.restOfNL = restOfNL
    self.euMigrant = euMigrant
    self.nonEuMigrant = nonEuMigrant
    self.knowledgeMigrant = knowledgeMigrant
    self.crossBorder = crossBorder
  }

  /// The sum of the shares; 1 for a complete mix.
  public var total: Double {
    localReserve + restOfNL + euMigrant + nonEuMigrant + knowledgeMigrant + crossBorder
  }

  /// Labour migrants (EU and non-EU), without knowledge migrants.
  public var labourMigrants: Double { euMigrant + nonEuMigrant }

  /// The key names used in files, in a fixed order.
  public static let keys = [
    "localReserve", "restOfNL", "euMigrant", "nonEuMigrant", "knowledgeMigrant", "crossBorder",
  ]
}
