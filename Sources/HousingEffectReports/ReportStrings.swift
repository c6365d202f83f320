import HousingEffect

/// Every user-facing word of the human-readable reports, in Dutch and English, in one place.
///
/// Labels are keyed by indicator id (`housing.shortStayBeds`); rows that are not separate
/// pipeline indicators (bedrooms, children by age) use ids of the same shape. Sentences with
/// numbers take the numbers already formatted, so no `Double` reaches this type's output.
public struct ReportStrings: Sendable, Hashable {
  /// Length-of-stay classes of labour migrants.
  public enum Stay: String, Sendable, Hashable, CaseIterable {
    case short, mid, long
  }

  /// The language of every string this value returns.
  public let language: Language

  /// The report texts in `language`.
  public init(language: Language) {
    self.language = language
  }

  /// The Dutch or the English text.
  func pick(_ nl: String, _ en: String) -> String {
    language == .nl ? nl : en
  }

  // MARK: Indicators

  /// The label of an indicator or table row, `nil` when there is none.
  public func indicatorLabel(_ id: IndicatorID) -> String? {
    ReportStrings.labels[id.rawValue].map { language == .nl ? $0.nl : $0.en }
  }

  /// The label of `id`, or the id itself when it has none (never happens for pipeline ids;
  /// a test checks that).
  func label(_ id: IndicatorID) -> String {
    indicatorLabel(id) ?? id.rawValue
  }

  /// The indicator whose Dutch or English label is `label` (case ignored, with or without the
  /// unit in brackets at its end: "Tekort aan bedden", "banen bij volledige bedrijfsvoering"), so a
  /// reader can go from a report's row to `explain`; `nil` when no label fits.
  public static func indicatorID(labelled label: String) -> IndicatorID? {
    let wanted = label.lowercased()
    func bare(_ text: String) -> String {
      guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return text }
      return String(text[..<open].reversed().drop(while: { $0 == " " }).reversed())
    }
    for key in labels.keys.sorted() {
      guard let pair = labels[key] else { continue }
      for text in [pair.nl.lowercased(), pair.en.lowercased()]
      where text == wanted || bare(text) == wanted {
        return IndicatorID(key)
      }
    }
    return nil
  }

  /// Every id that has a label, sorted.
  public static var labelledIDs: [IndicatorID] {
    labels.keys.sorted().map { IndicatorID($0) }
  }

  private static let labels: [String: (nl: String, en: String)] = [
    // Staffing
    "staffing.fullOperationFTE": (
      "Banen bij volledige bedrijfsvoering (fte)", "Jobs at full operation (FTE)"
    ),
    "staffing.operationFTE": ("Banen (fte)", "Jobs (FTE)"),
    "staffing.rampUpShare": ("Aandeel van volledige bedrijfsvoering", "Share of full operation"),
    "staffing.constructionWorkers": (
      "Bouwvakkers op de bouwplaats", "Construction workers on site"
    ),
    // Workforce
    "workforce.presentAverage": ("Werknemers aanwezig, gemiddeld", "Workers present, average"),
    "workforce.presentPeak": ("Werknemers aanwezig, piek", "Workers present, peak"),
    "workforce.distinctPersons": (
      "Verschillende personen in het jaar", "Distinct persons in the year"
    ),
    // Migration
    "migration.labourMigrants": ("Arbeidsmigranten, totaal", "Labour migrants, total"),
    "migration.shortStay": ("Arbeidsmigranten short-stay", "Labour migrants, short stay"),
    "migration.midStay": ("Arbeidsmigranten mid-stay", "Labour migrants, mid stay"),
    "migration.longStay": ("Arbeidsmigranten long-stay", "Labour migrants, long stay"),
    "migration.knowledgeMigrants": ("Kennismigranten", "Knowledge migrants"),
    "migration.crossBorderCommuters": ("Grenspendelaars", "Cross-border commuters"),
    "migration.localReserve": ("Lokale arbeidsreserve", "Local labour reserve"),
    "migration.restOfNL": ("Uit de rest van Nederland", "From the rest of the Netherlands"),
    "migration.constructionMigrants": (
      "Bouwvakkers van buiten de regio", "Construction workers from elsewhere"
    ),
    "migration.arrivals": ("Aankomende migranten in het jaar", "Migrants arriving in the year"),
    // Households
    "households.longStaySingles": ("Alleenstaanden (long-stay)", "Singles (long stay)"),
    "households.couples": ("Paren zonder kinderen", "Couples without children"),
    "households.familiesWithChildren": ("Gezinnen met kinderen", "Families with children"),
    "households.familyHouseholds": ("Huishoudens met gezin", "Family households"),
    "households.familyMembers": (
      "Gezinsleden (partners en kinderen)", "Family members (partners and children)"
    ),
    "households.children": ("Kinderen", "Children"),
    "households.workingFamilyMembers": ("Werkende gezinsleden", "Working family members"),
    "households.newChildren": ("Kinderen die dit jaar aankomen", "Children arriving this year"),
    "households.newFamilyMembers": (
      "Gezinsleden die dit jaar aankomen", "Family members arriving this year"
    ),
    "households.children0to3": ("Kinderen 0–3 jaar", "Children aged 0–3"),
    "households.children4to11": ("Kinderen 4–11 jaar", "Children aged 4–11"),
    "households.children12to17": ("Kinderen 12–17 jaar", "Children aged 12–17"),
    "households.reunification": ("Gezinshereniging bereikt", "Family reunification reached"),
    "households.domesticHouseholds": (
      "Huishoudens verhuisd uit de rest van NL", "Households moving from the rest of NL"
    ),
    // Housing
    "housing.shortStayBeds": ("Short-stay-bedden", "Short-stay beds"),
    "housing.midStayRooms": ("Mid-stay-kamers", "Mid-stay rooms"),
    "housing.longStayDwellings": ("Long-stay-woningen", "Long-stay dwellings"),
    "housing.floorArea": (
      "Vloeroppervlak short- en mid-stay (m²)", "Floor area, short and mid stay (m²)"
    ),
    "housing.bedrooms": ("Slaapkamers", "Bedrooms"),
    "housing.toilets": ("Toiletten", "Toilets"),
    "housing.showers": ("Douches", "Showers"),
    "housing.supplyBeds": (
      "Beschikbare bedden (werkgever + vergund)", "Beds available (employer + free legal)"
    ),
    "housing.shortfallBeds": ("Tekort aan bedden", "Shortfall of beds"),
    "housing.temporaryBedsAverage": (
      "Tijdelijke bedden, gemiddelde dag", "Temporary beds, average day"
    ),
    "housing.hostHousingPressure": (
      "Woningdruk t.o.v. woningvoorraad", "Housing pressure vs dwelling stock"
    ),
    // Facilities
    "facilities.residentsHost": (
      "Nieuwkomers wonend in de gemeente", "Newcomers living in the municipality"
    ),
    "facilities.migrantsPer1000": (
      "Migranten per 1.000 inwoners", "Migrants per 1,000 inhabitants"
    ),
    "facilities.gpFTE": ("Huisartsen (fte)", "GPs (FTE)"),
    "facilities.gpPressure": ("Druk op huisartsen", "Pressure on GPs"),
    "facilities.primaryPlaces": ("Plaatsen basisonderwijs", "Primary school places"),
    "facilities.primaryPressure": ("Druk op basisonderwijs", "Pressure on primary schools"),
    "facilities.secondaryPlaces": ("Plaatsen voortgezet onderwijs", "Secondary school places"),
    "facilities.newcomerPlaces": ("Plaatsen nieuwkomersonderwijs", "Newcomer-class places"),
    "facilities.childcarePlaces": ("Plaatsen kinderopvang", "Childcare places"),
    "facilities.preschoolPlaces": (
      "Plaatsen voorschoolse educatie (VVE)", "Pre-school education (VVE) places"
    ),
    "facilities.brpRegistrations": ("Inschrijvingen BRP", "BRP registrations"),
    "facilities.rniRegistrations": ("Inschrijvingen RNI", "RNI registrations"),
    "facilities.brpDeregistrations": ("Uitschrijvingen BRP", "BRP deregistrations"),
    "facilities.expectedUnregistered": (
      "Verwacht niet ingeschreven", "Expected unregistered"
    ),
    "facilities.shortStayLocations": ("Short-stay-locaties", "Short-stay locations"),
    "facilities.inspections": ("Controles huisvesting", "Housing inspections"),
    "facilities.wijkagentFTE": ("Wijkagenten (fte)", "Neighbourhood police (FTE)"),
    "facilities.wasteTonnes": ("Huishoudelijk afval (ton)", "Household waste (tonnes)"),
    // Welfare
    "welfare.wageRatio": ("Loon per baan t.o.v. gemiddelde", "Wage per job vs average"),
    "welfare.wageSum": ("Loonsom per jaar", "Annual wage sum"),
    "welfare.valueAddedPerJob": ("Toegevoegde waarde per baan", "Value added per job"),
    "welfare.localShare": ("Aandeel lokale arbeidsreserve", "Share from the local labour reserve"),
    "welfare.migrantsPer1000": ("Migranten per 1.000 inwoners", "Migrants per 1,000 inhabitants"),
    "welfare.housingPressure": ("Woningdruk", "Housing pressure"),
    "welfare.unmetHousingShare": (
      "Onvervulde vraag naar tijdelijke bedden", "Unmet demand for temporary beds"
    ),
    "welfare.unmetLongStayShare": (
      "Onvervulde vraag naar long-stay-woningen", "Unmet demand for long-stay dwellings"
    ),
    "welfare.facilityPressure": ("Druk op voorzieningen", "Pressure on facilities"),
    "welfare.languageTraining": (
      "Taallessen door de werkgever", "Language training by the employer"
    ),
    "welfare.settlingPersons": ("Blijvers met hun gezin", "Persons settling, with family"),
    "welfare.skilledShare": ("Aandeel banen op mbo-niveau of hoger", "Share of skilled jobs"),
    "welfare.spilloverShare": (
      "Migranten wonend buiten de gemeente", "Migrants living outside the municipality"
    ),
    "welfare.crossBorderPersons": (
      "Over de grens wonend", "Living across the border"
    ),
  ]

  // MARK: Report structure

  /// The heading of a report section, such as "Huisvesting" or "Housing".
  public func sectionTitle(_ kind: ReportDocument.SectionKind) -> String {
    switch kind {
    case .summary: pick("Samenvatting", "Summary")
    case .establishment: pick("De vestiging", "The establishment")
    case .workforce: pick("Werknemers en arbeidsmigranten", "Workers and labour migrants")
    case .households: pick("Huishoudens", "Households")
    case .housing: pick("Huisvesting", "Housing")
    case .facilities: pick("Voorzieningen", "Public facilities")
    case .welfare: pick("Brede welvaart", "Broad welfare")
    case .questions:
      pick(
        "Vragen aan het bedrijf (gespreksleidraad)",
        "Questions for the company (conversation guide)")
    case .assumptions: pick("Aannames en bronnen", "Assumptions and sources")
    case .notModelled: pick("Niet gemodelleerd", "Not modelled")
    case .reproduce: pick("Reproduceren", "Reproducing this report")
    }
  }

  /// "Huisvestingseffectrapportage — <name>".
  public func reportTitle(_ name: String) -> String {
    pick("Huisvestingseffectrapportage", "Housing effect report") + " — " + name
  }

  // MARK: Vocabulary

  /// A scorecard rating in words, lower case ("positief", "attention").
  public func rating(_ rating: Welfare.Rating) -> String {
    switch rating {
    case .positive: pick("positief", "positive")
    case .neutral: pick("neutraal", "neutral")
    case .attention: pick("aandacht", "attention")
    case .negative: pick("negatief", "negative")
    case .info: "info"
    case .unknown: pick("onbekend", "unknown")
    }
  }

  /// A broad-welfare dimension in words ("hier en nu", "elsewhere").
  public func dimension(_ dimension: Welfare.Dimension) -> String {
    switch dimension {
    case .hereAndNow: pick("hier en nu", "here and now")
    case .later: pick("later", "later")
    case .elsewhere: pick("elders", "elsewhere")
    }
  }

  /// A contract type in words ("uitzendbureau", "staffing agency").
  public func contract(_ contract: ContractType) -> String {
    switch contract {
    case .permanent: pick("vast contract", "permanent")
    case .flex: pick("flexcontract", "direct flex")
    case .agency: pick("uitzendbureau", "staffing agency")
    case .seasonal: pick("seizoenscontract", "seasonal")
    }
  }

  /// The name of a default segment: the contract type as a group of people.
  public func segmentName(_ contract: ContractType) -> String {
    switch contract {
    case .permanent: pick("vaste medewerkers", "permanent staff")
    case .flex: pick("flexkrachten", "direct flex workers")
    case .agency: pick("uitzendkrachten", "agency workers")
    case .seasonal: pick("seizoenskrachten", "seasonal workers")
    }
  }

  /// A skill level in words ("middelbaar", "mid").
  public func skill(_ skill: SkillLevel) -> String {
    switch skill {
    case .low: pick("laag", "low")
    case .mid: pick("middelbaar", "mid")
    case .high: pick("hoog", "high")
    }
  }

  /// A stay class with its limits, such as "short-stay (≤ 4 maanden)".
  public func stay(
    _ stay: Stay, shortMaxMonths: String = "4", midMaxMonths: String = "12"
  )
    -> String
  {
    let months = pick("maanden", "months")
    return switch stay {
    case .short: "short-stay (≤ \(shortMaxMonths) \(months))"
    case .mid: "mid-stay (\(shortMaxMonths)–\(midMaxMonths) \(months))"
    case .long: "long-stay (> \(midMaxMonths) \(months))"
    }
  }

  /// A housing norm in words, with its date or what it adds ("SNF (vóór 1 juli 2025)").
  public func norm(_ norm: HousingNorm) -> String {
    switch norm {
    case .snf: pick("SNF (vóór 1 juli 2025)", "SNF (before 1 July 2025)")
    case .snf2025:
      pick(
        "SNF 2025 (nieuwe projecten vanaf 1 juli 2025)", "SNF 2025 (new projects from 1 July 2025)")
    case .akf: "AKF (Agrarisch Keurmerk Flexwonen)"
    case .aanjaagteam:
      pick("Aanjaagteam (15 m², eigen slaapkamer)", "Aanjaagteam (15 m², own bedroom)")
    case .limburg:
      pick(
        "Limburgse ondergrens (1 persoon per slaapkamer, 15 m², bovenop SNF/AKF)",
        "Limburg lower bound (1 person per bedroom, 15 m², on top of SNF/AKF)")
    }
  }

  /// The establishment type's name in the language ("XXL-distributiecentrum (pallets)").
  public func establishmentType(_ type: EstablishmentType) -> String {
    language == .nl ? type.dutchName : type.englishName
  }

  /// A housing-norm criterion as a table label, with its unit and whether it is a minimum or a
  /// maximum.
  public func criterion(_ criterion: NormCheck.Criterion) -> String {
    switch criterion {
    case .floorAreaPerPerson:
      pick("Vloeroppervlak per persoon in m² (minimaal)", "Floor area per person in m² (minimum)")
    case .personsPerBedroom:
      pick("Personen per slaapkamer (maximaal)", "Persons per bedroom (maximum)")
    case .personsPerToilet: pick("Personen per toilet (maximaal)", "Persons per toilet (maximum)")
    case .personsPerShower: pick("Personen per douche (maximaal)", "Persons per shower (maximum)")
    }
  }

  /// ✓, ✗ or ? for a norm criterion.
  public func verdict(_ compliant: Bool?) -> String {
    switch compliant {
    case true?: pick("✓ voldoet", "✓ meets")
    case false?: pick("✗ voldoet niet", "✗ fails")
    case nil: pick("? onbekend", "? unknown")
    }
  }

  /// Where workers come from, in the order of `OriginMix.keys`.
  public var originLabels: [String] {
    [
      pick("lokaal", "local"), pick("rest NL", "rest NL"), "EU", pick("niet-EU", "non-EU"),
      pick("kennis", "knowledge"), pick("grens", "border"),
    ]
  }

  /// How a value came about: bron / afgeleid / aanname / niet geverifieerd.
  public func provenanceKind(_ provenance: Provenance) -> String {
    switch provenance {
    case .cited: pick("bron", "cited")
    case .derived: pick("afgeleid", "derived")
    case .assumption: pick("aanname", "assumption")
    case .unverified: pick("niet geverifieerd", "unverified")
    }
  }

  /// A catalogue group as a heading.
  public func parameterGroup(_ group: String) -> String {
    switch group {
    case "jobs": pick("Banen", "Jobs")
    case "workforce": pick("Personeel", "Workforce")
    case "migration": pick("Migratie", "Migration")
    case "households": pick("Huishoudens", "Households")
    case "housing": pick("Huisvesting", "Housing")
    case "facilities": pick("Voorzieningen", "Facilities")
    case "welfare": pick("Brede welvaart", "Broad welfare")
    case "region": pick("Regio", "Region")
    default: group
    }
  }

  // MARK: Units

  /// The unit as words after a number: "personen", "m² per baan", "euro (prijspeil 2023)".
  public func unit(_ unit: Unit) -> String {
    switch unit {
    case .persons: pick("personen", "persons")
    case .households: pick("huishoudens", "households")
    case .dwellings: pick("woningen", "dwellings")
    case .beds: pick("bedden", "beds")
    case .rooms: pick("kamers", "rooms")
    case .fte: pick("fte", "FTE")
    case .jobs: pick("banen", "jobs")
    case .share: pick("aandeel", "share")
    case .squareMetres: "m²"
    case .hectares: "ha"
    case .months: pick("maanden", "months")
    case .years: pick("jaar", "years")
    case .year: pick("jaar", "year")
    case .kilograms: "kg"
    case .tonnes: pick("ton", "tonnes")
    case .count: pick("aantal", "count")
    case .thousandPersons: pick("1.000 inwoners", "1,000 inhabitants")
    case .tenThousandPersons: pick("10.000 inwoners", "10,000 inhabitants")
    case .euros(let priceYear): pick("euro (prijspeil \(priceYear))", "euros (\(priceYear) prices)")
    case .per(let numerator, let denominator):
      "\(self.unit(numerator)) per \(singular(denominator))"
    }
  }

  /// The unit after "per": "per baan", "per persoon".
  func singular(_ unit: Unit) -> String {
    switch unit {
    case .persons: pick("persoon", "person")
    case .households: pick("huishouden", "household")
    case .dwellings: pick("woning", "dwelling")
    case .beds: "bed"
    case .rooms: pick("kamer", "room")
    case .jobs: pick("baan", "job")
    case .months: pick("maand", "month")
    case .years, .year: pick("jaar", "year")
    case .kilograms: "kg"
    case .tonnes: pick("ton", "tonne")
    case .count: pick("stuk", "item")
    case .euros: "euro"
    case .per: "(\(self.unit(unit)))"
    default: self.unit(unit)
    }
  }

  /// A number with its unit: "1,1 personen per fte", "40,0%", "€ 42.340 per baan (prijspeil 2023)".
  ///
  /// A number that shows as exactly 1 takes the singular: "1 persoon per woning".
  public func quantity(_ value: Double, _ unit: Unit) -> String {
    let number = NumberFormat(language: language).format(value, unit: unit)
    func counted(_ unit: Unit) -> String {
      number == "1" ? singular(unit) : self.unit(unit)
    }
    switch unit {
    case .share, .count: return number
    case .euros(let priceYear):
      return number + " " + pick("(prijspeil \(priceYear))", "(\(priceYear) prices)")
    case .per(.euros(let priceYear), let denominator):
      return number + " per \(singular(denominator)) "
        + pick("(prijspeil \(priceYear))", "(\(priceYear) prices)")
    case .per(.share, let denominator), .per(.count, let denominator):
      return number + " per \(singular(denominator))"
    case .per(let numerator, let denominator):
      return number + " " + counted(numerator) + " per \(singular(denominator))"
    default: return number + " " + counted(unit)
    }
  }

  /// The stated size: "60.000 m² bruto vloeroppervlak", "20 ha", "400 banen (fte)".
  public func size(_ size: EstablishmentSize) -> String {
    let format = NumberFormat(language: language)
    switch size {
    case .jobs(let jobs): return format.format(jobs, .upTo(1)) + pick(" banen (fte)", " jobs (FTE)")
    case .floorArea(let area):
      return format.format(area, .whole) + pick(" m² bruto vloeroppervlak", " m² gross floor area")
    case .hectares(let hectares): return format.format(hectares, .upTo(1)) + " ha"
    }
  }

  // MARK: Fixed text

  /// What the model leaves out, for the "not modelled" section.
  public var notModelled: [String] {
    [
      pick(
        "Banen bij toeleveranciers en dienstverleners (indirecte en afgeleide werkgelegenheid).",
        "Jobs at suppliers and service providers (indirect and induced employment)."),
      pick(
        "Woon-werkverkeer en de gevolgen voor wegen en openbaar vervoer.",
        "Commuting traffic and its effect on roads and public transport."),
      pick(
        "Zorggebruik buiten de huisarts: ziekenhuis, GGZ, jeugdzorg, wijkverpleging.",
        "Health-care use beyond the GP: hospitals, mental health, youth care, district nursing."),
      pick(
        "Veranderingen in de bestaande bevolking (vergrijzing, verhuizingen, vertrek).",
        "Changes in the existing population (ageing, moves, departures)."),
      pick("Gevolgen voor huizenprijzen en huren.", "Effects on house prices and rents."),
      pick(
        "Niet-geregistreerde aanwezigheid voorbij de aandelen die de catalogus aanneemt.",
        "Unregistered presence beyond the shares the catalogue assumes."),
      pick(
        "De verdeling van gezinsleden over partners en kinderen voorbij de aandelen in de catalogus.",
        "The split of family members into partners and children beyond the catalogue shares."),
      pick(
        "De werkelijke vrije capaciteit van huisartsen en scholen ter plaatse: de druk is afgezet tegen landelijke gemiddelden per inwoner.",
        "The actual spare capacity of local GPs and schools: pressure is measured against national averages per inhabitant."
      ),
    ]
  }
}
