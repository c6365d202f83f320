import HousingEffect

/// The wording of every trace formula, by its key (`FormulaKey`): English and Dutch, each a
/// sentence of its own. The model records the key; `explain` shows the wording in the
/// report's language, and `explain --format json` the English one. A test
/// (`TraceFormulaTests`) requires both wordings for every key an example records.
public enum TraceFormulas {
  /// The wording of `key` in `language`; `nil` for a key without one.
  public static func wording(_ key: FormulaKey, in language: Language) -> String? {
    if key.indicator == "housing.floorArea", let norm = key.variant {
      // One sentence for every norm, which it names.
      return
        (language == .nl ? dutchFloorArea + ", volgens norm " : englishFloorArea + ", at norm ")
        + norm
    }
    return (language == .nl ? dutch : english)[key]
  }

  static let englishFloorArea =
    "floor area = short-stay beds × m² per person (short stay) + mid-stay persons × m² per person (mid stay)"
  static let dutchFloorArea =
    "vloeroppervlak = short-stay-bedden × m² per persoon (short-stay) + mid-stay-personen × m² per persoon (mid-stay)"

  /// The English wording, by key.
  public static let english: [FormulaKey: String] = [
    FormulaKey("facilities.brpDeregistrations"):
      "BRP deregistrations = (mid- and long-stay and knowledge migrants who leave: replacements + fall in presence, + construction crews on mid stays) × host share",
    FormulaKey("facilities.brpRegistrations"):
      "BRP registrations = (mid- and long-stay arrivals + knowledge-migrant arrivals + newly arrived family + construction workers arriving for a stay beyond the short-stay limit) × host share",
    FormulaKey("facilities.childcarePlaces"):
      "childcare places = children aged 0–3 × host share × childcare use",
    FormulaKey("facilities.expectedUnregistered"):
      "expected unregistered = max(0, mid- and long-stay and knowledge migrants in the host municipality − migrants in the host municipality × BRP-registered share)",
    FormulaKey("facilities.gpFTE"):
      "GP FTE = (residents − short-stay labour migrants and construction workers on short stays, who are not on a GP list) ÷ patients per GP FTE",
    FormulaKey("facilities.gpPressure"):
      "GP pressure = added GP FTE ÷ (population ÷ patients per GP FTE): the same norm on both sides",
    FormulaKey("facilities.inspections"):
      "housing inspections = (short-stay beds in the host municipality ÷ beds per location + beds short in the host municipality ÷ most migrants per regular dwelling) × inspections per location per year",
    FormulaKey("facilities.migrantsPer1000"):
      "migrants per 1,000 inhabitants = migrants living in the host municipality ÷ population × 1,000",
    FormulaKey("facilities.newcomerPlaces"):
      "newcomer-class places = children arriving this year × host share × (share aged 4–11 × years in a primary newcomer class + share aged 12–17 × years in the ISK)",
    FormulaKey("facilities.preschoolPlaces"):
      "pre-school (VVE) places = children aged 0–3 × host share × share aged 2.5–4 × VVE use",
    FormulaKey("facilities.primaryPlaces"):
      "primary school places = children aged 4–11 × host share",
    FormulaKey("facilities.primaryPressure"):
      "primary-school pressure = added primary places ÷ (population × primary pupils per 1,000 ÷ 1,000)",
    FormulaKey("facilities.residentsHost"):
      "residents = (migrants present + family members) × host share + relocating NL households × host share",
    FormulaKey("facilities.rniRegistrations"):
      "RNI registrations = (short-stay arrivals + construction workers arriving for a short stint, one per crew place per stint) × host share",
    FormulaKey("facilities.secondaryPlaces"):
      "secondary school places = children aged 12–17 × host share",
    FormulaKey("facilities.wasteTonnes"):
      "household waste = residents × kg per inhabitant per year ÷ 1,000",
    FormulaKey("facilities.wijkagentFTE"):
      "neighbourhood police = residents ÷ inhabitants per wijkagent",
    FormulaKey("households.children"):
      "children = family members × share of family members who are children",
    FormulaKey("households.familiesWithChildren"):
      "families with children = children ÷ children per family with children (at most the family households)",
    FormulaKey("households.familyHouseholds"):
      "family households = family members ÷ family members per family household (family members per migrant ÷ share not living alone)",
    FormulaKey("households.familyMembers"):
      "family members = (long-stay labour migrants × family members per migrant + knowledge migrants × family members per knowledge migrant) × reunification progress",
    FormulaKey("households.longStaySingles"):
      "long-stay singles = long-stay labour migrants + knowledge migrants − family households",
    FormulaKey("households.newChildren"):
      "children arriving = growth of children since last year + children × share of long-stay migrants who replace leavers this year",
    FormulaKey("households.newFamilyMembers"):
      "family members arriving = growth of family members since last year + family members × share of long-stay migrants who replace leavers this year",
    FormulaKey("households.workingFamilyMembers"):
      "working family members = family members × share of family members who work",
    FormulaKey("housing.bedrooms"):
      "bedrooms = short-stay beds ÷ the norm's persons per bedroom + mid-stay rooms",
    FormulaKey("housing.longStayDwellings"):
      "long-stay dwellings = (singles × (sharing share ÷ persons per shared dwelling + (1 − sharing share)) + family households) × share living in the province + households relocating from elsewhere in NL",
    FormulaKey("housing.midStayRooms"):
      "mid-stay rooms = (mid-stay labour migrants at peak + construction workers from elsewhere who stay longer than a short stay) × share living in the province ÷ persons per room (at most the norm's persons per bedroom)",
    FormulaKey("housing.shortStayBeds"):
      "short-stay beds = (short-stay labour migrants at peak + construction workers from elsewhere on short stints) × share living in the province",
    FormulaKey("housing.shortfallBeds"):
      "shortfall = max(0, short-stay beds + mid-stay persons − employer beds within the stricter of their own norm and the demand norm − free legal beds)",
    FormulaKey("housing.showers"):
      "showers = (short-stay beds + mid-stay persons) ÷ persons per shower",
    FormulaKey("housing.temporaryBedsAverage"):
      "temporary beds on an average day = (short-stay + mid-stay migrants, average) × share living in the province",
    FormulaKey("housing.toilets"):
      "toilets = (short-stay beds + mid-stay persons) ÷ persons per toilet",
    FormulaKey("migration.arrivals"):
      "arrivals = growth of migrants present since last year + replacements (distinct persons − persons present)",
    FormulaKey("migration.constructionMigrants"):
      "construction workers from elsewhere = construction workers × share from outside the region",
    FormulaKey("migration.crossBorderCommuters"):
      "cross-border commuters = Σ segments (persons present × cross-border share)",
    FormulaKey("migration.knowledgeMigrants"):
      "knowledge migrants = Σ segments (persons present × knowledge-migrant share)",
    FormulaKey("migration.labourMigrants"):
      "labour migrants present = Σ segments (persons present × EU and non-EU migrant share of the segment)",
    FormulaKey("migration.localReserve"):
      "local labour reserve = Σ segments (persons present × local share)",
    FormulaKey("migration.longStay"):
      "long-stay labour migrants = Σ segments (labour migrants × long-stay share of the contract type)",
    FormulaKey("migration.midStay"):
      "mid-stay labour migrants = Σ segments (labour migrants × mid-stay share of the contract type)",
    FormulaKey("migration.shortStay"):
      "short-stay labour migrants = Σ segments (labour migrants × short-stay share of the contract type)",
    FormulaKey("staffing.constructionWorkers", variant: "estimated"):
      "construction workers = (floor area × building cost per m² ÷ production per FTE-year ÷ (construction months ÷ 12)) × months of construction in the year / 12",
    FormulaKey("staffing.constructionWorkers", variant: "stated"):
      "construction workers = workers on site × months of construction in the year / 12",
    FormulaKey("staffing.fullOperationFTE", variant: "floorArea"):
      "jobs at full operation = floor area ÷ floor area per job",
    FormulaKey("staffing.fullOperationFTE", variant: "hectares"):
      "jobs at full operation = area × jobs per hectare",
    FormulaKey("staffing.fullOperationFTE", variant: "jobs"):
      "jobs at full operation = jobs stated",
    FormulaKey("staffing.operationFTE"):
      "operating jobs = jobs at full operation × ramp-up share of the year",
    FormulaKey("welfare.crossBorderPersons"):
      "across the border = cross-border commuters + migrants living in Germany or Belgium (where the municipality borders them)",
    FormulaKey("welfare.facilityPressure"):
      "facility pressure = the larger of GP pressure and primary-school pressure",
    FormulaKey("welfare.housingPressure"):
      "housing pressure = long-stay dwellings needed in the host municipality ÷ its dwelling stock",
    FormulaKey("welfare.languageTraining"):
      "1 when the employer offers Dutch language training, 0 when not",
    FormulaKey("welfare.localShare"):
      "local share = Σ segments (share of jobs × local-reserve share of its origin mix)",
    FormulaKey("welfare.migrantsPer1000"):
      "see facilities.migrantsPer1000",
    FormulaKey("welfare.settlingPersons"):
      "settling persons = long-stay labour migrants + knowledge migrants + family members",
    FormulaKey("welfare.skilledShare"):
      "skilled share = share of jobs at mid or high skill level",
    FormulaKey("welfare.spilloverShare"):
      "spill-over = share of migrants living outside the host municipality (rest of the province + outside it)",
    FormulaKey("welfare.unmetHousingShare"):
      "unmet housing = shortfall ÷ temporary beds needed (peak): the risk that workers end up in informal or illegal housing",
    FormulaKey("welfare.unmetLongStayShare"):
      "unmet long-stay housing = long-stay gap ÷ long-stay dwellings needed: dwellings needed that no dwelling available to newcomers covers",
    FormulaKey("welfare.valueAddedPerJob"):
      "value added per job = wage per job ÷ labour income share of value added",
    FormulaKey("welfare.wageRatio"):
      "wage ratio = (sector wage × direct share + staffing-sector wage × agency share) ÷ average wage of all jobs",
    FormulaKey("welfare.wageSum"):
      "wage sum = operating jobs × average wage per job",
    FormulaKey("workforce.distinctPersons"):
      "distinct persons in the year = Σ segments (jobs × persons per FTE-year of the contract type)",
    FormulaKey("workforce.presentAverage"):
      "persons present on average = Σ segments (jobs × segment share × persons present per FTE)",
    FormulaKey("workforce.presentPeak", variant: "factor"):
      "persons present at peak = persons present on average × peak factor (the peak is carried by the flexible segments)",
    FormulaKey("workforce.presentPeak", variant: "season"):
      "persons present at peak = persons present on average in non-seasonal segments + seasonal FTE × 12 ÷ season length (months) × persons present per FTE",
  ]

  /// The Dutch wording, by key.
  public static let dutch: [FormulaKey: String] = [
    FormulaKey("facilities.brpDeregistrations"):
      "uitschrijvingen BRP = (vertrekkende mid- en long-stay-migranten en kennismigranten: vervangingen + daling van het aantal aanwezigen, + bouwploegen met een mid-stay-verblijf) × aandeel in de gemeente",
    FormulaKey("facilities.brpRegistrations"):
      "inschrijvingen BRP = (aankomsten mid- en long-stay + aankomsten kennismigranten + nieuw aangekomen gezinsleden + bouwvakkers die komen voor een verblijf langer dan de short-stay-grens) × aandeel in de gemeente",
    FormulaKey("facilities.childcarePlaces"):
      "plaatsen kinderopvang = kinderen van 0–3 jaar × aandeel in de gemeente × gebruik van kinderopvang",
    FormulaKey("facilities.expectedUnregistered"):
      "verwacht niet ingeschreven = max(0, mid- en long-stay-migranten en kennismigranten in de gemeente − migranten in de gemeente × aandeel ingeschreven in de BRP)",
    FormulaKey("facilities.gpFTE"):
      "huisarts-fte = (bewoners − short-stay-arbeidsmigranten en bouwvakkers met een short-stay-verblijf, die niet bij een huisarts ingeschreven staan) ÷ patiënten per huisarts-fte",
    FormulaKey("facilities.gpPressure"):
      "druk op huisartsen = extra huisarts-fte ÷ (inwoners ÷ patiënten per huisarts-fte): aan beide kanten dezelfde norm",
    FormulaKey("facilities.inspections"):
      "controles huisvesting = (short-stay-bedden in de gemeente ÷ bedden per locatie + tekort aan bedden in de gemeente ÷ grootste aantal migranten per gewone woning) × controles per locatie per jaar",
    FormulaKey("facilities.migrantsPer1000"):
      "migranten per 1.000 inwoners = migranten wonend in de gemeente ÷ inwoners × 1.000",
    FormulaKey("facilities.newcomerPlaces"):
      "plaatsen nieuwkomersonderwijs = kinderen die dit jaar aankomen × aandeel in de gemeente × (aandeel van 4–11 jaar × jaren in een nieuwkomersklas in het basisonderwijs + aandeel van 12–17 jaar × jaren op de ISK)",
    FormulaKey("facilities.preschoolPlaces"):
      "plaatsen voorschoolse educatie (VVE) = kinderen van 0–3 jaar × aandeel in de gemeente × aandeel van 2,5–4 jaar × gebruik van VVE",
    FormulaKey("facilities.primaryPlaces"):
      "plaatsen basisonderwijs = kinderen van 4–11 jaar × aandeel in de gemeente",
    FormulaKey("facilities.primaryPressure"):
      "druk op basisonderwijs = extra plaatsen basisonderwijs ÷ (inwoners × leerlingen basisonderwijs per 1.000 ÷ 1.000)",
    FormulaKey("facilities.residentsHost"):
      "bewoners = (aanwezige migranten + gezinsleden) × aandeel in de gemeente + verhuisde Nederlandse huishoudens × aandeel in de gemeente",
    FormulaKey("facilities.rniRegistrations"):
      "inschrijvingen RNI = (aankomsten short-stay + bouwvakkers die voor een korte periode aankomen, één per plaats in de ploeg per periode) × aandeel in de gemeente",
    FormulaKey("facilities.secondaryPlaces"):
      "plaatsen voortgezet onderwijs = kinderen van 12–17 jaar × aandeel in de gemeente",
    FormulaKey("facilities.wasteTonnes"):
      "huishoudelijk afval = bewoners × kg per inwoner per jaar ÷ 1.000",
    FormulaKey("facilities.wijkagentFTE"):
      "wijkagenten = bewoners ÷ inwoners per wijkagent",
    FormulaKey("households.children"):
      "kinderen = gezinsleden × aandeel kinderen onder de gezinsleden",
    FormulaKey("households.familiesWithChildren"):
      "gezinnen met kinderen = kinderen ÷ kinderen per gezin met kinderen (hoogstens het aantal gezinshuishoudens)",
    FormulaKey("households.familyHouseholds"):
      "gezinshuishoudens = gezinsleden ÷ gezinsleden per gezinshuishouden (gezinsleden per migrant ÷ aandeel dat niet alleen woont)",
    FormulaKey("households.familyMembers"):
      "gezinsleden = (long-stay-arbeidsmigranten × gezinsleden per migrant + kennismigranten × gezinsleden per kennismigrant) × voortgang gezinshereniging",
    FormulaKey("households.longStaySingles"):
      "long-stay-alleenstaanden = long-stay-arbeidsmigranten + kennismigranten − gezinshuishoudens",
    FormulaKey("households.newChildren"):
      "aankomende kinderen = groei van het aantal kinderen sinds vorig jaar + kinderen × aandeel long-stay-migranten dat dit jaar vertrekkers vervangt",
    FormulaKey("households.newFamilyMembers"):
      "aankomende gezinsleden = groei van het aantal gezinsleden sinds vorig jaar + gezinsleden × aandeel long-stay-migranten dat dit jaar vertrekkers vervangt",
    FormulaKey("households.workingFamilyMembers"):
      "werkende gezinsleden = gezinsleden × aandeel werkenden onder de gezinsleden",
    FormulaKey("housing.bedrooms"):
      "slaapkamers = short-stay-bedden ÷ personen per slaapkamer van de norm + mid-stay-kamers",
    FormulaKey("housing.longStayDwellings"):
      "long-stay-woningen = (alleenstaanden × (aandeel woningdelers ÷ personen per gedeelde woning + (1 − aandeel woningdelers)) + gezinshuishoudens) × aandeel wonend in de provincie + huishoudens verhuisd uit de rest van Nederland",
    FormulaKey("housing.midStayRooms"):
      "mid-stay-kamers = (mid-stay-arbeidsmigranten op de piek + bouwvakkers van elders die langer blijven dan een short-stay-verblijf) × aandeel wonend in de provincie ÷ personen per kamer (hoogstens de personen per slaapkamer van de norm)",
    FormulaKey("housing.shortStayBeds"):
      "short-stay-bedden = (short-stay-arbeidsmigranten op de piek + bouwvakkers van elders die korte periodes werken) × aandeel wonend in de provincie",
    FormulaKey("housing.shortfallBeds"):
      "tekort = max(0, short-stay-bedden + mid-stay-personen − bedden werkgever binnen de strengste van hun eigen norm en de vraagnorm − beschikbare vergunde bedden)",
    FormulaKey("housing.showers"):
      "douches = (short-stay-bedden + mid-stay-personen) ÷ personen per douche",
    FormulaKey("housing.temporaryBedsAverage"):
      "tijdelijke bedden op een gemiddelde dag = (short-stay- + mid-stay-migranten, gemiddeld) × aandeel wonend in de provincie",
    FormulaKey("housing.toilets"):
      "toiletten = (short-stay-bedden + mid-stay-personen) ÷ personen per toilet",
    FormulaKey("migration.arrivals"):
      "aankomsten = groei van de aanwezige migranten sinds vorig jaar + vervangers (verschillende personen − aanwezigen)",
    FormulaKey("migration.constructionMigrants"):
      "bouwvakkers van elders = bouwvakkers × aandeel van buiten de regio",
    FormulaKey("migration.crossBorderCommuters"):
      "grenspendelaars = Σ segmenten (aanwezigen × aandeel over de grens)",
    FormulaKey("migration.knowledgeMigrants"):
      "kennismigranten = Σ segmenten (aanwezigen × aandeel kennismigranten)",
    FormulaKey("migration.labourMigrants"):
      "aanwezige arbeidsmigranten = Σ segmenten (aanwezigen × aandeel EU- en niet-EU-migranten van het segment)",
    FormulaKey("migration.localReserve"):
      "lokale arbeidsreserve = Σ segmenten (aanwezigen × lokaal aandeel)",
    FormulaKey("migration.longStay"):
      "long-stay-arbeidsmigranten = Σ segmenten (arbeidsmigranten × long-stay-aandeel van de contractvorm)",
    FormulaKey("migration.midStay"):
      "mid-stay-arbeidsmigranten = Σ segmenten (arbeidsmigranten × mid-stay-aandeel van de contractvorm)",
    FormulaKey("migration.shortStay"):
      "short-stay-arbeidsmigranten = Σ segmenten (arbeidsmigranten × short-stay-aandeel van de contractvorm)",
    FormulaKey("staffing.constructionWorkers", variant: "estimated"):
      "bouwvakkers = (vloeroppervlak × bouwkosten per m² ÷ productie per fte-jaar ÷ (bouwmaanden ÷ 12)) × bouwmaanden in het jaar / 12",
    FormulaKey("staffing.constructionWorkers", variant: "stated"):
      "bouwvakkers = werknemers op de bouwplaats × bouwmaanden in het jaar / 12",
    FormulaKey("staffing.fullOperationFTE", variant: "floorArea"):
      "banen bij volledige bedrijfsvoering = vloeroppervlak ÷ vloeroppervlak per baan",
    FormulaKey("staffing.fullOperationFTE", variant: "hectares"):
      "banen bij volledige bedrijfsvoering = oppervlakte × banen per hectare",
    FormulaKey("staffing.fullOperationFTE", variant: "jobs"):
      "banen bij volledige bedrijfsvoering = opgegeven banen",
    FormulaKey("staffing.operationFTE"):
      "banen in bedrijf = banen bij volledige bedrijfsvoering × opstartaandeel van het jaar",
    FormulaKey("welfare.crossBorderPersons"):
      "over de grens = grenspendelaars + migranten wonend in Duitsland of België (waar de gemeente daaraan grenst)",
    FormulaKey("welfare.facilityPressure"):
      "druk op voorzieningen = de grootste van de druk op huisartsen en de druk op het basisonderwijs",
    FormulaKey("welfare.housingPressure"):
      "woningdruk = benodigde long-stay-woningen in de gemeente ÷ de woningvoorraad van de gemeente",
    FormulaKey("welfare.languageTraining"):
      "1 als de werkgever lessen Nederlands aanbiedt, 0 als dat niet zo is",
    FormulaKey("welfare.localShare"):
      "lokaal aandeel = Σ segmenten (aandeel in de banen × aandeel lokale reserve in de herkomst)",
    FormulaKey("welfare.migrantsPer1000"):
      "zie facilities.migrantsPer1000",
    FormulaKey("welfare.settlingPersons"):
      "blijvers met hun gezin = long-stay-arbeidsmigranten + kennismigranten + gezinsleden",
    FormulaKey("welfare.skilledShare"):
      "aandeel geschoolde banen = aandeel banen op middelbaar of hoog niveau",
    FormulaKey("welfare.spilloverShare"):
      "migranten buiten de gemeente = aandeel migranten dat buiten de gemeente woont (rest van de provincie + daarbuiten)",
    FormulaKey("welfare.unmetHousingShare"):
      "onvervulde vraag = tekort ÷ benodigde tijdelijke bedden (piek): het risico dat werknemers in informele of illegale huisvesting terechtkomen",
    FormulaKey("welfare.unmetLongStayShare"):
      "onvervulde long-stay-vraag = long-stay-tekort ÷ benodigde long-stay-woningen: benodigde woningen die geen voor nieuwkomers beschikbare woning dekt",
    FormulaKey("welfare.valueAddedPerJob"):
      "toegevoegde waarde per baan = loon per baan ÷ aandeel van de loonsom in de toegevoegde waarde",
    FormulaKey("welfare.wageRatio"):
      "loonverhouding = (loon in de sector × aandeel in directe dienst + loon in de uitzendsector × uitzendaandeel) ÷ gemiddeld loon van alle banen",
    FormulaKey("welfare.wageSum"):
      "loonsom = banen in bedrijf × gemiddeld loon per baan",
    FormulaKey("workforce.distinctPersons"):
      "verschillende personen in het jaar = Σ segmenten (banen × personen per fte-jaar van de contractvorm)",
    FormulaKey("workforce.presentAverage"):
      "gemiddeld aanwezigen = Σ segmenten (banen × aandeel van het segment × aanwezigen per fte)",
    FormulaKey("workforce.presentPeak", variant: "factor"):
      "aanwezigen op de piek = gemiddeld aanwezigen × piekfactor (de flexibele segmenten dragen de piek)",
    FormulaKey("workforce.presentPeak", variant: "season"):
      "aanwezigen op de piek = gemiddeld aanwezigen in de segmenten zonder seizoenswerk + seizoens-fte × 12 ÷ seizoenslengte (maanden) × aanwezigen per fte",
  ]
}
