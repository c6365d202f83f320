import HousingEffect

// The Dutch wording of the trace's input names. The pipeline names inputs in English (code
// and trace stay English); `explain --lang nl` shows these. An input without a Dutch wording
// (added to the pipeline later) is shown in English, and `LanguageTests` names it. The
// formulas are recorded by key and worded in `TraceFormulas`.
extension TraceExplanation {
  /// The input name in the explanation's language.
  func wording(_ english: String) -> String {
    guard language == .nl else { return english }
    if let dutch = Self.dutchWording[english] { return dutch }
    // Names with a year or a municipality in them.
    for (prefix, dutch) in Self.dutchPrefixes where english.hasPrefix(prefix) {
      return dutch + english.dropFirst(prefix.count)
    }
    return english
  }

  static let dutchPrefixes: [(String, String)] = [
    ("months in ", "maanden in "), ("population of ", "inwoners van "),
    ("ramp-up share ", "opstartaandeel "),
  ]

  static let dutchWording: [String: String] = [
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
    "children last year": "kinderen vorig jaar",
    "construction workers": "bouwvakkers",
    "construction workers arriving": "aankomende bouwvakkers",
    "construction workers arriving for a mid stay":
      "bouwvakkers die komen voor een mid-stay-verblijf",
    "construction workers arriving for a short stay":
      "bouwvakkers die komen voor een short-stay-verblijf",
    "construction workers from elsewhere": "bouwvakkers van elders",
    "cross-border commuters": "grenspendelaars",
    "distinct labour migrants in the year": "verschillende arbeidsmigranten in het jaar",
    "distinct persons in the year": "verschillende personen in het jaar",
    "employer beds within the stricter norm + free legal beds":
      "bedden werkgever binnen de strengste norm + beschikbare vergunde bedden",
    "family households": "gezinshuishoudens",
    "family members": "gezinsleden",
    "family members last year": "gezinsleden vorig jaar",
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
    "labour migrants present last year": "aanwezige arbeidsmigranten vorig jaar",
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
