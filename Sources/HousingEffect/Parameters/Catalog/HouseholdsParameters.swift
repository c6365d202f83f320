// Households: how labour migrants form households, share dwellings and bring family.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// Share living alone after one year.
  public static let householdsLivingAloneAfterOneYearShare = ParameterID(
    "households.livingAloneAfterOneYearShare", ordinal: 57, key: 0xE63D_2846_3CDF_5BC1)
  /// Family members per long-stay migrant.
  public static let householdsFamilyMembersPerLongStayMigrant = ParameterID(
    "households.familyMembersPerLongStayMigrant", ordinal: 58, key: 0x8B79_5DEA_A315_95B6)
  /// Family members per knowledge migrant.
  public static let householdsFamilyMembersPerKnowledgeMigrant = ParameterID(
    "households.familyMembersPerKnowledgeMigrant", ordinal: 59, key: 0x83AE_4096_CAB1_6F65)
  /// Family members per non-EU labour migrant.
  public static let householdsFamilyMembersPerNonEuMigrant = ParameterID(
    "households.familyMembersPerNonEuMigrant", ordinal: 60, key: 0x1D8A_EBC9_073B_923E)
  /// Child share of family members.
  public static let householdsChildShareOfFamilyMembers = ParameterID(
    "households.childShareOfFamilyMembers", ordinal: 61, key: 0x310F_A991_322A_D6FA)
  /// Children per family with children.
  public static let householdsChildrenPerFamilyWithChildren = ParameterID(
    "households.childrenPerFamilyWithChildren", ordinal: 62, key: 0x1749_A2A0_E56F_F6A8)
  /// Working share of family members.
  public static let householdsWorkingShareOfFamilyMembers = ParameterID(
    "households.workingShareOfFamilyMembers", ordinal: 63, key: 0xA568_E237_750F_8C13)
  /// Years until family reunification.
  public static let householdsReunificationYears = ParameterID(
    "households.reunificationYears", ordinal: 64, key: 0x229E_8E51_07B7_B8C7)
  /// Share of single migrants sharing a dwelling.
  public static let householdsSinglesSharingShare = ParameterID(
    "households.singlesSharingShare", ordinal: 65, key: 0x87E9_7539_2D4B_E8DB)
  /// Persons per shared dwelling.
  public static let householdsPersonsPerSharedDwelling = ParameterID(
    "households.personsPerSharedDwelling", ordinal: 66, key: 0x9B22_620C_3A1B_9043)
  /// Share of children aged 0 to 3.
  public static let householdsChildAge0to3Share = ParameterID(
    "households.childAge0to3Share", ordinal: 67, key: 0xA923_DAEA_A69E_5817)
  /// Share of children aged 4 to 11.
  public static let householdsChildAge4to11Share = ParameterID(
    "households.childAge4to11Share", ordinal: 68, key: 0x6E14_9801_A368_F630)
}

extension ParameterCatalog {
  static let households: [Parameter] = [
    Parameter(
      .householdsLivingAloneAfterOneYearShare,
      label: "Share living alone after one year",
      description:
        "Share of EU/EFTA labour migrants who, one year after arrival, have no partner or child registered at their address.",
      unit: .share, value: 0.72, from: .jan1(2021), low: 0.6, high: 0.85,
      .cited(.cbsComingAndGoing2025)),
    Parameter(
      .householdsFamilyMembersPerLongStayMigrant,
      label: "Family members per long-stay migrant",
      description: "Number of accompanying family members per registered long-stay labour migrant.",
      unit: .per(.persons, .persons), value: 0.49, from: .jan1(2023), low: 0.3, high: 0.7,
      .derived(
        from: [],
        method:
          "140,890 family migrants / 288,065 labour migrants (EU and non-EU, arrived since 1999, registered) on 31 December 2022 = 0.49.",
        sources: [.rijksoverheidMigrationApproach2024]),
      minimum: 0),
    Parameter(
      .householdsFamilyMembersPerKnowledgeMigrant,
      label: "Family members per knowledge migrant",
      description: "Number of family migrants who come along per knowledge migrant.",
      unit: .per(.persons, .persons), value: 1.0, from: .jan1(2023), low: 0.6, high: 1.4,
      .cited(.esbFamilyMigration2023),
      minimum: 0),
    Parameter(
      .householdsFamilyMembersPerNonEuMigrant,
      label: "Family members per non-EU labour migrant",
      description: "Number of family migrants who come along per non-EU labour migrant.",
      unit: .per(.persons, .persons), value: 0.6, from: .jan1(2023), low: 0.4, high: 0.8,
      .cited(.esbFamilyMigration2023),
      minimum: 0),
    Parameter(
      .householdsChildShareOfFamilyMembers,
      label: "Child share of family members",
      description:
        "Share of labour migrants' accompanying family members who are children under 18.",
      unit: .share, value: 0.5, from: .jan1(2024), low: 0.3, high: 0.65,
      .assumption(
        rationale:
          "No split of family members into partners and children was found. ESB (2023) reports that only 24% of accompanying family members work, so many are children or partners without work; half is assumed, with a wide range."
      )),
    Parameter(
      .householdsChildrenPerFamilyWithChildren,
      label: "Children per family with children",
      description:
        "Average number of children under 18 in a labour-migrant household that has children in the Netherlands.",
      unit: .per(.persons, .households), value: 1.3, from: .jan1(2018), low: 1.0, high: 2.0,
      .assumption(
        rationale:
          "No count was found. The research (domain.md 6.4) reports that most Polish families in the Netherlands have (only) one young child in a Dutch school (SCP 2018 via WOS), so the value is set just above one, with a range up to two children."
      ),
      minimum: 0.5),
    Parameter(
      .householdsWorkingShareOfFamilyMembers,
      label: "Working share of family members",
      description: "Share of labour migrants' accompanying family members who work.",
      unit: .share, value: 0.24, from: .jan1(2023), low: 0.15, high: 0.4,
      .cited(.esbFamilyMigration2023)),
    Parameter(
      .householdsReunificationYears,
      label: "Years until family reunification",
      description: "Years after arrival until a long-stay migrant's family has joined them.",
      unit: .years, value: 3, from: .jan1(2024), low: 1, high: 6,
      .assumption(
        rationale:
          "No published figure was found. Families are assumed to follow once the migrant has settled work and housing, typically after a few years; the range runs from one year to six."
      ),
      minimum: 0, maximum: 20),
    Parameter(
      .householdsSinglesSharingShare,
      label: "Share of single migrants sharing a dwelling",
      description:
        "Share of single labour migrants who share a dwelling with other households, taken as the share of newly arrived EU labour-migrant households that do so.",
      unit: .share, value: 0.65, from: .jan1(2013), low: 0.4, high: 0.85,
      .cited(.pblSharing2020)),
    Parameter(
      .householdsPersonsPerSharedDwelling,
      label: "Persons per shared dwelling",
      description:
        "Average number of labour migrants living together in a shared regular dwelling.",
      unit: .per(.persons, .dwellings), value: 3, from: .jan1(2024), low: 2, high: 4,
      .assumption(
        rationale:
          "No published average was found. Many municipalities cap a regular dwelling at four labour migrants (housing.maxMigrantsPerRegularDwelling), so three is assumed, with the cap as the high end."
      ),
      minimum: 0),
    Parameter(
      .householdsChildAge0to3Share,
      label: "Share of children aged 0 to 3",
      description: "Share of labour migrants' children who are aged 0 to 3.",
      unit: .share, value: 0.35, from: .jan1(2018), low: 0.2, high: 0.45,
      .derived(
        from: [],
        method:
          "No age distribution was found (SCP asked about children aged 0-3, 4-11 and 12-17, but no shares were found). SCP (2018, via WOS) reports that registered Polish migrants with children mostly have one child, usually young; children are therefore weighted towards the young ages instead of spread evenly over 0 to 17 (0.222): 0.35 aged 0 to 3, 0.45 aged 4 to 11 and 0.20 aged 12 to 17, an assumption consistent with that note, with a wide range (issue 20).",
        sources: [.scpPolishMigrants2018])),
    Parameter(
      .householdsChildAge4to11Share,
      label: "Share of children aged 4 to 11",
      description: "Share of labour migrants' children who are aged 4 to 11 (primary-school age).",
      unit: .share, value: 0.45, from: .jan1(2018), low: 0.35, high: 0.55,
      .derived(
        from: [],
        method:
          "No age distribution was found. SCP (2018, via WOS) reports that registered Polish migrants with children mostly have one child, usually young, at a Dutch school; with 0.35 aged 0 to 3 (households.childAge0to3Share), 0.45 aged 4 to 11 is assumed, about the even spread (8 of 18 years, 0.444), so that ages 12 to 17 take 0.20 instead of 0.33 (issue 20).",
        sources: [.scpPolishMigrants2018])),
  ]
}
