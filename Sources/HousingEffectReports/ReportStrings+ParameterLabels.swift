import HousingEffect

// Dutch labels of the catalogue parameters. The catalogue itself stays English (code and
// docs are English); the Dutch report shows these labels instead. Rationales and source
// titles are not translated.
extension ReportStrings {
  /// The label of `parameter` in the report language.
  ///
  /// Dutch reports get the Dutch label, English reports the catalogue label. A parameter
  /// without a Dutch label (not in the standard catalogue) keeps its catalogue label.
  public func parameterLabel(_ parameter: Parameter) -> String {
    guard language == .nl else { return parameter.label }
    return ReportStrings.dutchParameterLabels[parameter.id] ?? parameter.label
  }

  /// The Dutch label of every catalogue parameter.
  ///
  /// A short noun phrase, like the English label. A test checks that every id of
  /// `ParameterCatalog.standard` has one.
  public static let dutchParameterLabels: [ParameterID: String] = [
    // MARK: Jobs
    "jobs.construction.shareFromElsewhere": "Aandeel bouwvakkers van buiten de regio",
    "jobs.fteByHectare.dataCentre": "Banen per hectare, hyperscale datacenter",
    "jobs.fteByHectare.glasshouseCucumber": "Fte per hectare glas, komkommer",
    "jobs.fteByHectare.glasshouseOrnamental": "Fte per hectare glas, sierteelt",
    "jobs.fteByHectare.glasshouseSweetPepper": "Fte per hectare glas, paprika",
    "jobs.fteByHectare.glasshouseTomato": "Fte per hectare glas, tomaat",
    "jobs.fteByHectare.openField": "Fte per hectare, open teelt",
    "jobs.m2PerJob.distributionContract":
      "Vloeroppervlak per baan, distributiecentrum contractlogistiek",
    "jobs.m2PerJob.distributionEcommerce": "Vloeroppervlak per baan, e-commerce-distributiecentrum",
    "jobs.m2PerJob.distributionHomeDelivery": "Vloeroppervlak per baan, thuisbezorgcentrum",
    "jobs.m2PerJob.distributionXxl": "Vloeroppervlak per baan, XXL-distributiecentrum",
    "jobs.m2PerJob.foodProcessing": "Vloeroppervlak per baan, voedingsmiddelenindustrie",
    "jobs.m2PerJob.hospitality": "Vloeroppervlak per baan, horeca",
    "jobs.m2PerJob.meatProcessing": "Vloeroppervlak per baan, vleesverwerking",
    "jobs.m2PerJob.metalManufacturing": "Vloeroppervlak per baan, metaal en maakindustrie",
    "jobs.m2PerJob.semiconductor": "Vloeroppervlak per baan, halfgeleiders en hightech",
    "jobs.rampUp.year1Share": "Aandeel banen ingevuld in het eerste jaar",
    "jobs.rampUp.year2Share": "Aandeel banen ingevuld in het tweede jaar",

    // MARK: Workforce
    "workforce.agencyShare.construction": "Aandeel fte via uitzendbureaus, bouw",
    "workforce.agencyShare.dataCentre": "Aandeel fte via uitzendbureaus, datacenters",
    "workforce.agencyShare.foodProcessing":
      "Aandeel fte via uitzendbureaus, voedingsmiddelenindustrie",
    "workforce.agencyShare.glasshouse": "Aandeel fte via uitzendbureaus, glastuinbouw",
    "workforce.agencyShare.highTech": "Aandeel fte via uitzendbureaus, halfgeleiders en hightech",
    "workforce.agencyShare.hospitality": "Aandeel fte via uitzendbureaus, horeca",
    "workforce.agencyShare.logistics": "Aandeel fte via uitzendbureaus, logistiek",
    "workforce.agencyShare.manufacturing":
      "Aandeel fte via uitzendbureaus, metaal en maakindustrie",
    "workforce.agencyShare.meatProcessing": "Aandeel fte via uitzendbureaus, vleesverwerking",
    "workforce.agencyShare.openField": "Aandeel fte via uitzendbureaus, open teelt",
    "workforce.peakFactor.foodProcessing": "Piekfactor, voedingsmiddelenindustrie",
    "workforce.peakFactor.glasshouse": "Piekfactor, glastuinbouw",
    "workforce.peakFactor.hospitality": "Piekfactor, horeca",
    "workforce.peakFactor.logistics": "Piekfactor, logistiek",
    "workforce.peakFactor.openField": "Piekfactor, open teelt",
    "workforce.peakFactor.other": "Piekfactor, overige sectoren",
    "workforce.personsPerFTEYear.agency": "Personen per fte-jaar, uitzendcontracten",
    "workforce.personsPerFTEYear.flex": "Personen per fte-jaar, flexcontracten in eigen dienst",
    "workforce.personsPerFTEYear.permanent": "Personen per fte-jaar, vaste contracten",
    "workforce.personsPerFTEYear.seasonal": "Personen per fte-jaar, seizoenscontracten",
    "workforce.personsPresentPerFTE": "Aanwezige personen per fte",
    "workforce.seasonalShare.foodProcessing": "Aandeel seizoensarbeid, voedingsmiddelenindustrie",
    "workforce.seasonalShare.glasshouse": "Aandeel seizoensarbeid, glastuinbouw",
    "workforce.seasonalShare.hospitality": "Aandeel seizoensarbeid, horeca",
    "workforce.seasonalShare.openField": "Aandeel seizoensarbeid, open teelt",

    // MARK: Migration
    "migration.brpRegisteredShare": "Aandeel migranten ingeschreven in de BRP",
    "migration.crossBorderCommuterShare.noordMiddenLimburg":
      "Aandeel grenspendelaars, Noord- en Midden-Limburg",
    "migration.crossBorderCommuterShare.zuidLimburg": "Aandeel grenspendelaars, Zuid-Limburg",
    "migration.domesticRelocationShare":
      "Aandeel verhuizers onder werknemers uit de rest van Nederland, laag opleidingsniveau",
    "migration.domesticRelocationShare.midSkill":
      "Aandeel verhuizers onder werknemers uit de rest van Nederland, middelbaar niveau",
    "migration.domesticRelocationShare.highSkill":
      "Aandeel verhuizers onder werknemers uit de rest van Nederland, hoog niveau",
    "migration.residence.neighbourShare": "Aandeel van de rest van de provincie in buurgemeenten",
    "migration.residence.abroadShare":
      "Aandeel van wie buiten de provincie woont dat over de grens woont",
    "housing.norm.limburg.m2PerPerson": "Limburgse ondergrens, vloeroppervlak per persoon",
    "housing.norm.limburg.personsPerBedroom": "Limburgse ondergrens, personen per slaapkamer",
    "workforce.seasonMonths.glasshouse": "Seizoenslengte, glastuinbouw",
    "workforce.seasonMonths.openField": "Seizoenslengte, open teelt",
    "workforce.seasonMonths.other": "Seizoenslengte, overige sectoren",
    "jobs.construction.rotationMonths": "Duur van een korte periode van een bouwvakker (rotatie)",
    "jobs.construction.longStayShare":
      "Aandeel van een bouwploeg dat langer dan vier maanden blijft",
    "jobs.construction.costPerM2": "Bouwkosten per m² vloeroppervlak",
    "jobs.construction.productionPerFTEYear": "Bouwproductie per arbeidsjaar",
    "migration.knowledgeMigrantShare.highTech": "Aandeel kennismigranten, hightech",
    "migration.knowledgeMigrantShare.other": "Aandeel kennismigranten, overige sectoren",
    "migration.localShareOfDomesticWorkers":
      "Aandeel uit de lokale arbeidsreserve bij werving in Nederland",
    "migration.longStayAnnualDepartureShare": "Aandeel long-stay-migranten dat jaarlijks vertrekt",
    "migration.midStayMaxMonths": "Maximale duur mid-stay",
    "migration.migrantShare.agency.agriculture":
      "Aandeel arbeidsmigranten onder uitzendkrachten, land- en tuinbouw",
    "migration.migrantShare.agency.meatProcessing":
      "Aandeel arbeidsmigranten onder uitzendkrachten, vleesverwerking",
    "migration.migrantShare.agency.other":
      "Aandeel arbeidsmigranten onder uitzendkrachten, overige sectoren",
    "migration.migrantShare.permanent.dataCentre":
      "Aandeel arbeidsmigranten onder eigen personeel, datacenters",
    "migration.migrantShare.permanent.foodProcessing":
      "Aandeel arbeidsmigranten onder eigen personeel, voedingsmiddelenindustrie",
    "migration.migrantShare.permanent.glasshouse":
      "Aandeel arbeidsmigranten onder eigen personeel, glastuinbouw",
    "migration.migrantShare.permanent.highTech":
      "Aandeel arbeidsmigranten onder eigen personeel, halfgeleiders en hightech",
    "migration.migrantShare.permanent.hospitality":
      "Aandeel arbeidsmigranten onder eigen personeel, horeca",
    "migration.migrantShare.permanent.logistics":
      "Aandeel arbeidsmigranten onder eigen personeel, logistiek",
    "migration.migrantShare.permanent.manufacturing":
      "Aandeel arbeidsmigranten onder eigen personeel, metaal en maakindustrie",
    "migration.migrantShare.permanent.meatProcessing":
      "Aandeel arbeidsmigranten onder eigen personeel, vleesverwerking",
    "migration.migrantShare.permanent.openField":
      "Aandeel arbeidsmigranten onder eigen personeel, open teelt",
    "migration.migrantShare.seasonal": "Aandeel arbeidsmigranten onder seizoenskrachten",
    "migration.nonEuShareOfLabourMigrants": "Aandeel arbeidsmigranten van buiten de EU",
    "migration.residence.hostShare": "Aandeel dat in de vestigingsgemeente woont",
    "migration.residence.outsideProvinceShare": "Aandeel dat buiten de provincie woont",
    "migration.shortStayMaxMonths": "Maximale duur short-stay",
    "migration.stayShare.agency.mid": "Aandeel mid-stay, uitzendcontracten",
    "migration.stayShare.agency.short": "Aandeel short-stay, uitzendcontracten",
    "migration.stayShare.flex.mid": "Aandeel mid-stay, flexcontracten in eigen dienst",
    "migration.stayShare.flex.short": "Aandeel short-stay, flexcontracten in eigen dienst",
    "migration.stayShare.permanent.mid": "Aandeel mid-stay, vaste contracten",
    "migration.stayShare.permanent.short": "Aandeel short-stay, vaste contracten",
    "migration.stayShare.seasonal.mid": "Aandeel mid-stay, seizoenscontracten",
    "migration.stayShare.seasonal.short": "Aandeel short-stay, seizoenscontracten",

    // MARK: Households
    "households.childAge0to3Share": "Aandeel kinderen van 0–3 jaar",
    "households.childAge4to11Share": "Aandeel kinderen van 4–11 jaar",
    "households.childShareOfFamilyMembers": "Aandeel kinderen onder de gezinsleden",
    "households.childrenPerFamilyWithChildren": "Kinderen per gezin met kinderen",
    "households.familyMembersPerKnowledgeMigrant": "Gezinsleden per kennismigrant",
    "households.familyMembersPerLongStayMigrant": "Gezinsleden per long-stay-arbeidsmigrant",
    "households.familyMembersPerNonEuMigrant": "Gezinsleden per arbeidsmigrant van buiten de EU",
    "households.livingAloneAfterOneYearShare": "Aandeel alleenstaanden na één jaar",
    "households.personsPerSharedDwelling": "Personen per gedeelde woning",
    "households.reunificationYears": "Jaren tot gezinshereniging",
    "households.singlesSharingShare": "Aandeel alleenstaanden dat een woning deelt",
    "households.workingShareOfFamilyMembers": "Aandeel werkende gezinsleden",

    // MARK: Housing
    "housing.bedsPerShortStayLocation": "Bedden per short-stay-locatie",
    "housing.maxMigrantsPerRegularDwelling":
      "Maximaal aantal arbeidsmigranten per reguliere woning",
    "housing.norm.aanjaagteam.bedroomM2PerPerson": "Slaapkameroppervlak per persoon, Aanjaagteam",
    "housing.norm.aanjaagteam.m2PerPerson": "Vloeroppervlak per persoon, Aanjaagteam",
    "housing.norm.aanjaagteam.personsPerBedroom": "Personen per slaapkamer, Aanjaagteam",
    "housing.norm.akf.m2PerPerson": "Vloeroppervlak per persoon, AKF",
    "housing.norm.akf.personsPerBedroom": "Personen per slaapkamer, AKF",
    "housing.norm.snf.bedroomM2PerPerson": "Slaapkameroppervlak per persoon, SNF",
    "housing.norm.snf.m2PerPersonLodging": "Vloeroppervlak per persoon, SNF (logiesfunctie)",
    "housing.norm.snf.m2PerPersonResidential": "Vloeroppervlak per persoon, SNF (woonfunctie)",
    "housing.norm.snf.personsPerBedroom": "Personen per slaapkamer, praktijk vóór 2025",
    "housing.norm.snf.personsPerShower": "Personen per douche, SNF",
    "housing.norm.snf.personsPerToilet": "Personen per toilet, SNF",
    "housing.norm.snf2025.m2PerPerson": "Vloeroppervlak per persoon, SNF 2025",
    "housing.norm.snf2025.personsPerBedroom": "Personen per slaapkamer, SNF 2025",
    "housing.personsPerMidStayRoom": "Personen per mid-stay-kamer",
    "housing.provinceLongStayShare": "Aandeel long-stay in het provinciale beleid",

    // MARK: Facilities
    "facilities.childcare.useShare": "Aandeel kinderen van 0–3 jaar in de kinderopvang",
    "facilities.gp.ftePer10000": "Huisarts-fte per 10.000 inwoners",
    "facilities.gp.patientsPerFTE": "Patiënten per huisarts-fte",
    "facilities.inspection.perLocationYear": "Controles per locatie per jaar",
    "facilities.police.inhabitantsPerWijkagent": "Inwoners per wijkagent",
    "facilities.preschool.ageShareOf0to3":
      "Aandeel van de kinderen van 0–3 jaar in de VVE-leeftijd",
    "facilities.preschool.useShare": "Gebruik van voorschoolse educatie (VVE)",
    "facilities.school.iskYears": "Jaren in het nieuwkomersonderwijs, voortgezet (ISK)",
    "facilities.school.newcomerYears": "Jaren in het nieuwkomersonderwijs, basisonderwijs",
    "facilities.school.primaryPupilsPer1000": "Basisschoolleerlingen per 1.000 inwoners",
    "facilities.waste.kgPerInhabitantYear": "Huishoudelijk afval per inwoner",

    // MARK: Welfare
    "welfare.labourIncomeShare": "Aandeel arbeidsinkomen in de toegevoegde waarde",
    "welfare.migrantAnnualIncome": "Jaarinkomen van een arbeidsmigrant",
    "welfare.threshold.facilityPressure.attention": "Drempel voor aandacht, druk op voorzieningen",
    "welfare.threshold.facilityPressure.negative": "Drempel voor negatief, druk op voorzieningen",
    "welfare.threshold.housingPressure.attention": "Drempel voor aandacht, woningdruk",
    "welfare.threshold.localShare.attention":
      "Drempel voor aandacht, aandeel banen uit de lokale arbeidsreserve",
    "welfare.threshold.localShare.good":
      "Drempel voor een positieve score, aandeel banen uit de lokale arbeidsreserve",
    "welfare.threshold.migrantsPer1000.attention":
      "Drempel voor aandacht, nieuwe migranten per 1.000 inwoners",
    "welfare.threshold.migrantsPer1000.high":
      "Drempel voor grote impact, nieuwe migranten per 1.000 inwoners",
    "welfare.threshold.skilledShare.good":
      "Drempel voor een positieve score, aandeel banen op mbo-niveau of hoger",
    "welfare.threshold.spillover.attention":
      "Drempel voor aandacht, woningvraag buiten de vestigingsgemeente",
    "welfare.threshold.unmetHousingShare.attention":
      "Drempel voor aandacht, onvervulde vraag naar tijdelijke huisvesting",
    "welfare.threshold.wageRatio.attention":
      "Drempel voor aandacht, loon per baan t.o.v. het landelijk gemiddelde",
    "welfare.valueAddedPerMigrantYear": "Toegevoegde waarde per arbeidsmigrant per jaar",
    "welfare.wagePerJob.agriculture": "Jaarloon per baan, landbouw, bosbouw en visserij (SBI A)",
    "welfare.wagePerJob.all": "Jaarloon per baan, alle sectoren",
    "welfare.wagePerJob.construction": "Jaarloon per baan, bouwnijverheid (SBI F)",
    "welfare.wagePerJob.hospitality": "Jaarloon per baan, horeca (SBI I)",
    "welfare.wagePerJob.industry": "Jaarloon per baan, industrie (SBI C)",
    "welfare.wagePerJob.staffingServices":
      "Jaarloon per baan, verhuur en overige zakelijke diensten, uitzendbureaus inbegrepen (SBI N)",
    "welfare.wagePerJob.trade": "Jaarloon per baan, handel (SBI G)",
    "welfare.wagePerJob.transportStorage": "Jaarloon per baan, vervoer en opslag (SBI H)",

    // MARK: Region
    "region.nl.population2024": "Inwoners van Nederland in 2024",
    "region.path.expectation2030.growthAfter2030": "Verwachting 2030, jaarlijkse groei na 2030",
    "region.path.expectation2030.target":
      "Verwacht aantal werkzame arbeidsmigranten in Limburg in 2030",
    "region.path.fewerMigrants.annualChange": "Minder arbeidsmigranten, jaarlijkse verandering",
    "region.path.moderateGrowth.workGrowth":
      "Gematigde groei en verminderde inzet, jaarlijkse groei van het werk vanaf 2030",
    "region.path.moderateGrowth.migrantShareChange":
      "Gematigde groei en verminderde inzet, jaarlijkse verandering van het aandeel arbeidsmigranten vanaf 2030",
    "region.path.trend.labourForceCeiling":
      "Recente trend, grens als aandeel van de Limburgse beroepsbevolking",
    "region.check.workingShareOfPopulation":
      "Plausibiliteitsgrens: werkende arbeidsmigranten als aandeel van de inwoners van een gemeente",
    "region.path.trend.annualIncrease":
      "Recente trend, jaarlijkse toename werkzame arbeidsmigranten",
    "region.stock.midStayMonths": "Gemiddelde duur van een middellang verblijf",
    "region.stock.nonEuShare": "Aandeel arbeidsmigranten van buiten de EU in de regio",
    "region.stock.peakFactor": "Seizoenspiekfactor van de regionale voorraad",
    "region.stock.settlementShare": "Jaarlijks aandeel middellang verblijvenden dat zich vestigt",
    "region.stock.shortShareOfTemporary":
      "Aandeel kort verblijf binnen verblijf korter dan een jaar",
    "region.stock.temporaryShare": "Aandeel kort en middellang verblijf in de regionale voorraad",
    "region.limburg.labourForce": "Beroepsbevolking van Limburg",
    "region.limburg.labourMigrants": "Werkende arbeidsmigranten in Limburg",
    "region.limburg.labourMigrants2030High": "Werkende arbeidsmigranten in Limburg in 2030, hoog",
    "region.limburg.labourMigrants2030Low": "Werkende arbeidsmigranten in Limburg in 2030, laag",
    "region.limburg.population": "Bevolking van Limburg",
    "region.nl.netLabourMigrationPerYear": "Netto arbeidsmigratie naar Nederland per jaar",
    "region.nl.population2050.moderateGrowth": "Bevolking van Nederland in 2050, gematigde groei",
    "region.nl.population2050.shrink": "Bevolking van Nederland in 2050, krimp",
    "region.nl.population2050.strongGrowth": "Bevolking van Nederland in 2050, sterke groei",
  ]
}
