import HousingEffect

/// The words of the projection report in Dutch and English; each report is wholly in one.
struct ProjectionStrings {
  let language: Language

  var nl: Bool { language == .nl }

  func path(_ path: GrowthPath) -> String {
    switch path {
    case .trend: nl ? "Recente trend" : "Recent trend"
    case .expectation2030:
      nl
        ? "Verwachting 2030 van de provincie (96.000–112.000)"
        : "The province's 2030 expectation (96,000–112,000)"
    case .moderateGrowth:
      nl
        ? "Gematigde groei en verminderde inzet van arbeidsmigranten"
        : "Moderate growth and reduced use of labour migrants"
    case .fewerMigrants: nl ? "Minder arbeidsmigranten" : "Fewer labour migrants"
    case .custom(let custom): custom.title ?? (nl ? "Eigen pad" : "Custom path")
    }
  }

  /// The path's name as it fits `area` (issue 19, item 7): the province's own paths by their
  /// name in a province study; in a smaller area the province's path scaled to it ("Verwachting
  /// 2030 van de provincie, geschaald naar Venray"), without the province's figures. A custom
  /// path is the area's own and keeps its title.
  func path(_ path: GrowthPath, in area: ProjectionArea) -> String {
    guard area.level != .province else { return self.path(path) }
    let provincial: String
    switch path {
    case .custom: return self.path(path)
    case .trend: provincial = nl ? "Recente trend van de provincie" : "The province's recent trend"
    case .expectation2030:
      provincial =
        nl ? "Verwachting 2030 van de provincie" : "The province's 2030 expectation"
    case .moderateGrowth:
      provincial = nl ? "Gematigde groei van de provincie" : "The province's moderate growth"
    case .fewerMigrants:
      provincial =
        nl ? "Minder arbeidsmigranten, pad van de provincie" : "The province's fewer-migrants path"
    }
    return provincial + (nl ? ", geschaald naar " : ", scaled to ") + area.name
  }

  /// The path's short name for table rows and columns: the area's own label is in the
  /// findings' list of paths (`path(_:in:)`).
  func shortPath(_ path: GrowthPath) -> String {
    switch path {
    case .trend: nl ? "Recente trend" : "Recent trend"
    case .expectation2030: nl ? "Verwachting 2030" : "2030 expectation"
    case .moderateGrowth: nl ? "Gematigde groei" : "Moderate growth"
    case .fewerMigrants: nl ? "Minder arbeidsmigranten" : "Fewer labour migrants"
    case .custom(let custom): custom.title ?? (nl ? "Eigen pad" : "Custom path")
    }
  }

  func pathExplanation(_ path: GrowthPath) -> String {
    switch path {
    case .trend:
      nl
        ? "De toename van 2017–2022 (Decisio 2024) vanaf 2022 doorgetrokken op een logistische kromme die afvlakt naar een aandeel van de Limburgse beroepsbevolking."
        : "The 2017–2022 increase (Decisio 2024) continued from 2022 on a logistic curve that flattens towards a share of Limburg's labour force."
    case .expectation2030:
      nl
        ? "Rechte lijn naar de verwachting van de provincie voor 2030, daarna de jaarlijkse groei uit de catalogus (standaard 0%)."
        : "A straight line to the province's expectation for 2030, then the catalogue's yearly growth (0% by default)."
    case .moderateGrowth:
      nl
        ? "Het scenario 'gematigde economische groei en verminderde inzet van arbeidsmigranten' dat het actieplan (§3.6) de toekomstvisie 2050 laat afwegen, als beleidskeuze: tot 2030 de verwachting van de provincie, daarna de groeivoeten hieronder."
        : "The scenario of 'moderate economic growth and reduced use of labour migrants' that the action plan (§3.6) asks the 2050 vision to weigh, as a policy choice: the province's expectation to 2030, then the rates below."
    case .fewerMigrants:
      nl
        ? "Verminderde inzet van arbeidsmigranten (actieplan §3.6): een jaarlijkse daling door hogere productiviteit (aanname)."
        : "Reduced use of labour migrants (action plan §3.6): a yearly decline through higher productivity (assumption)."
    case .custom:
      nl
        ? "Groeivoeten of doelwaarden uit het studiebestand."
        : "Growth rates or targets from the study file."
    }
  }

  func indicator(_ indicator: ProjectionIndicator) -> String {
    switch indicator {
    case .working: nl ? "Werkzame arbeidsmigranten" : "Working labour migrants"
    case .resident: nl ? "Waarvan wonend in Limburg" : "Of whom living in Limburg"
    case .registered: nl ? "Waarvan ingeschreven in de BRP" : "Of whom registered in the BRP"
    case .presentAtPeak: nl ? "Aanwezig op de seizoenspiek" : "Present at the seasonal peak"
    case .shortStay: nl ? "Short-stay" : "Short stay"
    case .midStay: nl ? "Mid-stay" : "Mid stay"
    case .longStay: nl ? "Long-stay" : "Long stay"
    case .arrivals: nl ? "Aankomsten uit het buitenland" : "Arrivals from abroad"
    case .departures: nl ? "Vertrek naar het buitenland" : "Departures abroad"
    case .settled: nl ? "Van mid-stay naar long-stay" : "Moved from mid to long stay"
    case .familyMembers: nl ? "Gezinsleden" : "Family members"
    case .children: nl ? "Kinderen" : "Children"
    case .shortStayBeds: nl ? "Short-stay-bedden (piek)" : "Short-stay beds (peak)"
    case .midStayBeds: nl ? "Mid-stay-bedden (piek)" : "Mid-stay beds (peak)"
    case .longStayDwellings: nl ? "Long-stay-woningen" : "Long-stay dwellings"
    case .gpFTE: nl ? "Huisarts-fte" : "GP FTE"
    case .primaryPlaces: nl ? "Plaatsen basisonderwijs" : "Primary-school places"
    case .newcomerPlaces: nl ? "Plaatsen nieuwkomersonderwijs" : "Newcomer-class places"
    case .brpRegistrations: nl ? "Inschrijvingen BRP" : "BRP registrations"
    case .rniRegistrations: nl ? "Inschrijvingen RNI" : "RNI registrations"
    case .brpDeregistrations: nl ? "Uitschrijvingen BRP" : "BRP deregistrations"
    case .temporarySupply: nl ? "Aanbod tijdelijke bedden" : "Temporary beds available"
    case .temporaryGap: nl ? "Tekort tijdelijke bedden" : "Shortfall of temporary beds"
    case .plannedDwellings: nl ? "Geplande long-stay-woningen" : "Planned long-stay dwellings"
    case .longStayGap: nl ? "Tekort long-stay-woningen" : "Shortfall of long-stay dwellings"
    }
  }

  /// A variant in words: "zonder" / "met" the study's establishments (English keeps the ids).
  func variant(_ variant: ProjectionVariant) -> String {
    switch variant {
    case .without: nl ? "zonder vestigingen" : variant.rawValue
    case .with: nl ? "met vestigingen" : variant.rawValue
    }
  }

  func unit(_ unit: Unit) -> String {
    switch unit {
    case .persons: nl ? "personen" : "persons"
    case .beds: nl ? "bedden" : "beds"
    case .dwellings: nl ? "woningen" : "dwellings"
    case .fte: "fte"
    case .count: nl ? "aantal" : "count"
    default: unit.symbol
    }
  }

  func level(_ level: ProjectionArea.Level) -> String {
    switch level {
    case .province: nl ? "provincie" : "province"
    case .policyRegion: nl ? "beleidsregio" : "policy region"
    case .municipality: nl ? "gemeente" : "municipality"
    }
  }

  var title: String { nl ? "Projectie arbeidsmigratie tot" : "Labour-migration projection to" }
  var indicatorColumn: String { nl ? "Indicator" : "Indicator" }
  var unitColumn: String { nl ? "Eenheid" : "Unit" }
  var bandNote: String { "P10–P90" }
  var with: String { nl ? "met vestigingen" : "with establishments" }
  var difference: String {
    nl ? "verschil door de vestigingen" : "difference from the establishments"
  }
  var base: String { nl ? "Basis" : "Base" }

  /// Where a base count or the existing beds come from, in the report language. The model
  /// words them in English (`ProjectionArea`); a study file's own source text stays as written.
  func source(_ english: String) -> String {
    guard nl else { return english }
    let studyFile = "study file: "
    if english.hasPrefix(studyFile) {
      return "studiebestand: " + english.dropFirst(studyFile.count)
    }
    if english
      == "Decisio 2024 via the action plan 'Waardig werken en wonen' (Provincie Limburg 2024), §2.1.2"
    {
      return
        "Decisio 2024 via het actieplan 'Waardig werken en wonen' (Provincie Limburg 2024), §2.1.2"
    }
    // The distribution key's label (issue 19).
    if english == ProjectionArea.DistributionKey.regionAnchored.label {
      return
        "verdeelsleutel (benadering, regio-verankerd): de basis van de provincie × het aandeel van de gemeente; aandeel in de geregistreerde bevolking van Limburg (CBS 85984NED, 1 januari 2024), met Zuid-Limburg verankerd op zijn aandeel arbeidsmigranten in 2018 (Decisio-monitor: 15.400 van 64.200). Bekende fout: Zuid-Limburg 0% in 2018 (verankerd); Noord-Limburg −11% of meer tegen ruim 30.000 werkenden in 2019; Venray −25% tegen 7.000 (2023)"
    }
    if english == ProjectionArea.DistributionKey.population.label {
      return
        "verdeelsleutel (benadering, bevolkingsaandeel): de basis van de provincie × het aandeel van de gemeente in de bevolking van Limburg (CBS 85984NED, 1 januari 2024). Bekende fout: Zuid-Limburg +121% tegen 15.400 in 2018; Noord-Limburg −45% of meer tegen ruim 30.000 werkenden in 2019; Venray −53% tegen 7.000 (2023)"
    }
    // "region data: licensed beds in 2023"
    if let match = english.wholeMatch(of: /region data: licensed beds in (.+)/) {
      return "regiogegevens: vergunde bedden in \(match.1)"
    }
    // "region data: 8000 labour migrants working in Venray in 2025 (the municipality's notes …)"
    if let match = english.wholeMatch(
      of:
        /region data: (\d+) labour migrants working in (.+) in (\d+) \(the municipality's notes in the region data name the source\)/
    ) {
      return
        "regiogegevens: \(match.1) werkzame arbeidsmigranten in \(match.2) in \(match.3) (de toelichting van de gemeente in de regiogegevens noemt de bron)"
    }
    return english
  }
  var existingBeds: String { nl ? "Bestaande vergunde bedden" : "Existing licensed beds" }
  var unknown: String {
    nl
      ? "onbekend: het tekort tijdelijke bedden is alleen de groei boven het basisjaar"
      : "unknown: the shortfall of temporary beds is only the growth above the base year"
  }
  var establishments: String {
    nl ? "Vestigingen in de studie" : "Establishments in the study"
  }
  var planned: String { nl ? "Geplande huisvesting" : "Planned housing" }
  var uncertainty: String { nl ? "Onzekerheid" : "Uncertainty" }
  var reproduce: String { nl ? "Deze projectie reproduceren" : "Reproducing this projection" }
  var method: String { nl ? "Werkwijze en bronnen" : "Method and sources" }
}
