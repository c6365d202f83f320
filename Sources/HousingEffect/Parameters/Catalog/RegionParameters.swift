// Region: Limburg and national totals and scenarios that frame the establishment's effect.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// Population of Limburg.
  public static let regionLimburgPopulation = ParameterID(
    "region.limburg.population", ordinal: 121, key: 0x9D1C_F208_6E73_E820)
  /// Working labour migrants in Limburg.
  public static let regionLimburgLabourMigrants = ParameterID(
    "region.limburg.labourMigrants", ordinal: 122, key: 0x9248_2806_1884_0541)
  /// Working labour migrants in Limburg in 2030, low.
  public static let regionLimburgLabourMigrants2030Low = ParameterID(
    "region.limburg.labourMigrants2030Low", ordinal: 123, key: 0x84D3_D7B9_6589_863A)
  /// Working labour migrants in Limburg in 2030, high.
  public static let regionLimburgLabourMigrants2030High = ParameterID(
    "region.limburg.labourMigrants2030High", ordinal: 124, key: 0xAED0_EFE8_FCA6_AED4)
  /// Labour force of Limburg.
  public static let regionLimburgLabourForce = ParameterID(
    "region.limburg.labourForce", ordinal: 125, key: 0xF10B_F4A2_8738_9913)
  /// Population of the Netherlands in 2050, moderate growth.
  public static let regionNlPopulation2050ModerateGrowth = ParameterID(
    "region.nl.population2050.moderateGrowth", ordinal: 126, key: 0x9EFB_3585_D5B0_DCB5)
  /// Population of the Netherlands in 2050, shrinkage.
  public static let regionNlPopulation2050Shrink = ParameterID(
    "region.nl.population2050.shrink", ordinal: 127, key: 0x36C3_75FA_95C6_FEDE)
  /// Population of the Netherlands in 2050, strong growth.
  public static let regionNlPopulation2050StrongGrowth = ParameterID(
    "region.nl.population2050.strongGrowth", ordinal: 128, key: 0x54A7_C8C7_B85D_566B)
  /// Net labour migration to the Netherlands.
  public static let regionNlNetLabourMigrationPerYear = ParameterID(
    "region.nl.netLabourMigrationPerYear", ordinal: 129, key: 0xFB63_9B7A_F510_DD07)
}

extension ParameterCatalog {
  static let region: [Parameter] = regionFigures + projection

  private static let regionFigures: [Parameter] = [
    // MARK: Limburg

    Parameter(
      .regionLimburgPopulation,
      label: "Population of Limburg",
      description: "Number of inhabitants of the province of Limburg.",
      unit: .persons, value: 1_130_000, from: .jan1(2024), low: 1_100_000, high: 1_160_000,
      .assumption(
        rationale:
          "The action plan (Integrale Aanpak Arbeidsmigratie, Provincie Limburg 2024) does not state the population, and no CBS total is in the project research. The municipal populations in the project's data file, mostly at 1 January 2024, add up to about 1.13 million; the rounded value and range stand in until the CBS total is added."
      ),
      minimum: 0),
    Parameter(
      .regionLimburgLabourMigrants,
      label: "Working labour migrants in Limburg",
      description: "Number of labour migrants working in Limburg.",
      unit: .persons,
      values: [
        DatedValue(39860, from: .jan1(2017), .cited(.limburgActionPlan2024)),
        DatedValue(82895, from: .jan1(2022), .cited(.limburgActionPlan2024)),
      ],
      low: 35000, high: 95000, minimum: 0),
    Parameter(
      .regionLimburgLabourMigrants2030Low,
      label: "Working labour migrants in Limburg in 2030, low",
      description:
        "Lower end of the expected number of labour migrants working in Limburg in 2030.",
      unit: .persons, value: 96000, from: .jan1(2030), low: 85000, high: 112_000,
      .cited(.limburgActionPlan2024),
      minimum: 0),
    Parameter(
      .regionLimburgLabourMigrants2030High,
      label: "Working labour migrants in Limburg in 2030, high",
      description:
        "Upper end of the expected number of labour migrants working in Limburg in 2030.",
      unit: .persons, value: 112_000, from: .jan1(2030), low: 96000, high: 125_000,
      .cited(.limburgActionPlan2024),
      minimum: 0),
    Parameter(
      .regionLimburgLabourForce,
      label: "Labour force of Limburg",
      description: "Number of persons in the Limburg labour force, about 600,000 in 2022.",
      unit: .persons, value: 600_000, from: .jan1(2022), low: 570_000, high: 630_000,
      .cited(.limburgActionPlan2024),
      minimum: 0),

    // MARK: National scenarios for 2050

    Parameter(
      .regionNlPopulation2050ModerateGrowth,
      label: "Population of the Netherlands in 2050, moderate growth",
      description:
        "Population of the Netherlands in 2050 in the moderate-growth path the Staatscommissie recommends.",
      unit: .persons, value: 19_500_000, from: .jan1(2050), low: 19_000_000, high: 20_000_000,
      .derived(
        from: [],
        method:
          "Midpoint of the 19 to 20 million the Staatscommissie recommends for 2050; the range is that span.",
        sources: [.staatscommissie2024]),
      minimum: 0),
    Parameter(
      .regionNlPopulation2050Shrink,
      label: "Population of the Netherlands in 2050, shrinkage",
      description:
        "Population of the Netherlands in 2050 in the shrinkage alternative the Staatscommissie describes.",
      unit: .persons, value: 17_500_000, from: .jan1(2050), low: 16_500_000, high: 18_000_000,
      .assumption(
        rationale:
          "The Staatscommissie (2024) gives only 'below 18 million' for shrinkage, so the point value is chosen, not published. 17.5 million lies below that bound; the low end of 16.5 million is about the WLO 2015 low scenario."
      ),
      minimum: 0),
    Parameter(
      .regionNlPopulation2050StrongGrowth,
      label: "Population of the Netherlands in 2050, strong growth",
      description:
        "Population of the Netherlands in 2050 in the strong-growth alternative the Staatscommissie describes.",
      unit: .persons, value: 22_000_000, from: .jan1(2050), low: 21_000_000, high: 23_000_000,
      .derived(
        from: [],
        method:
          "Midpoint of the 21 to 23 million the Staatscommissie gives for strong growth (its highest scenario is 22.8 million); the range is that span.",
        sources: [.staatscommissie2024]),
      minimum: 0),
    Parameter(
      .regionNlNetLabourMigrationPerYear,
      label: "Net labour migration to the Netherlands",
      description:
        "Average number of labour migrants arriving in the Netherlands per year minus those leaving, posted workers excluded.",
      unit: .per(.persons, .year), value: 40000, from: .jan1(2025), low: 30000, high: 60000,
      .cited(.iboLabourMigration2025)),
  ]
}
