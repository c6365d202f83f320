// Region, projection: the growth paths of `project` and the stock–flow model's rates.
//
// The ids stay in the `region` group (`region.path.*`, `region.stock.*`): they describe the
// region's labour-migrant stock, not one establishment. Docs/methodology.md#projection.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// Recent trend, yearly increase of working labour migrants in Limburg.
  public static let regionPathTrendAnnualIncrease = ParameterID(
    "region.path.trend.annualIncrease", ordinal: 130, key: 0x950F_EE70_41EF_14F4)
  /// Recent trend, bound as a share of Limburg's labour force.
  public static let regionPathTrendLabourForceCeiling = ParameterID(
    "region.path.trend.labourForceCeiling", ordinal: 131, key: 0x66B5_572C_AAFC_547E)
  /// Plausibility bound: working labour migrants as a share of a municipality's population.
  public static let regionCheckWorkingShareOfPopulation = ParameterID(
    "region.check.workingShareOfPopulation", ordinal: 132, key: 0xA2BE_6EBA_A63F_227F)
  /// Working labour migrants in Limburg in 2030, expected.
  public static let regionPathExpectation2030Target = ParameterID(
    "region.path.expectation2030.target", ordinal: 133, key: 0x0352_875F_5193_9C9E)
  /// 2030 expectation, yearly growth after 2030.
  public static let regionPathExpectation2030GrowthAfter2030 = ParameterID(
    "region.path.expectation2030.growthAfter2030", ordinal: 134, key: 0x4800_E785_33CC_6CBF)
  /// Moderate growth and reduced use, yearly growth of the work from 2030.
  public static let regionPathModerateGrowthWorkGrowth = ParameterID(
    "region.path.moderateGrowth.workGrowth", ordinal: 135, key: 0x2A01_1368_6D4E_C97E)
  /// Moderate growth and reduced use, yearly change of the labour migrants' share from 2030.
  public static let regionPathModerateGrowthMigrantShareChange = ParameterID(
    "region.path.moderateGrowth.migrantShareChange", ordinal: 136, key: 0x9379_CF28_F8B2_8887)
  /// Fewer labour migrants, yearly change of working labour migrants.
  public static let regionPathFewerMigrantsAnnualChange = ParameterID(
    "region.path.fewerMigrants.annualChange", ordinal: 137, key: 0x8BE9_2E11_1549_BA09)
  /// Population of the Netherlands in 2024.
  public static let regionNlPopulation2024 = ParameterID(
    "region.nl.population2024", ordinal: 138, key: 0x9F17_3132_32CD_B0DC)
  /// Short and mid stays in the regional stock.
  public static let regionStockTemporaryShare = ParameterID(
    "region.stock.temporaryShare", ordinal: 139, key: 0xF9B5_2F59_CBFE_6FAF)
  /// Short stays among stays under a year.
  public static let regionStockShortShareOfTemporary = ParameterID(
    "region.stock.shortShareOfTemporary", ordinal: 140, key: 0x92E0_B071_504D_EB50)
  /// Average length of a mid stay.
  public static let regionStockMidStayMonths = ParameterID(
    "region.stock.midStayMonths", ordinal: 141, key: 0x64ED_DC96_2778_FEDF)
  /// Yearly settlement share of mid-stay migrants.
  public static let regionStockSettlementShare = ParameterID(
    "region.stock.settlementShare", ordinal: 142, key: 0x6541_ED6D_E27D_DA49)
  /// Seasonal peak factor of the regional stock.
  public static let regionStockPeakFactor = ParameterID(
    "region.stock.peakFactor", ordinal: 143, key: 0x2005_A62D_ED5B_1DCD)
  /// Non-EU share of the regional labour migrants.
  public static let regionStockNonEuShare = ParameterID(
    "region.stock.nonEuShare", ordinal: 144, key: 0x22D4_1DD2_EFD1_D719)
}

extension ParameterCatalog {
  static let projection: [Parameter] = paths + stock

  // MARK: Growth paths

  private static let paths: [Parameter] = [
    Parameter(
      .regionPathTrendAnnualIncrease,
      label: "Recent trend, yearly increase of working labour migrants in Limburg",
      description:
        "Yearly increase of the number of labour migrants working in Limburg at the start of the recent-trend path: the 2017–2022 increase, continued from 2022 on a logistic curve that flattens towards the labour-force bound.",
      unit: .per(.persons, .year), value: 8607, from: .jan1(2022), low: 4300, high: 12900,
      .derived(
        from: [.regionLimburgLabourMigrants],
        method:
          "(82,895 in 2022 − 39,860 in 2017) ÷ 5 years = 8,607 a year (both figures from Decisio 2024, as quoted in the action plan): the slope of the path in 2022. Not compound growth: compounding the 2017–2022 rate (16% a year) would give about 5 million by 2050. The range, half to one and a half times that pace, is an assumption for the band, with the sourced slope in its middle.",
        sources: [.limburgActionPlan2024, .bacaerVerhulst2008]),
      minimum: -100_000, maximum: 100_000),
    Parameter(
      .regionPathTrendLabourForceCeiling,
      label: "Recent trend, bound as a share of Limburg's labour force",
      description:
        "The level the recent-trend path flattens towards, as a share of Limburg's labour force: the carrying capacity K of the logistic curve dL/dt = r·L·(1 − L/K) (Verhulst 1838). Also the share above which `project` and `check` warn that a province path is implausible.",
      unit: .share, value: 0.25, from: .jan1(2022), low: 0.18, high: 0.32,
      .assumption(
        rationale:
          "In 2022 the 82,895 working labour migrants were 13.8% of Limburg's labour force of about 600,000 (action plan §2.1.2). No source gives an upper bound; a quarter of the labour force (150,000), almost twice today's share, is assumed as the level a straight trend cannot pass, with a wide range (18–32%, 108,000–192,000). The logistic form (Verhulst's equation, as described by Bacaër 2008) keeps the path's 2022 slope and bends it towards the bound, so that the path never crosses it."
      ),
      minimum: 0, maximum: 1),
    Parameter(
      .regionCheckWorkingShareOfPopulation,
      label:
        "Plausibility bound: working labour migrants as a share of a municipality's population",
      description:
        "Share of a municipality's inhabitants above which `project` and `check` warn that its count or path of working labour migrants is implausible as people who live or are housed there.",
      unit: .share, value: 0.25, from: .jan1(2024), low: 0.2, high: 0.35,
      .assumption(
        rationale:
          "Across Limburg, 82,895 working labour migrants (2022) are about 7% of 1.13 million inhabitants; the highest sourced municipal count of people working there, Venray's 8,000 (2025), is 18% of its 44,662 inhabitants, and the 2030 expectation takes it to about 20.5%. Leudal's 13,415 (2018) is 37%: a count of jobs assigned to an employer's seat, not of people housed there (Docs/region-data.md). A bound of 25% lies above every such sourced count and its expected growth, except Leudal's; the range is wide because no source states a bound. A warning, not a limit: only the catalogue value (or an override) is used, never a draw."
      ),
      minimum: 0, maximum: 1),
    Parameter(
      .regionPathExpectation2030Target,
      label: "Working labour migrants in Limburg in 2030, expected",
      description:
        "Number of labour migrants working in Limburg in 2030 on the path of the province's expectation; the path runs in a straight line from the base year to it.",
      unit: .persons, value: 104_000, from: .jan1(2030), low: 96000, high: 112_000,
      .derived(
        from: [.regionLimburgLabourMigrants2030Low, .regionLimburgLabourMigrants2030High],
        method:
          "Midpoint of the expected 96,000–112,000 in 2030 (Decisio 2024 via the action plan); the range is that span.",
        sources: [.limburgActionPlan2024]),
      minimum: 0),
    Parameter(
      .regionPathExpectation2030GrowthAfter2030,
      label: "2030 expectation, yearly growth after 2030",
      description:
        "Yearly growth of the number of working labour migrants after 2030 on the path of the province's 2030 expectation.",
      unit: .per(.share, .year), value: 0, from: .jan1(2030), low: -0.02, high: 0.02,
      .assumption(
        rationale:
          "The action plan expects 96,000–112,000 in 2030 and says nothing about later years. The path holds the 2030 level (0% a year) and lets the band run from a decline of 2% to a growth of 2% a year, so that the reader sees how much the years after 2030 rest on an assumption."
      ),
      minimum: -0.5, maximum: 0.5),
    Parameter(
      .regionPathModerateGrowthWorkGrowth,
      label: "Moderate growth and reduced use, yearly growth of the work from 2030",
      description:
        "Policy choice of the path of moderate growth and reduced use of labour migrants (action plan §3.6): the yearly growth, from 2030, of the work done in the sectors that employ labour migrants under moderate economic growth. The path follows the province's 2030 expectation to 2030.",
      unit: .per(.share, .year), value: 0.01, from: .jan1(2030), low: 0, high: 0.02,
      .assumption(
        rationale:
          "A policy choice, not a forecast. The Limburg action plan 'Waardig werken en wonen' (Provincie Limburg 2024, §3.6, https://www.limburg.nl/onderwerpen/wonen/nieuwkomers-limburg/) asks the 2050 vision to take into account the scenario of moderate economic growth and reduced use of labour migrants ('gematigde groei', 'verminderde inzet'), from a broad-welfare perspective, without a number. 'Moderate' is taken as about a third of the 2.9% a year the province's own 2030 expectation implies for 2022–2030 ((104,000 ÷ 82,895)^(1/8) − 1): 1% a year, with a range from no growth to two thirds of that pace (0–2%), the chosen rate in its middle."
      ),
      minimum: -0.5, maximum: 0.5),
    Parameter(
      .regionPathModerateGrowthMigrantShareChange,
      label:
        "Moderate growth and reduced use, yearly change of the labour migrants' share from 2030",
      description:
        "Policy choice of the path of moderate growth and reduced use of labour migrants (action plan §3.6): the yearly change, from 2030, of the share of that work done by labour migrants (reduced use: more productivity, the local labour reserve, other sectors).",
      unit: .per(.share, .year), value: -0.02, from: .jan1(2030), low: -0.04, high: 0,
      .assumption(
        rationale:
          "A policy choice, not a forecast: the reduced use of labour migrants ('verminderde inzet') of the Limburg action plan (Provincie Limburg 2024, §3.6, https://www.limburg.nl/onderwerpen/wonen/nieuwkomers-limburg/), which gives no number. A fall of 2% a year takes the labour migrants' share of the work a third lower by 2050 (0.98^20 = 0.67); the range runs from no reduction (0) to 4% a year (0.96^20 = 0.44, more than halved), the chosen rate in its middle. With the work growing 1% a year the number of working labour migrants falls about 1% a year from the 2030 expectation."
      ),
      minimum: -0.5, maximum: 0.5),
    Parameter(
      .regionPathFewerMigrantsAnnualChange,
      label: "Fewer labour migrants, yearly change of working labour migrants",
      description:
        "Yearly change of the number of working labour migrants on the path of reduced use of labour migrants (higher productivity instead of more workers).",
      unit: .per(.share, .year), value: -0.01, from: .jan1(2024), low: -0.02, high: 0,
      .assumption(
        rationale:
          "The action plan asks the 2050 vision to weigh 'verminderde inzet van arbeidsmigranten' (Limburg action plan, §3.6) without a number. CPB (Hasekamp 2022, https://www.cpb.nl/en/node/161006) finds labour productivity growth of only about 0.5% a year, with migrants in low-productivity sectors. The path assumes productivity gains and sector policy in those sectors reduce the number of labour migrants by 1% a year, a policy choice, not a forecast; the range runs from no change to a decline of 2% a year, with the chosen rate in its middle."
      ),
      minimum: -0.5, maximum: 0.5),
    Parameter(
      .regionNlPopulation2024,
      label: "Population of the Netherlands in 2024",
      description:
        "Number of inhabitants of the Netherlands in July 2024 (CBS population counter).",
      unit: .persons, value: 17_986_000, from: Day(unchecked: 2024, month: 7, day: 1),
      low: 17_900_000, high: 18_050_000,
      .cited(.metroPopulation2024),
      minimum: 0),
  ]

  // MARK: Stock and flows

  private static let stock: [Parameter] = [
    Parameter(
      .regionStockTemporaryShare,
      label: "Short and mid stays in the regional stock",
      description:
        "Share of the labour migrants working in the region who stay less than a year (short and mid stay together).",
      unit: .share, value: 0.4, from: .jan1(2018), low: 0.3, high: 0.55,
      .cited(.decisioLimburgStay2020)),
    Parameter(
      .regionStockShortShareOfTemporary,
      label: "Short stays among stays under a year",
      description:
        "Share of the short stays (up to the short-stay limit) among the labour migrants who stay less than a year.",
      unit: .share, value: 0.375, from: .jan1(2024), low: 0.2, high: 0.55,
      .derived(
        from: [.migrationStayShare(.agency, .short), .migrationStayShare(.agency, .mid)],
        method:
          "The short share among the agency staff's stays under a year in the catalogue: 0.15 ÷ (0.15 + 0.25) = 0.375. Decisio (2020) gives only stays under a year (40%, the sum of those two shares) and over five years (27%) for Limburg, for a stock that works mostly through agencies; no split at four months was found. The regional stock is so split as an agency establishment is in `assess`. The range (0.2–0.55) is an assumption, with the derived value in its middle.",
        sources: [.decisioLimburgStay2020])),
    Parameter(
      .regionStockMidStayMonths,
      label: "Average length of a mid stay",
      description:
        "Average months a mid-stay labour migrant (longer than the short-stay limit, under a year) stays before leaving or settling.",
      unit: .months, value: 8, from: .jan1(2024), low: 5, high: 11,
      .assumption(
        rationale:
          "Mid stays lie between the four-month short-stay limit and a year by definition; the midpoint, 8 months, is assumed, and the range covers most of that span."
      ),
      minimum: 4, maximum: 12),
    Parameter(
      .regionStockSettlementShare,
      label: "Yearly settlement share of mid-stay migrants",
      description:
        "Share of the mid-stay labour migrants present who stay on as long-stay migrants each year (settlement).",
      unit: .share, value: 0.15, from: .jan1(2018), low: 0.05, high: 0.3,
      .assumption(
        rationale:
          "Decisio (2020) finds that about a quarter of the international workers in Limburg settle and three quarters stay under three years; CBS (2025) finds more than 6 in 10 EU labour migrants leave within five years. No yearly move rate from temporary to long stay was found: 15% of the mid-stay migrants a year is assumed, which keeps the long-stay share of a steady stock near the 60% of stays over a year, with a wide range."
      )),
    Parameter(
      .regionStockPeakFactor,
      label: "Seasonal peak factor of the regional stock",
      description:
        "Labour migrants present at the seasonal peak ÷ present on an average day, for the region's mix of sectors.",
      unit: .per(.persons, .persons), value: 1.12, from: .jan1(2024), low: 1, high: 1.27,
      .derived(
        from: [],
        method:
          "Agricultural employee jobs were 27% higher in July than in January 2015 (CBS 2016): the upper end. The regional stock also holds logistics and industry, with little season, so a peak of 12% above the average is assumed for the mix.",
        sources: [.cbsPeaks2016]),
      minimum: 1, maximum: 3),
    Parameter(
      .regionStockNonEuShare,
      label: "Non-EU share of the regional labour migrants",
      description:
        "Share of the labour migrants in the region who come from outside the EU; they bring family more often.",
      unit: .share, value: 0.15, from: .jan1(2024), low: 0.05, high: 0.35,
      .assumption(
        rationale:
          "No regional figure was found. Most labour migrants in Limburg come from Central and Eastern Europe (Decisio 2020); non-EU labour migration has grown (ESB 2023). 15% is assumed, with a wide range."
      )),
  ]
}
