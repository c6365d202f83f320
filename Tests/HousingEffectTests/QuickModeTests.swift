import HousingEffect
import Testing

/// Quick mode (type + size + municipality, everything else defaulted) for every type.
@Suite("Quick mode for every establishment type")
struct QuickModeTests {
  static let region = HostRegion(name: "Venray", policyRegion: .noordLimburg, population: 44_668)

  static func establishment(_ type: EstablishmentType) -> Establishment {
    let size: EstablishmentSize =
      switch type.physicalSizeBasis {
      case .hectares: .hectares(10)
      case .floorArea: .floorArea(40_000)
      default: .jobs(300)
      }
    return Establishment(
      name: "quick", municipality: "Venray", type: type, size: size, startYear: 2028)
  }

  @Test(
    "every type assesses from defaults alone, with jobs and housing need",
    arguments: EstablishmentType.allCases)
  func everyType(_ type: EstablishmentType) throws {
    let e = Self.establishment(type)
    let assessment = Assessment(
      e, region: Self.region, parameters: ParameterSet(asOf: e.referenceDay))
    let figures = assessment.keyIndicators(year: assessment.fullOperationYear)
    let jobs = try #require(figures.first { $0.id == "staffing.operationFTE" })
    #expect(jobs.value > 0)
    #expect(figures.allSatisfy { $0.value.isFinite && $0.value >= 0 })
    #expect(!assessment.defaulted.isEmpty)
    #expect(assessment.defaulted.contains { $0.field == "workforce" })
  }

  /// Reference figures in the catalogue that no formula uses: they are shown for context
  /// (province totals, 2050 anchors) or kept as the anchor of another value's range.
  static let referenceOnly: [ParameterID: String] = [
    "region.limburg.population": "province total, context and the 2050 projection",
    "region.limburg.labourMigrants": "province total, context and the 2050 projection",
    "region.path.trend.labourForceCeiling": "the 2050 projection's trend bound",
    "region.check.workingShareOfPopulation": "the projection's plausibility warning",
    "region.limburg.labourMigrants2030Low": "2030 anchor for the projection",
    "region.limburg.labourMigrants2030High": "2030 anchor for the projection",
    "region.limburg.labourForce": "context for the local-share indicator",
    "region.nl.population2050.moderateGrowth": "2050 anchor for the projection",
    "region.nl.population2050.shrink": "2050 anchor for the projection",
    "region.nl.population2050.strongGrowth": "2050 anchor for the projection",
    "region.nl.netLabourMigrationPerYear": "national context for the projection",
    "facilities.gp.ftePer10000":
      "actual GP density, context; GP pressure uses the patient norm on both sides",
    "region.nl.population2024": "context for the 2050 projection (the Staatscommissie's anchors)",
    "region.path.trend.annualIncrease": "used by the projection, not by assess",
    "region.path.expectation2030.target": "used by the projection, not by assess",
    "region.path.expectation2030.growthAfter2030": "used by the projection, not by assess",
    "region.path.moderateGrowth.workGrowth": "used by the projection, not by assess",
    "region.path.moderateGrowth.migrantShareChange": "used by the projection, not by assess",
    "region.path.fewerMigrants.annualChange": "used by the projection, not by assess",
    "region.stock.temporaryShare": "used by the projection's stock-flow, not by assess",
    "region.stock.shortShareOfTemporary": "used by the projection's stock-flow, not by assess",
    "region.stock.midStayMonths": "used by the projection's stock-flow, not by assess",
    "region.stock.settlementShare": "used by the projection's stock-flow, not by assess",
    "region.stock.peakFactor": "used by the projection's stock-flow, not by assess",
    "region.stock.nonEuShare": "used by the projection's households, not by assess",
    "housing.norm.snf.bedroomM2PerPerson":
      "part of the norm; the file gives no bedroom areas to check",
    "housing.norm.aanjaagteam.bedroomM2PerPerson":
      "part of the norm; the file gives no bedroom areas to check",
    "housing.provinceLongStayShare":
      "the province's own long-stay share, for comparison in reports",
    "migration.brpRegisteredShare": "registration gap, context for registrations",
    "migration.shortStayMaxMonths":
      "defines the stay classes the stay shares refer to; names them in reports",
    "migration.midStayMaxMonths":
      "defines the stay classes the stay shares refer to; names them in reports",
    "welfare.migrantAnnualIncome": "anchor for the wage assumptions",
    "welfare.valueAddedPerMigrantYear": "anchor for the value-added assumption",
    "welfare.wagePerJob.trade": "no establishment type is in trade yet; kept with its sector table",
  ]

  @Test("every catalogue parameter is used by some assessment or is a listed reference figure")
  func everyParameterUsed() {
    var used = Set<ParameterID>()
    for type in EstablishmentType.allCases {
      for norm in HousingNorm.allCases {
        var e = Self.establishment(type)
        e.housingNorm = norm
        // Without a stated crew (norm snf) the crew is estimated from the floor area.
        e.construction = ConstructionPhase(
          workers: norm == .snf ? nil : 10, startYear: 2027, durationMonths: 6)
        e.employerHousing = EmployerHousing(beds: 5)
        // A workforce without seasonal staff: the sector peak factor applies (with seasonal
        // staff the season sets the peak instead).
        let withoutSeason =
          (type == .hospitality && norm == .akf)
          || ([.glasshouse, .openField].contains(type.sectorGroup) && norm == .snf)
        e.workforce =
          withoutSeason
          ? [
            WorkforceSegment(share: 0.5, contract: .flex),
            WorkforceSegment(share: 0.5, contract: .permanent),
          ]
          : nil
        for region in [
          Self.region,
          HostRegion(
            name: "Heerlen", policyRegion: .zuidLimburg, population: 87_498,
            neighbours: ["Landgraaf"], borders: [.germany]),
          // With a dwelling stock, so housing pressure has a value and its threshold is read
          // (a list names only what was read, issue 18). Venlo's figures as in the examples.
          HostRegion(
            name: "Venlo", policyRegion: .noordLimburg, population: 103_785, dwellings: 48_986),
        ] {
          let assessment = Assessment(
            e, region: region, parameters: ParameterSet(asOf: e.referenceDay))
          used.formUnion(assessment.parametersUsed)
        }
      }
    }
    let unused = Set(ParameterCatalog.standard.ids).subtracting(used).subtracting(
      Self.referenceOnly.keys)
    #expect(unused.isEmpty, "unused: \(unused.sorted())")
  }
}
