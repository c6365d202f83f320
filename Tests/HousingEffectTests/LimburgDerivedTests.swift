import HousingEffect
import Testing

@Suite("Limburg-derived defaults outside Limburg")
struct LimburgDerivedTests {
  static func assessment(
    in region: HostRegion, overrides: [ParameterOverride] = []
  ) -> Assessment {
    let e = Establishment(
      name: "t", municipality: region.name, type: .distributionContract, size: .jobs(300),
      startYear: 2028,
      workforce: [WorkforceSegment(share: 1, contract: .agency, origin: OriginMix(euMigrant: 1))],
      overrides: overrides)
    return Assessment(e, region: region, parameters: ParameterSet(asOf: e.referenceDay))
  }

  static let tilburg = HostRegion(
    name: "Tilburg", code: "GM0855", policyRegion: .other, population: 229_836, dwellings: 106_200)
  static let venlo = HostRegion(
    name: "Venlo", code: "GM0983", policyRegion: .noordLimburg, population: 103_789,
    dwellings: 48_986)

  @Test("every tagged id is in the catalogue, and the tag is on the parameter")
  func tags() {
    for (id, basis) in ParameterCatalog.limburgDerived {
      #expect(ParameterCatalog.standard[id]?.limburgBasis == basis, "\(id)")
    }
    let tagged = ParameterCatalog.standard.parameters.filter { $0.limburgBasis != nil }
    #expect(tagged.count == ParameterCatalog.limburgDerived.count)
    #expect(
      ParameterCatalog.standard["migration.residence.outsideProvinceShare"]?.limburgBasis != nil)
    #expect(ParameterCatalog.standard["facilities.gp.patientsPerFTE"]?.limburgBasis == nil)
  }

  @Test("outside Limburg the used Limburg-derived values are listed and warned about")
  func outside() {
    let a = Self.assessment(in: Self.tilburg)
    let ids = a.limburgDerivedParameters().map(\.id)
    #expect(a.isOutsideLimburg)
    #expect(ids.contains("migration.residence.outsideProvinceShare"))
    #expect(ids.contains("migration.stayShare.agency.short"))
    #expect(ids.allSatisfy { a.parametersUsed.contains($0) })
    let warnings = a.limburgDerivedWarnings()
    #expect(warnings.map(\.code) == [.limburgDerivedDefaults])
    #expect(warnings.first?.severity == .warning)
    #expect(warnings.first?.message.contains("Tilburg is outside Limburg") == true)
  }

  @Test("in Limburg nothing is listed; an overridden value is not listed either")
  func insideAndOverridden() {
    #expect(Self.assessment(in: Self.venlo).limburgDerivedParameters().isEmpty)
    #expect(Self.assessment(in: Self.venlo).limburgDerivedWarnings().isEmpty)
    let overridden = Self.assessment(
      in: Self.tilburg,
      overrides: [
        ParameterOverride(
          "migration.residence.outsideProvinceShare", value: 0.2, reason: "local survey")
      ])
    #expect(
      !overridden.limburgDerivedParameters().map(\.id).contains(
        "migration.residence.outsideProvinceShare"))
  }

  @Test("national evidence is given only for Limburg-derived values, in both languages")
  func nationalEvidence() {
    for (id, text) in ParameterCatalog.nationalEvidence {
      #expect(ParameterCatalog.limburgDerived[id] != nil, "\(id)")
      #expect(text.nl.contains("landelijk") && text.en.contains("nationally"))
    }
    #expect(ParameterCatalog.nationalEvidence.count == 8)
  }
}
