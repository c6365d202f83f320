/// A workforce segment with every default filled in from the catalogue.
public struct ResolvedSegment: Sendable, Hashable, Codable {
  public var label: String
  public var share: Double
  public var contract: ContractType
  public var skill: SkillLevel
  public var origin: OriginMix
  /// Persons present at the seasonal peak per person present on average [ratio].
  public var peakFactor: Double
  /// Catalogue parameters that supplied defaults for this segment.
  public var parameters: [ParameterID]

  /// The default segments of a sector: permanent, agency and seasonal staff by catalogue shares.
  static func defaults(for group: SectorGroup, parameters: ParameterSet) -> [WorkforceSegment] {
    let agency = parameters.optional(.workforceAgencyShare(group)) ?? 0
    let seasonal = parameters.optional(.workforceSeasonalShare(group)) ?? 0
    let permanent = max(0, 1 - agency - seasonal)
    let skill: SkillLevel =
      switch group {
      case .highTech, .dataCentre: .high
      case .manufacturing, .construction: .mid
      default: .low
      }
    return [
      WorkforceSegment(label: "permanent", share: permanent, contract: .permanent, skill: skill),
      WorkforceSegment(label: "agency", share: agency, contract: .agency, skill: .low),
      WorkforceSegment(label: "seasonal", share: seasonal, contract: .seasonal, skill: .low),
    ].filter { $0.share > 0 }
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
    let migrantID: ParameterID = .migrationMigrantShare(contract, group)
    let knowledgeID: ParameterID = .migrationKnowledgeMigrantShare(group)
    var used: [ParameterID] = [migrantID, .migrationNonEuShareOfLabourMigrants]

    let migrants = parameters[migrantID]
    let knowledge = contract == .permanent ? min(parameters[knowledgeID], 1 - migrants) : 0
    if contract == .permanent { used.append(knowledgeID) }
    var crossBorder = 0.0
    if let id = ParameterID.migrationCrossBorderCommuterShare(region.policyRegion) {
      crossBorder = min(parameters[id], max(0, 1 - migrants - knowledge))
      used.append(id)
    }
    let domestic = max(0, 1 - migrants - knowledge - crossBorder)
    let local = domestic * parameters[.migrationLocalShareOfDomesticWorkers]
    used.append(.migrationLocalShareOfDomesticWorkers)
    let nonEu = migrants * parameters[.migrationNonEuShareOfLabourMigrants]
    let mix = OriginMix(
      localReserve: local, restOfNL: domestic - local, euMigrant: migrants - nonEu,
      nonEuMigrant: nonEu, knowledgeMigrant: knowledge, crossBorder: crossBorder)
    return (mix, used)
  }
}

extension ParameterSet {
  /// The value for `id` when the catalogue has it; for per-sector parameters some sectors lack.
  func optional(_ id: ParameterID) -> Double? {
    catalog[id] == nil && overrides[id] == nil ? nil : self[id]
  }
}
