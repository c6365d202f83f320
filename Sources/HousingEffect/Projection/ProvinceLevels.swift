/// The named growth paths' province levels of one parameter set, made once for every area and
/// path that asks for them (issue 18).
///
/// An area on a named path follows the province's path: its base × province(t) ÷
/// province(base year) (`GrowthPath.levels(base:province:)`). The province's levels depend on
/// the draw's parameters and the years only, so the 31 municipalities of a province study, or
/// a municipality and its region, share them: each draw reads the path's rates once and
/// evaluates the province's curve (a `pow` or an `exp` a year) once per path and run of years,
/// instead of once per area. A worker keeps one and calls `reset()` when it draws the next
/// parameter set. The levels are the numbers `GrowthPath.levels(base:years:parameters:)` gives,
/// bit for bit: the same function computes them.
struct ProvinceLevels {
  /// The province path's rates of the current parameter set, read on first use.
  private var rates: GrowthPath.ProvinceRates?
  /// The levels made for the current parameter set: a named path and its years.
  private var made: [(path: GrowthPath, years: [Int], levels: [Double])] = []

  /// Forgets the levels of the last parameter set (call before using the next one).
  mutating func reset() {
    rates = nil
    made.removeAll(keepingCapacity: true)
  }

  /// The area's working labour migrants on `path` in each of `years`, from its `base`, with
  /// `parameters` (the set this cache was last reset for).
  mutating func levels(
    _ path: GrowthPath, base: Double, years: [Int], parameters: ParameterSet
  ) -> [Double] {
    if case .custom = path { return path.levels(base: base, years: years, parameters: parameters) }
    guard !years.isEmpty else { return [] }
    if let found = made.first(where: { $0.path == path && $0.years == years }) {
      return GrowthPath.levels(base: base, province: found.levels)
    }
    let rates = self.rates ?? GrowthPath.ProvinceRates(parameters)
    self.rates = rates
    let province = path.provinceLevels(years: years, rates: rates)
    made.append((path, years, province))
    return GrowthPath.levels(base: base, province: province)
  }
}
