/// A workforce segment with every default filled in from the catalogue.
public struct ResolvedSegment: Sendable, Hashable, Codable {
  /// The segment's name: the file's label, else "segment 1", "segment 2", ….
  public var label: String
  /// Share of the establishment's jobs in this segment [share 0–1].
  public var share: Double
  /// The kind of contract.
  public var contract: ContractType
  /// The skill level.
  public var skill: SkillLevel
  /// Where the workers come from, from the file or the catalogue [shares summing to 1].
  public var origin: OriginMix
  /// Persons present at the seasonal peak per person present on average [ratio].
  public var peakFactor: Double
  /// Catalogue parameters that supplied defaults for this segment (empty in an untraced run,
  /// a Monte Carlo draw, which names no parameters).
  public var parameters: [ParameterID]

  /// The default segments of a sector: permanent, agency and seasonal staff by catalogue shares.
  static func defaults(for group: SectorGroup, parameters: ParameterSet) -> [WorkforceSegment] {
    var none: [WorkforceSegment] = []
    var segments = ArrayRefill(taking: &none)
    appendDefaults(for: group, parameters: parameters, to: &segments)
    return segments.finished()
  }

  /// The default segments of a sector (`defaults(for:parameters:)`) appended to `segments`:
  /// an array a Monte Carlo worker refills (`Assessment/Storage`).
  static func appendDefaults(
    for group: SectorGroup, parameters: some ParameterReading,
    to segments: inout ArrayRefill<WorkforceSegment>
  ) {
    let agency = parameters.optional(.workforceAgencyShare(group)) ?? 0
    let seasonal = parameters.optional(.workforceSeasonalShare(group)) ?? 0
    let permanent = max(0, 1 - agency - seasonal)
    let skill: SkillLevel =
      switch group {
      case .highTech, .dataCentre: .high
      case .manufacturing, .construction: .mid
      default: .low
      }
    // Built in place rather than filtered from a literal array: no allocation when `segments`
    // has room.
    func add(_ label: String, _ share: Double, _ contract: ContractType, _ skill: SkillLevel) {
      guard share > 0 else { return }
      segments.append(
        WorkforceSegment(label: label, share: share, contract: contract, skill: skill))
    }
    add("permanent", permanent, .permanent, skill)
    add("agency", agency, .agency, .low)
    add("seasonal", seasonal, .seasonal, .low)
  }

  /// The default origin mix for a contract in a sector, in a region.
  ///
  /// Labour migrants first, then knowledge migrants and cross-border commuters, each capped by
  /// what is left; the remainder is recruited in the Netherlands, split local / rest of NL.
  /// The labour-migrant share of agency workers in `group`: agriculture, meat processing
  /// (issue 20: slaughter and cutting plants) or every other sector; for a construction crew
  /// its share from elsewhere, which every contract of the crew shares.
  public static func agencyMigrantShareParameter(for group: SectorGroup) -> ParameterID {
    .migrationMigrantShare(.agency, group)
  }

  static func defaultOrigin(
    contract: ContractType, group: SectorGroup, region: HostRegion, parameters: ParameterSet
  ) -> (OriginMix, [ParameterID]) {
    // The mix's reads, in the order its parameters are listed.
    let parameters = parameters.scope()
    let migrants = parameters[.migrationMigrantShare(contract, group)]
    let nonEuShare = parameters[.migrationNonEuShareOfLabourMigrants]
    let knowledge =
      contract == .permanent
      ? min(parameters[.migrationKnowledgeMigrantShare(group)], 1 - migrants) : 0
    var crossBorder = 0.0
    if let id = ParameterID.migrationCrossBorderCommuterShare(region.policyRegion) {
      crossBorder = min(parameters[id], max(0, 1 - migrants - knowledge))
    }
    let domestic = max(0, 1 - migrants - knowledge - crossBorder)
    let local = domestic * parameters[.migrationLocalShareOfDomesticWorkers]
    let nonEu = migrants * nonEuShare
    let mix = OriginMix(
      localReserve: local, restOfNL: domestic - local, euMigrant: migrants - nonEu,
      nonEuMigrant: nonEu, knowledgeMigrant: knowledge, crossBorder: crossBorder)
    return (mix, parameters.reads.ids)
  }
}
