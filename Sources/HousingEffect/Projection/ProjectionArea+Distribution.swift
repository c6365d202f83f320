/// The province's base spread over its policy regions and municipalities with a distribution
/// key (issue 19, item 3), so that a province study reports all 31 municipalities and the three
/// policy regions and they add up to the province. See Docs/projection-format.md ("distribute")
/// and Docs/region-data.md ("Distribution key (proxy)").
extension ProjectionArea {
  /// The shipped keys (``LimburgDistributionKey``); both are proxies.
  public enum DistributionKey: String, Sendable, Hashable, Codable, CaseIterable {
    /// Zuid-Limburg anchored on its 2018 share (Decisio), the rest by population (recommended).
    case regionAnchored
    /// Share of Limburg's registered population on 1 January 2024.
    case population

    /// The municipality's share (before normalising over the municipalities in the data).
    func share(_ entry: LimburgDistributionKey.Entry) -> Double {
      switch self {
      case .regionAnchored: entry.regionAnchoredShare
      case .population: entry.populationShare
      }
    }

    /// What the key is and its known error against the regional counts that exist
    /// (`python3 Docs/data/make-distribution-key.py --errors`, key × 64,200 for 2018).
    public var label: String {
      switch self {
      case .regionAnchored:
        "distribution key (proxy, region-anchored): the province's base × the municipality's share; "
          + LimburgDistributionKey.concept
          + ". Known error: Zuid-Limburg 0% in 2018 (anchored); Noord-Limburg −11% or worse "
          + "against over 30,000 working in 2019; Venray −25% against 7,000 (2023)"
      case .population:
        "distribution key (proxy, population share): the province's base × the municipality's "
          + "share of Limburg's population (CBS 85984NED, 1 January 2024). Known error: "
          + "Zuid-Limburg +121% against 15,400 in 2018; Noord-Limburg −45% or worse against "
          + "over 30,000 working in 2019; Venray −53% against 7,000 (2023)"
      }
    }
  }

  /// The three policy regions and every Limburg municipality of `regions`, in that order, with
  /// bases `province.baseWorking` × key share in the province's base year; the shares are
  /// normalised over the municipalities found, so the municipalities (and the regions) add up
  /// to the province exactly. A base in the study file for a name overrides its key base (that
  /// area then no longer adds up, which its source says).
  public static func distributed(
    province: ProjectionArea, key: DistributionKey, regions: RegionData,
    bases: [ProjectionStudy.Base], supply: [ProjectionStudy.ExistingSupply]
  ) -> [ProjectionArea] {
    distributed(
      province: province, label: key.label, regions: regions, bases: bases, supply: supply
    ) { LimburgDistributionKey.entry(code: $0.code).map(key.share) ?? 0 }
  }

  /// The same with a user's key file (issue 19): each municipality's count in the file.
  public static func distributed(
    province: ProjectionArea, keyFile: DistributionKeyFile, regions: RegionData,
    bases: [ProjectionStudy.Base], supply: [ProjectionStudy.ExistingSupply]
  ) -> [ProjectionArea] {
    distributed(
      province: province, label: keyFile.label, regions: regions, bases: bases, supply: supply
    ) { keyFile.counts[$0.code] ?? 0 }
  }

  static func distributed(
    province: ProjectionArea, label: String, regions: RegionData,
    bases: [ProjectionStudy.Base], supply: [ProjectionStudy.ExistingSupply],
    weight: (Municipality) -> Double
  ) -> [ProjectionArea] {
    let members = regions.municipalities.filter(\.isInLimburg)
    let shares = members.map(weight)
    let total = shares.reduce(0, +)
    guard total > 0 else { return [] }
    func area(_ name: String, share: Double) -> ProjectionArea? {
      if bases.contains(where: { NameKey($0.region) == NameKey(name) }),
        case .success(let own) = resolve(name, regions: regions, bases: bases, supply: supply)
      {
        return own
      }
      let base = ProjectionStudy.Base(
        region: name, year: province.baseYear, working: province.baseWorking * share,
        source: "")
      guard
        case .success(var keyed) = resolve(name, regions: regions, bases: [base], supply: supply)
      else { return nil }
      keyed.baseSource = label
      return keyed
    }
    var areas: [ProjectionArea] = []
    for policy in Municipality.PolicyRegion.allCases {
      let share = zip(members, shares).filter { $0.0.policyRegion == policy }
        .reduce(0) { $0 + $1.1 }
      if let found = area(policy.rawValue, share: share / total) { areas.append(found) }
    }
    for (municipality, share) in zip(members, shares) {
      if let found = area(municipality.name, share: share / total) { areas.append(found) }
    }
    return areas
  }
}
