import Testing

@testable import HousingEffect

/// The lookups the draws make many times per run (issue 18): a parameter's position from its
/// id's ordinal (or, for an id made from text, its key), and a projection indicator's position
/// from a switch.
@Suite("Lookup tables")
struct LookupTableTests {
  @Test("an id's key is the 64-bit FNV-1a hash of its text (published test vectors)")
  func keyIsFNV1a() {
    // FNV-1a 64-bit test vectors from the reference implementation (Fowler, Noll, Vo).
    #expect(ParameterID("").key == 0xCBF2_9CE4_8422_2325)
    #expect(ParameterID("a").key == 0xAF63_DC4C_8601_EC8C)
    #expect(ParameterID("foobar").key == 0x8594_4171_F739_67E8)
    let id = ParameterID.migrationResidenceHostShare
    #expect(ParameterSampler.streamKey(id) == id.key)
  }

  @Test("ids are equal and hash alike exactly when their text is equal")
  func equalityFollowsText() {
    let built = ParameterID("migration.residence." + "hostShare")
    #expect(built == .migrationResidenceHostShare)
    #expect(Set([built, .migrationResidenceHostShare]).count == 1)
    #expect(ParameterID("migration.residence.hostSharf") != .migrationResidenceHostShare)
  }

  @Test("every catalogue id is found at its own position; other ids are not found")
  func catalogPositions() {
    let catalog = ParameterCatalog.standard
    for (position, parameter) in catalog.parameters.enumerated() {
      #expect(catalog.position(of: parameter.id) == position)
      // An id built from a copy of the text (not the constant) finds the same position.
      #expect(catalog.position(of: ParameterID(String(parameter.id.rawValue))) == position)
    }
    #expect(catalog.position(of: "jobs.noSuchParameter") == nil)
    #expect(catalog["jobs.noSuchParameter"] == nil)
  }

  @Test("a crowded table probes past collisions, and a repeated id keeps its first position")
  func crowdedTable() {
    let ids = (0..<1000).map { ParameterID("group.parameter\($0)") }
    let table = ParameterPositionTable(ids + [ids[3]])
    for (position, id) in ids.enumerated() { #expect(table.position(of: id) == position) }
    #expect(table.position(of: "group.parameter1000") == nil)
    #expect(ParameterPositionTable([]).position(of: "group.any") == nil)
  }

  @Test("families spell the same ids as their text")
  func familiesSpellTheirIds() {
    for group in SectorGroup.allCases {
      #expect(
        ParameterID.workforceAgencyShare(group).rawValue
          == "workforce.agencyShare.\(group.rawValue)")
      #expect(
        ParameterID.workforceSeasonalShare(group).rawValue
          == "workforce.seasonalShare.\(group.rawValue)")
      #expect(
        ParameterID.migrationMigrantSharePermanent(group).rawValue
          == "migration.migrantShare.permanent.\(group.rawValue)")
    }
    for contract in ContractType.allCases {
      for stay in TemporaryStay.allCases {
        #expect(
          ParameterID.migrationStayShare(contract, stay).rawValue
            == "migration.stayShare.\(contract.rawValue).\(stay.rawValue)")
      }
    }
  }

  @Test("every model id has an ordinal and its key, and no two ids share an ordinal")
  func ordinalsAreDistinct() {
    var family: [ParameterID] = []
    for group in SectorGroup.allCases {
      family += [
        .workforceAgencyShare(group), .workforceSeasonalShare(group),
        .migrationMigrantSharePermanent(group),
      ]
    }
    for contract in ContractType.allCases {
      family += TemporaryStay.allCases.map { .migrationStayShare(contract, $0) }
    }
    let ids = ParameterCatalog.standard.ids + family
    let nextFree = (ids.map(\.ordinal).max() ?? -1) + 1
    #expect(Int(nextFree) <= ParameterID.ordinalLimit, "raise ParameterID.ordinalLimit")
    var textByOrdinal: [Int32: String] = [:]
    for id in ids {
      #expect(id.ordinal >= 0, "\(id) has no ordinal: declare it with ordinal \(nextFree)")
      let key = ParameterID.fnv1a(id.rawValue)
      #expect(id.key == key, "\(id) must be declared with key: 0x\(String(key, radix: 16))")
      if let text = textByOrdinal[id.ordinal], text != id.rawValue {
        Issue.record("\(id) and \(text) share ordinal \(id.ordinal)")
      }
      textByOrdinal[id.ordinal] = id.rawValue
    }
    #expect(ParameterID("migration.residence.hostShare").ordinal == -1)
  }

  @Test("a catalogue of ids made from text reads as the standard one; a missing id has no value")
  func catalogueOfTextIds() {
    let standard = ParameterCatalog.standard
    let copied = ParameterCatalog(
      standard.parameters.filter { $0.id != .jobsConstructionCostPerM2 }.map { parameter in
        var parameter = parameter
        parameter.id = ParameterID(String(parameter.id.rawValue))
        return parameter
      })
    let day = Day.jan1(2026)
    let set = ParameterSet(catalog: copied, asOf: day)
    let reference = ParameterSet(catalog: standard, asOf: day)
    #expect(set[.migrationResidenceHostShare] == reference[.migrationResidenceHostShare])
    #expect(
      set[.workforceAgencyShare(.logistics)] == reference[.workforceAgencyShare(.logistics)])
    #expect(!set.hasValue(for: .jobsConstructionCostPerM2))
    #expect(copied.position(of: .jobsConstructionCostPerM2) == nil)
    let overridden = set.adding([ParameterOverride(.jobsConstructionCostPerM2, value: 900)])
    #expect(overridden.hasValue(for: .jobsConstructionCostPerM2))
    #expect(overridden[.jobsConstructionCostPerM2] == 900)
  }

  @Test("a projection indicator's position is its place in allCases")
  func indicatorPositions() {
    for (index, indicator) in ProjectionIndicator.allCases.enumerated() {
      #expect(indicator.position == index)
    }
  }
}
