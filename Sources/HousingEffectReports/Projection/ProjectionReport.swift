import HousingEffect

/// The projection as plain text, Markdown or HTML: per area its base and, per growth path, a
/// table of the key figures at the report years with their P10–P90 band; with establishments,
/// what they add. The HTML adds a fan chart per path and the need by housing form.
public struct ProjectionReport: Sendable {
  public let language: Language
  public let format: ReportFormat

  /// The years the tables show (with the base year before them), where projected.
  public static let reportYears = [2025, 2030, 2035, 2040, 2050]

  /// The rows of the report tables; CSV and JSON carry every indicator.
  public static let reportIndicators: [ProjectionIndicator] = [
    .working, .resident, .registered, .presentAtPeak, .shortStay, .midStay, .longStay, .arrivals,
    .familyMembers, .children, .shortStayBeds, .midStayBeds, .longStayDwellings, .gpFTE,
    .primaryPlaces, .newcomerPlaces, .brpRegistrations, .brpDeregistrations, .temporarySupply,
    .temporaryGap,
    .longStayGap,
  ]

  public init(format: ReportFormat, language: Language) {
    self.format = format
    self.language = language
  }

  public func render(_ projection: Projection, command: String?) -> String {
    let words = ProjectionStrings(language: language)
    let numbers = NumberFormat(language: language)
    var preamble: [ReportDocument.Block] = []
    if let description = projection.study.description { preamble.append(.paragraph(description)) }
    if let options = projection.options, options.draws > 0 {
      preamble.append(
        .paragraph(
          language == .nl
            ? "Elke waarde is de centrale schatting (catalogus); eronder de band P10–P90 uit \(numbers.integer(options.draws)) trekkingen (seed \(options.seed)), waarin padparameters en modelparameters samen variëren."
            : "Each value is the central estimate (catalogue values); under it the P10–P90 band from \(numbers.integer(options.draws)) draws (seed \(options.seed)), with path and model parameters drawn together."
        ))
    } else {
      preamble.append(
        .paragraph(
          language == .nl
            ? "Centrale schattingen zonder onzekerheidsband (--draws 0)."
            : "Central estimates without an uncertainty band (--draws 0)."))
    }
    if let map = ProjectionMap.block(projection, words: words, numbers: numbers) {
      preamble.append(map)
    }
    var sections: [(title: String, blocks: [ReportDocument.Block])] = []
    if let summary = ProjectionKeyFigures.section(
      projection, language: language, words: words, numbers: numbers)
    {
      sections.append(summary)
    }
    for result in projection.areas {
      sections.append(
        (
          "\(result.area.name) (\(words.level(result.area.level)))",
          areaBlocks(result, study: projection.study, words: words, numbers: numbers)
        ))
    }
    sections.append(
      (
        words.method,
        methodBlocks(words: words) + ProjectionMethodNotes.blocks(projection, language)
      ))
    if let command { sections.append((words.reproduce, [.code(command)])) }
    let title = "\(words.title) \(projection.study.until): \(projection.study.title)"
    return format.layout(language: language, title: title, preamble: preamble, sections: sections)
  }

  func areaBlocks(
    _ result: Projection.AreaResult, study: ProjectionStudy, words: ProjectionStrings,
    numbers: NumberFormat
  ) -> [ReportDocument.Block] {
    let area = result.area
    var facts: [ReportDocument.KeyValue] = [
      .init(
        key: words.base,
        value: language == .nl
          ? "\(numbers.format(area.baseWorking, unit: .persons)) werkzame arbeidsmigranten in \(area.baseYear) — \(words.source(area.baseSource))"
          : "\(numbers.format(area.baseWorking, unit: .persons)) working labour migrants in \(area.baseYear) — \(area.baseSource)"
      ),
      .init(
        key: words.existingBeds,
        value: area.existingBeds.map {
          numbers.format($0, unit: .beds) + " (" + words.source(area.existingBedsSource ?? "") + ")"
        } ?? words.unknown),
    ]
    let inside = study.establishments.filter {
      area.municipalities.contains($0.establishment.municipality)
    }
    if !inside.isEmpty {
      facts.append(
        .init(
          key: words.establishments,
          value: inside.map {
            "\(ReportStrings(language: language).name($0.establishment)) (\($0.establishment.municipality), \(language == .nl ? "vanaf" : "from") \($0.establishment.startYear))"
          }.joined(separator: "; ")))
    }
    let planned = study.plannedSupply.filter { $0.region == area.name }
    if !planned.isEmpty {
      facts.append(
        .init(
          key: words.planned,
          value: planned.map { project in
            var parts: [String] = []
            if project.beds > 0 {
              parts.append(numbers.format(project.beds, unit: .beds) + " " + words.unit(.beds))
            }
            if project.dwellings > 0 {
              parts.append(
                numbers.format(project.dwellings, unit: .dwellings) + " " + words.unit(.dwellings))
            }
            return (project.name.map { $0 + ": " } ?? "") + parts.joined(separator: " + ")
              + " (\(project.year))"
          }.joined(separator: "; ")))
    }
    var blocks: [ReportDocument.Block] = [.keyValues(facts)]
    let rates = ProjectionPathRates(study: study, language: language)
    blocks += rates.areaBlocks(result, study: study)
    let years =
      [area.baseYear] + Self.reportYears.filter { $0 > area.baseYear && result.years.contains($0) }
    for (pathIndex, path) in result.paths.enumerated() {
      blocks.append(.subheading(words.path(path)))
      blocks.append(.paragraph(words.pathExplanation(path)))
      blocks += rates.pathBlocks(result, path: pathIndex)
      blocks.append(
        .table(
          table(
            result, path: pathIndex, variant: .without, years: years, words: words, numbers: numbers
          )))
      if result.variants.contains(.with) {
        blocks.append(
          .paragraph(
            language == .nl
              ? "Met de vestigingen erbij (\(words.difference) tussen haakjes):"
              : "With the establishments added (\(words.difference) in brackets):"))
        blocks.append(
          .table(
            table(
              result, path: pathIndex, variant: .with, years: years, words: words, numbers: numbers)
          ))
      }
      blocks.append(
        contentsOf: ProjectionCharts.blocks(result, path: pathIndex, words: words, numbers: numbers)
      )
    }
    return blocks
  }

  func table(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant, years: [Int],
    words: ProjectionStrings, numbers: NumberFormat
  ) -> ReportDocument.Table {
    var rows: [ReportDocument.Row] = []
    for indicator in Self.reportIndicators {
      let unit = indicator.unit
      var cells = [words.indicator(indicator), words.unit(unit)]
      for year in years {
        let value = result.value(path: path, variant: variant, indicator, year: year) ?? .nan
        var cell = numbers.format(value, unit: unit)
        if variant == .with, let without = result.value(path: path, indicator, year: year) {
          cell += " (" + numbers.format(value - without, unit: unit, signed: true) + ")"
        }
        cells.append(cell)
      }
      rows.append(ReportDocument.Row(cells: cells, note: nil))
      if result.bands != nil {
        var band = ["  " + words.bandNote, ""]
        for year in years {
          let range = result.band(path: path, variant: variant, indicator, year: year)
          band.append(
            range.map {
              numbers.format($0.p10, unit: unit) + "–" + numbers.format($0.p90, unit: unit)
            }
              ?? "")
        }
        rows.append(ReportDocument.Row(cells: band, note: nil))
      }
    }
    return ReportDocument.Table(
      columns: [
        .init(title: words.indicatorColumn, alignment: .left),
        .init(title: words.unitColumn, alignment: .left),
      ] + years.map { .init(title: String($0), alignment: .right) },
      rows: rows, noteTitle: nil, repeatedColumns: 2)
  }

  func methodBlocks(words: ProjectionStrings) -> [ReportDocument.Block] {
    let nl = language == .nl
    return [
      .bullets(
        nl
          ? [
            "Werkzaam, wonend, ingeschreven en aanwezig op de piek zijn verschillende reeksen: wonend = werkzaam × (1 − aandeel buiten de provincie), ingeschreven = de wonende mid- en long-stay-arbeidsmigranten × het inschrijvingsaandeel (zie hieronder), piek = wonend × piekfactor.",
            "De voorraad per verblijfsduur volgt uit het pad: vertrek per verblijfsduur, vestiging (mid-stay → long-stay) en aankomsten die de rest aanvullen; per verblijfsduur geldt elk jaar voorraad(t) = voorraad(t−1) + instroom − uitstroom.",
            "Eenheden: tijdelijke huisvesting (short-stay en mid-stay) telt in bedden, één per persoon op de piek; long-stay telt in woningen. 'assess' toont voor mid-stay daarnaast de kamers die deze bedden vragen (personen per kamer).",
            "Huishoudens, woningbehoefte en voorzieningen komen uit dezelfde rekenstappen als 'assess', gevoed met de voorraad van het gebied.",
            "Een gemeente zonder bronvermelde telling van werkzame arbeidsmigranten vanaf 2022 krijgt geen projectie tenzij de studie een basis met bron geeft of de provincie verdeelt met de verdeelsleutel (een benadering, met haar bekende fout bij elke basis); een oudere telling wordt niet langs de lijn van de provincie geschaald.",
            "Pendel tussen gemeenten wordt in evenwicht verondersteld; kennismigranten zitten niet in de reeks van het pad (wel in de vestigingen).",
            "Eén regel voor beide tekorten: behoefte tegen bestaand aanbod (waar bekend) plus gepland aanbod; is het bestaande aanbod onbekend (long-stay-woningen altijd, tijdelijke bedden zonder bekende vergunde bedden), dan is het tekort de groei boven het basisjaar min het geplande aanbod, dus nooit een tekort in het basisjaar zelf.",
          ]
          : [
            "Working, resident, registered and present at the peak are distinct series: resident = working × (1 − share living outside the province), registered = the resident mid and long stays × the registration share (below), peak = resident × peak factor.",
            "The stock by stay class follows the path: departures by stay length, settlement (mid stay → long stay) and arrivals that make up the rest; per stay class every year stock(t) = stock(t−1) + arrivals − departures.",
            "Units: temporary accommodation (short and mid stay) counts in beds, one per person at the peak; long stay counts in dwellings. 'assess' also shows the rooms these mid-stay beds need (persons per room).",
            "Households, housing need and facility load come from the same stages as 'assess', fed with the area's stock.",
            "A municipality without a sourced count of working labour migrants from 2022 on is not projected unless the study gives a base with its source or spreads the province with the distribution key (a proxy, its known error stated with every base); an older count is not scaled along the province's line.",
            "Commuting between municipalities is assumed to balance; knowledge migrants are not in the path's series (they are in the establishments).",
            "One rule for both shortfalls: need against existing supply (where known) plus planned supply; where existing supply is unknown (long-stay dwellings always, temporary beds without known licensed beds) the shortfall is the growth above the base year minus planned supply, so never a shortfall in the base year itself.",
          ])
    ]
  }
}
