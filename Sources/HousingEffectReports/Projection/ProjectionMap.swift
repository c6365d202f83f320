import HousingEffect

/// The municipalities of a projection compared (issue 19, items 7 and 8): one compact table of
/// every projected municipality, and maps of the 31 Limburg municipalities shaded by the
/// shortfall of temporary beds and by the working labour migrants, in one year on one path
/// (the path alone, without establishments). Table and maps show the same headline values (the
/// P50 of the draws, or the central value without draws); municipalities the study does not
/// project are drawn as "no data".
enum ProjectionMap {
  /// The year and path the comparison shows.
  struct Choice: Equatable {
    var year: Int
    /// Index into the municipalities' paths.
    var path: Int
  }

  static func municipalities(_ projection: Projection) -> [Projection.AreaResult] {
    projection.areas.filter { $0.area.level == .municipality && !$0.paths.isEmpty }
  }

  /// The year the comparison shows: `wanted` where every municipality reaches it, else 2030
  /// where they all do, else the last year they all share.
  static func year(_ areas: [Projection.AreaResult], wanted: Int? = nil) -> Int? {
    let common = areas.dropFirst().reduce(Set(areas.first?.years ?? [])) {
      $0.intersection($1.years)
    }
    if let wanted, common.contains(wanted) { return wanted }
    return common.contains(2030) ? 2030 : common.max()
  }

  /// The path the comparison shows: the one named `wanted` (a path id such as
  /// `expectation2030`), else the province's 2030 expectation where the study has it, else
  /// the first.
  static func path(_ paths: [GrowthPath], wanted: String? = nil) -> Int {
    if let wanted, let index = paths.firstIndex(where: { $0.name == wanted }) { return index }
    return paths.firstIndex(of: .expectation2030) ?? 0
  }

  static func choice(_ projection: Projection, layout: ProjectionReport.Layout) -> Choice? {
    let shown = municipalities(projection)
    guard let paths = shown.first?.paths, shown.allSatisfy({ $0.paths == paths }),
      let year = year(shown, wanted: layout.mapYear)
    else { return nil }
    return Choice(year: year, path: path(paths, wanted: layout.mapPath))
  }

  /// The comparison section: a paragraph, the table and the two maps; `nil` with fewer than
  /// two municipalities.
  static func section(
    _ projection: Projection, layout: ProjectionReport.Layout, scorecard: ProjectionWelfare,
    words: ProjectionStrings, numbers: NumberFormat
  ) -> (title: String, blocks: [ReportDocument.Block])? {
    let shown = municipalities(projection)
    guard shown.count >= 2, let choice = choice(projection, layout: layout),
      let first = shown.first
    else { return nil }
    let nl = words.nl
    let strings = ReportStrings(language: words.language)
    let year = choice.year
    let paths = first.paths
    let pathName = words.shortPath(paths[choice.path])
    func headline(
      _ result: Projection.AreaResult, _ path: Int, _ id: ProjectionIndicator
    ) -> Double? {
      ProjectionFindings.headline(result, path: path, id, year: year)
    }
    let rows = shown.map { result in
      let card = scorecard.indicators(result, path: choice.path, year: year)
      let per1000 = card.first { $0.id == "welfare.migrantsPer1000" }
      return ReportDocument.Row(
        cells: [result.area.name]
          + paths.indices.map { path in
            headline(result, path, .working).map { numbers.format($0, unit: .persons) }
              ?? NumberFormat.notANumber
          }
          + [
            headline(result, choice.path, .temporaryGap).map { numbers.format($0, unit: .beds) }
              ?? NumberFormat.notANumber,
            per1000.map {
              strings.welfareValue($0.id, $0.value, unit: $0.unit) + " "
                + ReportBuilder.ratingSymbol($0.rating)
            } ?? NumberFormat.notANumber,
          ], note: nil)
    }
    let table = ReportDocument.Table(
      columns: [.init(title: nl ? "Gemeente" : "Municipality", alignment: .left)]
        + paths.map { .init(title: words.shortPath($0), alignment: .right) }
        + [
          .init(
            title: nl ? "Tekort tijdelijke bedden" : "Shortfall of temporary beds",
            alignment: .right),
          .init(
            title: nl ? "Per 1.000 inwoners" : "Per 1,000 inhabitants", alignment: .right),
        ],
      rows: rows, noteTitle: nil)
    let drawn = first.bands != nil
    var blocks: [ReportDocument.Block] = [
      .paragraph(
        nl
          ? "Werkzame arbeidsmigranten in \(year) per gemeente en groeipad, en op het pad ‘\(pathName)’ het tekort tijdelijke bedden en de migranten per 1.000 inwoners (met het oordeel van de scorekaart: ▲ positief, ● neutraal, ◆ aandacht, ▼ negatief), zonder vestigingen. "
            + (drawn
              ? "Elk cijfer is de middelste uitkomst (P50) van de trekkingen; de banden staan in de CSV."
              : "Centrale schattingen.")
            + " Ander jaar of pad: --map-year en --map-path; volledige tabellen per gemeente: --detail NAAM of --detail all."
          : "Working labour migrants in \(year) by municipality and growth path, and on the path ‘\(pathName)’ the shortfall of temporary beds and the migrants per 1,000 inhabitants (with the scorecard's rating: ▲ positive, ● neutral, ◆ attention, ▼ negative), without establishments. "
            + (drawn
              ? "Each figure is the middle outcome (P50) of the draws; the bands are in the CSV."
              : "Central estimates.")
            + " Another year or path: --map-year and --map-path; full tables per municipality: --detail NAME or --detail all."
      ),
      .table(table),
    ]
    let mapped = shown.filter { LimburgMap.outline(name: $0.area.name) != nil }
    if mapped.count >= 2 {
      blocks.append(
        map(
          mapped, indicator: .temporaryGap, path: choice.path, year: year, pathName: pathName,
          words: words, numbers: numbers))
      blocks.append(
        map(
          mapped, indicator: .working, path: choice.path, year: year, pathName: pathName,
          words: words, numbers: numbers))
    }
    return (nl ? "Gemeenten vergeleken" : "Municipalities compared", blocks)
  }

  static func map(
    _ shown: [Projection.AreaResult], indicator: ProjectionIndicator, path: Int, year: Int,
    pathName: String, words: ProjectionStrings, numbers: NumberFormat
  ) -> ReportDocument.Block {
    let values: [ReportDocument.Map.Value] = shown.compactMap { result in
      guard let outline = LimburgMap.outline(name: result.area.name),
        let value = ProjectionFindings.headline(result, path: path, indicator, year: year)
      else { return nil }
      return .init(
        code: outline.code, value: value, label: numbers.format(value, unit: indicator.unit))
    }
    let nl = words.nl
    let gap = indicator == .temporaryGap
    let what =
      gap
      ? (nl ? "Tekort tijdelijke bedden" : "Shortfall of temporary beds")
      : (nl ? "Werkzame arbeidsmigranten" : "Working labour migrants")
    return .map(
      ReportDocument.Map(
        title: nl
          ? "\(what) per gemeente in \(year), pad ‘\(pathName)’"
          : "\(what) per municipality in \(year), path ‘\(pathName)’",
        description: nl
          ? "Kaart van de 31 Limburgse gemeenten. De \(values.count) gemeenten van de studie zijn ingekleurd naar \(what.lowercased()) in \(year) (zonder vestigingen), zoals de tabel hierboven; de andere hebben geen gegevens."
          : "Map of the 31 Limburg municipalities. The study's \(values.count) municipalities are shaded by the \(what.lowercased()) in \(year) (without establishments), as in the table above; the others have no data.",
        legendTitle: nl
          ? "\(what.lowercased()), \(year) (\(words.unit(indicator.unit)))"
          : "\(what.lowercased()), \(year) (\(words.unit(indicator.unit)))",
        values: values,
        noData: nl ? "niet in de studie" : "not in the study",
        credit: ReportDocument.Map.boundariesCredit(words.language)))
  }
}
