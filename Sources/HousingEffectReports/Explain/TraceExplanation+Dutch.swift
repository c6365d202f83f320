import HousingEffect

// The Dutch wording of the trace's formulas and input names. The pipeline writes them in
// English (code and trace stay English); `explain --lang nl` shows these. A formula or input
// without a Dutch wording (added to the pipeline later) is shown in English, and
// `LanguageTests` names it.
extension TraceExplanation {
  /// The formula or input name in the explanation's language.
  func wording(_ english: String) -> String {
    guard language == .nl else { return english }
    if let dutch = Self.dutchWording[english] { return dutch }
    // Names with a year or a municipality in them.
    for (prefix, dutch) in Self.dutchPrefixes where english.hasPrefix(prefix) {
      return dutch + english.dropFirst(prefix.count)
    }
    if english.hasSuffix(", at norm akf") || english.hasSuffix(", at norm snf-2025")
      || english.contains(", at norm ")
    {
      let parts = english.components(separatedBy: ", at norm ")
      if let head = Self.dutchWording[parts[0]], parts.count == 2 {
        return head + ", volgens norm " + parts[1]
      }
    }
    return english
  }

  static let dutchPrefixes: [(String, String)] = [
    ("months in ", "maanden in "), ("population of ", "inwoners van "),
    ("ramp-up share ", "opstartaandeel "),
  ]

  static let dutchWording: [String: String] = [
    // Formulas
    "1 when the employer offers Dutch language training, 0 when not":
      "1 als de werkgever lessen Nederlands aanbiedt, 0 als dat niet zo is",
    "BRP deregistrations = (mid- and long-stay and knowledge migrants who leave: replacements + fall in presence, + construction crews on mid stays) × host share":
      "uitschrijvingen BRP = (vertrekkende mid- en long-stay-migranten en kennismigranten: vervangingen + daling van het aantal aanwezigen, + bouwploegen met een mid-stay-verblijf) × aandeel in de gemeente",
    "BRP registrations = (mid- and long-stay arrivals + knowledge-migrant arrivals + newly arrived family + construction workers arriving for a stay beyond the short-stay limit) × host share":
      "inschrijvingen BRP = (aankomsten mid- en long-stay + aankomsten kennismigranten + nieuw aangekomen gezinsleden + bouwvakkers die komen voor een verblijf langer dan de short-stay-grens) × aandeel in de gemeente",
    "GP FTE = (residents − short-stay labour migrants and construction workers on short stays, who are not on a GP list) ÷ patients per GP FTE":
      "huisarts-fte = (bewoners − short-stay-arbeidsmigranten en bouwvakkers met een short-stay-verblijf, die niet bij een huisarts ingeschreven staan) ÷ patiënten per huisarts-fte",
    "GP pressure = added GP FTE ÷ (population ÷ patients per GP FTE): the same norm on both sides":
      "druk op huisartsen = extra huisarts-fte ÷ (inwoners ÷ patiënten per huisarts-fte): aan beide kanten dezelfde norm",
    "RNI registrations = (short-stay arrivals + construction workers arriving for a short stint, one per crew place per stint) × host share":
      "inschrijvingen RNI = (aankomsten short-stay + bouwvakkers die voor een korte periode aankomen, één per plaats in de ploeg per periode) × aandeel in de gemeente",
    "across the border = cross-border commuters + migrants living in Germany or Belgium (where the municipality borders them)":
      "over de grens = grenspendelaars + migranten wonend in Duitsland of België (waar de gemeente daaraan grenst)",
    "arrivals = growth of migrants present since last year + replacements (distinct persons − persons present)":
      "aankomsten = groei van de aanwezige migranten sinds vorig jaar + vervangers (verschillende personen − aanwezigen)",
    "bedrooms = short-stay beds ÷ the norm's persons per bedroom + mid-stay rooms":
      "slaapkamers = short-stay-bedden ÷ personen per slaapkamer van de norm + mid-stay-kamers",
    "childcare places = children aged 0–3 × host share × childcare use":
      "plaatsen kinderopvang = kinderen van 0–3 jaar × aandeel in de gemeente × gebruik van kinderopvang",
    "children = family members × share of family members who are children":
      "kinderen = gezinsleden × aandeel kinderen onder de gezinsleden",
    "children arriving = growth of children since last year + children × share of long-stay migrants who replace leavers this year":
      "aankomende kinderen = groei van het aantal kinderen sinds vorig jaar + kinderen × aandeel long-stay-migranten dat dit jaar vertrekkers vervangt",
    "construction workers = (floor area × building cost per m² ÷ production per FTE-year ÷ (construction months ÷ 12)) × months of construction in the year / 12":
      "bouwvakkers = (vloeroppervlak × bouwkosten per m² ÷ productie per fte-jaar ÷ (bouwmaanden ÷ 12)) × bouwmaanden in het jaar / 12",
    "construction workers = workers on site × months of construction in the year / 12":
      "bouwvakkers = werknemers op de bouwplaats × bouwmaanden in het jaar / 12",
    "construction workers from elsewhere = construction workers × share from outside the region":
      "bouwvakkers van elders = bouwvakkers × aandeel van buiten de regio",
    "cross-border commuters = Σ segments (persons present × cross-border share)":
      "grenspendelaars = Σ segmenten (aanwezigen × aandeel over de grens)",
    "distinct persons in the year = Σ segments (jobs × persons per FTE-year of the contract type)":
      "verschillende personen in het jaar = Σ segmenten (banen × personen per fte-jaar van de contractvorm)",
    "expected unregistered = max(0, mid- and long-stay and knowledge migrants in the host municipality − migrants in the host municipality × BRP-registered share)":
      "verwacht niet ingeschreven = max(0, mid- en long-stay-migranten en kennismigranten in de gemeente − migranten in de gemeente × aandeel ingeschreven in de BRP)",
    "facility pressure = the larger of GP pressure and primary-school pressure":
      "druk op voorzieningen = de grootste van de druk op huisartsen en de druk op het basisonderwijs",
    "families with children = children ÷ children per family with children (at most the family households)":
      "gezinnen met kinderen = kinderen ÷ kinderen per gezin met kinderen (hoogstens het aantal gezinshuishoudens)",
    "family households = family members ÷ family members per family household (family members per migrant ÷ share not living alone)":
      "gezinshuishoudens = gezinsleden ÷ gezinsleden per gezinshuishouden (gezinsleden per migrant ÷ aandeel dat niet alleen woont)",
    "family members = (long-stay labour migrants × family members per migrant + knowledge migrants × family members per knowledge migrant) × reunification progress":
      "gezinsleden = (long-stay-arbeidsmigranten × gezinsleden per migrant + kennismigranten × gezinsleden per kennismigrant) × voortgang gezinshereniging",
    "family members arriving = growth of family members since last year + family members × share of long-stay migrants who replace leavers this year":
      "aankomende gezinsleden = groei van het aantal gezinsleden sinds vorig jaar + gezinsleden × aandeel long-stay-migranten dat dit jaar vertrekkers vervangt",
    "floor area = short-stay beds × m² per person (short stay) + mid-stay persons × m² per person (mid stay)":
      "vloeroppervlak = short-stay-bedden × m² per persoon (short-stay) + mid-stay-personen × m² per persoon (mid-stay)",
    "household waste = residents × kg per inhabitant per year ÷ 1,000":
      "huishoudelijk afval = bewoners × kg per inwoner per jaar ÷ 1.000",
    "housing inspections = (short-stay beds in the host municipality ÷ beds per location + beds short in the host municipality ÷ most migrants per regular dwelling) × inspections per location per year":
      "controles huisvesting = (short-stay-bedden in de gemeente ÷ bedden per locatie + tekort aan bedden in de gemeente ÷ grootste aantal migranten per gewone woning) × controles per locatie per jaar",
    "housing pressure = long-stay dwellings needed in the host municipality ÷ its dwelling stock":
      "woningdruk = benodigde long-stay-woningen in de gemeente ÷ de woningvoorraad van de gemeente",
    "jobs at full operation = area × jobs per hectare":
      "banen bij volledige bedrijfsvoering = oppervlakte × banen per hectare",
    "jobs at full operation = floor area ÷ floor area per job":
      "banen bij volledige bedrijfsvoering = vloeroppervlak ÷ vloeroppervlak per baan",
    "jobs at full operation = jobs stated": "banen bij volledige bedrijfsvoering = opgegeven banen",
    "knowledge migrants = Σ segments (persons present × knowledge-migrant share)":
      "kennismigranten = Σ segmenten (aanwezigen × aandeel kennismigranten)",
    "labour migrants present = Σ segments (persons present × EU and non-EU migrant share of the segment)":
      "aanwezige arbeidsmigranten = Σ segmenten (aanwezigen × aandeel EU- en niet-EU-migranten van het segment)",
    "local labour reserve = Σ segments (persons present × local share)":
      "lokale arbeidsreserve = Σ segmenten (aanwezigen × lokaal aandeel)",
    "local share = Σ segments (share of jobs × local-reserve share of its origin mix)":
      "lokaal aandeel = Σ segmenten (aandeel in de banen × aandeel lokale reserve in de herkomst)",
    "long-stay dwellings = (singles × (sharing share ÷ persons per shared dwelling + (1 − sharing share)) + family households) × share living in the province + households relocating from elsewhere in NL":
      "long-stay-woningen = (alleenstaanden × (aandeel woningdelers ÷ personen per gedeelde woning + (1 − aandeel woningdelers)) + gezinshuishoudens) × aandeel wonend in de provincie + huishoudens verhuisd uit de rest van Nederland",
    "long-stay labour migrants = Σ segments (labour migrants × long-stay share of the contract type)":
      "long-stay-arbeidsmigranten = Σ segmenten (arbeidsmigranten × long-stay-aandeel van de contractvorm)",
    "long-stay singles = long-stay labour migrants + knowledge migrants − family households":
      "long-stay-alleenstaanden = long-stay-arbeidsmigranten + kennismigranten − gezinshuishoudens",
    "mid-stay labour migrants = Σ segments (labour migrants × mid-stay share of the contract type)":
      "mid-stay-arbeidsmigranten = Σ segmenten (arbeidsmigranten × mid-stay-aandeel van de contractvorm)",
    "mid-stay rooms = (mid-stay labour migrants at peak + construction workers from elsewhere who stay longer than a short stay) × share living in the province ÷ persons per room (at most the norm's persons per bedroom)":
      "mid-stay-kamers = (mid-stay-arbeidsmigranten op de piek + bouwvakkers van elders die langer blijven dan een short-stay-verblijf) × aandeel wonend in de provincie ÷ personen per kamer (hoogstens de personen per slaapkamer van de norm)",
    "migrants per 1,000 inhabitants = migrants living in the host municipality ÷ population × 1,000":
      "migranten per 1.000 inwoners = migranten wonend in de gemeente ÷ inwoners × 1.000",
    "neighbourhood police = residents ÷ inhabitants per wijkagent":
      "wijkagenten = bewoners ÷ inwoners per wijkagent",
    "pre-school (VVE) places = children aged 0–3 × host share × share aged 2.5–4 × VVE use":
      "plaatsen voorschoolse educatie (VVE) = kinderen van 0–3 jaar × aandeel in de gemeente × aandeel van 2,5–4 jaar × gebruik van VVE",
    "newcomer-class places = children arriving this year × host share × (share aged 4–11 × years in a primary newcomer class + share aged 12–17 × years in the ISK)":
      "plaatsen nieuwkomersonderwijs = kinderen die dit jaar aankomen × aandeel in de gemeente × (aandeel van 4–11 jaar × jaren in een nieuwkomersklas in het basisonderwijs + aandeel van 12–17 jaar × jaren op de ISK)",
    "operating jobs = jobs at full operation × ramp-up share of the year":
      "banen in bedrijf = banen bij volledige bedrijfsvoering × opstartaandeel van het jaar",
    "persons present at peak = persons present on average in non-seasonal segments + seasonal FTE × 12 ÷ season length (months) × persons present per FTE":
      "aanwezigen op de piek = gemiddeld aanwezigen in de segmenten zonder seizoenswerk + seizoens-fte × 12 ÷ seizoenslengte (maanden) × aanwezigen per fte",
    "persons present at peak = persons present on average × peak factor (the peak is carried by the flexible segments)":
      "aanwezigen op de piek = gemiddeld aanwezigen × piekfactor (de flexibele segmenten dragen de piek)",
    "persons present on average = Σ segments (jobs × segment share × persons present per FTE)":
      "gemiddeld aanwezigen = Σ segmenten (banen × aandeel van het segment × aanwezigen per fte)",
    "primary school places = children aged 4–11 × host share":
      "plaatsen basisonderwijs = kinderen van 4–11 jaar × aandeel in de gemeente",
    "primary-school pressure = added primary places ÷ (population × primary pupils per 1,000 ÷ 1,000)":
      "druk op basisonderwijs = extra plaatsen basisonderwijs ÷ (inwoners × leerlingen basisonderwijs per 1.000 ÷ 1.000)",
    "residents = (migrants present + family members) × host share + relocating NL households × host share":
      "bewoners = (aanwezige migranten + gezinsleden) × aandeel in de gemeente + verhuisde Nederlandse huishoudens × aandeel in de gemeente",
    "secondary school places = children aged 12–17 × host share":
      "plaatsen voortgezet onderwijs = kinderen van 12–17 jaar × aandeel in de gemeente",
    "settling persons = long-stay labour migrants + knowledge migrants + family members":
      "blijvers met hun gezin = long-stay-arbeidsmigranten + kennismigranten + gezinsleden",
    "short-stay beds = (short-stay labour migrants at peak + construction workers from elsewhere on short stints) × share living in the province":
      "short-stay-bedden = (short-stay-arbeidsmigranten op de piek + bouwvakkers van elders die korte periodes werken) × aandeel wonend in de provincie",
    "short-stay labour migrants = Σ segments (labour migrants × short-stay share of the contract type)":
      "short-stay-arbeidsmigranten = Σ segmenten (arbeidsmigranten × short-stay-aandeel van de contractvorm)",
    "shortfall = max(0, short-stay beds + mid-stay persons − employer beds within the stricter of their own norm and the demand norm − free legal beds)":
      "tekort = max(0, short-stay-bedden + mid-stay-personen − bedden werkgever binnen de strengste van hun eigen norm en de vraagnorm − beschikbare vergunde bedden)",
    "showers = (short-stay beds + mid-stay persons) ÷ persons per shower":
      "douches = (short-stay-bedden + mid-stay-personen) ÷ personen per douche",
    "skilled share = share of jobs at mid or high skill level":
      "aandeel geschoolde banen = aandeel banen op middelbaar of hoog niveau",
    "spill-over = share of migrants living outside the host municipality (rest of the province + outside it)":
      "migranten buiten de gemeente = aandeel migranten dat buiten de gemeente woont (rest van de provincie + daarbuiten)",
    "temporary beds on an average day = (short-stay + mid-stay migrants, average) × share living in the province":
      "tijdelijke bedden op een gemiddelde dag = (short-stay- + mid-stay-migranten, gemiddeld) × aandeel wonend in de provincie",
    "toilets = (short-stay beds + mid-stay persons) ÷ persons per toilet":
      "toiletten = (short-stay-bedden + mid-stay-personen) ÷ personen per toilet",
    "unmet housing = shortfall ÷ temporary beds needed (peak): the risk that workers end up in informal or illegal housing":
      "onvervulde vraag = tekort ÷ benodigde tijdelijke bedden (piek): het risico dat werknemers in informele of illegale huisvesting terechtkomen",
    "unmet long-stay housing = long-stay gap ÷ long-stay dwellings needed: dwellings needed that no dwelling available to newcomers covers":
      "onvervulde long-stay-vraag = long-stay-tekort ÷ benodigde long-stay-woningen: benodigde woningen die geen voor nieuwkomers beschikbare woning dekt",
    "value added per job = wage per job ÷ labour income share of value added":
      "toegevoegde waarde per baan = loon per baan ÷ aandeel van de loonsom in de toegevoegde waarde",
    "wage ratio = (sector wage × direct share + staffing-sector wage × agency share) ÷ average wage of all jobs":
      "loonverhouding = (loon in de sector × aandeel in directe dienst + loon in de uitzendsector × uitzendaandeel) ÷ gemiddeld loon van alle banen",
    "wage sum = operating jobs × average wage per job":
      "loonsom = banen in bedrijf × gemiddeld loon per baan",
    "working family members = family members × share of family members who work":
      "werkende gezinsleden = gezinsleden × aandeel werkenden onder de gezinsleden",
    // Inputs
    "GP pressure": "druk op huisartsen",
    "added GP FTE": "extra huisarts-fte",
    "added primary places": "extra plaatsen basisonderwijs",
    "agency share of jobs": "uitzendaandeel van de banen",
    "area": "oppervlakte",
    "arrivals (all stay classes)": "aankomsten (alle verblijfsduren)",
    "arrivals, all stay classes": "aankomsten, alle verblijfsduren",
    "beds short in the host municipality (peak)": "tekort aan bedden in de gemeente (piek)",
    "children": "kinderen",
    "children aged 0–3": "kinderen van 0–3 jaar",
    "children aged 12–17": "kinderen van 12–17 jaar",
    "children aged 4–11": "kinderen van 4–11 jaar",
    "children arriving this year": "kinderen die dit jaar aankomen",
    "construction workers": "bouwvakkers",
    "construction workers arriving": "aankomende bouwvakkers",
    "construction workers arriving for a mid stay":
      "bouwvakkers die komen voor een mid-stay-verblijf",
    "construction workers arriving for a short stay":
      "bouwvakkers die komen voor een short-stay-verblijf",
    "construction workers from elsewhere": "bouwvakkers van elders",
    "cross-border commuters": "grenspendelaars",
    "distinct labour migrants in the year": "verschillende arbeidsmigranten in het jaar",
    "employer beds within the stricter norm + free legal beds":
      "bedden werkgever binnen de strengste norm + beschikbare vergunde bedden",
    "family households": "gezinshuishoudens",
    "family members": "gezinsleden",
    "family members per family household": "gezinsleden per gezinshuishouden",
    "family members per labour migrant (EU/non-EU mix)":
      "gezinsleden per arbeidsmigrant (mix EU/niet-EU)",
    "floor area": "vloeroppervlak",
    "floor area per job": "vloeroppervlak per baan",
    "households relocating from elsewhere in NL": "huishoudens verhuisd uit de rest van Nederland",
    "jobs at full operation": "banen bij volledige bedrijfsvoering",
    "jobs per hectare": "banen per hectare",
    "jobs stated": "opgegeven banen",
    "knowledge migrants": "kennismigranten",
    "labour migrants present": "aanwezige arbeidsmigranten",
    "long-stay dwellings in the host municipality": "long-stay-woningen in de gemeente",
    "long-stay dwellings needed": "benodigde long-stay-woningen",
    "long-stay gap": "long-stay-tekort",
    "long-stay labour migrants": "long-stay-arbeidsmigranten",
    "long-stay replacement share": "vervangingsaandeel long-stay",
    "long-stay singles": "long-stay-alleenstaanden",
    "mid-stay labour migrants (average)": "mid-stay-arbeidsmigranten (gemiddeld)",
    "mid-stay labour migrants at peak": "mid-stay-arbeidsmigranten op de piek",
    "mid-stay persons": "mid-stay-personen",
    "mid-stay rooms": "mid-stay-kamers",
    "migrants leaving": "vertrekkende migranten",
    "migrants living in the host municipality": "migranten wonend in de gemeente",
    "migrants per 1,000 inhabitants": "migranten per 1.000 inwoners",
    "migrants present (labour, knowledge, construction)":
      "aanwezige migranten (arbeids-, kennis-, bouw-)",
    "migrants who should be in the BRP": "migranten die in de BRP horen te staan",
    "m² per person, mid stay": "m² per persoon, mid-stay",
    "m² per person, short stay": "m² per persoon, short-stay",
    "newcomers living in the host municipality": "nieuwkomers wonend in de gemeente",
    "newly arrived family members": "nieuw aangekomen gezinsleden",
    "of which mid- and long-stay and knowledge-migrant arrivals":
      "waarvan aankomsten mid- en long-stay en kennismigranten",
    "operating jobs": "banen in bedrijf",
    "peak factor": "piekfactor",
    "peak factor of the establishment": "piekfactor van de vestiging",
    "persons per bedroom": "personen per slaapkamer",
    "persons per room": "personen per kamer",
    "persons per shared dwelling (capped at the municipal maximum)":
      "personen per gedeelde woning (begrensd op het gemeentelijk maximum)",
    "persons per shower": "personen per douche",
    "persons per toilet": "personen per toilet",
    "persons present on average": "gemiddeld aanwezigen",
    "persons present per FTE": "aanwezigen per fte",
    "primary-school pressure": "druk op basisonderwijs",
    "reunification progress (years operating ÷ reunification years)":
      "voortgang gezinshereniging (jaren in bedrijf ÷ jaren tot hereniging)",
    "season length": "seizoenslengte",
    "see facilities.migrantsPer1000": "zie facilities.migrantsPer1000",
    "share from elsewhere": "aandeel van elders",
    "share living in the host municipality": "aandeel wonend in de gemeente",
    "share living in the province (host + rest of region)":
      "aandeel wonend in de provincie (gemeente + rest van de regio)",
    "share of flexible jobs": "aandeel flexibele banen",
    "short-stay arrivals": "aankomsten short-stay",
    "short-stay beds": "short-stay-bedden",
    "short-stay beds in the host municipality (peak)": "short-stay-bedden in de gemeente (piek)",
    "short-stay labour migrants (average)": "short-stay-arbeidsmigranten (gemiddeld)",
    "short-stay labour migrants at peak": "short-stay-arbeidsmigranten op de piek",
    "short-stay residents not on a GP list":
      "short-stay-bewoners niet ingeschreven bij een huisarts",
    "shortfall": "tekort",
    "singles sharing a dwelling": "alleenstaanden die een woning delen",
    "temporary beds": "tijdelijke bedden",
    "temporary beds needed": "benodigde tijdelijke bedden",
    "wage per job": "loon per baan",
    "workers on site": "werknemers op de bouwplaats",
  ]
}
