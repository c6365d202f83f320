import HousingEffect

// The map of where an establishment's newcomers live (issue 19, item 8).
extension ReportBuilder {
  /// A map of the 31 Limburg municipalities shaded by the share of all newcomers living in
  /// each: the host, its named neighbours and the rest of the province, spread by population
  /// as `batch` places its need (`ResidenceSplit.shares`). Other provinces and across the
  /// border are off the map and named in its title. `nil` outside Limburg.
  var residenceMapBlocks: [Block] {
    guard LimburgMap.outline(name: municipality) != nil,
      case .success(let host) = RegionData.limburg.municipality(named: municipality)
    else { return [] }
    let split = assessment.housing.residenceSplit
    let shares = split.shares(host: host, regions: .limburg)
    let values: [ReportDocument.Map.Value] = LimburgMap.outlines.compactMap { outline in
      guard let share = shares[outline.code] else { return nil }
      return .init(code: outline.code, value: share * 100, label: percent(share))
    }
    guard !values.isEmpty else { return [] }
    let countries = split.countries.map { country in
      switch country {
      case .germany: pick("Duitsland", "Germany")
      case .belgium: pick("België", "Belgium")
      }
    }
    var off = [
      pick(
        "\(percent(split.otherProvinces)) in andere provincies",
        "\(percent(split.otherProvinces)) in other provinces")
    ]
    if !countries.isEmpty {
      off.append(
        pick(
          "\(percent(split.abroad)) over de grens in \(list(countries))",
          "\(percent(split.abroad)) across the border in \(list(countries))"))
    }
    return [
      .map(
        ReportDocument.Map(
          title: pick(
            "Waar de nieuwkomers wonen: \(percent(split.host)) in \(municipality); niet op de kaart: \(list(off))",
            "Where the newcomers live: \(percent(split.host)) in \(municipality); off the map: \(list(off))"
          ),
          description: pick(
            "Kaart van de 31 Limburgse gemeenten, ingekleurd naar het aandeel van alle nieuwkomers (migranten en gezinnen) dat er woont: \(municipality), de buurgemeenten en de rest van de provincie naar inwonertal.",
            "Map of the 31 Limburg municipalities, shaded by the share of all newcomers (migrants and families) living there: \(municipality), the neighbouring municipalities and the rest of the province by population."
          ),
          legendTitle: pick("aandeel van de nieuwkomers (%)", "share of the newcomers (%)"),
          values: values, noData: pick("geen", "none"),
          credit: ReportDocument.Map.boundariesCredit(language)))
    ]
  }
}
