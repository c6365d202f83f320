// Housing: quality norms for migrant housing and how demand maps onto housing forms.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// SNF floor area per person, lodging.
  public static let housingNormSnfM2PerPersonLodging = ParameterID(
    "housing.norm.snf.m2PerPersonLodging", ordinal: 69, key: 0xDB09_93B6_9FE1_C2AA)
  /// SNF floor area per person, residential.
  public static let housingNormSnfM2PerPersonResidential = ParameterID(
    "housing.norm.snf.m2PerPersonResidential", ordinal: 70, key: 0xC4A8_307E_3DF3_C51C)
  /// SNF bedroom area per person.
  public static let housingNormSnfBedroomM2PerPerson = ParameterID(
    "housing.norm.snf.bedroomM2PerPerson", ordinal: 71, key: 0x389A_886B_B99C_7088)
  /// SNF persons per toilet.
  public static let housingNormSnfPersonsPerToilet = ParameterID(
    "housing.norm.snf.personsPerToilet", ordinal: 72, key: 0xC609_90BA_AC47_829B)
  /// SNF persons per shower.
  public static let housingNormSnfPersonsPerShower = ParameterID(
    "housing.norm.snf.personsPerShower", ordinal: 73, key: 0x0E5A_7B57_50F6_0ED4)
  /// Persons per bedroom, pre-2025 practice.
  public static let housingNormSnfPersonsPerBedroom = ParameterID(
    "housing.norm.snf.personsPerBedroom", ordinal: 74, key: 0x6563_0C3A_6097_9CE6)
  /// SNF 2025 floor area per person.
  public static let housingNormSnf2025M2PerPerson = ParameterID(
    "housing.norm.snf2025.m2PerPerson", ordinal: 75, key: 0xBA60_D4D0_306C_D56D)
  /// SNF 2025 persons per bedroom.
  public static let housingNormSnf2025PersonsPerBedroom = ParameterID(
    "housing.norm.snf2025.personsPerBedroom", ordinal: 76, key: 0x9AFC_A885_6704_32AD)
  /// AKF floor area per person.
  public static let housingNormAkfM2PerPerson = ParameterID(
    "housing.norm.akf.m2PerPerson", ordinal: 77, key: 0x7B03_C3F4_6136_AEE1)
  /// AKF persons per bedroom.
  public static let housingNormAkfPersonsPerBedroom = ParameterID(
    "housing.norm.akf.personsPerBedroom", ordinal: 78, key: 0xEA07_60CC_A19D_4621)
  /// Aanjaagteam floor area per person.
  public static let housingNormAanjaagteamM2PerPerson = ParameterID(
    "housing.norm.aanjaagteam.m2PerPerson", ordinal: 79, key: 0x160D_9C0A_1F9C_D2F7)
  /// Aanjaagteam bedroom area per person.
  public static let housingNormAanjaagteamBedroomM2PerPerson = ParameterID(
    "housing.norm.aanjaagteam.bedroomM2PerPerson", ordinal: 80, key: 0x206B_A020_DC34_8747)
  /// Aanjaagteam persons per bedroom.
  public static let housingNormAanjaagteamPersonsPerBedroom = ParameterID(
    "housing.norm.aanjaagteam.personsPerBedroom", ordinal: 81, key: 0x8B23_FB97_827E_A167)
  /// Limburg floor area per person.
  public static let housingNormLimburgM2PerPerson = ParameterID(
    "housing.norm.limburg.m2PerPerson", ordinal: 82, key: 0xF8E3_59BF_C2CD_4CA3)
  /// Limburg persons per bedroom.
  public static let housingNormLimburgPersonsPerBedroom = ParameterID(
    "housing.norm.limburg.personsPerBedroom", ordinal: 83, key: 0x9C97_1635_A10C_2C43)
  /// Most labour migrants per regular dwelling.
  public static let housingMaxMigrantsPerRegularDwelling = ParameterID(
    "housing.maxMigrantsPerRegularDwelling", ordinal: 84, key: 0x30A2_B0E2_C9B9_FB70)
  /// Long-stay share in provincial policy.
  public static let housingProvinceLongStayShare = ParameterID(
    "housing.provinceLongStayShare", ordinal: 85, key: 0xE695_2F6E_794C_9118)
  /// Beds per short-stay location.
  public static let housingBedsPerShortStayLocation = ParameterID(
    "housing.bedsPerShortStayLocation", ordinal: 86, key: 0x1F33_A26D_FBBC_DC63)
  /// Persons per mid-stay room.
  public static let housingPersonsPerMidStayRoom = ParameterID(
    "housing.personsPerMidStayRoom", ordinal: 87, key: 0xFC2F_C672_0374_3021)

  /// Floor area per person for short-stay housing under `norm`.
  public static func housingNormM2PerPersonShortStay(_ norm: HousingNorm) -> ParameterID {
    switch norm {
    case .snf: .housingNormSnfM2PerPersonLodging
    case .snf2025: .housingNormSnf2025M2PerPerson
    case .akf: .housingNormAkfM2PerPerson
    case .aanjaagteam: .housingNormAanjaagteamM2PerPerson
    case .limburg: .housingNormLimburgM2PerPerson
    }
  }

  /// Floor area per person for mid-stay housing under `norm`.
  public static func housingNormM2PerPersonMidStay(_ norm: HousingNorm) -> ParameterID {
    norm == .snf ? .housingNormSnfM2PerPersonResidential : .housingNormM2PerPersonShortStay(norm)
  }

  /// Persons per bedroom under `norm`.
  public static func housingNormPersonsPerBedroom(_ norm: HousingNorm) -> ParameterID {
    switch norm {
    case .snf: .housingNormSnfPersonsPerBedroom
    case .snf2025: .housingNormSnf2025PersonsPerBedroom
    case .akf: .housingNormAkfPersonsPerBedroom
    case .aanjaagteam: .housingNormAanjaagteamPersonsPerBedroom
    case .limburg: .housingNormLimburgPersonsPerBedroom
    }
  }
}

extension ParameterCatalog {
  static let housing: [Parameter] = snfNorms + newerNorms + limburgNorm + housingForms

  // MARK: SNF norm before 2025

  private static let snfNorms: [Parameter] = [
    Parameter(
      .housingNormSnfM2PerPersonLodging,
      label: "SNF floor area per person, lodging",
      description:
        "Minimum usable floor area (GBO) per person under the pre-2025 SNF norm at locations the municipality classes as lodging.",
      unit: .per(.squareMetres, .persons), value: 10, from: .jan1(2019), low: 10, high: 12,
      .cited(.snfNorm),
      minimum: 0),
    Parameter(
      .housingNormSnfM2PerPersonResidential,
      label: "SNF floor area per person, residential",
      description:
        "Minimum usable floor area (GBO) per person under the pre-2025 SNF norm in a regular dwelling or residential units.",
      unit: .per(.squareMetres, .persons), value: 12, from: .jan1(2019), low: 12, high: 15,
      .cited(.snfNorm),
      minimum: 0),
    Parameter(
      .housingNormSnfBedroomM2PerPerson,
      label: "SNF bedroom area per person",
      description: "Minimum bedroom floor area per person under the pre-2025 SNF norm.",
      unit: .per(.squareMetres, .persons), value: 3.5, from: .jan1(2019), low: 2.7, high: 5.5,
      .cited(.snfNorm),
      minimum: 0),
    Parameter(
      .housingNormSnfPersonsPerToilet,
      label: "SNF persons per toilet",
      description: "Largest number of residents per toilet under the pre-2025 SNF norm.",
      unit: .per(.persons, .count), value: 8, from: .jan1(2019), low: 4, high: 8,
      .cited(.snfNorm),
      minimum: 1),
    Parameter(
      .housingNormSnfPersonsPerShower,
      label: "SNF persons per shower",
      description: "Largest number of residents per shower under the pre-2025 SNF norm.",
      unit: .per(.persons, .count), value: 8, from: .jan1(2019), low: 4, high: 8,
      .cited(.snfNorm),
      minimum: 1),
    Parameter(
      .housingNormSnfPersonsPerBedroom,
      label: "Persons per bedroom, pre-2025 practice",
      description:
        "Largest number of persons per bedroom used with the pre-2025 SNF norm, following the Aanjaagteam's immediate advice of 2020 (at most two, 1.5 metres apart).",
      unit: .per(.persons, .rooms), value: 2, from: .jan1(2020), low: 1, high: 2,
      .cited(.edOwnRoom2020),
      minimum: 1),
  ]

  // MARK: SNF 2025, AKF and Aanjaagteam norms

  private static let newerNorms: [Parameter] = [
    Parameter(
      .housingNormSnf2025M2PerPerson,
      label: "SNF 2025 floor area per person",
      description:
        "Minimum usable floor area (GBO) per person, bedroom included, under the SNF norm from 1 July 2025 for new-build projects and hotels or pensions.",
      unit: .per(.squareMetres, .persons), value: 15, from: Day(unchecked: 2025, month: 7, day: 1),
      low: 12, high: 15,
      .unverified(
        .purperSnf2025,
        note:
          "Secondary summary of the SNF norm from 1 July 2025; to be checked against the SNF normenset on normeringflexwonen.nl."
      ),
      minimum: 0),
    Parameter(
      .housingNormSnf2025PersonsPerBedroom,
      label: "SNF 2025 persons per bedroom",
      description:
        "Number of persons per bedroom under the SNF norm from 1 July 2025, where a bedroom is in principle for one person (partners excepted).",
      unit: .per(.persons, .rooms), value: 1, from: Day(unchecked: 2025, month: 7, day: 1),
      low: 1, high: 2,
      .unverified(
        .purperSnf2025,
        note:
          "Secondary summary of the SNF norm from 1 July 2025; to be checked against the SNF normenset on normeringflexwonen.nl."
      ),
      minimum: 1),
    Parameter(
      .housingNormAkfM2PerPerson,
      label: "AKF floor area per person",
      description:
        "Minimum living space per worker under the Agrarisch Keurmerk Flexwonen, rising from 13 m2 to 15 m2 on 1 January 2026.",
      unit: .per(.squareMetres, .persons),
      values: [
        DatedValue(13, from: Day(unchecked: 2024, month: 8, day: 15), .cited(.vdbaAkf2024)),
        DatedValue(15, from: .jan1(2026), .cited(.vdbaAkf2024)),
      ],
      low: 13, high: 15, minimum: 0),
    Parameter(
      .housingNormAkfPersonsPerBedroom,
      label: "AKF persons per bedroom",
      description: "Largest number of persons per bedroom under the Agrarisch Keurmerk Flexwonen.",
      unit: .per(.persons, .rooms), value: 2, from: Day(unchecked: 2024, month: 8, day: 15),
      low: 1, high: 2,
      .cited(.vdbaAkf2024),
      minimum: 1),
    Parameter(
      .housingNormAanjaagteamM2PerPerson,
      label: "Aanjaagteam floor area per person",
      description:
        "Living space per person, an own bedroom included, in the Aanjaagteam's target norm (not legally anchored in 2024).",
      unit: .per(.squareMetres, .persons), value: 15, from: .jan1(2024), low: 12, high: 15,
      .cited(.rtlAanjaagteamNorm2024),
      minimum: 0),
    Parameter(
      .housingNormAanjaagteamBedroomM2PerPerson,
      label: "Aanjaagteam bedroom area per person",
      description:
        "Floor area of the own bedroom each person has in the Aanjaagteam's target norm.",
      unit: .per(.squareMetres, .persons), value: 5.5, from: .jan1(2024), low: 3.5, high: 5.5,
      .cited(.rtlAanjaagteamNorm2024),
      minimum: 0),
    Parameter(
      .housingNormAanjaagteamPersonsPerBedroom,
      label: "Aanjaagteam persons per bedroom",
      description:
        "Number of persons per bedroom in the Aanjaagteam's target norm of an own bedroom for everyone.",
      unit: .per(.persons, .rooms), value: 1, from: .jan1(2024), low: 1, high: 2,
      .cited(.rtlAanjaagteamNorm2024),
      minimum: 1),
  ]

  // MARK: Limburg provincial lower bound

  private static let limburgNorm: [Parameter] = [
    Parameter(
      .housingNormLimburgM2PerPerson,
      label: "Limburg floor area per person",
      description:
        "Minimum living area per person that the province of Limburg sets as lower bound for labour-migrant housing, on top of the SNF and AKF norm sets.",
      unit: .per(.squareMetres, .persons), value: 15, from: .jan1(2024), low: 15, high: 15,
      .cited(.limburgActionPlanNorm2024),
      minimum: 0),
    Parameter(
      .housingNormLimburgPersonsPerBedroom,
      label: "Limburg persons per bedroom",
      description:
        "Largest number of persons per bedroom under the province of Limburg's lower bound for labour-migrant housing.",
      unit: .per(.persons, .rooms), value: 1, from: .jan1(2024), low: 1, high: 1,
      .cited(.limburgActionPlanNorm2024),
      minimum: 1),
  ]

  // MARK: Housing forms

  private static let housingForms: [Parameter] = [
    Parameter(
      .housingMaxMigrantsPerRegularDwelling,
      label: "Most labour migrants per regular dwelling",
      description:
        "Largest number of labour migrants allowed in one regular dwelling without a permit, as capped by many municipalities.",
      unit: .per(.persons, .dwellings), value: 4, from: .jan1(2019), low: 4, high: 5,
      .cited(.bdBommelerwaard2019),
      minimum: 1),
    Parameter(
      .housingProvinceLongStayShare,
      label: "Long-stay share in provincial policy",
      description:
        "Estimated share of labour migrants in Limburg who settle long-stay or permanently and so belong in regular dwellings, as agreed between the province and municipalities.",
      unit: .share, value: 0.7, from: Day(unchecked: 2026, month: 2, day: 10), low: 0.6, high: 0.8,
      .cited(.transportOnlineVidaXL2026)),
    Parameter(
      .housingBedsPerShortStayLocation,
      label: "Beds per short-stay location",
      description: "Number of beds at a typical new short-stay location for labour migrants.",
      unit: .beds, value: 150, from: .jan1(2024), low: 80, high: 400,
      .assumption(
        rationale:
          "No typical size was found. Anchors: Peel en Maas needs council approval above 80 persons (an unverified local detail) and Boxtel permitted one site for 400 (2024). 150 beds is assumed between them, and the range is the two anchors."
      ),
      minimum: 1),
    Parameter(
      .housingPersonsPerMidStayRoom,
      label: "Persons per mid-stay room",
      description: "Average number of persons per room in mid-stay housing.",
      unit: .per(.persons, .rooms), value: 1.5, from: .jan1(2024), low: 1, high: 2,
      .assumption(
        rationale:
          "No published occupancy was found. Mid-stay rooms are often shared by couples or colleagues until the one-person-per-bedroom norms apply, so 1.5 is assumed, between one and the old maximum of two."
      ),
      minimum: 1),
  ]
}
