// Welfare: wages, value added and the thresholds of the broad-welfare assessment.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// Annual wage per job, all economic activities.
  public static let welfareWagePerJobAll = ParameterID(
    "welfare.wagePerJob.all", ordinal: 99, key: 0xFDD4_FCA2_FB79_5940)
  /// Annual wage per job, agriculture, forestry and fishing (SBI A).
  public static let welfareWagePerJobAgriculture = ParameterID(
    "welfare.wagePerJob.agriculture", ordinal: 100, key: 0xA04A_78AD_6A77_ED5E)
  /// Annual wage per job, industry (SBI C).
  public static let welfareWagePerJobIndustry = ParameterID(
    "welfare.wagePerJob.industry", ordinal: 101, key: 0x0869_F3EF_4233_8B73)
  /// Annual wage per job, transport and storage (SBI H).
  public static let welfareWagePerJobTransportStorage = ParameterID(
    "welfare.wagePerJob.transportStorage", ordinal: 102, key: 0x219A_B375_733F_281B)
  /// Annual wage per job, trade (SBI G).
  public static let welfareWagePerJobTrade = ParameterID(
    "welfare.wagePerJob.trade", ordinal: 103, key: 0x1ECE_90EE_05B0_754D)
  /// Annual wage per job, rental and other business services, staffing agencies included (SBI N).
  public static let welfareWagePerJobStaffingServices = ParameterID(
    "welfare.wagePerJob.staffingServices", ordinal: 104, key: 0xE32F_1ADF_4D5F_ACE7)
  /// Annual wage per job, hospitality (SBI I).
  public static let welfareWagePerJobHospitality = ParameterID(
    "welfare.wagePerJob.hospitality", ordinal: 105, key: 0xB055_12B2_E2B6_5131)
  /// Annual wage per job, construction (SBI F).
  public static let welfareWagePerJobConstruction = ParameterID(
    "welfare.wagePerJob.construction", ordinal: 106, key: 0x7C32_CE63_5309_57C8)
  /// Annual income of a labour migrant.
  public static let welfareMigrantAnnualIncome = ParameterID(
    "welfare.migrantAnnualIncome", ordinal: 107, key: 0xA7F4_5F84_E1EB_E2C9)
  /// Value added per migrant-year.
  public static let welfareValueAddedPerMigrantYear = ParameterID(
    "welfare.valueAddedPerMigrantYear", ordinal: 108, key: 0xE185_39AE_1D94_70BE)
  /// Labour income share of value added.
  public static let welfareLabourIncomeShare = ParameterID(
    "welfare.labourIncomeShare", ordinal: 109, key: 0xB053_ED53_0680_0542)
  /// Attention threshold, new migrants per 1,000 inhabitants.
  public static let welfareThresholdMigrantsPer1000Attention = ParameterID(
    "welfare.threshold.migrantsPer1000.attention", ordinal: 110, key: 0xF647_ECE0_5388_33B5)
  /// High-impact threshold, new migrants per 1,000 inhabitants.
  public static let welfareThresholdMigrantsPer1000High = ParameterID(
    "welfare.threshold.migrantsPer1000.high", ordinal: 111, key: 0xBD31_BD99_001B_4F61)
  /// Attention threshold, wage ratio.
  public static let welfareThresholdWageRatioAttention = ParameterID(
    "welfare.threshold.wageRatio.attention", ordinal: 112, key: 0x6849_6106_F39A_F823)
  /// Good threshold, local share of jobs.
  public static let welfareThresholdLocalShareGood = ParameterID(
    "welfare.threshold.localShare.good", ordinal: 113, key: 0x9555_DADC_094F_411D)
  /// Attention threshold, local share of jobs.
  public static let welfareThresholdLocalShareAttention = ParameterID(
    "welfare.threshold.localShare.attention", ordinal: 114, key: 0x624B_73C7_A26D_E90E)
  /// Good threshold, share of skilled jobs.
  public static let welfareThresholdSkilledShareGood = ParameterID(
    "welfare.threshold.skilledShare.good", ordinal: 115, key: 0x28EB_9353_1647_4E2E)
  /// Attention threshold, housing pressure.
  public static let welfareThresholdHousingPressureAttention = ParameterID(
    "welfare.threshold.housingPressure.attention", ordinal: 116, key: 0x422D_7EA9_9A8B_DCB0)
  /// Attention threshold, facility pressure.
  public static let welfareThresholdFacilityPressureAttention = ParameterID(
    "welfare.threshold.facilityPressure.attention", ordinal: 117, key: 0xB19E_3267_498F_A446)
  /// Negative threshold, facility pressure.
  public static let welfareThresholdFacilityPressureNegative = ParameterID(
    "welfare.threshold.facilityPressure.negative", ordinal: 118, key: 0x60A0_55A6_932B_F6CF)
  /// Attention threshold, spillover to neighbours.
  public static let welfareThresholdSpilloverAttention = ParameterID(
    "welfare.threshold.spillover.attention", ordinal: 119, key: 0x42E3_67C1_D519_36A8)
  /// Attention threshold, unmet temporary housing.
  public static let welfareThresholdUnmetHousingShareAttention = ParameterID(
    "welfare.threshold.unmetHousingShare.attention", ordinal: 120, key: 0x8DDF_481F_4F87_0471)

  /// The CBS wage per job of the sector a sector group belongs to.
  public static func welfareWagePerJob(_ group: SectorGroup) -> ParameterID {
    switch group {
    case .logistics: .welfareWagePerJobTransportStorage
    case .glasshouse, .openField: .welfareWagePerJobAgriculture
    case .foodProcessing, .meatProcessing, .manufacturing, .highTech, .dataCentre:
      .welfareWagePerJobIndustry
    case .hospitality: .welfareWagePerJobHospitality
    case .construction: .welfareWagePerJobConstruction
    }
  }
}

extension ParameterCatalog {
  static let welfare: [Parameter] = wages + economy + thresholds

  // MARK: Wages per job (CBS 81431NED, 2023)

  // Ranges are the value -10% and +10%, rounded outwards to EUR 100, except for `all`.
  private static let wages: [Parameter] = [
    wage(.welfareWagePerJobAll, "all economic activities", 42340, low: 40000, high: 45000),
    wage(
      .welfareWagePerJobAgriculture, "agriculture, forestry and fishing (SBI A)", 30460, low: 27400,
      high: 33600),
    wage(.welfareWagePerJobIndustry, "industry (SBI C)", 53940, low: 48500, high: 59400),
    wage(
      .welfareWagePerJobTransportStorage, "transport and storage (SBI H)", 46950, low: 42200,
      high: 51700),
    wage(.welfareWagePerJobTrade, "trade (SBI G)", 32610, low: 29300, high: 35900),
    wage(
      .welfareWagePerJobStaffingServices,
      "rental and other business services, staffing agencies included (SBI N)",
      29190, low: 26200, high: 32200),
    wage(.welfareWagePerJobHospitality, "hospitality (SBI I)", 16220, low: 14500, high: 17900),
    wage(.welfareWagePerJobConstruction, "construction (SBI F)", 50850, low: 45700, high: 56000),
  ]

  /// A CBS wage per job.
  private static func wage(
    _ id: ParameterID, _ name: String, _ value: Double, low: Double, high: Double
  ) -> Parameter {
    Parameter(
      id,
      label: "Annual wage per job, \(id == .welfareWagePerJobAll ? "all sectors" : name)",
      description:
        "Average annual wage per job, special payments included, in \(name) in 2023 (provisional), over all workers rather than migrants only.",
      unit: .per(.euros(priceYear: 2023), .jobs), value: value, from: .jan1(2023),
      low: low, high: high,
      .cited(.cbs81431),
      minimum: 0)
  }

  // MARK: Income and value added

  private static let economy: [Parameter] = [
    Parameter(
      .welfareMigrantAnnualIncome,
      label: "Annual income of a labour migrant",
      description: "Typical annual income of a labour migrant working in Limburg.",
      unit: .per(.euros(priceYear: 2021), .persons), value: 25000, from: .jan1(2021),
      low: 20000, high: 30000,
      .derived(
        from: [],
        method:
          "Midpoint of the typical income of EUR 20,000 to 30,000 a year that Decisio reports for labour migrants in Limburg; the range is that span. The price year is the year of the report.",
        sources: [.nhNieuwsLimburg2021]),
      minimum: 0),
    Parameter(
      .welfareValueAddedPerMigrantYear,
      label: "Value added per migrant-year",
      description:
        "Contribution to national income per Central and Eastern European labour migrant per year.",
      unit: .per(.euros(priceYear: 2016), .persons), value: 29650, from: .jan1(2016),
      low: 25000, high: 35000,
      .derived(
        from: [],
        method:
          "EUR 11 billion contribution to national income / 371,000 CEE labour migrants in 2016 = about EUR 29,650 per migrant-year.",
        sources: [.seoCeeValue2018]),
      minimum: 0),
    Parameter(
      .welfareLabourIncomeShare,
      label: "Labour income share of value added",
      description:
        "Wage sum as a share of value added, used to estimate value added per job from wages.",
      unit: .share, value: 0.7, from: .jan1(2024), low: 0.6, high: 0.8,
      .assumption(
        rationale:
          "No sector value-added table was read. Wages typically make up most of value added in labour-intensive sectors, so 0.7 is assumed; the range allows for capital-heavy and labour-heavy sectors."
      )),
  ]

  // MARK: Assessment thresholds

  private static let thresholds: [Parameter] = [
    Parameter(
      .welfareThresholdMigrantsPer1000Attention,
      label: "Attention threshold, new migrants per 1,000 inhabitants",
      description:
        "Number of the establishment's migrants (labour, knowledge and construction) living in the host municipality per 1,000 inhabitants above which the assessment asks for attention.",
      unit: .per(.persons, .thousandPersons), value: 10, from: .jan1(2024), low: 5, high: 20,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: one new migrant per hundred inhabitants is a noticeable change in a small municipality. The range halves or doubles it for users who judge differently."
      ),
      minimum: 0),
    Parameter(
      .welfareThresholdMigrantsPer1000High,
      label: "High-impact threshold, new migrants per 1,000 inhabitants",
      description:
        "Number of the establishment's migrants (labour, knowledge and construction) living in the host municipality per 1,000 inhabitants above which the assessment reports a high impact.",
      unit: .per(.persons, .thousandPersons), value: 25, from: .jan1(2024), low: 15, high: 50,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: two and a half new migrants per hundred inhabitants is assumed to strain housing and facilities clearly. The wide range lets users set a stricter or looser line."
      ),
      minimum: 0),
    Parameter(
      .welfareThresholdWageRatioAttention,
      label: "Attention threshold, wage ratio",
      description:
        "Ratio of the establishment's average wage per job to the national average wage of all jobs (CBS) below which the assessment asks for attention.",
      unit: .share, value: 0.9, from: .jan1(2024), low: 0.8, high: 1,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: jobs paying clearly below the average add less to broad welfare; the national average of all jobs is used because no Limburg wage table was read. Ten percent below average is assumed, with a range from twenty percent below to the average itself."
      )),
    Parameter(
      .welfareThresholdLocalShareGood,
      label: "Good threshold, local share of jobs",
      description:
        "Share of the new jobs filled from the local labour reserve above which the assessment rates the local benefit as good.",
      unit: .share, value: 0.5, from: .jan1(2024), low: 0.3, high: 0.7,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: when at least half of the new jobs go to local workers, the region itself benefits most. The range allows a stricter or looser reading."
      )),
    Parameter(
      .welfareThresholdLocalShareAttention,
      label: "Attention threshold, local share of jobs",
      description:
        "Share of the new jobs filled from the local labour reserve below which the assessment asks for attention.",
      unit: .share, value: 0.25, from: .jan1(2024), low: 0.1, high: 0.4,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: half of the 'good' threshold. When fewer than a quarter of the new jobs go to the local reserve, most of the work, and so most of the housing need, comes from elsewhere. The range allows a stricter or looser reading."
      )),
    Parameter(
      .welfareThresholdSkilledShareGood,
      label: "Good threshold, share of skilled jobs",
      description:
        "Share of the jobs at mid or high skill level from which the assessment rates the contribution to human capital as positive.",
      unit: .share, value: 0.5, from: .jan1(2024), low: 0.3, high: 0.7,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: when most jobs ask for at least mbo-level skills, the establishment adds to the region's human capital for later generations (the CBS 'later' dimension). The range allows a stricter or looser reading."
      )),
    Parameter(
      .welfareThresholdHousingPressureAttention,
      label: "Attention threshold, housing pressure",
      description:
        "Dwellings needed for the new demand as a share of the existing dwelling stock above which the assessment asks for attention.",
      unit: .per(.dwellings, .dwellings), value: 0.005, from: .jan1(2024), low: 0.002, high: 0.01,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: half a percent of the stock is assumed comparable to a substantial share of a municipality's yearly new construction. The range runs from 0.2% to 1% of the stock."
      ),
      minimum: 0),
    Parameter(
      .welfareThresholdFacilityPressureAttention,
      label: "Attention threshold, facility pressure",
      description:
        "Extra load on a facility as a share of its current load above which the assessment asks for attention.",
      unit: .share, value: 0.01, from: .jan1(2024), low: 0.005, high: 0.03,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: one percent extra load on a GP practice, school or police team is assumed to be noticeable. The range runs from half a percent to three percent."
      )),
    Parameter(
      .welfareThresholdFacilityPressureNegative,
      label: "Negative threshold, facility pressure",
      description:
        "Extra load on a facility as a share of its current load above which the assessment rates it negative (a clear risk).",
      unit: .share, value: 0.03, from: .jan1(2024), low: 0.02, high: 0.05,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: three times the attention threshold, the top of its range. Three percent more patients or pupils at once is about a tenth of a GP practice's yearly list turnover and more than a school absorbs without extra groups; the range runs from two to five percent."
      )),
    Parameter(
      .welfareThresholdSpilloverAttention,
      label: "Attention threshold, spillover to neighbours",
      description:
        "Share of the housing demand that falls outside the host municipality above which the assessment asks for attention.",
      unit: .share, value: 0.4, from: .jan1(2024), low: 0.2, high: 0.6,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: when four in ten of the migrants must be housed by neighbouring municipalities, regional agreements are needed. The range allows a stricter or looser reading."
      )),
    Parameter(
      .welfareThresholdUnmetHousingShareAttention,
      label: "Attention threshold, unmet temporary housing",
      description:
        "Share of the temporary housing demand not covered by planned or licensed beds above which the assessment asks for attention.",
      unit: .share, value: 0.1, from: .jan1(2024), low: 0, high: 0.3,
      .assumption(
        rationale:
          "A policy threshold, not an empirical figure: a tenth of the demand without a bed is assumed to lead to overcrowding or improvised housing. The range runs from no tolerance at all to three in ten."
      )),
  ]
}
