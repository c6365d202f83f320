import HousingEffect

/// The tornado as plain text, Markdown or HTML: per headline indicator the parameters that move
/// it most, their ranges, the indicator at each end, and their share of the Monte Carlo
/// variance; HTML adds a tornado chart per indicator.
public struct SensitivityReport: Sendable {
  /// The language of every word and number in the report.
  public let language: Language
  /// The output format: text, Markdown or HTML.
  public let format: ReportFormat

  /// - Parameters:
  ///   - format: `.markdown` for Markdown, `.html` for HTML; any other format gives plain text.
  ///   - language: The report language.
  public init(format: ReportFormat, language: Language) {
    self.format = format
    self.language = language
  }

  /// The sensitivity report as one string.
  /// - Parameters:
  ///   - sensitivity: The one-at-a-time run (and its variance shares when it had draws).
  ///   - establishment: The establishment it is about, for the title and the parameter values.
  ///   - top: How many parameters to show per indicator, the largest swings first.
  ///   - command: The command line that reproduces the run; `nil`: no "reproduce" line.
  ///   - catalog: The catalogue the parameter labels and ranges come from.
  public func render(
    _ sensitivity: Sensitivity, establishment: Establishment, top: Int, command: String?,
    catalog: ParameterCatalog = .standard
  ) -> String {
    let strings = ReportStrings(language: language)
    let number = NumberFormat(language: language)
    func pick(_ nl: String, _ en: String) -> String { strings.pick(nl, en) }
    func label(_ indicator: Sensitivity.Indicator) -> String {
      switch indicator.id {
      case Sensitivity.Indicator.housingNeed.id:
        pick(
          "Huisvestingsbehoefte (bedden + kamers + woningen)",
          "Housing need (beds + rooms + dwellings)")
      case Sensitivity.Indicator.temporaryNeed.id:
        pick(
          "Tijdelijke plaatsen (short-stay-bedden + mid-stay-kamers)",
          "Temporary places (short-stay beds + mid-stay rooms)")
      default: strings.label(indicator.id)
      }
    }
    func parameterName(_ id: ParameterID) -> String {
      catalog[id].map(strings.parameterLabel) ?? id.rawValue
    }
    func value(_ value: Double, _ id: ParameterID) -> String {
      number.format(value, unit: catalog[id]?.unit ?? .count)
    }

    var intro = pick(
      "Elke parameter met een bandbreedte is om de beurt op de onder- en de bovengrens van die bandbreedte gezet, met alle andere op hun waarde; de tabellen rangschikken de parameters naar hoeveel de uitkomst in \(sensitivity.year) dan verschuift (de tornado). Een aanname bovenaan is de eerste vraag aan het bedrijf.",
      "Each parameter with a range was set in turn to the low and the high end of that range, all others at their value; the tables rank the parameters by how much the result in \(sensitivity.year) then moves (the tornado). An assumption at the top is the first question to put to the company."
    )
    if let options = sensitivity.options, sensitivity.hasShares {
      intro +=
        " "
        + pick(
          "Het aandeel in de spreiding is de gekwadrateerde rangcorrelatie (Spearman) tussen de parameter en de uitkomst over \(number.format(Double(options.draws), .count)) Monte-Carlotrekkingen (seed \(options.seed)): ongeveer het deel van de onzekerheid dat de parameter verklaart. De aandelen tellen niet op tot 100 %: samenhangende parameters verklaren deels hetzelfde.",
          "The share of the variance is the squared rank correlation (Spearman) between the parameter and the result over \(number.format(Double(options.draws), .count)) Monte Carlo draws (seed \(options.seed)): roughly the part of the uncertainty the parameter explains. The shares need not add up to 100 %: parameters that act together partly explain the same spread."
        )
    } else if let options = sensitivity.options {
      let minimum = number.format(Double(Sensitivity.minimumDrawsForShares), .count)
      intro +=
        " "
        + pick(
          "Aandelen in de spreiding vragen ten minste \(minimum) trekkingen; met \(number.format(Double(options.draws), .count)) zijn ze weggelaten (--draws \(Sensitivity.minimumDrawsForShares) of meer).",
          "Variance shares need at least \(minimum) draws; with \(number.format(Double(options.draws), .count)) they are left out (--draws \(Sensitivity.minimumDrawsForShares) or more)."
        )
    }
    var sections: [(title: String, blocks: [ReportDocument.Block])] = []
    for result in sensitivity.results {
      let unit = result.indicator.unit
      // A parameter whose low and high end give the same printed result does nothing for this
      // indicator: it does not pad the ranking (issue 21, item 4).
      let swings = Array(
        result.swings.filter {
          number.format($0.atLow, unit: unit) != number.format($0.atHigh, unit: unit)
        }.prefix(top))
      let columns = [
        ReportDocument.Column(title: "#", alignment: .right),
        ReportDocument.Column(title: pick("Parameter", "Parameter"), alignment: .left),
        ReportDocument.Column(title: pick("Bandbreedte", "Range"), alignment: .right),
        ReportDocument.Column(
          title: pick("Uitkomst laag → hoog", "Result low → high"), alignment: .right),
        ReportDocument.Column(title: pick("Zwaai", "Swing"), alignment: .right),
        ReportDocument.Column(
          title: pick("Aandeel spreiding", "Variance share"), alignment: .right),
        ReportDocument.Column(title: pick("Herkomst", "Basis"), alignment: .left),
      ]
      let rows = swings.enumerated().map { index, swing in
        ReportDocument.Row(
          cells: [
            String(index + 1), parameterName(swing.parameter) + " (\(swing.parameter))",
            value(swing.low, swing.parameter) + "–" + value(swing.high, swing.parameter),
            number.format(swing.atLow, unit: unit) + " → "
              + number.format(swing.atHigh, unit: unit),
            number.format(swing.size, unit: unit),
            swing.varianceShare.map { number.percent($0) } ?? NumberFormat.notANumber,
            swing.isAssumption ? pick("aanname", "assumption") : pick("bron", "source"),
          ], note: nil)
      }
      let chart = ReportDocument.Chart(
        title: pick("Tornado: ", "Tornado: ") + label(result.indicator),
        description: pick(
          "Horizontale balken per parameter, van de uitkomst bij de ondergrens tot die bij de bovengrens, rond de uitkomst met alle parameters op hun waarde (\(number.format(result.base, unit: unit))). De tabel hierboven geeft dezelfde getallen.",
          "Horizontal bars per parameter, from the result at the low end to the result at the high end, around the result with every parameter at its value (\(number.format(result.base, unit: unit))). The table above gives the same numbers."
        ),
        categories: swings.map { parameterName($0.parameter) },
        series: [
          .init(
            name: pick("parameter op ondergrens", "parameter at low end"),
            values: swings.map(\.atLow),
            labels: swings.map { number.format($0.atLow, unit: unit) }),
          .init(
            name: pick("parameter op bovengrens", "parameter at high end"),
            values: swings.map(\.atHigh),
            labels: swings.map { number.format($0.atHigh, unit: unit) }),
        ],
        valueAxisTitle: label(result.indicator), style: .tornado, reference: result.base)
      guard !swings.isEmpty else {
        sections.append(
          (
            label(result.indicator),
            [
              .paragraph(
                pick(
                  "Met alle parameters op hun waarde: \(number.format(result.base, unit: unit)). Geen enkele parameter verschuift deze uitkomst zichtbaar tussen onder- en bovengrens.",
                  "With every parameter at its value: \(number.format(result.base, unit: unit)). No parameter moves this result visibly between its low and high end."
                ))
            ]
          ))
        continue
      }
      sections.append(
        (
          label(result.indicator),
          [
            .paragraph(
              pick(
                "Met alle parameters op hun waarde: \(number.format(result.base, unit: unit)). De \(swings.count) parameters die het meest verschuiven (parameters zonder zichtbaar effect zijn weggelaten):",
                "With every parameter at its value: \(number.format(result.base, unit: unit)). The \(swings.count) parameters that move it most (parameters without a visible effect are left out):"
              )),
            .table(ReportDocument.Table(columns: columns, rows: rows, noteTitle: nil)),
            .chart(chart),
          ]
        ))
    }
    if let command {
      sections.append((pick("Reproduceren", "Reproducing this report"), [.code(command)]))
    }
    let title = pick("Gevoeligheid — ", "Sensitivity — ") + strings.name(establishment)
    let preamble: [ReportDocument.Block] = [.paragraph(intro)]
    return format.layout(
      language: language, title: title, preamble: preamble, sections: sections)
  }
}
