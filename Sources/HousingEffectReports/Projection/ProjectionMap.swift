import HousingEffect

/// The map of the HTML projection report: when a study projects two or more Limburg
/// municipalities, the working labour migrants of each in one year on the first path, without
/// establishments. It reads the projection's central values only; municipalities the study
/// does not project are drawn as "no data".
enum ProjectionMap {
  /// The year the map shows: 2030 where every projected municipality reaches it, else the
  /// last year they all share.
  static func year(_ areas: [Projection.AreaResult]) -> Int? {
    let common = areas.dropFirst().reduce(Set(areas.first?.years ?? [])) {
      $0.intersection($1.years)
    }
    return common.contains(2030) ? 2030 : common.max()
  }

  static func block(
    _ projection: Projection, words: ProjectionStrings, numbers: NumberFormat
  ) -> ReportDocument.Block? {
    let municipalities = projection.areas.filter {
      $0.area.level == .municipality && !$0.paths.isEmpty
        && LimburgMap.outline(name: $0.area.name) != nil
    }
    guard let path = municipalities.first?.paths.first else { return nil }
    let shown = municipalities.filter { $0.paths.first == path }
    guard shown.count >= 2, let year = year(shown) else { return nil }
    let values: [ReportDocument.Map.Value] = shown.compactMap { result in
      guard let outline = LimburgMap.outline(name: result.area.name),
        let value = result.value(path: 0, .working, year: year)
      else { return nil }
      return .init(
        code: outline.code, value: value, label: numbers.format(value, unit: .persons))
    }
    let nl = words.language == .nl
    let pathName = words.path(path)
    return .map(
      ReportDocument.Map(
        title: nl
          ? "Werkzame arbeidsmigranten per gemeente in \(year), \(pathName)"
          : "Working labour migrants per municipality in \(year), \(pathName)",
        description: nl
          ? "Kaart van de 31 Limburgse gemeenten. De \(values.count) gemeenten van de studie zijn ingekleurd naar de centrale schatting van de werkzame arbeidsmigranten in \(year) (zonder vestigingen); de andere hebben geen gegevens."
          : "Map of the 31 Limburg municipalities. The study's \(values.count) municipalities are shaded by the central estimate of working labour migrants in \(year) (without establishments); the others have no data.",
        legendTitle: nl ? "werkzame arbeidsmigranten, \(year)" : "working labour migrants, \(year)",
        values: values,
        noData: nl ? "niet in de studie" : "not in the study",
        credit: nl
          ? "Grenzen: Kadaster / CBS, Wijk- en buurtkaart 2024"
          : "Boundaries: Kadaster / CBS, Wijk- en buurtkaart 2024"))
  }
}
