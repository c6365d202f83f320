/// Municipality names resolved once per batch: a file of 100,000 rows names a few dozen
/// municipalities, and each name is looked up (folded, matched, on failure compared with every
/// name for a suggestion) only the first time it is met. The same answers as
/// `RegionData.municipality(named:)`, which it asks.
struct MunicipalityLookup {
  let regions: RegionData
  private var resolved: [String: Result<Municipality, MunicipalityLookupFailure>] = [:]

  init(regions: RegionData) {
    self.regions = regions
  }

  /// The municipality `name` stands for, as `regions.municipality(named:)` gives it.
  mutating func municipality(named name: String) -> Result<Municipality, MunicipalityLookupFailure>
  {
    if let known = resolved[name] { return known }
    let found = regions.municipality(named: name)
    resolved[name] = found
    return found
  }
}
