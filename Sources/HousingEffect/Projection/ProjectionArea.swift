/// An area a projection covers — the province, a policy region or a municipality — with its
/// base count of working labour migrants and where that count comes from.
public struct ProjectionArea: Sendable, Hashable, Codable {
  /// What kind of area it is.
  public enum Level: String, Sendable, Hashable, Codable {
    case province, policyRegion, municipality
  }

  /// The area's name, such as "Limburg", "Noord-Limburg" or "Venlo".
  public var name: String
  /// Province, policy region or municipality.
  public var level: Level
  /// The municipalities it holds (one for a municipality).
  public var municipalities: [String]
  /// Population, dwellings: the sum over its municipalities in the region data.
  public var host: HostRegion
  /// The year of the base count.
  public var baseYear: Int
  /// Labour migrants working in the area in the base year [persons].
  public var baseWorking: Double
  /// Where the base comes from, in words, with its source.
  public var baseSource: String
  /// Licensed temporary beds in the base year, where known [beds].
  public var existingBeds: Double?
  /// Where `existingBeds` comes from, in words; `nil` when it is unknown.
  public var existingBedsSource: String?

  /// The province's name in studies and reports.
  public static let provinceName = "Limburg"

  /// The names the province answers to, folded once.
  static let provinceKeys = [NameKey(provinceName), NameKey("Provincie Limburg")]

  /// The policy regions with their names folded once.
  static let policyRegionKeys = Municipality.PolicyRegion.allCases.map {
    (key: NameKey($0.rawValue), policy: $0)
  }

  /// Why an area cannot be projected.
  public enum Problem: Error, Sendable, Hashable {
    /// No municipality, policy region or province of that name.
    case unknown(String, suggestion: String?)
    /// Known, but no sourced base of working labour migrants and none in the study.
    case noBase(String, detail: String)
  }

  /// Resolves `name` against the region data, using a base from the study when given.
  public static func resolve(
    _ name: String, regions: RegionData, bases: [ProjectionStudy.Base],
    supply: [ProjectionStudy.ExistingSupply]
  ) -> Result<ProjectionArea, Problem> {
    let key = NameKey(name)
    // Limburg's municipalities, found by their codes: only a province or a policy region needs
    // them, so a municipality's lookup does not walk every code (issue 18).
    func limburg() -> [Municipality] { regions.municipalities.filter(\.isInLimburg) }
    let userBase = bases.last { NameKey($0.region) == key }
    let userSupply = supply.last { NameKey($0.region) == key }
    func sum(
      _ members: [Municipality], name: String, policyRegion: HostRegion.PolicyRegion
    ) -> HostRegion {
      let dwellings = members.map { $0.dwellings.map { Double($0.value) } }
      return HostRegion(
        name: name, policyRegion: policyRegion,
        population: members.reduce(0) { $0 + Double($1.population.value) },
        dwellings: dwellings.contains(nil) ? nil : dwellings.reduce(0) { $0 + ($1 ?? 0) })
    }
    func area(
      _ level: Level, members: [Municipality], host: HostRegion, sourced: (Int, Double, String)?
    ) -> Result<ProjectionArea, Problem> {
      let chosen =
        userBase.map { ($0.year, $0.working, "study file: " + $0.source) } ?? sourced
      guard let (year, working, source) = chosen else {
        return .failure(
          .noBase(
            host.name,
            detail: level == .municipality
              ? "the region data has no count of labour migrants working in \(host.name)"
                + (members.first?.labourMigrants.map {
                  " (its figure, \($0.count) in \($0.year), is a '\($0.kind.rawValue)' count, not a count of those working there)"
                } ?? "")
              : "no source gives the number of labour migrants working in \(host.name)"))
      }
      var bedsSource: String?
      var beds: Double?
      if let userSupply {
        beds = userSupply.beds
        bedsSource = "study file: " + userSupply.source
      } else if level == .municipality, let licensed = members.first?.licensedMigrantBeds {
        beds = Double(licensed.count)
        bedsSource = "region data: licensed beds in \(licensed.year)"
      }
      return .success(
        ProjectionArea(
          name: host.name, level: level, municipalities: members.map(\.name), host: host,
          baseYear: year, baseWorking: working, baseSource: source, existingBeds: beds,
          existingBedsSource: bedsSource))
    }
    if provinceKeys.contains(key) {
      let limburg = limburg()
      let host = sum(limburg, name: provinceName, policyRegion: .other)
      return area(
        .province, members: limburg, host: host,
        sourced: (
          GrowthPath.provinceBaseYear,
          ParameterCatalog.standard[.regionLimburgLabourMigrants].map {
            ParameterSet.catalogValue($0, on: .jan1(GrowthPath.provinceBaseYear))
          } ?? 0,
          "Decisio 2024 via the action plan 'Waardig werken en wonen' (Provincie Limburg 2024), §2.1.2"
        ))
    }
    if let policy = policyRegionKeys.first(where: { $0.key == key })?.policy {
      let members = limburg().filter { $0.policyRegion == policy }
      let region: HostRegion.PolicyRegion =
        switch policy {
        case .noordLimburg: .noordLimburg
        case .middenLimburg: .middenLimburg
        case .zuidLimburg: .zuidLimburg
        }
      return area(
        .policyRegion, members: members,
        host: sum(members, name: policy.rawValue, policyRegion: region),
        sourced: nil)
    }
    switch regions.municipality(named: name) {
    case .success(let municipality):
      let sourced: (Int, Double, String)? = municipality.labourMigrants.flatMap { figure in
        guard figure.kind == .working, let year = Int(figure.year) else { return nil }
        return (
          year, Double(figure.count),
          "region data: \(figure.count) labour migrants working in \(municipality.name) in "
            + "\(figure.year) (the municipality's notes in the region data name the source)"
        )
      }
      return area(
        .municipality, members: [municipality], host: HostRegion(municipality), sourced: sourced)
    case .failure:
      let names =
        [provinceName] + Municipality.PolicyRegion.allCases.map(\.rawValue)
        + regions.municipalities.map(\.name)
      return .failure(.unknown(name, suggestion: Suggestion.closest(to: name, in: names)))
    }
  }
}
