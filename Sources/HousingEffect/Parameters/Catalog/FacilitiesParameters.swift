// Facilities: load ratios for GPs, schools, childcare, police, waste and inspection.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// Patients per GP FTE.
  public static let facilitiesGpPatientsPerFTE = ParameterID(
    "facilities.gp.patientsPerFTE", ordinal: 88, key: 0x3EF6_AD64_1007_E41B)
  /// GP FTE per 10,000 inhabitants.
  public static let facilitiesGpFtePer10000 = ParameterID(
    "facilities.gp.ftePer10000", ordinal: 89, key: 0x4582_AC1E_04F4_426C)
  /// Primary pupils per 1,000 inhabitants.
  public static let facilitiesSchoolPrimaryPupilsPer1000 = ParameterID(
    "facilities.school.primaryPupilsPer1000", ordinal: 90, key: 0x8F02_AE2E_14C4_2047)
  /// Years in newcomer education, primary.
  public static let facilitiesSchoolNewcomerYears = ParameterID(
    "facilities.school.newcomerYears", ordinal: 91, key: 0xDBD4_7ADF_9737_9506)
  /// Years in newcomer education, secondary (ISK).
  public static let facilitiesSchoolIskYears = ParameterID(
    "facilities.school.iskYears", ordinal: 92, key: 0x7D7A_72A1_5A9B_BB1D)
  /// Share of children aged 0 to 3 in the pre-school ages.
  public static let facilitiesPreschoolAgeShareOf0to3 = ParameterID(
    "facilities.preschool.ageShareOf0to3", ordinal: 93, key: 0xD97B_2B94_7025_742E)
  /// Pre-school education (VVE) use share.
  public static let facilitiesPreschoolUseShare = ParameterID(
    "facilities.preschool.useShare", ordinal: 94, key: 0x5E2F_F0F2_D847_6E0D)
  /// Childcare use share.
  public static let facilitiesChildcareUseShare = ParameterID(
    "facilities.childcare.useShare", ordinal: 95, key: 0x86D2_F56E_27B6_185B)
  /// Inhabitants per community police officer.
  public static let facilitiesPoliceInhabitantsPerWijkagent = ParameterID(
    "facilities.police.inhabitantsPerWijkagent", ordinal: 96, key: 0x0EC1_94F1_B7A2_25FA)
  /// Household waste per inhabitant.
  public static let facilitiesWasteKgPerInhabitantYear = ParameterID(
    "facilities.waste.kgPerInhabitantYear", ordinal: 97, key: 0x3950_88C5_380C_7796)
  /// Inspections per location per year.
  public static let facilitiesInspectionPerLocationYear = ParameterID(
    "facilities.inspection.perLocationYear", ordinal: 98, key: 0x902D_6538_2524_9E13)
}

extension ParameterCatalog {
  static let facilities: [Parameter] = [
    Parameter(
      .facilitiesGpPatientsPerFTE,
      label: "Patients per GP FTE",
      description:
        "Number of registered patients per full-time GP in the NZa standard practice (normpraktijk).",
      unit: .per(.persons, .fte), value: 2095, from: .jan1(2018), low: 1800, high: 2350,
      .cited(.zorgenzNormpraktijk2017),
      minimum: 1),
    Parameter(
      .facilitiesGpFtePer10000,
      label: "GP FTE per 10,000 inhabitants",
      description:
        "Number of GP FTE per 10,000 inhabitants in the Netherlands; the value counts per 10,000 persons, not per person.",
      unit: .per(.fte, .tenThousandPersons), value: 4.3, from: .jan1(2016), low: 3.8, high: 5,
      .cited(.vzinfoPrimaryCare2018),
      minimum: 0),
    Parameter(
      .facilitiesSchoolPrimaryPupilsPer1000,
      label: "Primary pupils per 1,000 inhabitants",
      description:
        "Number of primary-school pupils aged 4 to 12 per 1,000 inhabitants; the value counts per 1,000 persons, not per person.",
      unit: .per(.persons, .thousandPersons), value: 83, from: .jan1(2021), low: 75, high: 95,
      .derived(
        from: [],
        method:
          "1,458,000 pupils aged 4 to 12 in 2021 / about 17.5 million inhabitants x 1,000 = 83 per 1,000.",
        sources: [.cbsPupilsPrognosis2022]),
      minimum: 0),
    Parameter(
      .facilitiesSchoolNewcomerYears,
      label: "Years in newcomer education, primary",
      description:
        "Years a newly arrived migrant child aged 4 to 11 spends in a newcomer class before joining regular primary classes.",
      unit: .years, value: 1, from: .jan1(2023), low: 0.5, high: 1.5,
      .cited(.gemeenteNuNewcomers2023),
      minimum: 0),
    Parameter(
      .facilitiesSchoolIskYears,
      label: "Years in newcomer education, secondary (ISK)",
      description:
        "Years a newly arrived migrant child aged 12 to 17 spends in an international transition class (ISK) before joining regular secondary education.",
      unit: .years, value: 2, from: .jan1(2020), low: 1.5, high: 3,
      .derived(
        from: [],
        method:
          "ISK schools describe the programme as two years on average (Valuascollege Venlo); in the LOWAN survey of 8,417 ISK pupils (2020) 35% had been in the Netherlands under a year, 35% one to two years and 21% longer than two years, so some pupils stay longer. The value is two years, the range 1.5 to 3 (issue 20; this replaces one weighted figure of 1.4 years for all school ages).",
        sources: [.valuasIsk, .lowanIskSurvey2020]),
      minimum: 0),
    Parameter(
      .facilitiesPreschoolAgeShareOf0to3,
      label: "Share of children aged 0 to 3 in the pre-school ages",
      description:
        "Share of labour migrants' children aged 0 to 3 who are of pre-school education (VVE) age, 2.5 to 4 years.",
      unit: .share, value: 0.375, from: .jan1(2020), low: 0.3, high: 0.45,
      .derived(
        from: [],
        method:
          "Pre-school education (voorschoolse educatie) is for target-group toddlers aged 2.5 to 4 (NRO 2020). With ages spread evenly within the 0-3 band, 1.5 of its 4 years gives 0.375; the range allows for an uneven spread within the band (issue 20).",
        sources: [.nroPreschoolHours2020])),
    Parameter(
      .facilitiesPreschoolUseShare,
      label: "Pre-school education (VVE) use share",
      description:
        "Share of labour migrants' children aged 2.5 to 4 who attend pre-school education (VVE) with an indication.",
      unit: .share, value: 0.6, from: .jan1(2024), low: 0.4, high: 0.85,
      .assumption(
        rationale:
          "No VVE participation figure for children of labour migrants was found. Nationally almost nine in ten toddlers attend a pre-school provision (the reach monitor for SZW/VNG found 13% not reached in 2021 among toddlers without childcare allowance, via GOAB); most migrant toddlers have a home language other than Dutch (AOb: 9 of about 100 toddlers at a school of mostly labour migrants' children spoke Dutch at home), so most qualify for an indication, while some countries of origin start school late and parents work long days. 0.6 is assumed, with a range up to the national reach (issue 20; seed 003 section 3.5 on language delays of labour migrants' children)."
      )),
    Parameter(
      .facilitiesChildcareUseShare,
      label: "Childcare use share",
      description: "Share of labour migrants' children aged 0 to 3 who use formal childcare.",
      unit: .share, value: 0.3, from: .jan1(2024), low: 0.1, high: 0.6,
      .assumption(
        rationale:
          "No childcare ratio was found in the research. Working parents use childcare, but only 24% of accompanying family members work (ESB 2023), so use is assumed lower than among Dutch families; the range is wide."
      )),
    Parameter(
      .facilitiesPoliceInhabitantsPerWijkagent,
      label: "Inhabitants per community police officer",
      description:
        "Number of inhabitants per community police officer (wijkagent) under the Politiewet 2012 norm.",
      unit: .per(.persons, .fte), value: 5000, from: .jan1(2012), low: 4000, high: 6000,
      .cited(.openkamerWijkagent2014),
      minimum: 1),
    Parameter(
      .facilitiesWasteKgPerInhabitantYear,
      label: "Household waste per inhabitant",
      description: "Kilograms of household waste per inhabitant per year.",
      unit: .per(.kilograms, .persons),
      values: [
        DatedValue(460, from: .jan1(2022), .cited(.gemeenteNuWaste2024)),
        DatedValue(453, from: .jan1(2023), .cited(.gemeenteNuWaste2024)),
      ],
      low: 400, high: 500, minimum: 0),
    Parameter(
      .facilitiesInspectionPerLocationYear,
      label: "Inspections per location per year",
      description:
        "Number of municipal inspections of each labour-migrant housing location per year.",
      unit: .per(.count, .year), value: 2, from: .jan1(2024), low: 1, high: 4,
      .assumption(
        rationale:
          "No figure for enforcement capacity per inspection was found. Two inspections a year per location is assumed as a basic regime; the range runs from a yearly check to quarterly checks."
      ),
      minimum: 0),
  ]
}
