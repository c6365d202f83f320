import HousingEffect

// The broad-welfare scorecard of the full-operation year.
extension ReportBuilder {
  var welfareSection: Section {
    guard let scorecard = at(assessment.welfare.years, full) else {
      return section(.welfare, [.paragraph(pick("Geen scorekaart.", "No scorecard."))])
    }
    var blocks: [Block] = [
      .paragraph(
        pick(
          "Scorekaart voor \(fullYear)\(isFullOperation ? " (volledige bedrijfsvoering)" : "") op de drie dimensies van de CBS Monitor Brede Welvaart. Oordelen: positief, neutraal, aandacht (nader bekijken of een afspraak met het bedrijf maken), negatief (duidelijk risico); info is een getal ter informatie zonder drempel; onbekend betekent dat een gegeven ontbreekt. De drempels staan in de parametercatalogus (housing-effect params --group welfare).",
          "Scorecard for \(fullYear)\(isFullOperation ? " (full operation)" : "") on the three dimensions of the CBS Monitor of Well-being. Ratings: positive, neutral, attention (look closer or agree a condition with the company), negative (a clear risk); info is a figure for context without a threshold; unknown means an input is missing. The thresholds are in the parameter catalogue (group welfare)."
        ))
    ]
    // The critical year (largest temporary shortfall) beside the settled year, when it is
    // another year: a construction peak is rated where it happens, not averaged away.
    let critical = assessment.criticalYear.flatMap { year -> (Int, Welfare.Year)? in
      guard year != at(assessment.years, full), let index = assessment.index(of: year),
        let card = at(assessment.welfare.years, index)
      else { return nil }
      return (year, card)
    }
    if let (year, _) = critical {
      blocks.append(
        .paragraph(
          pick(
            "Naast \(fullYear) staat het kritieke jaar \(self.year(year)): het jaar met het grootste tekort aan tijdelijke bedden (\(phaseName(assessment.phase(of: year)))).",
            "Beside \(fullYear) stands the critical year \(self.year(year)): the year with the largest shortfall of temporary beds (\(phaseName(assessment.phase(of: year))))."
          )))
    }
    for dimension in Welfare.Dimension.allCases {
      let indicators = scorecard.indicators.filter { $0.dimension == dimension }
      guard !indicators.isEmpty else { continue }
      blocks.append(.subheading(capitalized(strings.dimension(dimension))))
      let rows = indicators.map { indicator in
        var cells = [
          strings.label(indicator.id), welfareValue(indicator), strings.rating(indicator.rating),
        ]
        if let (_, card) = critical {
          let other = card.indicator(indicator.id)
          cells += [
            other.map(welfareValue) ?? NumberFormat.notANumber,
            other.map { strings.rating($0.rating) } ?? NumberFormat.notANumber,
          ]
        }
        return Row(cells: cells, note: welfareExplanation(indicator))
      }
      var columns = [
        Column(title: pick("Indicator", "Indicator"), alignment: .left),
        Column(
          title: critical == nil ? pick("Waarde", "Value") : fullYear, alignment: .right),
        Column(title: pick("Oordeel", "Rating"), alignment: .left),
      ]
      if let (year, _) = critical {
        columns += [
          Column(title: self.year(year), alignment: .right),
          Column(title: pick("Oordeel", "Rating"), alignment: .left),
        ]
      }
      blocks.append(
        .table(
          Table(columns: columns, rows: rows, noteTitle: pick("Toelichting", "Explanation"))))
    }
    return section(.welfare, blocks)
  }

  func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }

  /// The value of a scorecard indicator in words or numbers.
  func welfareValue(_ indicator: Welfare.Indicator) -> String {
    strings.welfareValue(indicator.id, indicator.value, unit: indicator.unit)
  }

  /// A threshold parameter's value as a percentage, or "–".
  private func thresholdPercent(_ id: ParameterID) -> String {
    value(id).map(percent) ?? NumberFormat.notANumber
  }

  /// One line on what the indicator measures and when it is rated what.
  func welfareExplanation(_ indicator: Welfare.Indicator) -> String {
    switch indicator.id.rawValue {
    case "welfare.wageRatio":
      let attention = thresholdPercent("welfare.threshold.wageRatio.attention")
      let rule = pick(
        "positief vanaf 100 %, aandacht onder \(attention)",
        "positive from 100%, attention below \(attention)")
      return indicator.rating == .unknown
        ? pick(
          "Sectorgemiddelde (gewogen met het aandeel uitzendwerk) t.o.v. het gemiddelde van alle banen, niet het loon van dit bedrijf: onbekend tot het bedrijf zijn loon noemt (als eigen waarde in plaats van het sectorloon); dan \(rule).",
          "The sector average (weighted by the agency share) vs the average of all jobs, not this company's wage: unknown until the company states its wage (as an override of the sector wage); then \(rule)."
        )
        : pick(
          "Loon per baan van dit bedrijf (opgegeven, gewogen met het aandeel uitzendwerk) t.o.v. het gemiddelde van alle banen; \(rule).",
          "This company's wage per job (stated, weighted by the agency share) vs the average of all jobs; \(rule)."
        )
    case "welfare.wageSum":
      return pick(
        "Lonen van alle banen samen per jaar; ter informatie.",
        "Wages of all jobs together per year; for context.")
    case "welfare.valueAddedPerJob":
      return pick(
        "Loon per baan gedeeld door het aandeel arbeidsinkomen in de toegevoegde waarde; ter informatie.",
        "Wage per job divided by the labour share of value added; for context.")
    case "welfare.localShare":
      let good = thresholdPercent("welfare.threshold.localShare.good")
      let attention = thresholdPercent("welfare.threshold.localShare.attention")
      return pick(
        "Deel van de banen dat de lokale arbeidsreserve invult; positief vanaf \(good), aandacht onder \(attention).",
        "Share of the jobs filled from the local labour reserve; positive from \(good), attention below \(attention)."
      )
    case "welfare.migrantsPer1000":
      let attention =
        value("welfare.threshold.migrantsPer1000.attention").map {
          format.format($0, .upTo(1))
        } ?? "–"
      let high =
        value("welfare.threshold.migrantsPer1000.high").map { format.format($0, .upTo(1)) }
        ?? "–"
      return pick(
        "Migranten uit deze vestiging die in de gemeente wonen, per 1.000 inwoners; aandacht boven \(attention), negatief boven \(high).",
        "Migrants from this establishment living in the municipality, per 1,000 inhabitants; attention above \(attention), negative above \(high)."
      )
    case "welfare.housingPressure":
      let attention = thresholdPercent("welfare.threshold.housingPressure.attention")
      return indicator.value == nil
        ? pick(
          "Woningvoorraad onbekend: long-stay-woningen t.o.v. de voorraad niet te berekenen.",
          "Dwelling stock unknown: long-stay dwellings vs the stock cannot be computed.")
        : pick(
          "Long-stay-woningen nodig in de gemeente t.o.v. de woningvoorraad; aandacht boven \(attention).",
          "Long-stay dwellings needed in the municipality vs the dwelling stock; attention above \(attention)."
        )
    case "welfare.unmetHousingShare":
      let attention = thresholdPercent("welfare.threshold.unmetHousingShare.attention")
      if indicator.value == nil {
        return pick(
          "Onbekend: het bestand noemt geen bedden van de werkgever (employerHousing) en geen beschikbare vergunde bedden (freeLegalBeds).",
          "Unknown: the file states no employer beds (employerHousing) and no free legal beds (freeLegalBeds)."
        )
      }
      return pick(
        "Deel van de tijdelijke bedden (piek) zonder werkgevers- of beschikbaar vergund bed: risico op slechte of illegale huisvesting; positief bij 0 %, aandacht tot \(attention), negatief daarboven.",
        "Share of temporary beds (peak) without an employer or free legal bed: risk of poor or illegal housing; positive at 0%, attention up to \(attention), negative above."
      )
    case "welfare.unmetLongStayShare":
      let attention = thresholdPercent("welfare.threshold.unmetHousingShare.attention")
      return indicator.value == nil
        ? pick(
          "Onbekend: het bestand noemt geen woningen die beschikbaar zijn voor nieuwkomers (availableDwellings).",
          "Unknown: the file states no dwellings available to newcomers (availableDwellings).")
        : pick(
          "Deel van de long-stay-woningen (piek) zonder woning die beschikbaar is voor nieuwkomers; positief bij 0 %, aandacht tot \(attention), negatief daarboven.",
          "Share of long-stay dwellings (peak) without a dwelling available to newcomers; positive at 0%, attention up to \(attention), negative above."
        )
    case "welfare.facilityPressure":
      let attention = thresholdPercent("welfare.threshold.facilityPressure.attention")
      let negative = thresholdPercent("welfare.threshold.facilityPressure.negative")
      return pick(
        "De grootste van de extra druk op huisartsen en op het basisonderwijs, beide tegen dezelfde norm (patiënten per huisarts-fte, leerlingen per 1.000 inwoners); aandacht boven \(attention), negatief boven \(negative).",
        "The larger of the additional pressure on GPs and on primary schools, each against the same norm on both sides (patients per GP FTE, pupils per 1,000 inhabitants); attention above \(attention), negative above \(negative)."
      )
    case "welfare.languageTraining":
      return pick(
        "Biedt de werkgever Nederlandse taallessen aan? Positief bij ja, aandacht bij nee.",
        "Does the employer offer Dutch language training? Positive if yes, attention if no.")
    case "welfare.settlingPersons":
      return pick(
        "Long-stay-arbeidsmigranten, kennismigranten en gezinsleden die zich hier vestigen; ter informatie. Opgeteld vóór afronding, dus soms 1 meer of minder dan de som van de afgeronde cijfers in de tabellen.",
        "Long-stay labour migrants, knowledge migrants and family members who settle here; for context. Added before rounding, so sometimes 1 more or less than the sum of the rounded figures in the tables."
      )
    case "welfare.skilledShare":
      let good = thresholdPercent("welfare.threshold.skilledShare.good")
      return pick(
        "Deel van de banen op middelbaar of hoog niveau; positief vanaf \(good).",
        "Share of jobs at mid or high skill level; positive from \(good).")
    case "welfare.spilloverShare":
      let attention = thresholdPercent("welfare.threshold.spillover.attention")
      return indicator.rating == .unknown
        ? pick(
          "Deel van de migranten dat buiten de gemeente woont, volgens de standaardverdeling van de catalogus, niet volgens dit bedrijf: onbekend tot het bedrijf zegt waar zijn mensen wonen (als eigen waarde voor het aandeel dat in de gemeente woont); dan aandacht boven \(attention).",
          "Share of migrants living outside the municipality by the catalogue's default split, not by this company: unknown until the company says where its people live (as an override of migration.residence.hostShare); then attention above \(attention)."
        )
        : pick(
          "Deel van de migranten dat buiten de gemeente woont (elders in de provincie of daarbuiten), zoals opgegeven; aandacht boven \(attention).",
          "Share of migrants living outside the municipality (elsewhere in the province or beyond), as stated; attention above \(attention)."
        )
    case "welfare.crossBorderPersons":
      return pick(
        "Grenspendelaars plus migranten die over de grens wonen (Duitsland of België, waar de gemeente daaraan grenst), volgens de standaardverdeling; ter informatie.",
        "Cross-border commuters plus migrants living across the border (Germany or Belgium, where the municipality borders them), by the default split; for context."
      )
    default:
      return ""
    }
  }
}
