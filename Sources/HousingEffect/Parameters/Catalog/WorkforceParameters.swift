// Workforce: how jobs turn into persons, by contract type, season and agency use.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// Persons present per FTE.
  public static let workforcePersonsPresentPerFTE = ParameterID(
    "workforce.personsPresentPerFTE", ordinal: 22, key: 0x599A_0A80_F6B5_96AA)
  /// Persons per FTE-year, permanent contracts.
  public static let workforcePersonsPerFTEYearPermanent = ParameterID(
    "workforce.personsPerFTEYear.permanent", ordinal: 23, key: 0xCACE_F93A_CCC3_C9B2)
  /// Persons per FTE-year, direct flex contracts.
  public static let workforcePersonsPerFTEYearFlex = ParameterID(
    "workforce.personsPerFTEYear.flex", ordinal: 24, key: 0xD85B_979A_CE0E_11F3)
  /// Persons per FTE-year, agency contracts.
  public static let workforcePersonsPerFTEYearAgency = ParameterID(
    "workforce.personsPerFTEYear.agency", ordinal: 25, key: 0xB60B_FD82_1413_837B)
  /// Persons per FTE-year, seasonal contracts.
  public static let workforcePersonsPerFTEYearSeasonal = ParameterID(
    "workforce.personsPerFTEYear.seasonal", ordinal: 26, key: 0x981F_8F6F_8726_4194)
  /// Peak factor, glasshouse horticulture.
  public static let workforcePeakFactorGlasshouse = ParameterID(
    "workforce.peakFactor.glasshouse", ordinal: 27, key: 0x49C9_E1EA_BBE0_A373)
  /// Peak factor, open-field farming.
  public static let workforcePeakFactorOpenField = ParameterID(
    "workforce.peakFactor.openField", ordinal: 28, key: 0x1012_FF83_77FE_F15D)
  /// Peak factor, logistics.
  public static let workforcePeakFactorLogistics = ParameterID(
    "workforce.peakFactor.logistics", ordinal: 29, key: 0x637B_1546_C82F_E242)
  /// Peak factor, hospitality.
  public static let workforcePeakFactorHospitality = ParameterID(
    "workforce.peakFactor.hospitality", ordinal: 30, key: 0xB571_00BC_912F_F943)
  /// Peak factor, food processing.
  public static let workforcePeakFactorFoodProcessing = ParameterID(
    "workforce.peakFactor.foodProcessing", ordinal: 31, key: 0x7110_0289_75DA_DDB4)
  /// Peak factor, other sectors.
  public static let workforcePeakFactorOther = ParameterID(
    "workforce.peakFactor.other", ordinal: 32, key: 0xD3FF_9AD6_AF99_52DB)
  /// Season length, glasshouse horticulture.
  public static let workforceSeasonMonthsGlasshouse = ParameterID(
    "workforce.seasonMonths.glasshouse", ordinal: 33, key: 0x42BF_56E1_2453_3EF9)
  /// Season length, open-field farming.
  public static let workforceSeasonMonthsOpenField = ParameterID(
    "workforce.seasonMonths.openField", ordinal: 34, key: 0x83C1_F645_4813_838F)
  /// Season length, other sectors.
  public static let workforceSeasonMonthsOther = ParameterID(
    "workforce.seasonMonths.other", ordinal: 35, key: 0xEB69_E592_30C0_82F1)

  /// The persons who hold one FTE-year on `contract`, turnover included.
  public static func workforcePersonsPerFTEYear(_ contract: ContractType) -> ParameterID {
    switch contract {
    case .permanent: .workforcePersonsPerFTEYearPermanent
    case .flex: .workforcePersonsPerFTEYearFlex
    case .agency: .workforcePersonsPerFTEYearAgency
    case .seasonal: .workforcePersonsPerFTEYearSeasonal
    }
  }

  /// The seasonal peak factor of a sector group.
  public static func workforcePeakFactor(_ group: SectorGroup) -> ParameterID {
    switch group {
    case .glasshouse: .workforcePeakFactorGlasshouse
    case .openField: .workforcePeakFactorOpenField
    case .logistics: .workforcePeakFactorLogistics
    case .hospitality: .workforcePeakFactorHospitality
    case .foodProcessing, .meatProcessing: .workforcePeakFactorFoodProcessing
    case .manufacturing, .dataCentre, .highTech, .construction: .workforcePeakFactorOther
    }
  }

  /// The season length of seasonal work in a sector group.
  public static func workforceSeasonMonths(_ group: SectorGroup) -> ParameterID {
    switch group {
    case .glasshouse: .workforceSeasonMonthsGlasshouse
    case .openField: .workforceSeasonMonthsOpenField
    default: .workforceSeasonMonthsOther
    }
  }

  /// The agency share of a sector group's FTE; every group has one.
  public static func workforceAgencyShare(_ group: SectorGroup) -> ParameterID {
    switch group {
    case .logistics:
      ParameterID("workforce.agencyShare.logistics", ordinal: 145, key: 0x9F75_8561_A85B_6232)
    case .glasshouse:
      ParameterID("workforce.agencyShare.glasshouse", ordinal: 146, key: 0x58E9_DCB9_68DC_4CA3)
    case .openField:
      ParameterID("workforce.agencyShare.openField", ordinal: 147, key: 0xAFB1_4821_51C8_7F4D)
    case .foodProcessing:
      ParameterID("workforce.agencyShare.foodProcessing", ordinal: 148, key: 0x5987_35A6_CE44_BAA4)
    case .meatProcessing:
      ParameterID("workforce.agencyShare.meatProcessing", ordinal: 149, key: 0xA973_D85C_F850_54B7)
    case .manufacturing:
      ParameterID("workforce.agencyShare.manufacturing", ordinal: 150, key: 0xC660_BFF6_9839_FFC3)
    case .dataCentre:
      ParameterID("workforce.agencyShare.dataCentre", ordinal: 151, key: 0x0C40_0458_F9B4_39E4)
    case .highTech:
      ParameterID("workforce.agencyShare.highTech", ordinal: 152, key: 0xCDF3_94ED_E7CE_D6B3)
    case .hospitality:
      ParameterID("workforce.agencyShare.hospitality", ordinal: 153, key: 0xEF3A_4003_A623_1AB3)
    case .construction:
      ParameterID("workforce.agencyShare.construction", ordinal: 154, key: 0x7618_56DD_79B7_D96E)
    }
  }

  /// The seasonal share of a sector group's labour. The catalogue has it for the groups with
  /// seasonal work; for the others it is 0 unless an override (a batch row) gives it.
  public static func workforceSeasonalShare(_ group: SectorGroup) -> ParameterID {
    switch group {
    case .logistics:
      ParameterID("workforce.seasonalShare.logistics", ordinal: 155, key: 0x6D64_47CB_A71B_5D43)
    case .glasshouse:
      ParameterID("workforce.seasonalShare.glasshouse", ordinal: 156, key: 0x9E7C_EAB6_8837_5678)
    case .openField:
      ParameterID("workforce.seasonalShare.openField", ordinal: 157, key: 0xC438_7631_827F_960C)
    case .foodProcessing:
      ParameterID(
        "workforce.seasonalShare.foodProcessing", ordinal: 158, key: 0x406D_FB9A_42CD_B33F)
    case .meatProcessing:
      ParameterID(
        "workforce.seasonalShare.meatProcessing", ordinal: 159, key: 0xB2F0_3470_CCD9_B138)
    case .manufacturing:
      ParameterID("workforce.seasonalShare.manufacturing", ordinal: 160, key: 0xA354_4F21_D61A_E2BA)
    case .dataCentre:
      ParameterID("workforce.seasonalShare.dataCentre", ordinal: 161, key: 0x3CC0_A4AB_EB99_2C43)
    case .highTech:
      ParameterID("workforce.seasonalShare.highTech", ordinal: 162, key: 0x416C_8E31_9C90_F2D4)
    case .hospitality:
      ParameterID("workforce.seasonalShare.hospitality", ordinal: 163, key: 0xA702_F0BF_4789_8E4E)
    case .construction:
      ParameterID("workforce.seasonalShare.construction", ordinal: 164, key: 0x4249_A5E8_C69B_CD05)
    }
  }
}

extension ParameterCatalog {
  static let workforce: [Parameter] =
    personsAndPeaks + agencyShares + seasonalShares + seasonLengths

  private static let personsAndPeaks: [Parameter] = [
    Parameter(
      .workforcePersonsPresentPerFTE,
      label: "Persons present per FTE",
      description: "Number of workers present at the same time for each FTE of work.",
      unit: .per(.persons, .fte), value: 1.0, from: .jan1(2024), low: 0.85, high: 1.15,
      .assumption(
        rationale:
          "No published figure was found. The ratio multiplies every segment, migrants included. Labour migrants mostly work full-time, so one person per FTE is the default; longer weeks than a full-time contract (overtime in peak weeks) lower the ratio and part-time staff raise it, so the range runs a sixth either side of one."
      ),
      minimum: 0),
    Parameter(
      .workforcePersonsPerFTEYearPermanent,
      label: "Persons per FTE-year, permanent contracts",
      description:
        "Number of different persons who fill one FTE over a year on permanent contracts.",
      unit: .per(.persons, .fte), value: 1.1, from: .jan1(2024), low: 1.0, high: 1.3,
      .assumption(
        rationale:
          "No published distinct-persons-per-FTE-year figure was found. Permanent staff change little within a year, so the value is just above one; the range allows for normal staff turnover."
      ),
      minimum: 0),
    Parameter(
      .workforcePersonsPerFTEYearFlex,
      label: "Persons per FTE-year, direct flex contracts",
      description:
        "Number of different persons who fill one FTE over a year on direct temporary contracts.",
      unit: .per(.persons, .fte), value: 1.5, from: .jan1(2024), low: 1.0, high: 1.8,
      .assumption(
        rationale:
          "No published figure for flex contracts was found. A hint, not the same measure: SEO (2018) counted 371,000 CEE migrants holding 514,000 distinct jobs in 2016, about 1.39 jobs per person per year. The value is set at 1.5. The default stay shares of flex contracts need at least 1.31: a tenth of the migrants stay at most four months, so each such place is held by three persons a year (0.2 extra), and 17% of the 65% long stays leave each year (0.11, migration.longStayAnnualDepartureShare); the remaining 0.19 replaces about three quarters of the quarter that stays four to twelve months, as such stays imply. The range allows for both lower and higher turnover (issue 20: the text no longer describes the earlier stay shares)."
      ),
      minimum: 0),
    Parameter(
      .workforcePersonsPerFTEYearAgency,
      label: "Persons per FTE-year, agency contracts",
      description:
        "Number of different persons who fill one FTE over a year through a staffing agency.",
      unit: .per(.persons, .fte), value: 1.7, from: .jan1(2024), low: 1.1, high: 2.2,
      .assumption(
        rationale:
          "No published figure for agency work was found (the project's research notes suggest 1.0 to 1.5 for year-round work). Agency workers rotate faster than direct flex staff. The value is set at 1.7. The default stay shares of agency contracts need at least 1.40: 15% of the migrants stay at most four months, so each such place is held by three persons a year (0.3 extra), and 17% of the 60% long stays leave each year (0.10, migration.longStayAnnualDepartureShare); the remaining 0.3 replaces the quarter that stays four to twelve months about once a year. The range is wide (issue 20: the text no longer describes the earlier stay shares)."
      ),
      minimum: 0),
    Parameter(
      .workforcePersonsPerFTEYearSeasonal,
      label: "Persons per FTE-year, seasonal contracts",
      description:
        "Number of different persons who fill one FTE over a year on seasonal contracts.",
      unit: .per(.persons, .fte), value: 3.0, from: .jan1(2024), low: 2.0, high: 4.0,
      .assumption(
        rationale:
          "No published figure was found; the project's research notes suggest 2 to 4 persons per FTE-year for seasonal work, because each worker stays only a few months. The value is the middle of that suggestion and the range is the suggestion itself."
      ),
      minimum: 0),

    // MARK: Peak factors

    Parameter(
      .workforcePeakFactorGlasshouse,
      label: "Peak factor, glasshouse horticulture",
      description:
        "Persons present in the busiest month per person present on an average day in glasshouse horticulture.",
      unit: .per(.persons, .persons), value: 1.12, from: .jan1(2015), low: 1.05, high: 1.4,
      .derived(
        from: [],
        method:
          "116,000 agricultural employee jobs in July 2015 / 91,000 in January 2015 = 1.27 (busiest / quietest month). With the year's average taken midway between the two, busiest / average = 2 × 1.27 / (1 + 1.27) = 1.12. This is the figure for all agriculture, used for glasshouses for want of a glasshouse-only figure; the range allows for sharper glasshouse peaks.",
        sources: [.cbsPeaks2016]),
      minimum: 1),
    Parameter(
      .workforcePeakFactorOpenField,
      label: "Peak factor, open-field farming",
      description:
        "Persons present in the busiest month per person present on an average day in open-field farming.",
      unit: .per(.persons, .persons), value: 1.5, from: .jan1(2024), low: 1.2, high: 2.5,
      .assumption(
        rationale:
          "No open-field figure was found. Harvest peaks in open-field crops (asparagus, strawberries) are much sharper than the all-agriculture busiest/quietest ratio of 1.27 (CBS 2016), which is 1.12 against the average; 1.5 times the average is assumed, with a wide range up to 2.5."
      ),
      minimum: 1),
    Parameter(
      .workforcePeakFactorLogistics,
      label: "Peak factor, logistics",
      description:
        "Ratio of the number of workers in the busiest month to the average month in logistics.",
      unit: .per(.persons, .persons), value: 1.2, from: .jan1(2024), low: 1.05, high: 1.5,
      .assumption(
        rationale:
          "No published peak ratio for distribution centres was found. E-commerce has a clear peak in the fourth quarter, so a moderate factor of 1.2 is assumed; the range covers steady contract logistics and strongly seasonal web shops."
      ),
      minimum: 1),
    Parameter(
      .workforcePeakFactorHospitality,
      label: "Peak factor, hospitality",
      description:
        "Ratio of the number of workers in the busiest month to the average month in hospitality.",
      unit: .per(.persons, .persons), value: 1.3, from: .jan1(2024), low: 1.1, high: 1.8,
      .assumption(
        rationale:
          "CBS (2016) says young people absorb peaks in hospitality but gives no ratio. A summer peak similar to agriculture is assumed, with a wide range for strongly seasonal tourist businesses."
      ),
      minimum: 1),
    Parameter(
      .workforcePeakFactorFoodProcessing,
      label: "Peak factor, food processing",
      description:
        "Ratio of the number of workers in the busiest month to the average month in food processing.",
      unit: .per(.persons, .persons), value: 1.15, from: .jan1(2024), low: 1.0, high: 1.4,
      .assumption(
        rationale:
          "No published peak ratio for food processing was found. Processing follows harvests and holidays only partly, so a small peak is assumed; the range runs from no peak to a campaign-driven plant."
      ),
      minimum: 1),
    Parameter(
      .workforcePeakFactorOther,
      label: "Peak factor, other sectors",
      description:
        "Ratio of the number of workers in the busiest month to the average month in sectors without a marked season.",
      unit: .per(.persons, .persons), value: 1.05, from: .jan1(2024), low: 1.0, high: 1.2,
      .assumption(
        rationale:
          "No published figure was found. Manufacturing, high-tech, data centres and construction have no strong season, so only a small peak for holidays and order peaks is assumed, with a narrow range."
      ),
      minimum: 1),
  ]

  // MARK: Agency shares

  private static let agencyShares: [Parameter] = [
    agencyShare(
      .logistics, "logistics", value: 0.5, low: 0.2, high: 0.8,
      rationale:
        "No per-sector share was found. Anchors: SEO (2018) found 54% of CEE migrants' jobs were agency jobs, and ABU (2024) found 37% of agency-employed labour migrants work in logistics. Distribution centres lean heavily on agencies, so half of the FTE is assumed, with a wide range."
    ),
    agencyShare(
      .glasshouse, "glasshouse horticulture", value: 0.15, low: 0.05, high: 0.4,
      rationale:
        "No share of FTE on agency contracts was found for glasshouses. Growers are assumed to employ most staff directly, so a low agency share is chosen; the range allows for growers who hire mainly through agencies."
    ),
    agencyShare(
      .openField, "open-field farming", value: 0.1, low: 0, high: 0.4,
      rationale:
        "No share was found. Open-field farms mostly hire seasonal workers directly, so a low agency share is assumed; the range allows for farms that rely on agencies for the harvest."
    ),
    agencyShare(
      .foodProcessing, "food processing", value: 0.35, low: 0.1, high: 0.6,
      rationale:
        "No share was found. ABU (2024) reports a growing share of agency-employed labour migrants in the food industry (18%), so a substantial agency share is assumed with a wide range."
    ),
    Parameter(
      .workforceAgencyShare(.meatProcessing),
      label: "Agency share of FTE, meat processing",
      description: "Share of the FTE in meat processing that is filled through staffing agencies.",
      unit: .share, value: 0.8, from: .jan1(2024), low: 0.4, high: 0.95,
      .derived(
        from: [],
        method:
          "The two plants of the reference table that say how they are staffed lean far more on agencies than the sector: of the 600 jobs Vion moved to Boxtel about 120 were permanent and the rest mainly flex workers from Poland, Romania and Slovakia (Brabants Dagblad 2019: 0.8), and over 500 of the 600 workers of Esbro's poultry slaughterhouse in Wehl are labour migrants employed through the agency Fides (De Stentor 2021: at least 0.83). The sector as a whole uses agencies less: SEO found 37% of the 37,400 workers of the meat sector (slaughterhouses, meat processing and meat wholesale, 2020) employed through an agency (for the ministries of Social Affairs and Agriculture; reported by Foodpro 2022), and the employers' association COV counted about 3,000 agency and 2,000 hired-in workers among about 12,000 in 2010 (42%; COV, social annual report 2010-2012). A plant that needs an effect report is a slaughter or cutting plant like the two, so the value follows them at 0.8; either plant alone gives 0.8 or more, so leaving one out does not move it. The range runs from the sector's 42% (a plant staffed like the sector as a whole) to 0.95 (a plant staffed almost wholly through agencies), drawn triangular. With the migrant shares of agency and direct staff, the draws put 78% (P10-P90 69-86%) of a plant's workers among labour migrants, against the 77%, 83% and 90% that Vion Boxtel, Esbro and Van Rooi Meat published and the FNV's 80% for slaughterhouses (issue 20, round 9; until then 0.5, range 0.2-0.8, from the sector figures alone).",
        sources: [.brabantsDagbladVionBoxtel2019, .stentorEsbro2021, .foodproMeatSector2022]),
      smallestNonZero: ParameterCatalog.smallestFlexibleShare),
    agencyShare(
      .manufacturing, "metal and manufacturing", value: 0.2, low: 0.05, high: 0.4,
      rationale:
        "No share was found. Manufacturing uses agencies for production peaks but keeps a core of permanent staff, so a modest share is assumed with a wide range."
    ),
    agencyShare(
      .dataCentre, "data centres", value: 0.1, low: 0, high: 0.3,
      rationale:
        "No share was found. Data-centre operations rely on skilled permanent technicians; agencies mostly supply security and cleaning, so a low share is assumed."
    ),
    agencyShare(
      .highTech, "semiconductor and high-tech", value: 0.1, low: 0, high: 0.3,
      rationale:
        "No share was found. High-tech firms employ most engineers directly and hire some operators and support staff through agencies, so a low share is assumed."
    ),
    agencyShare(
      .hospitality, "hospitality", value: 0.1, low: 0, high: 0.3,
      rationale:
        "No share was found. Hospitality mostly uses direct on-call and temporary contracts rather than agencies, so a low agency share is assumed."
    ),
    agencyShare(
      .construction, "construction", value: 0.4, low: 0.1, high: 0.7,
      rationale:
        "No share was found. Construction relies on subcontracting, posting and agency work for foreign crews, so a large share is assumed, with a wide range for projects run by local firms."
    ),
  ]

  private static func agencyShare(
    _ group: SectorGroup, _ name: String, value: Double, low: Double, high: Double,
    rationale: String
  ) -> Parameter {
    Parameter(
      .workforceAgencyShare(group),
      label: "Agency share of FTE, \(name)",
      description: "Share of the FTE in \(name) that is filled through staffing agencies.",
      unit: .share, value: value, from: .jan1(2024), low: low, high: high,
      .assumption(rationale: rationale), smallestNonZero: ParameterCatalog.smallestFlexibleShare)
  }

  // MARK: Seasonal shares

  /// The smallest agency or seasonal share other than 0 an override may give: the flexible
  /// segments carry the sector's whole seasonal peak, so their peak factor is divided by it.
  public static let smallestFlexibleShare = 0.001

  private static let seasonalShares: [Parameter] = [
    Parameter(
      .workforceSeasonalShare(.glasshouse),
      label: "Seasonal share of labour, glasshouse horticulture",
      description: "Share of the labour input in glasshouse horticulture done by seasonal workers.",
      unit: .share, value: 0.6, from: .jan1(2019), low: 0.3, high: 0.7,
      .cited(.cbsCoronaLabour2020), smallestNonZero: ParameterCatalog.smallestFlexibleShare),
    Parameter(
      .workforceSeasonalShare(.openField),
      label: "Seasonal share of labour, open-field farming",
      description: "Share of the labour input in open-field farming done by seasonal workers.",
      unit: .share, value: 0.6, from: .jan1(2024), low: 0.19, high: 0.8,
      .assumption(
        rationale:
          "No open-field figure was found. CBS (2020) gives 19% for all farms, which includes livestock farms with little seasonal work, and about 60% for glasshouse vegetable farms; harvest-driven open-field crops are assumed to resemble the latter, with the all-farm figure as the low end."
      ), smallestNonZero: ParameterCatalog.smallestFlexibleShare),
    Parameter(
      .workforceSeasonalShare(.hospitality),
      label: "Seasonal share of labour, hospitality",
      description: "Share of the labour input in hospitality done by seasonal workers.",
      unit: .share, value: 0.2, from: .jan1(2024), low: 0, high: 0.4,
      .assumption(
        rationale:
          "No published share was found. Hospitality has a summer season that students and seasonal workers fill, so a fifth is assumed; the range covers city businesses without a season and beach or park businesses with a strong one."
      ), smallestNonZero: ParameterCatalog.smallestFlexibleShare),
    Parameter(
      .workforceSeasonalShare(.foodProcessing),
      label: "Seasonal share of labour, food processing",
      description: "Share of the labour input in food processing done by seasonal workers.",
      unit: .share, value: 0.05, from: .jan1(2024), low: 0, high: 0.2,
      .assumption(
        rationale:
          "No published share was found. Most food processing runs all year; only plants that follow a harvest campaign use many seasonal workers, so a small share is assumed with a range up to a fifth."
      ), smallestNonZero: ParameterCatalog.smallestFlexibleShare),
  ]

  // MARK: Season lengths

  private static let seasonLengths: [Parameter] = [
    Parameter(
      .workforceSeasonMonthsGlasshouse,
      label: "Season length, glasshouse horticulture",
      description:
        "Months a year that seasonal workers in glasshouse horticulture are present; their persons at the peak are their FTE-years × 12 ÷ this.",
      unit: .months, value: 8, from: .jan1(2024), low: 5, high: 11,
      .assumption(
        rationale:
          "No statistic of season lengths in glasshouse horticulture was found. Unlit truss tomatoes are planted in December and harvested from April up to and including November (a grower's description, kwekerijgeurts.nl), so harvest work runs about eight months; lit crops run longer and pot-plant peaks shorter, hence the wide range."
      ),
      minimum: 0.5, maximum: 12),
    Parameter(
      .workforceSeasonMonthsOpenField,
      label: "Season length, open-field farming",
      description:
        "Months a year that seasonal workers in open-field farming are present; their persons at the peak are their FTE-years × 12 ÷ this.",
      unit: .months, value: 3, from: .jan1(2017), low: 2, high: 6,
      .derived(
        from: [],
        method:
          "The asparagus season runs eight to nine weeks, from the second Thursday of April to 24 June (CBS 2017); with preparation and the end of the harvest about three months is assumed. Strawberries and soft fruit run longer, hence a range up to six months.",
        sources: [.cbsAsparagus2017]),
      minimum: 0.5, maximum: 12),
    Parameter(
      .workforceSeasonMonthsOther,
      label: "Season length, other sectors",
      description:
        "Months a year that seasonal workers in sectors other than horticulture and farming (hospitality, food processing campaigns) are present.",
      unit: .months, value: 4, from: .jan1(2024), low: 2, high: 8,
      .assumption(
        rationale:
          "No published figure was found. A summer season in hospitality or a harvest campaign in food processing is assumed to last about four months, with a wide range from a short campaign to most of the year."
      ),
      minimum: 0.5, maximum: 12),
  ]
}
