// Migration: who of the workforce is a labour migrant, where they live and how long they stay.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// Labour-migrant share of agency workers, meat processing.
  public static let migrationMigrantShareAgencyMeatProcessing = ParameterID(
    "migration.migrantShare.agency.meatProcessing", ordinal: 36, key: 0x062D_A888_4DD7_41CD)
  /// Labour-migrant share of agency workers, agriculture.
  public static let migrationMigrantShareAgencyAgriculture = ParameterID(
    "migration.migrantShare.agency.agriculture", ordinal: 37, key: 0xDD19_81A2_B3A4_0186)
  /// Labour-migrant share of agency workers, other sectors.
  public static let migrationMigrantShareAgencyOther = ParameterID(
    "migration.migrantShare.agency.other", ordinal: 38, key: 0xF671_5366_16ED_C3D1)
  /// Labour-migrant share of seasonal workers.
  public static let migrationMigrantShareSeasonal = ParameterID(
    "migration.migrantShare.seasonal", ordinal: 39, key: 0xEC89_0343_475B_A14A)
  /// Knowledge-migrant share, high-tech.
  public static let migrationKnowledgeMigrantShareHighTech = ParameterID(
    "migration.knowledgeMigrantShare.highTech", ordinal: 40, key: 0x6C82_4FB7_523D_CB80)
  /// Knowledge-migrant share, other sectors.
  public static let migrationKnowledgeMigrantShareOther = ParameterID(
    "migration.knowledgeMigrantShare.other", ordinal: 41, key: 0x4666_2026_74AC_C6FE)
  /// Non-EU share of labour migrants.
  public static let migrationNonEuShareOfLabourMigrants = ParameterID(
    "migration.nonEuShareOfLabourMigrants", ordinal: 42, key: 0x6E2B_8411_B697_8510)
  /// Cross-border commuter share, Zuid-Limburg.
  public static let migrationCrossBorderCommuterShareZuidLimburg = ParameterID(
    "migration.crossBorderCommuterShare.zuidLimburg", ordinal: 43, key: 0x8AA5_5B55_3374_CD2E)
  /// Cross-border commuter share, Noord- and Midden-Limburg.
  public static let migrationCrossBorderCommuterShareNoordMiddenLimburg = ParameterID(
    "migration.crossBorderCommuterShare.noordMiddenLimburg", ordinal: 44, key: 0x242A_8183_05BB_DE37
  )
  /// Local share of domestic recruits.
  public static let migrationLocalShareOfDomesticWorkers = ParameterID(
    "migration.localShareOfDomesticWorkers", ordinal: 45, key: 0x15EB_65A7_82BC_E3CB)
  /// Relocating share of rest-of-NL recruits, low skill.
  public static let migrationDomesticRelocationShare = ParameterID(
    "migration.domesticRelocationShare", ordinal: 46, key: 0x12F4_DF41_5696_AF0C)
  /// Relocating share of rest-of-NL recruits, mid skill.
  public static let migrationDomesticRelocationShareMidSkill = ParameterID(
    "migration.domesticRelocationShare.midSkill", ordinal: 47, key: 0x1521_C663_310E_F7A9)
  /// Relocating share of rest-of-NL recruits, high skill.
  public static let migrationDomesticRelocationShareHighSkill = ParameterID(
    "migration.domesticRelocationShare.highSkill", ordinal: 48, key: 0x5CA3_C1F4_4907_016F)
  /// Share living in the host municipality.
  public static let migrationResidenceHostShare = ParameterID(
    "migration.residence.hostShare", ordinal: 49, key: 0x056F_C7BA_00E1_0EF6)
  /// Share living outside the province.
  public static let migrationResidenceOutsideProvinceShare = ParameterID(
    "migration.residence.outsideProvinceShare", ordinal: 50, key: 0x8D4E_7097_9896_5457)
  /// Share of the rest of the province in neighbouring municipalities.
  public static let migrationResidenceNeighbourShare = ParameterID(
    "migration.residence.neighbourShare", ordinal: 51, key: 0x7FCD_906D_55AD_A223)
  /// Share of those outside the province living across the border.
  public static let migrationResidenceAbroadShare = ParameterID(
    "migration.residence.abroadShare", ordinal: 52, key: 0xDF21_13B3_58E7_DAF3)
  /// Annual departure share of long-stay migrants.
  public static let migrationLongStayAnnualDepartureShare = ParameterID(
    "migration.longStayAnnualDepartureShare", ordinal: 53, key: 0x8758_7473_C1C5_05AC)
  /// BRP-registered share of resident migrants.
  public static let migrationBrpRegisteredShare = ParameterID(
    "migration.brpRegisteredShare", ordinal: 54, key: 0xB1AD_E5B2_2E5A_E89C)
  /// Longest short stay.
  public static let migrationShortStayMaxMonths = ParameterID(
    "migration.shortStayMaxMonths", ordinal: 55, key: 0xC46B_2D2C_366A_6EAF)
  /// Longest mid stay.
  public static let migrationMidStayMaxMonths = ParameterID(
    "migration.midStayMaxMonths", ordinal: 56, key: 0x5A96_370E_EF8A_13AB)

  /// The labour-migrant share of a sector group's direct (permanent and flex) staff.
  public static func migrationMigrantSharePermanent(_ group: SectorGroup) -> ParameterID {
    switch group {
    case .logistics:
      ParameterID(
        "migration.migrantShare.permanent.logistics", ordinal: 165, key: 0x35C9_8F05_F021_FB1D)
    case .glasshouse:
      ParameterID(
        "migration.migrantShare.permanent.glasshouse", ordinal: 166, key: 0xEF59_DF23_75D6_695E)
    case .openField:
      ParameterID(
        "migration.migrantShare.permanent.openField", ordinal: 167, key: 0x0406_69D2_128A_1446)
    case .foodProcessing:
      ParameterID(
        "migration.migrantShare.permanent.foodProcessing", ordinal: 168, key: 0x38AF_EBDF_CC39_A401)
    case .meatProcessing:
      ParameterID(
        "migration.migrantShare.permanent.meatProcessing", ordinal: 169, key: 0x979C_862A_172F_6ED6)
    case .manufacturing:
      ParameterID(
        "migration.migrantShare.permanent.manufacturing", ordinal: 170, key: 0x5F7B_7F81_C38C_B5B8)
    case .dataCentre:
      ParameterID(
        "migration.migrantShare.permanent.dataCentre", ordinal: 171, key: 0x7BB1_026E_9D98_BFB1)
    case .highTech:
      ParameterID(
        "migration.migrantShare.permanent.highTech", ordinal: 172, key: 0x93CC_FF0A_F339_676E)
    case .hospitality:
      ParameterID(
        "migration.migrantShare.permanent.hospitality", ordinal: 173, key: 0x25A0_5B28_CAED_520C)
    case .construction:
      ParameterID(
        "migration.migrantShare.permanent.construction", ordinal: 174, key: 0x164A_5724_E0C2_2197)
    }
  }

  /// The labour-migrant share of a sector group's agency workers: agriculture, meat
  /// processing or the other sectors.
  public static func migrationMigrantShareAgency(_ group: SectorGroup) -> ParameterID {
    switch group {
    case .glasshouse, .openField: .migrationMigrantShareAgencyAgriculture
    case .meatProcessing: .migrationMigrantShareAgencyMeatProcessing
    default: .migrationMigrantShareAgencyOther
    }
  }

  /// The labour-migrant share of a segment with `contract` in `group`.
  ///
  /// A construction crew's labour migrants are its workers from elsewhere, whatever their
  /// contract: `jobs.construction.shareFromElsewhere`, as for an establishment's construction
  /// phase (issue 20; design note 56). Permanent-workforce shares do not describe a crew.
  public static func migrationMigrantShare(
    _ contract: ContractType, _ group: SectorGroup
  )
    -> ParameterID
  {
    if group == .construction { return .jobsConstructionShareFromElsewhere }
    return switch contract {
    case .agency: .migrationMigrantShareAgency(group)
    case .seasonal: .migrationMigrantShareSeasonal
    case .permanent, .flex: .migrationMigrantSharePermanent(group)
    }
  }

  /// The knowledge-migrant share of a sector group's staff.
  public static func migrationKnowledgeMigrantShare(_ group: SectorGroup) -> ParameterID {
    group == .highTech
      ? .migrationKnowledgeMigrantShareHighTech : .migrationKnowledgeMigrantShareOther
  }

  /// The share of the labour migrants on `contract` who stay `stay`.
  public static func migrationStayShare(
    _ contract: ContractType, _ stay: TemporaryStay
  )
    -> ParameterID
  {
    switch (contract, stay) {
    case (.permanent, .short):
      ParameterID("migration.stayShare.permanent.short", ordinal: 175, key: 0x8783_EA1B_B250_7F95)
    case (.flex, .short):
      ParameterID("migration.stayShare.flex.short", ordinal: 176, key: 0x736C_116F_739E_F6CA)
    case (.agency, .short):
      ParameterID("migration.stayShare.agency.short", ordinal: 177, key: 0x0F35_6C84_2A7F_C48A)
    case (.seasonal, .short):
      ParameterID("migration.stayShare.seasonal.short", ordinal: 178, key: 0x675B_5989_9490_6F6D)
    case (.permanent, .mid):
      ParameterID("migration.stayShare.permanent.mid", ordinal: 179, key: 0x620F_91B8_1DD1_7885)
    case (.flex, .mid):
      ParameterID("migration.stayShare.flex.mid", ordinal: 180, key: 0xB064_59EC_B75C_B172)
    case (.agency, .mid):
      ParameterID("migration.stayShare.agency.mid", ordinal: 181, key: 0x6106_0DF2_C969_CB32)
    case (.seasonal, .mid):
      ParameterID("migration.stayShare.seasonal.mid", ordinal: 182, key: 0xFE37_3474_E03D_1BBD)
    }
  }

  /// The share of employees living across the border in a part of Limburg; `nil` outside
  /// Limburg.
  public static func migrationCrossBorderCommuterShare(
    _ region: HostRegion.PolicyRegion
  )
    -> ParameterID?
  {
    switch region {
    case .zuidLimburg: .migrationCrossBorderCommuterShareZuidLimburg
    case .noordLimburg, .middenLimburg: .migrationCrossBorderCommuterShareNoordMiddenLimburg
    case .other: nil
    }
  }

  /// The share of rest-of-NL recruits of a skill level who move into the region.
  public static func migrationDomesticRelocationShare(_ skill: SkillLevel) -> ParameterID {
    switch skill {
    case .low: .migrationDomesticRelocationShare
    case .mid: .migrationDomesticRelocationShareMidSkill
    case .high: .migrationDomesticRelocationShareHighSkill
    }
  }
}

extension ParameterCatalog {
  static let migration: [Parameter] =
    migrantShares + permanentMigrantShares + origins + residence + stayShares + stayLimits

  // MARK: Migrant shares by contract

  private static let migrantShares: [Parameter] = [
    Parameter(
      .migrationMigrantShareAgencyMeatProcessing,
      label: "Labour-migrant share of agency workers, meat processing",
      description:
        "Share of agency workers in meat and poultry processing (slaughter and cutting) who are labour migrants.",
      unit: .share, value: 0.9, from: .jan1(2020), low: 0.7, high: 0.98,
      .derived(
        from: [],
        method:
          "The FNV puts all slaughterhouse workers at 80% labour migrants (NOS 2020) and SEO at 51% (Foodpro 2022), with agency staff the most migrant part of the workforce; an agency placing workers in food, industry and logistics says over 80% of them are EU labour migrants (HOBIJ via Trouw 2018). Agency staff in slaughter and cutting are therefore set above the union's plant-wide 80%, at 0.9; the range runs from below the all-sector agency share to almost all (issue 20). Other sectors keep migration.migrantShare.agency.other.",
        sources: [.nosSlaughterhouse2020, .foodproMeatSector2022, .trouwHobij2018])),
    Parameter(
      .migrationMigrantShareAgencyAgriculture,
      label: "Labour-migrant share of agency workers, agriculture",
      description:
        "Share of agency workers in agriculture and horticulture who are labour migrants.",
      unit: .share, value: 0.9, from: .jan1(2019), low: 0.7, high: 0.95,
      .cited(.seoAgriculture2020)),
    Parameter(
      .migrationMigrantShareAgencyOther,
      label: "Labour-migrant share of agency workers, other sectors",
      description: "Share of agency workers outside agriculture who are labour migrants.",
      unit: .share, value: 0.75, from: .jan1(2024), low: 0.4, high: 0.9,
      .assumption(
        rationale:
          "No sector-wide figure was found. The bracket comes from single cases: a logistics firm in the Tilburg/Waalwijk region with 90% CEE staff (SEO 2018 via Tubantia) and 40% of staff from elsewhere at the 72 largest firms of Peel en Maas (KAFRA 2019). Agency staff are more often migrants than staff in general, so 0.75 is chosen."
      )),
    Parameter(
      .migrationMigrantShareSeasonal,
      label: "Labour-migrant share of seasonal workers",
      description: "Share of seasonal workers who are labour migrants.",
      unit: .share, value: 0.9, from: .jan1(2024), low: 0.6, high: 0.98,
      .assumption(
        rationale:
          "No figure for seasonal contracts was found. Anchor: SEO (2020) found 90% of agency workers in agriculture are labour migrants, and seasonal work is mostly agricultural; the range allows for students and local seasonal staff in hospitality."
      )),
  ]

  // MARK: Migrant shares of permanent (and flex) staff

  private static let permanentMigrantShares: [Parameter] = [
    permanentShare(
      .glasshouse, "glasshouse horticulture", value: 0.33, low: 0.2, high: 0.5,
      .cited(.seoAgriculture2020), from: .jan1(2019)),
    permanentShare(
      .openField, "open-field farming", value: 0.33, low: 0.2, high: 0.5,
      .cited(.seoAgriculture2020), from: .jan1(2019)),
    permanentShare(
      .logistics, "logistics", value: 0.2, low: 0.05, high: 0.5,
      assumption:
        "No figure for direct staff in logistics was found. Most migrants in logistics work through agencies (ABU 2024: 37% of agency migrants work in logistics), so a lower share is assumed among direct staff, with a wide range."
    ),
    permanentShare(
      .foodProcessing, "food processing", value: 0.25, low: 0.05, high: 0.5,
      assumption:
        "No figure was found. Food processing employs many migrants, partly directly; a quarter is assumed, between logistics and agriculture, with a wide range."
    ),
    permanentShare(
      .meatProcessing, "meat processing", value: 0.55, low: 0.25, high: 0.9,
      .derived(
        from: [],
        method:
          "No split between direct and agency staff was found. In the whole meat sector 37% of the workers were labour migrants in 2020, 51% in slaughterhouses (SEO via Foodpro 2022); 7,500 of the 12,000 slaughterhouse workers were labour migrants (Parool 2020, 0.63), and the FNV puts slaughterhouses at 80% (NOS 2020). With agency staff at migrantShare.agency.meatProcessing (0.9), a direct-staff share of 0.55 gave about 0.7 labour migrants in a plant with the agency share then assumed (0.5), between the 0.51 of SEO and the 0.8 of the FNV; the range runs from the sector mean to the union's slaughterhouse figure (issue 20). Since the agency share follows the plants that publish theirs (workforce.agencyShare.meatProcessing 0.8, round 9), the same share gives about 0.83 at the values and 0.78 as the draws' median, close to the 77-90% the plants publish; the direct-staff share itself has no plant figure and stays.",
        sources: [.foodproMeatSector2022, .paroolMeat2020, .nosSlaughterhouse2020]),
      from: .jan1(2020)),
    permanentShare(
      .manufacturing, "metal and manufacturing", value: 0.1, low: 0.02, high: 0.3,
      assumption:
        "No figure was found. Manufacturing employs mostly local staff directly and hires migrants mainly through agencies, so a low share is assumed, with a range up to three in ten."
    ),
    permanentShare(
      .dataCentre, "data centres", value: 0.05, low: 0, high: 0.2,
      assumption:
        "No figure was found. Data-centre staff are mainly technicians recruited in the Netherlands, so only a small share of labour migrants is assumed; knowledge migrants are covered separately."
    ),
    permanentShare(
      .highTech, "semiconductor and high-tech", value: 0.05, low: 0, high: 0.2,
      assumption:
        "No figure was found. Foreign staff in high-tech are mostly knowledge migrants, which migration.knowledgeMigrantShare.highTech covers, so only a small share of other labour migrants is assumed."
    ),
    permanentShare(
      .hospitality, "hospitality", value: 0.15, low: 0.02, high: 0.4,
      assumption:
        "No figure was found. Hospitality employs mostly local and student staff but some businesses, such as holiday parks, rely on migrants; 0.15 is assumed with a wide range."
    ),
  ]

  private static func permanentShare(
    _ group: SectorGroup, _ name: String, value: Double, low: Double, high: Double,
    _ provenance: Provenance, from: Day
  ) -> Parameter {
    Parameter(
      .migrationMigrantSharePermanent(group),
      label: "Labour-migrant share of direct staff, \(name)",
      description:
        "Share of the staff employed directly (permanent or flex contracts) in \(name) who are labour migrants.",
      unit: .share, value: value, from: from, low: low, high: high, provenance)
  }

  private static func permanentShare(
    _ group: SectorGroup, _ name: String, value: Double, low: Double, high: Double,
    assumption: String
  ) -> Parameter {
    permanentShare(
      group, name, value: value, low: low, high: high, .assumption(rationale: assumption),
      from: .jan1(2024))
  }

  // MARK: Origins and recruitment

  private static let origins: [Parameter] = [
    Parameter(
      .migrationKnowledgeMigrantShareHighTech,
      label: "Knowledge-migrant share, high-tech",
      description:
        "Share of the staff of a semiconductor or high-tech employer who are knowledge migrants.",
      unit: .share, value: 0.25, from: .jan1(2024), low: 0.1, high: 0.5,
      .assumption(
        rationale:
          "No per-employer figure was found. Anchor: Decisio (2020) counted 10,900 knowledge workers (15% of international workers) in Limburg in 2018, concentrated at high-tech and research employers. A quarter of the staff of such an employer is assumed, with a wide range."
      )),
    Parameter(
      .migrationKnowledgeMigrantShareOther,
      label: "Knowledge-migrant share, other sectors",
      description: "Share of the staff of employers outside high-tech who are knowledge migrants.",
      unit: .share, value: 0.02, from: .jan1(2024), low: 0, high: 0.1,
      .assumption(
        rationale:
          "No per-sector figure was found. Outside high-tech and research, knowledge migrants are mostly a few managers and specialists, so a small share is assumed with a range up to a tenth."
      )),
    Parameter(
      .migrationNonEuShareOfLabourMigrants,
      label: "Non-EU share of labour migrants",
      description:
        "Share of the labour migrants an establishment brings who come from outside the EU and EFTA.",
      unit: .share, value: 0.15, from: .jan1(2024), low: 0.05, high: 0.35,
      .assumption(
        rationale:
          "No direct figure was found. ABU (2024) reports that of 984,169 labour migrants working in 2022, 40% were Polish and 16% Romanian, so EU workers dominate; a non-EU share of 0.15 is assumed, with a wide range because non-EU recruitment is growing."
      )),
    Parameter(
      .migrationCrossBorderCommuterShareZuidLimburg,
      label: "Cross-border commuter share, Zuid-Limburg",
      description:
        "Share of the employees of a Zuid-Limburg establishment who live in Germany or Belgium.",
      unit: .share, value: 0.05, from: .jan1(2016), low: 0.03, high: 0.08,
      .cited(.managersOnlineCrossBorder2019)),
    Parameter(
      .migrationCrossBorderCommuterShareNoordMiddenLimburg,
      label: "Cross-border commuter share, Noord- and Midden-Limburg",
      description:
        "Share of the employees of a Noord- or Midden-Limburg establishment who live across the border, taken from the Noord-Limburg share of employees living in Germany.",
      unit: .share, value: 0.03, from: .jan1(2016), low: 0.01, high: 0.05,
      .cited(.managersOnlineCrossBorder2019)),
    Parameter(
      .migrationLocalShareOfDomesticWorkers,
      label: "Local share of domestic recruits",
      description:
        "Share of the workers recruited in the Netherlands (not labour migrants or cross-border commuters) who come from the region's own labour reserve rather than from the rest of the country.",
      unit: .share, value: 0.7, from: .jan1(2024), low: 0.4, high: 0.9,
      .assumption(
        rationale:
          "No quantified share of new jobs filled by the local reserve was found. Most Dutch workers take jobs within commuting distance, so 0.7 is assumed; the wide range reflects that the Limburg reserve is relatively small and often mismatched."
      )),
    Parameter(
      .migrationDomesticRelocationShare,
      label: "Relocating share of rest-of-NL recruits, low skill",
      description:
        "Share of the low-skilled workers recruited from the rest of the Netherlands who move into the region (segments at mid and high skill use their own shares).",
      unit: .share, value: 0.1, from: Day(unchecked: 1997, month: 1, day: 1), low: 0, high: 0.3,
      .cited(.cbsJobFindersMove1997)),
    Parameter(
      .migrationDomesticRelocationShareMidSkill,
      label: "Relocating share of rest-of-NL recruits, mid skill",
      description:
        "Share of the mid-skilled (mbo) workers recruited from the rest of the Netherlands who move into the region.",
      unit: .share, value: 0.25, from: .jan1(2024), low: 0.1, high: 0.5,
      .assumption(
        rationale:
          "No split by skill level was found. About one in ten job finders moves for the job, and the higher educated move more often and further (CBS 1997); a recruit from outside the region who is not local is more likely to move than the average job finder, so a quarter is assumed for mid skill, with a wide range."
      )),
    Parameter(
      .migrationDomesticRelocationShareHighSkill,
      label: "Relocating share of rest-of-NL recruits, high skill",
      description:
        "Share of the high-skilled workers recruited from the rest of the Netherlands who move into the region.",
      unit: .share, value: 0.6, from: .jan1(2024), low: 0.3, high: 0.9,
      .assumption(
        rationale:
          "No split by skill level was found. The higher educated move for a job more often and further than others (CBS 1997), and a knowledge-intensive employer recruits nationally, so most recruits who are not local are assumed to move into the region; the wide range runs from three in ten to nine in ten."
      )),
  ]

  // MARK: Where migrants live

  private static let residence: [Parameter] = [
    Parameter(
      .migrationResidenceHostShare,
      label: "Share living in the host municipality",
      description:
        "Share of the labour migrants living in Limburg who live in the municipality where the establishment is.",
      unit: .share, value: 0.55, from: .jan1(2024), low: 0.3, high: 0.85,
      .assumption(
        rationale:
          "No published share was found. Noord-Limburg sources say many migrants live in their work municipality, and Peel en Maas required three quarters of the migrants housed at a location to work locally (an unverified local detail). Somewhat more than half is assumed, with a wide range for small and large municipalities."
      )),
    Parameter(
      .migrationResidenceOutsideProvinceShare,
      label: "Share living outside the province",
      description:
        "Share of the international workers employed in Limburg who live outside the province.",
      unit: .share, value: 0.11, from: .jan1(2018), low: 0.05, high: 0.2,
      .derived(
        from: [],
        method:
          "1 - 66,800 international workers living in Limburg / 75,100 working in Limburg (Decisio 2020, figures for 2018) = 0.11.",
        sources: [.kafraLimburg2020])),
    Parameter(
      .migrationResidenceNeighbourShare,
      label: "Share of the rest of the province in neighbouring municipalities",
      description:
        "Of the labour migrants who live in the province but outside the host municipality, the share living in the host's neighbouring municipalities.",
      unit: .share, value: 0.6, from: .jan1(2024), low: 0.3, high: 0.9,
      .assumption(
        rationale:
          "No published split was found. Migrants live close to work, and Noord-Limburg sources say many live in or near their work municipality, so most of those outside the host are assumed to live next door; the wide range covers municipalities with few or many neighbours with housing."
      )),
    Parameter(
      .migrationResidenceAbroadShare,
      label: "Share of those outside the province living across the border",
      description:
        "For a municipality on the German or Belgian border, the share of the labour migrants living outside the province who live across the border rather than in another Dutch province.",
      unit: .share, value: 0.5, from: .jan1(2024), low: 0.2, high: 0.8,
      .assumption(
        rationale:
          "No published split was found. The province names cross-border 'waterbed' effects of housing enforcement (action plan §3.4), and employees of Limburg establishments living in Germany or Belgium are common near the border (CBS via Managersonline); half is assumed, with a wide range."
      )),
    Parameter(
      .migrationLongStayAnnualDepartureShare,
      label: "Annual departure share of long-stay migrants",
      description:
        "Share of the long-stay labour migrants who leave in a year and are replaced by newly arriving long-stay migrants.",
      unit: .share, value: 0.17, from: .jan1(2025), low: 0.08, high: 0.25,
      .derived(
        from: [],
        method:
          "More than 6 in 10 EU/EFTA labour migrants who arrived in 2005-2016 left within five years (CBS 2025). A constant yearly departure share d with (1 - d)^5 = 0.4 gives d = 1 - 0.4^(1/5) = 0.167. The low end allows for long-stay workers who have already settled (Limburg: 27% stay over five years, Decisio 2020); the high end for the 'more than' in the CBS figure.",
        sources: [.cbsComingAndGoingDepartures2025])),
    Parameter(
      .migrationBrpRegisteredShare,
      label: "BRP-registered share of resident migrants",
      description:
        "Share of the international workers living in Limburg who are registered as residents in the BRP.",
      unit: .share, value: 0.44, from: .jan1(2018), low: 0.3, high: 0.6,
      .derived(
        from: [],
        method:
          "29,700 registered in a Limburg municipality / 66,800 living in Limburg (Decisio 2020, figures for 2018) = 0.44.",
        sources: [.kafraLimburg2020])),
  ]

  // MARK: Length of stay

  private static let stayAnchor =
    "Anchors: of the international workers living in Limburg, 40% stay less than a year and 27% more than five years (Decisio 2020), and most of them work through an agency; the province plans with about 70% long stays (housing.provinceLongStayShare, GS Limburg 2026), a stock figure for all migrants living in the province, so it is a yardstick at province level only, not for the new hires of one establishment (issue 20). The defaults are set so that a typical non-seasonal mix of agency and permanent staff gives 60-70% long stays, near Decisio's stock figure; seasonal work stays temporary. Each range is centred on its default (a share cannot go below 0, so permanent short stays range upwards only). Shares are of migrants present; the long-stay share is 1 - short - mid."

  private static let stayShares: [Parameter] = [
    stayShare(
      .permanent, .short, "direct permanent", value: 0, low: 0, high: 0.1,
      why:
        "Migrants on permanent contracts rarely stay only a few months, so no short stays are assumed."
    ),
    stayShare(
      .permanent, .mid, "direct permanent", value: 0.1, low: 0, high: 0.2,
      why:
        "A tenth of migrants on permanent contracts is assumed to leave within a year; nine in ten stay long, above the provincial 70% because a permanent contract is the settled end of the range."
    ),
    stayShare(
      .flex, .short, "direct flex", value: 0.1, low: 0, high: 0.2,
      why: "Direct temporary contracts often run for months, so a tenth short stays is assumed."),
    stayShare(
      .flex, .mid, "direct flex", value: 0.25, low: 0.1, high: 0.4,
      why:
        "A quarter mid stays leaves 65% long stays for direct flex staff, near the provincial planning figure."
    ),
    stayShare(
      .agency, .short, "agency", value: 0.15, low: 0, high: 0.3,
      why:
        "Agency migrants rotate faster than direct staff, so 15% short stays is assumed; with the mid share this puts 40% under a year, Decisio's figure for a mostly agency-employed stock."
    ),
    stayShare(
      .agency, .mid, "agency", value: 0.25, low: 0.1, high: 0.4,
      why:
        "With 15% short stays, 25% mid stays puts 40% under a year and 60% long, as Decisio found for Limburg's mostly agency-employed international workers."
    ),
    stayShare(
      .seasonal, .short, "seasonal", value: 0.85, low: 0.7, high: 1,
      why: "Seasonal workers mostly come for one harvest season of a few months."),
    stayShare(
      .seasonal, .mid, "seasonal", value: 0.15, low: 0, high: 0.3,
      why: "Some seasonal workers stay for several seasons in one year; none is assumed to settle."),
  ]

  private static func stayShare(
    _ contract: ContractType, _ stay: TemporaryStay, _ name: String, value: Double, low: Double,
    high: Double, why: String
  ) -> Parameter {
    let stayName = stay == .short ? "short stay" : "mid stay"
    let span =
      stay == .short
      ? "who stay a short time (at most migration.shortStayMaxMonths months)"
      : "who stay longer than a short stay but at most migration.midStayMaxMonths months"
    return Parameter(
      .migrationStayShare(contract, stay),
      label: "Share with a \(stayName), \(name) contracts",
      description: "Share of the labour migrants present on \(name) contracts \(span).",
      unit: .share, value: value, from: .jan1(2024), low: low, high: high,
      .assumption(rationale: "No published split by contract type was found. \(why) \(stayAnchor)"))
  }

  private static let stayLimits: [Parameter] = [
    Parameter(
      .migrationShortStayMaxMonths,
      label: "Longest short stay",
      description:
        "Longest stay in months that counts as a short stay, matching the four-month threshold above which migrants must register in the BRP.",
      unit: .months, value: 4, from: .jan1(2024), low: 3, high: 6,
      .derived(
        from: [],
        method:
          "Two definitions agree on four months: stays over four months must register in the BRP (Rijksoverheid), and the Limburg action plan defines a short stay as at most four consecutive months within at most a year (Waardig werken en wonen, §3.3). The range allows for municipal definitions of three to six months.",
        sources: [.brpThreshold2024, .limburgActionPlanShortStay2024]),
      minimum: 0),
    Parameter(
      .migrationMidStayMaxMonths,
      label: "Longest mid stay",
      description: "Longest stay in months that counts as a mid stay; longer stays are long stays.",
      unit: .months, value: 12, from: .jan1(2024), low: 6, high: 24,
      .assumption(
        rationale:
          "No national definition exists. The project research (domain.md §2.4) suggests 4 to 12 months as mid stay; Peel en Maas used 6 months to 2 years (2017), which sets the range."
      ),
      minimum: 0),
  ]
}

extension ParameterCatalog {
  /// Ids retired from the catalogue, each with the parameter that now carries its meaning: an
  /// override of a retired id is refused as unknown, with this one as the suggestion.
  public static let retiredIDs: [ParameterID: ParameterID] = [
    // A construction crew's labour migrants are its crew from elsewhere (design note 56).
    "migration.migrantShare.permanent.construction": .jobsConstructionShareFromElsewhere
  ]

  /// The suggestion for an unknown override id: the successor of a retired id, else the
  /// closest id of `catalog`.
  static func suggestion(forUnknown id: String, in catalog: ParameterCatalog) -> String? {
    retiredIDs[ParameterID(id)]?.rawValue
      ?? Suggestion.closest(to: id, in: catalog.ids.map(\.rawValue))
  }
}
