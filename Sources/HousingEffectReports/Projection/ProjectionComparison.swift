import HousingEffect

/// All growth paths of an area side by side (issue 19, item 7): one table of the key
/// indicators per path and year, one chart of the working labour migrants per path, and the
/// broad-welfare indicators per path and year with the scorecard's ratings.
enum ProjectionComparison {
  /// The indicators of the side-by-side table, in persons, beds or dwellings as their unit says.
  static let indicators: [ProjectionIndicator] = [
    .working, .resident, .temporaryGap, .longStayGap, .gpFTE, .primaryPlaces,
  ]

  /// The table and chart of one area's paths side by side (central values).
  static func blocks(
    _ result: Projection.AreaResult, years: [Int], words: ProjectionStrings,
    numbers: NumberFormat
  ) -> [ReportDocument.Block] {
    let nl = words.nl
    let rows = ProjectionFindings.rows(result)
    var tableRows: [ReportDocument.Row] = []
    for indicator in indicators {
      tableRows.append(
        ReportDocument.Row(
          cells: [words.indicator(indicator) + " (" + words.unit(indicator.unit) + ")"]
            + years.map { _ in "" }, note: nil))
      for row in rows {
        tableRows.append(
          ReportDocument.Row(
            cells: [
              "\u{2003}"
                + ProjectionFindings.rowName(
                  result, path: row.path, variant: row.variant, words: words)
            ]
              + years.map { year in
                numbers.format(
                  result.value(path: row.path, variant: row.variant, indicator, year: year)
                    ?? .nan, unit: indicator.unit)
              }, note: nil))
      }
    }
    let table = ReportDocument.Table(
      columns: [
        .init(title: nl ? "Indicator en groeipad" : "Indicator and growth path", alignment: .left)
      ]
        + years.map { .init(title: String($0), alignment: .right) },
      rows: tableRows, noteTitle: nil)
    let series = rows.map { row in
      let values = result.years.map {
        result.value(path: row.path, variant: row.variant, .working, year: $0) ?? .nan
      }
      return ReportDocument.Chart.Series(
        name: words.shortPath(result.paths[row.path])
          + (row.variant == .with ? ", " + words.with : ""),
        values: values, labels: values.map { numbers.format($0, unit: .persons) })
    }
    let chart = ReportDocument.Chart(
      title: (nl
        ? "Werkzame arbeidsmigranten per groeipad, " : "Working labour migrants by growth path, ")
        + result.area.name,
      description: nl
        ? "Eén lijn per groeipad: de centrale schatting per jaar, in personen."
        : "One line per growth path: the central estimate per year, in persons.",
      categories: result.years.map(String.init), series: series,
      valueAxisTitle: nl ? "personen" : "persons", style: .fan)
    return [
      .subheading("\(result.area.name) (\(words.level(result.area.level)))"),
      .table(table),
      .chart(chart),
    ]
  }

  /// The broad-welfare table of one area: per indicator and path the value and rating in the
  /// findings' years (central values).
  static func welfare(
    _ result: Projection.AreaResult, scorecard: ProjectionWelfare, words: ProjectionStrings,
    numbers: NumberFormat
  ) -> [ReportDocument.Block] {
    let nl = words.nl
    let strings = ReportStrings(language: words.language)
    let years = ProjectionFindings.years.filter {
      $0 > result.area.baseYear && result.years.contains($0)
    }
    let rows = ProjectionFindings.rows(result)
    // cards[row][year]
    let cards = rows.map { row in
      years.map { scorecard.indicators(result, path: row.path, variant: row.variant, year: $0) }
    }
    var tableRows: [ReportDocument.Row] = []
    for (position, id) in ProjectionWelfare.indicators.enumerated() {
      tableRows.append(
        ReportDocument.Row(cells: [strings.label(id)] + years.map { _ in "" }, note: nil))
      for (rowIndex, row) in rows.enumerated() {
        tableRows.append(
          ReportDocument.Row(
            cells: [
              "\u{2003}"
                + ProjectionFindings.rowName(
                  result, path: row.path, variant: row.variant, words: words)
            ]
              + cards[rowIndex].map { card in
                guard position < card.count else { return NumberFormat.notANumber }
                let indicator = card[position]
                return strings.welfareValue(indicator.id, indicator.value, unit: indicator.unit)
                  + " " + ReportBuilder.ratingSymbol(indicator.rating) + " "
                  + strings.rating(indicator.rating)
              }, note: nil))
      }
    }
    return [
      .subheading("\(result.area.name) (\(words.level(result.area.level)))"),
      .table(
        ReportDocument.Table(
          columns: [
            .init(
              title: nl ? "Indicator en groeipad" : "Indicator and growth path", alignment: .left)
          ]
            + years.map { .init(title: String($0), alignment: .right) },
          rows: tableRows, noteTitle: nil)),
    ]
  }

  /// What the four broad-welfare indicators measure and when they are rated what, with the
  /// thresholds the projection ran with.
  static func welfareExplanation(
    _ scorecard: ProjectionWelfare, words: ProjectionStrings, numbers: NumberFormat
  ) -> ReportDocument.Block {
    let nl = words.nl
    let p = scorecard.parameters
    func percent(_ id: ParameterID) -> String { numbers.format(p[id], unit: .share) }
    func plain(_ id: ParameterID) -> String { numbers.format(p[id], .upTo(1)) }
    let facilityNegative = numbers.format(Welfare.facilityNegativeThreshold(p), unit: .share)
    return .bullets(
      nl
        ? [
          "Migranten per 1.000 inwoners: werkzame arbeidsmigranten die in het gebied wonen per 1.000 inwoners (CBS, 1 januari 2024); aandacht boven \(plain("welfare.threshold.migrantsPer1000.attention")), negatief boven \(plain("welfare.threshold.migrantsPer1000.high")).",
          "Woningdruk: long-stay-woningen nodig t.o.v. de woningvoorraad van het gebied; aandacht boven \(percent("welfare.threshold.housingPressure.attention")).",
          "Onvervulde vraag naar tijdelijke bedden: het tekort tijdelijke bedden t.o.v. de tijdelijke bedden nodig op de piek; met onbekend bestaand aanbod is het tekort de groei boven het basisjaar (de behoefte van het basisjaar geldt als gehuisvest). Positief bij 0 %, aandacht tot \(percent("welfare.threshold.unmetHousingShare.attention")), negatief daarboven.",
          "Druk op voorzieningen: de grootste van de druk op huisartsen (extra huisarts-fte t.o.v. de bestaande bij dezelfde norm) en op het basisonderwijs (extra leerlingen t.o.v. de bestaande); aandacht boven \(percent("welfare.threshold.facilityPressure.attention")), negatief boven \(facilityNegative).",
          "Dezelfde formules en drempels als de scorekaart van 'assess' (parametercatalogus: housing-effect params --group welfare), op de centrale schatting van elk pad; ▲ positief, ● neutraal, ◆ aandacht, ▼ negatief. Let op: 'assess' beoordeelt wat één vestiging toevoegt, hier gaat het om alle arbeidsmigranten van het gebied; een negatief oordeel is dan eerder regel dan uitzondering. Het verschil tussen paden en jaren is de boodschap.",
        ]
        : [
          "Migrants per 1,000 inhabitants: working labour migrants living in the area per 1,000 inhabitants (CBS, 1 January 2024); attention above \(plain("welfare.threshold.migrantsPer1000.attention")), negative above \(plain("welfare.threshold.migrantsPer1000.high")).",
          "Housing pressure: long-stay dwellings needed vs the area's dwelling stock; attention above \(percent("welfare.threshold.housingPressure.attention")).",
          "Unmet demand for temporary beds: the shortfall of temporary beds vs the temporary beds needed at the peak; with the existing supply unknown, the shortfall is the growth above the base year (the base year's need counts as housed). Positive at 0%, attention up to \(percent("welfare.threshold.unmetHousingShare.attention")), negative above.",
          "Pressure on facilities: the larger of GP pressure (added GP FTE vs the existing at the same norm) and primary-school pressure (added pupils vs the existing); attention above \(percent("welfare.threshold.facilityPressure.attention")), negative above \(facilityNegative).",
          "The same formulas and thresholds as the 'assess' scorecard (parameter catalogue: housing-effect params --group welfare), on each path's central estimate; ▲ positive, ● neutral, ◆ attention, ▼ negative. Note: 'assess' rates what one establishment adds; here it is all labour migrants of the area, so a negative rating is the rule rather than the exception. The difference between paths and years is the message.",
        ])
  }
}
