import HousingEffect
import Testing

@Suite("Consistency of turnover and stay shares")
struct ConsistencyWarningTests {
  static let region = HostRegion(name: "Venlo", policyRegion: .noordLimburg, population: 103_785)

  static func assessment(_ overrides: [ParameterOverride]) -> Assessment {
    let e = Establishment(
      name: "t", municipality: "Venlo", type: .distributionEcommerce, size: .jobs(100),
      startYear: 2028,
      workforce: [WorkforceSegment(share: 1, contract: .agency, origin: OriginMix(euMigrant: 1))],
      overrides: overrides)
    return Assessment(e, region: region, parameters: ParameterSet(asOf: e.referenceDay))
  }

  @Test("the catalogue's own defaults fit together for every contract type")
  func defaultsFit() {
    for contract in ContractType.allCases {
      let e = Establishment(
        name: "t", municipality: "Venlo", type: .foodProcessing, size: .jobs(100),
        startYear: 2028,
        workforce: [WorkforceSegment(share: 1, contract: contract, origin: OriginMix(euMigrant: 1))]
      )
      let a = Assessment(e, region: Self.region, parameters: ParameterSet(asOf: e.referenceDay))
      #expect(a.turnoverWarnings().isEmpty, "\(contract)")
    }
  }

  @Test("too little turnover for the short stays is a warning at the turnover parameter")
  func tooLittleTurnover() throws {
    // Half the migrants stay at most 4 months: each such place needs 3 persons a year, so at
    // least 1 + 0.5 × 2 = 2 persons per FTE-year (plus long-stay departures), but 1.2 is given.
    let a = Self.assessment([
      ParameterOverride("migration.stayShare.agency.short", value: 0.5, reason: "test"),
      ParameterOverride("workforce.personsPerFTEYear.agency", value: 1.2, reason: "test"),
    ])
    let warning = try #require(a.turnoverWarnings().first)
    #expect(warning.severity == .warning)
    #expect(warning.code == .turnoverTooLowForShortStays)
    #expect(warning.path == #"overrides["workforce.personsPerFTEYear.agency"]"#)
    #expect(warning.message.contains("stay at most 4 months"))
    #expect(warning.message.contains("is 1.2"))
  }
}
