// Jobs: how many jobs (FTE) an establishment of a given size brings, and how fast it fills them.
// The ids this group declares: stages read these constants, so a mistyped id does not compile.
extension ParameterID {
  /// Floor area per job, e-commerce distribution centre.
  public static let jobsM2PerJobDistributionEcommerce = ParameterID(
    "jobs.m2PerJob.distributionEcommerce", ordinal: 0, key: 0x956F_3E6A_9169_D82C)
  /// Floor area per job, contract-logistics distribution centre.
  public static let jobsM2PerJobDistributionContract = ParameterID(
    "jobs.m2PerJob.distributionContract", ordinal: 1, key: 0x73BE_67D2_A458_59A2)
  /// Floor area per job, XXL distribution centre.
  public static let jobsM2PerJobDistributionXxl = ParameterID(
    "jobs.m2PerJob.distributionXxl", ordinal: 2, key: 0x01DF_8D89_B828_4DC4)
  /// Floor area per job, home-delivery centre.
  public static let jobsM2PerJobDistributionHomeDelivery = ParameterID(
    "jobs.m2PerJob.distributionHomeDelivery", ordinal: 3, key: 0x89CC_4D7F_38C5_2937)
  /// FTE per hectare of glass, tomato.
  public static let jobsFteByHectareGlasshouseTomato = ParameterID(
    "jobs.fteByHectare.glasshouseTomato", ordinal: 4, key: 0x1D76_B9EE_118F_F479)
  /// FTE per hectare of glass, sweet pepper.
  public static let jobsFteByHectareGlasshouseSweetPepper = ParameterID(
    "jobs.fteByHectare.glasshouseSweetPepper", ordinal: 5, key: 0xFD5D_6564_998A_07FD)
  /// FTE per hectare of glass, cucumber.
  public static let jobsFteByHectareGlasshouseCucumber = ParameterID(
    "jobs.fteByHectare.glasshouseCucumber", ordinal: 6, key: 0x06C1_CA17_7054_FFE7)
  /// FTE per hectare of glass, ornamentals.
  public static let jobsFteByHectareGlasshouseOrnamental = ParameterID(
    "jobs.fteByHectare.glasshouseOrnamental", ordinal: 7, key: 0xD482_1B99_E7B5_0EF6)
  /// FTE per hectare, open-field farming.
  public static let jobsFteByHectareOpenField = ParameterID(
    "jobs.fteByHectare.openField", ordinal: 8, key: 0xEF5C_9777_78AF_B815)
  /// Jobs per hectare, hyperscale data centre.
  public static let jobsFteByHectareDataCentre = ParameterID(
    "jobs.fteByHectare.dataCentre", ordinal: 9, key: 0x69F2_8493_00A5_494C)
  /// Floor area per job, food processing.
  public static let jobsM2PerJobFoodProcessing = ParameterID(
    "jobs.m2PerJob.foodProcessing", ordinal: 10, key: 0xAA2A_DD5F_F02B_8ED1)
  /// Floor area per job, meat processing.
  public static let jobsM2PerJobMeatProcessing = ParameterID(
    "jobs.m2PerJob.meatProcessing", ordinal: 11, key: 0xDA6E_585E_19E9_C286)
  /// Floor area per job, metal and manufacturing.
  public static let jobsM2PerJobMetalManufacturing = ParameterID(
    "jobs.m2PerJob.metalManufacturing", ordinal: 12, key: 0x2563_36A1_949A_82C9)
  /// Floor area per job, semiconductor and high-tech.
  public static let jobsM2PerJobSemiconductor = ParameterID(
    "jobs.m2PerJob.semiconductor", ordinal: 13, key: 0x8DEC_1959_7CB0_9109)
  /// Floor area per job, hospitality.
  public static let jobsM2PerJobHospitality = ParameterID(
    "jobs.m2PerJob.hospitality", ordinal: 14, key: 0x5511_DF30_7E61_949C)
  /// Share of jobs filled in the first year.
  public static let jobsRampUpYear1Share = ParameterID(
    "jobs.rampUp.year1Share", ordinal: 15, key: 0x4FBE_B762_3379_BD89)
  /// Share of jobs filled in the second year.
  public static let jobsRampUpYear2Share = ParameterID(
    "jobs.rampUp.year2Share", ordinal: 16, key: 0x10A5_539B_AA72_0736)
  /// Share of construction workers from outside the region.
  public static let jobsConstructionShareFromElsewhere = ParameterID(
    "jobs.construction.shareFromElsewhere", ordinal: 17, key: 0x9B83_4630_C6A0_483F)
  /// Building cost per m² of floor area.
  public static let jobsConstructionCostPerM2 = ParameterID(
    "jobs.construction.costPerM2", ordinal: 18, key: 0xF484_C760_9AEC_829D)
  /// Construction production per FTE-year.
  public static let jobsConstructionProductionPerFTEYear = ParameterID(
    "jobs.construction.productionPerFTEYear", ordinal: 19, key: 0xAAF0_38E4_7291_2CCC)
  /// Length of a construction worker's short stint.
  public static let jobsConstructionRotationMonths = ParameterID(
    "jobs.construction.rotationMonths", ordinal: 20, key: 0xEA46_2D74_6480_6457)
  /// Share of a construction crew staying beyond four months.
  public static let jobsConstructionLongStayShare = ParameterID(
    "jobs.construction.longStayShare", ordinal: 21, key: 0x4B89_6E1E_63B5_05C8)

  /// The share of the final jobs filled in operating year `year` (1 or 2) of the default
  /// ramp-up; `nil` from year 3 on, when all jobs are filled.
  public static func jobsRampUpShare(year: Int) -> ParameterID? {
    switch year {
    case 1: .jobsRampUpYear1Share
    case 2: .jobsRampUpYear2Share
    default: nil
    }
  }

  /// The parameter that turns an establishment type's physical size into jobs (FTE); `nil`
  /// for a construction project, whose size is its crew.
  public static func jobsDensity(_ type: EstablishmentType) -> ParameterID? {
    switch type {
    case .distributionEcommerce: .jobsM2PerJobDistributionEcommerce
    case .distributionContract: .jobsM2PerJobDistributionContract
    case .distributionXXL: .jobsM2PerJobDistributionXxl
    case .distributionHomeDelivery: .jobsM2PerJobDistributionHomeDelivery
    case .glasshouseTomato: .jobsFteByHectareGlasshouseTomato
    case .glasshouseSweetPepper: .jobsFteByHectareGlasshouseSweetPepper
    case .glasshouseCucumber: .jobsFteByHectareGlasshouseCucumber
    case .glasshouseOrnamental: .jobsFteByHectareGlasshouseOrnamental
    case .openFieldAgriculture: .jobsFteByHectareOpenField
    case .foodProcessing: .jobsM2PerJobFoodProcessing
    case .meatProcessing: .jobsM2PerJobMeatProcessing
    case .metalManufacturing: .jobsM2PerJobMetalManufacturing
    case .dataCentre: .jobsFteByHectareDataCentre
    case .semiconductor: .jobsM2PerJobSemiconductor
    case .hospitality: .jobsM2PerJobHospitality
    case .constructionProject: nil
    }
  }
}

extension ParameterCatalog {
  /// The second half of the rationale of a floor area per job whose range comes from the
  /// pooled spread of the sectors with published sites (`RangeEvidence.pooledRange`), naming
  /// the sector's one published `site`, which that range did not use.
  static func pooledRangeRationale(site: String) -> String {
    " The range is where a new site may land, not the uncertainty of a middle value (issue 20, round 8): this sector has too few published sites to give its own spread, so the spread is taken from the sectors that have them (the e-commerce, contract-logistics and XXL distribution centres and the hyperscale data centres of the reference table; RangeEvidence in the code). Their sites lie around their own sector's centre with a standard deviation of about 0.64 on the log scale (12 degrees of freedom), so 8 in 10 new sites lie within exp(1.356 x 0.64), a factor of about 2.4, either side of the middle value. The parameter is drawn log-uniform on each side of the value, so the median stays at the value and the draws' P10 and P90 fall on those ends. Until round 8 the range allowed a factor two either way, drawn triangular: the spread of a sector's mean rather than of its sites. The one published site of this type with floor area and jobs, \(site), was not used, so its validation check is out of sample."
  }

  static let jobs: [Parameter] = [
    // MARK: Floor area per job (distribution)

    Parameter(
      .jobsM2PerJobDistributionEcommerce,
      label: "Floor area per job, e-commerce distribution centre",
      description:
        "Gross floor area of an e-commerce distribution centre per job when the centre is fully staffed.",
      unit: .per(.squareMetres, .jobs), value: 110, from: .jan1(2024), low: 67.2, high: 215,
      .assumption(
        rationale:
          "No sector figure for e-commerce centres was found. The published floor areas and jobs of the e-commerce reference establishments (Docs/data/reference-establishments.csv: bleiswijk-zalando-dc, waalwijk-bolcom-dc, tilburg-decathlon-dc, tilburg-bijenkorf-dc) give 93 to 149 m2 per job (each site's median over its published years; the same building is often twice as dense in its announcement as in later years); the range is the prediction interval for a new site from these published sites (the range-evidence rule, RangeEvidence in the code; issue 20, round 7): the P10-P90 of a log-normal with the sites' mean and spread on the log scale, widened for their small number (Student's t with n - 1 degrees of freedom), here 74-188 m2 per job; the parameter is drawn log-uniform on each side of the value, so the median stays at the value and the draws' P10 and P90 equal the interval's ends. Until round 7 the range was 25-200, drawn triangular and set by judgement wider than the sites' spread, its lower end first drawn for grocery home-delivery hubs, which have their own type since round 3 (jobs.m2PerJob.distributionHomeDelivery). The value of 110, unchanged, sits in the middle. Pick-and-pack work is more labour-dense than pallet storage (jobs.m2PerJob.distributionXxl)."
      ),
      minimum: 1, shape: .logUniformHalves),
    Parameter(
      .jobsM2PerJobDistributionContract,
      label: "Floor area per job, contract-logistics distribution centre",
      description:
        "Gross floor area of a contract-logistics distribution centre per job when the centre is fully staffed.",
      unit: .per(.squareMetres, .jobs), value: 140, from: .jan1(2024), low: 27.6, high: 692,
      .assumption(
        rationale:
          "No sector figure for contract-logistics centres was found. The contract-logistics reference establishments (Docs/data/reference-establishments.csv: heerlen-gxo-jdsports-dc, venlo-heylen-tradeport-noord, venray-segro-deblakt-dc, venlo-schenker-tpn-dc, heerlen-medtronic-ceva-dc, roermond-ups-healthcare-dc) give 40 to 500 m2 per job, most between 110 and 180; the value is their middle; the range is the prediction interval for a new site from these published sites (the range-evidence rule, RangeEvidence in the code; issue 20, round 7): the P10-P90 of a log-normal with the sites' mean and spread on the log scale, widened for their small number (Student's t with n - 1 degrees of freedom), here 38-503 m2 per job; the parameter is drawn log-uniform on each side of the value, so the median stays at the value and the draws' P10 and P90 equal the interval's ends, so the draws' P10-P90 reaches from the densest hub to a multi-user warehouse announced with few jobs (round 5 set it from the lowest ÷ 1.5 to the highest × 1.5). Contract logistics mixes value-added services with pallet storage, so the mix differs per client."
      ),
      minimum: 1, shape: .logUniformHalves),
    Parameter(
      .jobsM2PerJobDistributionXxl,
      label: "Floor area per job, XXL distribution centre",
      description:
        "Gross floor area of an XXL (pallet) distribution centre per job, averaged over the centres opened or announced in 2019.",
      unit: .per(.squareMetres, .jobs), value: 161, from: .jan1(2019), low: 27.4, high: 807,
      .derived(
        from: [],
        method:
          "2,000,000 m2 / 12,400 jobs = 161 m2 per job, for the 31 XXL distribution centres opened or announced in 2019 (Buck Consultants); the floor area is 'just over' 2 million m2, so the value is a slight underestimate. The range is where single centres land, not the uncertainty of the average: the XXL reference establishments (Docs/data/reference-establishments.csv: zwaagdijk-action-dc, nieuwegein-jumbo-ndc, roosendaal-primark-dc) give 83 to 288 m2 per job (Primark's two published job counts taken at their median); the range is the prediction interval for a new site from these published sites (the range-evidence rule, RangeEvidence in the code; issue 20, round 7): the P10-P90 of a log-normal with the sites' mean and spread on the log scale, widened for their small number (Student's t with n - 1 degrees of freedom), here 39-584 m2 per job; the parameter is drawn log-uniform on each side of the value, so the median stays at the value and the draws' P10 and P90 equal the interval's ends (three sites give a wide interval; round 5 set the range from the lowest ÷ 1.5 to the highest × 1.5).",
        sources: [.nrcXxlDistribution2020]),
      minimum: 1, shape: .logUniformHalves),

    Parameter(
      .jobsM2PerJobDistributionHomeDelivery,
      label: "Floor area per job, home-delivery centre",
      description:
        "Gross floor area per job of a centre that picks online grocery orders or sorts parcels into delivery rounds, when fully staffed; delivery drivers not counted.",
      unit: .per(.squareMetres, .jobs), value: 45, from: .jan1(2021), low: 25, high: 80,
      .derived(
        from: [],
        method:
          "Online-grocery fulfilment centres that supply delivery rounds publish floor area and staff: Picnic Heerenveen 10,000 m2 for about 300 staff (33 m2 per job) and Picnic Eindhoven 18,000 m2 for 300 to 500 staff preparing orders, drivers counted apart (36 to 60 m2 per job). Picking fresh groceries into crates and sorting parcels into rounds is far more labour-dense than a fulfilment centre holding stock (jobs.m2PerJob.distributionEcommerce): a second population, hence its own type (issue 20). The value 45 lies in the middle of the published 33 to 60; the range runs below the densest and above the least dense site, for more automated centres. A national parcel sort centre is far less dense (DHL Dordrecht: about ten football pitches for 150 jobs) and is not this type. The reference establishments of this type (schiphol-amazon-delivery, zaandam-picnic-dc, oosterhout-bleiswijk-ah-hsc) were not used, so their validation checks are out of sample.",
        sources: [
          .nieuwsPicnicHeerenveen2021, .omroepBrabantPicnicEindhoven2018, .twinkleDhlDordrecht2022,
        ]),
      minimum: 1),

    // MARK: FTE per hectare (land-based)

    Parameter(
      .jobsFteByHectareGlasshouseTomato,
      label: "FTE per hectare of glass, tomato",
      description: "Labour input in FTE per hectare of glass on a tomato farm.",
      unit: .per(.fte, .hectares), value: 5.4, from: .jan1(2000), low: 3, high: 8,
      .unverified(
        .lei5dokLabourNeed,
        note:
          "Copy of an LEI table (arbeidsbehoefte of the six main glasshouse crops) on 5dok.net: 5.4 for tomato (tomaat) in 2000. The unit is garbled in the copy and read as labour-years per hectare, which fits the national average of 4.5 per hectare (WUR Agrimatie 2023). Automation since 2000 lowers the need, hence the wide range."
      ),
      minimum: 0.01),
    Parameter(
      .jobsFteByHectareGlasshouseSweetPepper,
      label: "FTE per hectare of glass, sweet pepper",
      description: "Labour input in FTE per hectare of glass on a sweet-pepper farm.",
      unit: .per(.fte, .hectares), value: 3.2, from: .jan1(2021), low: 2, high: 5,
      .derived(
        from: [],
        method:
          "Agriport A7, the area developer of a large glasshouse area, gives just over 3 FTE per hectare for sweet pepper as a rule of thumb (2021), against about 6 for tomato and cucumber; 3.2 is read from 'just over 3'. The LEI table of 2000 gave 4.5 (5dok.net copy), before two decades of automation, and is the upper part of the range; the low end allows for newer, more automated glass (issue 20).",
        sources: [.agriportA7Workers2021, .lei5dokLabourNeed]),
      minimum: 0.01),
    Parameter(
      .jobsFteByHectareGlasshouseCucumber,
      label: "FTE per hectare of glass, cucumber",
      description: "Labour input in FTE per hectare of glass on a cucumber farm.",
      unit: .per(.fte, .hectares), value: 5.5, from: .jan1(2000), low: 3, high: 8,
      .unverified(
        .lei5dokLabourNeed,
        note:
          "Copy of an LEI table (arbeidsbehoefte of the six main glasshouse crops) on 5dok.net: 5.5 for cucumber (komkommer) in 2000. The unit is garbled in the copy and read as labour-years per hectare, which fits the national average of 4.5 per hectare (WUR Agrimatie 2023). Automation since 2000 lowers the need, hence the wide range."
      ),
      minimum: 0.01),
    Parameter(
      .jobsFteByHectareGlasshouseOrnamental,
      label: "FTE per hectare of glass, ornamentals",
      description: "Labour input in FTE per hectare of glass on a flower or pot-plant farm.",
      unit: .per(.fte, .hectares), value: 6.7, from: .jan1(2023), low: 4.5, high: 10,
      .derived(
        from: [],
        method:
          "10,000 m2 per hectare / about 1,500 m2 of glass per labour-year in Noord-Holland, where flowers and pot plants dominate (6.7 per hectare); the national average of about 2,200 m2 per labour-year (4.5 per hectare) sets the low end.",
        sources: [.agrimatieGlasshouseLabour2023]),
      minimum: 0.01),
    Parameter(
      .jobsFteByHectareOpenField,
      label: "FTE per hectare, open-field farming",
      description:
        "Labour input in FTE per hectare of land for open-field horticulture and arable farming.",
      unit: .per(.fte, .hectares), value: 0.7, from: .jan1(2024), low: 0.05, high: 2,
      .assumption(
        rationale:
          "No published figure in FTE per crop was found. What is published is the harvest crew per hectare of open-field horticulture: about 1.1 (apples and pears, Cothen), 2 (asparagus and berries, Helden), 3 (pears, Fijnaart) and 3 to 5 (asparagus, Tynaarlo) persons per hectare at the peak (reference establishments cothen-vandergrift-fruit, helden-vestjens-asparagus-berries, fijnaart-westende-fruit, tynaarlo-hoorn-asparagus; in-sample for the validation). With the default seasonal share and season length the peak crew is about 2.8 times the FTE, so 1 to 5 persons per hectare at the peak is about 0.35 to 1.8 FTE per hectare; 0.7 is chosen below their middle because arable land needs far less (around 0.05, the low end), and the high end covers the most labour-intensive crops (issue 20; the earlier 0.3 gave about 0.8 persons per hectare at the peak, below every published crew)."
      ),
      minimum: 0.01),
    Parameter(
      .jobsFteByHectareDataCentre,
      label: "Jobs per hectare, hyperscale data centre",
      description:
        "Permanent jobs per hectare of site area of a hyperscale data centre in operation.",
      unit: .per(.fte, .hectares), value: 5, from: .jan1(2021), low: 0.983, high: 22.9,
      .derived(
        from: [],
        method:
          "Techzine (from NU.nl, 2021) gives about 7 jobs per hectare for the Microsoft and Google data centres in operation and 2.5 for the Meta plan at Zeewolde (410 jobs on 166 ha). A new hyperscale campus starts with its first halls and adds staff as later halls open (Eemshaven: 150 jobs announced, 350 after expansions), so the value for a new site is set between the two, at 5. The range spans the published sites (reference establishments zeewolde-meta-dc 2.5, middenmeer-google-dc 6.3, eemshaven-google-dc 7.1 jobs per hectare): the range is the prediction interval for a new site from these published sites (the range-evidence rule, RangeEvidence in the code; issue 20, round 7): the P10-P90 of a log-normal with the sites' mean and spread on the log scale, widened for their small number (Student's t with n - 1 degrees of freedom), here 1.4-16.9 jobs per hectare; the parameter is drawn log-uniform on each side of the value, so the median stays at the value and the draws' P10 and P90 equal the interval's ends: where a real new campus may land, not the uncertainty of one mean (three sites give a wide interval; round 5 set the range from the lowest ÷ 1.5 to the highest × 1.5).",
        sources: [.techzineDataCentreJobs2021]),
      minimum: 0.01, shape: .logUniformHalves),

    // MARK: Floor area per job (other sectors)

    Parameter(
      .jobsM2PerJobFoodProcessing,
      label: "Floor area per job, food processing",
      description: "Gross floor area of a food-processing plant per job when fully staffed.",
      unit: .per(.squareMetres, .jobs), value: 100, from: .jan1(2024), low: 33.8, high: 296,
      .assumption(
        rationale:
          "No sector figure for the floor area per job of food processing was found. Production lines are labour-dense but need cold storage and technical space; 100 m2 is a middle value."
          + ParameterCatalog.pooledRangeRationale(
            site: "venlo-hessing-freshcut (about 50 m2 per job)")
      ),
      minimum: 1, shape: .logUniformHalves),
    Parameter(
      .jobsM2PerJobMeatProcessing,
      label: "Floor area per job, meat processing",
      description:
        "Gross floor area of a slaughterhouse or meat-processing plant per job when fully staffed.",
      unit: .per(.squareMetres, .jobs), value: 60, from: .jan1(2024), low: 20.3, high: 177,
      .assumption(
        rationale:
          "No sector figure for the floor area per job of meat processing was found. Cutting and packing lines put many workers close together, so the value is lower than for food processing in general."
          + ParameterCatalog.pooledRangeRationale(
            site: "helmond-vanrooi-meat (about 36 m2 per job)")
      ),
      minimum: 1, shape: .logUniformHalves),
    Parameter(
      .jobsM2PerJobMetalManufacturing,
      label: "Floor area per job, metal and manufacturing",
      description: "Gross floor area of a metal or manufacturing plant per job when fully staffed.",
      unit: .per(.squareMetres, .jobs), value: 120, from: .jan1(2024), low: 40.6, high: 355,
      .assumption(
        rationale:
          "No sector figure for the floor area per job of manufacturing was found. Machine halls and storage take space per worker; 120 m2 is a middle value between workshops and heavily automated plants."
          + ParameterCatalog.pooledRangeRationale(
            site: "assen-mg-group-plant (about 100 m2 per job)")
      ),
      minimum: 1, shape: .logUniformHalves),
    Parameter(
      .jobsM2PerJobSemiconductor,
      label: "Floor area per job, semiconductor and high-tech",
      description:
        "Gross floor area of a semiconductor or high-tech plant per job, cleanrooms and offices included.",
      unit: .per(.squareMetres, .jobs), value: 80, from: .jan1(2024), low: 27.1, high: 237,
      .assumption(
        rationale:
          "No sector figure for the floor area per job of high-tech plants was found. Such sites combine cleanrooms with much office and engineering space, so jobs per m2 are higher than in manufacturing."
          + ParameterCatalog.pooledRangeRationale(
            site:
              "eindhoven-asml-bic (about 20 m2 per job, a planned campus of offices and assembly halls)"
          )
      ),
      minimum: 1, shape: .logUniformHalves),
    Parameter(
      .jobsM2PerJobHospitality,
      label: "Floor area per job, hospitality",
      description:
        "Gross floor area of a hotel, restaurant or recreation business per job when fully staffed.",
      unit: .per(.squareMetres, .jobs), value: 40, from: .jan1(2024), low: 13.5, high: 118,
      .assumption(
        rationale:
          "No sector figure for the floor area per job of hospitality was found. Restaurants are dense and hotels or holiday parks much less so; 40 m2 is a middle value between small restaurants and large hotels."
          + ParameterCatalog.pooledRangeRationale(
            site: "amsterdam-rosewood-hotel (about 88 m2 per job)")
      ),
      minimum: 1, shape: .logUniformHalves),

    // MARK: Ramp-up and construction

    Parameter(
      .jobsRampUpYear1Share,
      label: "Share of jobs filled in the first year",
      description:
        "Share of the establishment's final jobs that are filled in its first year of operation.",
      unit: .share, value: 0.5, from: .jan1(2024), low: 0.2, high: 0.9,
      .assumption(
        rationale:
          "No published ramp-up curve for staffing new establishments was found. Half of the jobs in year one is a neutral middle value; the range covers a slow phased opening and an opening at almost full strength."
      )),
    Parameter(
      .jobsRampUpYear2Share,
      label: "Share of jobs filled in the second year",
      description:
        "Share of the establishment's final jobs that are filled in its second year of operation.",
      unit: .share, value: 0.8, from: .jan1(2024), low: 0.5, high: 1,
      .assumption(
        rationale:
          "No published ramp-up curve was found. Most establishments are close to full strength in their second year, so 0.8 is chosen; the range runs from a slow build-up to full staffing, and from year three on all jobs are filled."
      )),
    Parameter(
      .jobsConstructionShareFromElsewhere,
      label: "Share of construction workers from outside the region",
      description:
        "Share of the construction workers on a building project who come from outside the region (posted or foreign workers) and need temporary housing; for a construction-project establishment also the labour-migrant share of its own crew, whatever the contract.",
      unit: .share, value: 0.45, from: .jan1(2024), low: 0.1, high: 0.75,
      .derived(
        from: [],
        method:
          "Published crews split by kind of project: specialised tunnel and plant builds draw mostly outside crews (A2 tunnel Maastricht: about 150 of 250 from European subcontractors, 0.6; Eemshaven 2020: about 2,000 of 3,000 from abroad, 0.67), while a large civil work let to Dutch and Flemish contractors drew a mostly commuting crew (new lock Terneuzen: 80 to 200 of 700 needed lodging, 0.11 to 0.29). One default cannot describe both kinds, so the range spans them (0.1 to 0.75) and the value sits between, at 0.45; because a crew is either mostly local or mostly from elsewhere, the share is drawn uniformly over the range rather than peaked at 0.45 (issue 20, round 5); a file that knows its project states construction.shareFromElsewhere (issue 20).",
        sources: [
          .a2MaastrichtForeignWorkers2013, .rtvNoordEemshavenCrews2018,
          .omroepZeelandTerneuzenLock2019,
        ]), shape: .uniform),
    Parameter(
      .jobsConstructionCostPerM2,
      label: "Building cost per m² of floor area",
      description:
        "Construction cost of a commercial or industrial building per square metre of gross floor area, used to estimate the construction crew when the file gives none.",
      unit: .per(.euros(priceYear: 2023), .squareMetres), value: 800, from: .jan1(2024), low: 400,
      high: 1_500,
      .assumption(
        rationale:
          "No construction cost table was read. A plain distribution hall costs less per m² than a factory or data centre with installations, so 800 euros is assumed with a wide range from a bare hall to a building full of installations; a company's own budget replaces it."
      ),
      minimum: 0),
    Parameter(
      .jobsConstructionProductionPerFTEYear,
      label: "Construction production per FTE-year",
      description:
        "Euros of building production per FTE-year of construction work, to turn a building's cost into a crew.",
      unit: .per(.euros(priceYear: 2018), .fte), value: 158_000, from: .jan1(2018),
      low: 125_000, high: 330_000,
      .derived(
        from: [],
        method:
          "70 billion euros of construction production / 442,000 full-time jobs in construction in 2018 (EIB, as reported by De Telegraaf 2019) = 158,000 euros per FTE-year. The high end (fewer workers per euro) allows for materials-heavy buildings and work done off site (prefabrication, design) that needs no housing near the site; the low end for labour-heavy fitting out.",
        sources: [.telegraafEIB2019]),
      minimum: 1),
    Parameter(
      .jobsConstructionRotationMonths,
      label: "Length of a construction worker's short stint",
      description:
        "Months a construction worker from elsewhere who rotates works on a building project before a colleague replaces him; at most the short-stay limit and the build's duration.",
      unit: .months, value: 3, from: .jan1(2024), low: 1, high: 4,
      .assumption(
        rationale:
          "No published figure for the stay of posted or foreign construction crews was found. Rotating crews are assumed to work stints of about three months, under the four-month BRP threshold, so they register in the RNI once per stint; the range runs from monthly rotation to the short-stay limit. Workers who stay longer are the share jobs.construction.longStayShare, not a longer stint."
      ),
      minimum: 0.25, maximum: 120),
    Parameter(
      .jobsConstructionLongStayShare,
      label: "Share of a construction crew staying beyond four months",
      description:
        "Share of the construction workers from elsewhere who stay on a build longer than the short-stay limit (up to the mid-stay limit or the end of the build) instead of rotating in short stints; they need mid-stay housing and register in the BRP.",
      unit: .share, value: 0.25, from: .jan1(2024), low: 0, high: 0.5,
      .assumption(
        rationale:
          "No published split of construction crews by length of stay was found. Most crews from elsewhere are assumed to rotate in short stints, while foremen, specialists and crews on multi-year builds stay longer; a quarter is assumed, with a wide range from every worker rotating to half of the crew staying. Drawing the share instead of one stint length for the whole crew keeps the short-stay range continuous (issue 20)."
      )),
  ]
}
