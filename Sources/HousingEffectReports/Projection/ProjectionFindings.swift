import HousingEffect

/// The findings that open a projection (issue 19, item 7): per area shown in full, the range of
/// each growth path in 2030, 2040 and 2050, and per path the largest shortfall of temporary
/// beds and of long-stay dwellings with its year and the first year with a shortfall (the year
/// the existing, where known, and planned supply runs out). Each figure is the headline value:
/// the P50 of the draws beside P10–P90, or the central value without draws.
enum ProjectionFindings {
  /// The years the findings show, where projected after the base year.
  static let years = [2030, 2040, 2050]

  /// The headline value: the P50 of the draws, or the central value without draws.
  static func headline(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant = .without,
    _ indicator: ProjectionIndicator, year: Int
  ) -> Double? {
    result.band(path: path, variant: variant, indicator, year: year)?.p50
      ?? result.value(path: path, variant: variant, indicator, year: year)
  }

  /// "P50 (P10–P90)", or the central value without draws.
  static func cell(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant,
    _ indicator: ProjectionIndicator, year: Int, numbers: NumberFormat
  ) -> String {
    let unit = indicator.unit
    guard let value = result.value(path: path, variant: variant, indicator, year: year) else {
      return NumberFormat.notANumber
    }
    guard let band = result.band(path: path, variant: variant, indicator, year: year) else {
      return numbers.format(value, unit: unit)
    }
    return numbers.format(band.p50, unit: unit) + " (" + numbers.format(band.p10, unit: unit)
      + "–" + numbers.format(band.p90, unit: unit) + ")"
  }

  /// The largest shortfall after the base year and its year (the first when tied); `nil` when
  /// there is none (every year at most half a bed or dwelling, which prints as 0).
  static func largest(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant,
    _ indicator: ProjectionIndicator
  ) -> (value: Double, year: Int)? {
    var best: (value: Double, year: Int)?
    for year in result.years.dropFirst() {
      guard let value = headline(result, path: path, variant: variant, indicator, year: year),
        value >= 0.5
      else { continue }
      if best == nil || value > best!.value { best = (value, year) }
    }
    return best
  }

  /// The first year with a shortfall, the base year included (a shortfall there means the
  /// existing supply is short already), `nil` when there is none.
  static func firstShortfall(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant,
    _ indicator: ProjectionIndicator
  ) -> Int? {
    result.years.first { year in
      (headline(result, path: path, variant: variant, indicator, year: year) ?? 0) >= 0.5
    }
  }

  /// The path rows of an area: every path without the establishments and, with them, every
  /// path with them.
  static func rows(_ result: Projection.AreaResult) -> [(path: Int, variant: ProjectionVariant)] {
    result.paths.indices.flatMap { path in result.variants.map { (path, $0) } }
  }

  /// A row's name: the path's short name, and under it "  met vestigingen".
  static func rowName(
    _ result: Projection.AreaResult, path: Int, variant: ProjectionVariant,
    words: ProjectionStrings
  ) -> String {
    variant == .with ? "\u{2003}" + words.with : words.shortPath(result.paths[path])
  }

  /// The area's paths: short name, then its label as it fits the area.
  static func pathList(
    _ result: Projection.AreaResult, words: ProjectionStrings
  )
    -> ReportDocument.Block
  {
    .keyValues(
      result.paths.map {
        .init(key: words.shortPath($0), value: words.path($0, in: result.area))
      })
  }

  /// The findings of one area: its two tables.
  static func blocks(
    _ result: Projection.AreaResult, words: ProjectionStrings, numbers: NumberFormat
  ) -> [ReportDocument.Block] {
    let nl = words.nl
    let years = Self.years.filter { $0 > result.area.baseYear && result.years.contains($0) }
    let horizon = result.years.last ?? result.area.baseYear
    let rows = rows(result)
    let range = ReportDocument.Table(
      columns: [.init(title: nl ? "Groeipad" : "Growth path", alignment: .left)]
        + years.map { .init(title: String($0), alignment: .right) },
      rows: rows.map { row in
        ReportDocument.Row(
          cells: [rowName(result, path: row.path, variant: row.variant, words: words)]
            + years.map {
              cell(
                result, path: row.path, variant: row.variant, .working, year: $0, numbers: numbers)
            }, note: nil)
      }, noteTitle: nil)
    func largestCell(
      _ row: (path: Int, variant: ProjectionVariant), _ id: ProjectionIndicator
    )
      -> String
    {
      guard let (value, year) = largest(result, path: row.path, variant: row.variant, id) else {
        return nl ? "geen tot \(horizon)" : "none to \(horizon)"
      }
      return numbers.format(value, unit: id.unit) + (nl ? " in " : " in ") + String(year)
    }
    func firstCell(
      _ row: (path: Int, variant: ProjectionVariant), _ id: ProjectionIndicator
    )
      -> String
    {
      guard let year = firstShortfall(result, path: row.path, variant: row.variant, id) else {
        return nl ? "niet vóór \(horizon + 1)" : "not before \(horizon + 1)"
      }
      return year == result.area.baseYear
        ? (nl ? "al in \(year)" : "already in \(year)") : String(year)
    }
    let gaps = ReportDocument.Table(
      columns: [
        .init(title: nl ? "Groeipad" : "Growth path", alignment: .left),
        .init(title: nl ? "Max. tekort bedden" : "Max. bed shortfall", alignment: .right),
        .init(title: nl ? "Bedden op" : "Beds run out", alignment: .right),
        .init(title: nl ? "Max. tekort woningen" : "Max. dwelling shortfall", alignment: .right),
        .init(title: nl ? "Woningen op" : "Dwellings run out", alignment: .right),
      ],
      rows: rows.map { row in
        ReportDocument.Row(
          cells: [
            rowName(result, path: row.path, variant: row.variant, words: words),
            largestCell(row, .temporaryGap), firstCell(row, .temporaryGap),
            largestCell(row, .longStayGap), firstCell(row, .longStayGap),
          ], note: nil)
      }, noteTitle: nil)
    return [
      .subheading("\(result.area.name) (\(words.level(result.area.level)))"),
      .paragraph(
        nl
          ? "Werkzame arbeidsmigranten per groeipad (basis: \(numbers.format(result.area.baseWorking, unit: .persons)) in \(result.area.baseYear)); daarna per pad het grootste tekort tijdelijke bedden (bedden, tijdelijk) en long-stay-woningen (woningen) met zijn jaar, en het jaar waarin het aanbod op is. De groeipaden:"
          : "Working labour migrants per growth path (base: \(numbers.format(result.area.baseWorking, unit: .persons)) in \(result.area.baseYear)); then per path the largest shortfall of temporary beds (beds) and long-stay dwellings (dwellings) with its year, and the year supply runs out. The growth paths:"
      ),
      pathList(result, words: words),
      .table(range),
      .table(gaps),
    ]
  }

  /// The findings section: a lead paragraph, then the areas shown in full.
  static func section(
    _ projection: Projection, areas: [Projection.AreaResult], compared: Int,
    words: ProjectionStrings, numbers: NumberFormat
  ) -> (title: String, blocks: [ReportDocument.Block]) {
    let nl = words.nl
    let drawn = projection.options.map { $0.draws > 0 } == true
    var blocks: [ReportDocument.Block] = [
      .paragraph(
        (drawn
          ? (nl
            ? "Elk cijfer is de middelste uitkomst (P50) van de trekkingen, met P10–P90 tussen haakjes. "
            : "Each figure is the middle outcome (P50) of the draws, with P10–P90 in brackets. ")
          : (nl
            ? "Centrale schattingen (--draws 0). " : "Central estimates (--draws 0). "))
          + (nl
            ? "Per groeipad: het grootste tekort na het basisjaar met zijn jaar, en het eerste jaar met een tekort — het jaar waarin het bestaande (waar bekend) en het geplande aanbod op is; ‘al in’ het basisjaar als het bestaande aanbod dan al tekortschiet. Is het bestaande aanbod onbekend, dan is het tekort de groei boven het basisjaar min het geplande aanbod."
            : "Per growth path: the largest shortfall after the base year with its year, and the first year with a shortfall — the year the existing (where known) and planned supply runs out; ‘already in’ the base year when the existing supply falls short then. Where the existing supply is unknown, the shortfall is the growth above the base year minus planned supply.")
      )
    ]
    if compared > 0 {
      blocks.append(
        .paragraph(
          nl
            ? "De \(compared) gemeenten staan in de vergelijking per gemeente (volgende hoofdstuk); volledige tabellen per gemeente met --detail."
            : "The \(compared) municipalities are in the comparison by municipality (next chapter); full tables per municipality with --detail."
        ))
    }
    for result in areas { blocks += Self.blocks(result, words: words, numbers: numbers) }
    return (nl ? "Bevindingen" : "Findings", blocks)
  }
}
