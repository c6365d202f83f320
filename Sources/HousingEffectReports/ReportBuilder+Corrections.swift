import HousingEffect

// Lines the model corrections of issue 9 add to existing sections: the long-stay share beside
// the province's planning figure, employer beds counted at the norm, and a norm below the
// Limburg lower bound. Kept apart so the sections themselves change by one line each.
extension ReportBuilder {
  /// The establishment's long-stay share of labour migrants beside the provincial planning
  /// figure, with the caveat that the latter is a stock for the whole province; in Limburg
  /// only, where that figure applies.
  var longStayComparisonBlocks: [Block] {
    guard !assessment.isOutsideLimburg,
      let share = at(assessment.migration.years, full)?.longStayShare
    else { return [] }
    let province = parameters["housing.provinceLongStayShare"]
    // The province's figure is a stock (every labour migrant living in Limburg), not the stay
    // split of one establishment's new hires, so it is shown beside the share, not judged
    // against it (issue 20: compare at province level only).
    let comparison = pick(
      "Dat cijfer van de provincie geldt voor alle arbeidsmigranten die in Limburg wonen samen, niet voor de nieuwe werknemers van één vestiging; het is alleen op provinciaal niveau een maatstaf.",
      "The province's figure is for all labour migrants living in Limburg together, not for the new hires of one establishment; it is a yardstick at province level only."
    )
    return [
      .paragraph(
        pick(
          "In \(fullYear) is \(percent(share)) van de arbeidsmigranten van deze vestiging \(stayName(.long)); de provincie Limburg plant met \(percent(province)) long-stay. \(comparison)",
          "In \(fullYear), \(percent(share)) of this establishment's labour migrants are \(stayName(.long)); the province of Limburg plans with \(percent(province)) long stays. \(comparison)"
        ))
    ]
  }

  /// "Of the 60 employer beds, 56 count: …" when the employer housing fails the norm; empty
  /// when every stated bed counts.
  var employerBedsAtNormSentence: String? {
    guard let check = assessment.housing.employerHousingCheck,
      check.bedsAtNorm < check.beds - NumberFormat.zeroTolerance
    else { return nil }
    return pick(
      "Van de \(count(check.beds)) bedden van de werkgever tellen er \(count(check.bedsAtNorm)) mee: meer personen dan dat passen niet binnen de norm \(strings.norm(check.norm)).",
      "Of the \(count(check.beds)) employer beds, \(count(check.bedsAtNorm)) count: the housing holds no more persons within the norm \(strings.norm(check.norm))."
    )
  }

  /// A paragraph per norm in use below the Limburg lower bound.
  var provincialNormBlocks: [Block] {
    assessment.normsBelowProvincialBound(catalog: catalog).map { below in
      let m2 = format.format(below.m2PerPerson, .upTo(1))
      let persons = format.format(below.personsPerBedroom, .upTo(1))
      let what =
        below.field == "housingNorm"
        ? pick("de gekozen norm", "the chosen norm")
        : pick("de norm van de werkgevershuisvesting", "the norm of the employer housing")
      let bound = format.format(below.boundM2PerPerson, .upTo(1))
      let boundPersons = format.format(below.boundPersonsPerBedroom, .upTo(1))
      return .paragraph(
        pick(
          "Let op: \(what) \(strings.norm(below.norm)) (\(m2) m² per persoon, \(persons) per slaapkamer) ligt onder de Limburgse ondergrens van \(boundPersons) per slaapkamer en minimaal \(bound) m² per persoon (provinciaal actieplan, §3.3). De vraag en het aanbod in dit rapport volgen de gekozen norm; vraag het bedrijf of de huisvesting de provinciale ondergrens haalt.",
          "Note: \(what) \(strings.norm(below.norm)) (\(m2) m² per person, \(persons) per bedroom) is below the Limburg lower bound of \(boundPersons) per bedroom and at least \(bound) m² per person (provincial action plan, §3.3). Need and supply in this report follow the chosen norm; ask the company whether the housing meets the provincial bound."
        ))
    }
  }

  /// How the season sets the peak, when it does.
  var seasonBlocks: [Block] {
    guard let months = assessment.workforce.seasonMonths else { return [] }
    let m = format.format(months, .upTo(1))
    let ratio = format.format(12 / months, .decimals(2))
    let peak = format.format(assessment.workforce.peakFactor, .decimals(2))
    let stated = assessment.establishment.season != nil
    return [
      .paragraph(
        pick(
          "De seizoenskrachten werken een seizoen van \(m) maanden (\(stated ? "opgegeven" : "standaard voor de sector")): op het piekmoment zijn er \(ratio) keer zoveel als op een gemiddelde dag; de overige krachten blijven op hun gemiddelde. Dat geeft de vestiging een piekfactor van \(peak).",
          "The seasonal workers work a season of \(m) months (\(stated ? "stated" : "sector default")): at the peak there are \(ratio) times as many as on an average day; the other workers stay at their average. That gives the establishment a peak factor of \(peak)."
        ))
    ]
  }

  /// Questions for scorecard ratings that rest on a catalogue default alone (item 10): the
  /// answer, given as an override, turns "unknown" into a rating of this establishment. In
  /// plain words, without parameter ids (the guide is read by the company); `weight` orders
  /// them with the other questions by how much the answer moves the housing need.
  func scorecardQuestions(weight: (String) -> Double) -> [Question] {
    guard let scorecard = at(assessment.welfare.years, full) else { return [] }
    return scorecard.indicators.filter { $0.rating == .unknown }.compactMap { indicator in
      switch indicator.id.rawValue {
      case "welfare.wageRatio":
        return Question(
          text: pick(
            "Welk bruto jaarloon per baan betaalt het bedrijf, ook via het uitzendbureau? (Nu onbekend: de scorekaart kent alleen het sectorgemiddelde; met het antwoord krijgt de scorekaart een oordeel over het loon van deze vestiging.)",
            "What gross annual wage per job does the company pay, also through the agency? (Now unknown: the scorecard only knows the sector average; with the answer the scorecard rates the wage of this establishment.)"
          ), weight: 0)
      case "welfare.spilloverShare":
        return Question(
          text: pick(
            "Waar gaan de arbeidsmigranten wonen: in \(municipality), in buurgemeenten, elders in de provincie of over de grens? (Nu onbekend: de catalogus neemt een standaardverdeling aan; met het antwoord krijgt de scorekaart hier een eigen oordeel.)",
            "Where will the labour migrants live: in \(municipality), in neighbouring municipalities, elsewhere in the province or across the border? (Now unknown: the catalogue assumes a default split; with the answer the scorecard rates this establishment here.)"
          ), weight: weight("migration.residence."))
      default:
        return nil
      }
    }
  }

  /// Where the newcomers live, by name, with the share living across the border.
  var residenceSplitBlocks: [Block] {
    let split = assessment.housing.residenceSplit
    var parts = [
      pick("\(percent(split.host)) in \(municipality)", "\(percent(split.host)) in \(municipality)")
    ]
    if !split.neighbourNames.isEmpty {
      parts.append(
        pick(
          "\(percent(split.neighbours)) in de buurgemeenten (\(list(split.neighbourNames)))",
          "\(percent(split.neighbours)) in the neighbouring municipalities (\(list(split.neighbourNames)))"
        ))
    }
    parts.append(
      pick(
        "\(percent(split.restOfProvince)) elders in de provincie",
        "\(percent(split.restOfProvince)) elsewhere in the province"))
    parts.append(
      pick(
        "\(percent(split.otherProvinces)) in andere provincies",
        "\(percent(split.otherProvinces)) in other provinces"))
    let countries = split.countries.map { country in
      switch country {
      case .germany: pick("Duitsland", "Germany")
      case .belgium: pick("België", "Belgium")
      }
    }
    let border: String
    if countries.isEmpty {
      border = pick(
        "\(municipality) grenst niet aan Duitsland of België; er wordt niemand over de grens geteld.",
        "\(municipality) does not border Germany or Belgium; nobody is counted across the border.")
    } else {
      parts.append(
        pick(
          "\(percent(split.abroad)) over de grens in \(list(countries))",
          "\(percent(split.abroad)) across the border in \(list(countries))"))
      border = pick(
        "Het deel over de grens (\(percent(split.abroad))) is een standaardverdeling: huisvesting en toezicht liggen daar buiten de Nederlandse regels. Een waterbedeffect is het pas als een tekort of handhaving mensen naar buurgemeenten of over de grens verplaatst (actieplan §3.4); zie het signaal over het tekort aan tijdelijke bedden.",
        "The share across the border (\(percent(split.abroad))) is a default split: housing and enforcement there lie outside Dutch rules. It becomes a waterbed effect only when a shortfall or enforcement moves people to neighbouring municipalities or across the border (action plan §3.4); see the flag on unmet temporary beds."
      )
    }
    return [
      .paragraph(
        pick(
          "Waar de nieuwkomers wonen: \(list(parts)). \(border)",
          "Where the newcomers live: \(list(parts)). \(border)"))
    ]
  }
}

extension ReportBuilder {
  /// The risk flags of the headline year, each with its trigger and source.
  var riskFlagBlocks: [Block] {
    guard assessment.years.indices.contains(full) else { return [] }
    let flags = assessment.riskFlags(in: assessment.years[full], catalog: catalog)
    var blocks: [Block] = [.subheading(pick("Risicosignalen", "Risk flags"))]
    guard !flags.isEmpty else {
      blocks.append(
        .paragraph(
          pick(
            "Geen van de vijf signalen (tekort aan tijdelijke bedden, piek zonder bedden, overbewoning, huisvesting over de grens, concentratie) slaat aan in \(fullYear).",
            "None of the five flags (unmet temporary beds, peak without beds, over-occupation, housing across the border, concentration) is raised in \(fullYear)."
          )))
      return blocks
    }
    blocks.append(
      .paragraph(
        pick(
          "Signalen in \(fullYear), elk een vaste regel met zijn drempel en bron. Een signaal is een reden om het gesprek aan te gaan of toezicht te plannen, geen oordeel. De signalen zijn bedoeld als invoer voor een risicogestuurde aanpak, zoals de risicogestuurde pandcontroles die het VNG Kenniscentrum Handhaving en Naleving (KCHN) met gemeenten opzet.",
          "Flags in \(fullYear), each a fixed rule with its trigger and source. A flag is a reason to talk or to plan enforcement, not a verdict. The flags are meant as input to a risk-based approach, such as the risk-based property checks the VNG Kenniscentrum Handhaving en Naleving (KCHN) sets up with municipalities."
        )))
    blocks.append(.bullets(flags.map(riskFlagText)))
    return blocks
  }

  func riskFlagText(_ flag: RiskFlag) -> String {
    switch flag.rule {
    case .unmetTemporaryBeds:
      return pick(
        "Tekort aan tijdelijke bedden: \(count(flag.value)) bedden op het piekmoment zonder werkgevers- of beschikbaar vergund bed (drempel: meer dan 0). Risico op overbewoning van gewone woningen en vakantieparken, en dat de vraag uitwijkt naar buurgemeenten of over de grens (waterbedeffect). Bron: \(flag.source).",
        "Unmet temporary beds: \(count(flag.value)) beds at the peak without an employer bed or available licensed bed (trigger: more than 0). Risk of over-occupied regular dwellings and holiday parks, and of the demand moving to neighbouring municipalities or across the border (waterbed effect). Source: \(flag.source)."
      )
    case .peakWithoutBeds:
      return pick(
        "Piek zonder bedden: op een gemiddelde dag is er genoeg, op het piekmoment ontbreken \(count(flag.value)) bedden (drempel: tekort alleen in de piek). Seizoenskrachten belanden dan in tijdelijke noodoplossingen. Bron: \(flag.source).",
        "Peak without beds: an average day is covered, but at the peak \(count(flag.value)) beds are missing (trigger: a shortfall at the peak only). Seasonal workers then end up in makeshift housing. Source: \(flag.source)."
      )
    case .overOccupation:
      return pick(
        "Overbewoning: de werkgevershuisvesting heeft \(count(flag.value)) bedden meer dan de norm toelaat (drempel: meer bedden dan de norm). Bron: \(flag.source).",
        "Over-occupation: the employer housing has \(count(flag.value)) beds more than its norm allows (trigger: more beds than the norm). Source: \(flag.source)."
      )
    case .housingAcrossTheBorder:
      return pick(
        "Huisvesting over de grens: \(percent(flag.value)) van de nieuwkomers woont naar verwachting in Duitsland of België (drempel: meer dan 0 in een grensgemeente). Toezicht op die huisvesting ligt buiten de gemeente. Bron: \(flag.source).",
        "Housing across the border: \(percent(flag.value)) of the newcomers are expected to live in Germany or Belgium (trigger: more than 0 in a border municipality). Enforcement there lies outside the municipality. Source: \(flag.source)."
      )
    case .concentration:
      return pick(
        "Concentratie: \(format.format(flag.value, .decimals(1))) migranten per 1.000 inwoners (drempel: \(format.format(flag.threshold, .upTo(1)))). In een kleine kern of kwetsbare wijk weegt dat zwaarder; de gegevens per kern ontbreken, dus dit signaal geldt voor de hele gemeente. Bron: de drempel \(flag.source) in de catalogus.",
        "Concentration: \(format.format(flag.value, .decimals(1))) migrants per 1,000 inhabitants (trigger: \(format.format(flag.threshold, .upTo(1)))). In a small village core or vulnerable neighbourhood this weighs more; data per core are lacking, so the flag applies to the whole municipality. Source: the catalogue threshold \(flag.source)."
      )
    }
  }
}
