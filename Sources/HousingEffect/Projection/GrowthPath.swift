#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif
#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A named growth path of the number of labour migrants working in an area, from its base year
/// to the last projected year. See Docs/projection-format.md and Docs/methodology.md#projection.
///
/// The four named paths are defined for the province in absolute numbers, with their rates in
/// the parameter catalogue (`region.path.*`). A smaller area follows the province path's
/// relative change from its own base year: its base × province(t) ÷ province(base year). A
/// custom path is written in the study for the area itself.
public enum GrowthPath: Sendable, Hashable, Codable {
  /// The 2017–2022 increase continued from 2022 on a logistic curve that flattens towards a
  /// share of Limburg's labour force (`region.path.trend.labourForceCeiling`).
  case trend
  /// A straight line to the province's expected 2030 level, then a yearly rate.
  case expectation2030
  /// The action plan's 'gematigde economische groei en verminderde inzet van arbeidsmigranten'
  /// (§3.6) as a stated policy choice: the 2030 expectation to 2030, then moderate growth of
  /// the work times a falling share of it done by labour migrants.
  case moderateGrowth
  /// Reduced use of labour migrants: a yearly decline.
  case fewerMigrants
  /// Yearly growth rates or target levels from the study file.
  case custom(CustomPath)

  /// The names a study may list, in report order; `custom` needs `customPath`.
  public static let names = [
    "trend", "expectation2030", "moderateGrowth", "fewerMigrants", "custom",
  ]

  /// The path's id as a study file and `--map-path` write it.
  public var name: String {
    switch self {
    case .trend: "trend"
    case .expectation2030: "expectation2030"
    case .moderateGrowth: "moderateGrowth"
    case .fewerMigrants: "fewerMigrants"
    case .custom: "custom"
    }
  }

  /// The catalogue parameters the path's level depends on.
  public var parameters: [ParameterID] {
    switch self {
    case .trend:
      [
        .regionLimburgLabourMigrants, .regionPathTrendAnnualIncrease,
        .regionPathTrendLabourForceCeiling, .regionLimburgLabourForce,
      ]
    case .expectation2030:
      [
        .regionLimburgLabourMigrants, .regionPathExpectation2030Target,
        .regionPathExpectation2030GrowthAfter2030,
      ]
    case .moderateGrowth:
      [
        .regionLimburgLabourMigrants, .regionPathExpectation2030Target,
        .regionPathModerateGrowthWorkGrowth, .regionPathModerateGrowthMigrantShareChange,
      ]
    case .fewerMigrants:
      [.regionLimburgLabourMigrants, .regionPathFewerMigrantsAnnualChange]
    case .custom: []
    }
  }

  /// The year the province paths start from: the latest sourced province total.
  public static let provinceBaseYear = 2022

  /// The year the 2030 expectation is set for; the moderate-growth path's policy rates apply
  /// from it (the path starts from the expectation, issue 19).
  public static let expectationYear = 2030

  /// The province's working labour migrants in its base year (Decisio 2024 via the action plan).
  public static func provinceBase(_ parameters: ParameterSet) -> Double {
    guard let parameter = parameters.catalog[.regionLimburgLabourMigrants] else { return 0 }
    return ParameterSet.catalogValue(parameter, on: .jan1(provinceBaseYear))
  }

  /// The province path's rates, read from the parameters once per run.
  struct ProvinceRates {
    var base: Double
    var trend: Double
    /// The level the trend path flattens towards: the labour-force share times the labour force.
    var ceiling: Double
    var target: Double
    var growthAfter2030: Double
    /// The moderate-growth path's yearly growth of the work and change of the migrants' share.
    var moderateWork: Double
    var moderateShare: Double
    var fewer: Double

    init(_ parameters: ParameterSet) {
      base = GrowthPath.provinceBase(parameters)
      trend = parameters[.regionPathTrendAnnualIncrease]
      ceiling =
        parameters[.regionPathTrendLabourForceCeiling]
        * parameters[.regionLimburgLabourForce]
      target = parameters[.regionPathExpectation2030Target]
      growthAfter2030 = parameters[.regionPathExpectation2030GrowthAfter2030]
      moderateWork = parameters[.regionPathModerateGrowthWorkGrowth]
      moderateShare = parameters[.regionPathModerateGrowthMigrantShareChange]
      fewer = parameters[.regionPathFewerMigrantsAnnualChange]
    }
  }

  /// The province's level in `year` on this path (the named paths only). Before the province
  /// base year every path follows the straight line through the sourced counts of 2017 and
  /// 2022 (the same concept, Decisio): the paths part from 2022 on.
  static func provinceLevel(_ path: GrowthPath, year: Int, parameters: ParameterSet) -> Double {
    provinceLevel(path, year: year, rates: ProvinceRates(parameters))
  }

  static func provinceLevel(_ path: GrowthPath, year: Int, rates: ProvinceRates) -> Double {
    let base = rates.base
    let elapsed = Double(year - provinceBaseYear)
    let level: Double
    switch provinceFormula(path, year: year) {
    case .observedLine:
      level = base + rates.trend * elapsed
    case .logistic:
      level = logistic(base: base, slope: rates.trend, ceiling: rates.ceiling, elapsed: elapsed)
    case .expectationLine:
      level = expectationLine(year, rates: rates)
    case .expectationGrowth:
      level = rates.target * pow(1 + rates.growthAfter2030, Double(year - expectationYear))
    case .moderateGrowth:
      // The policy choice of the action plan §3.6 from the 2030 expectation: the work grows
      // moderately, the share of it done by labour migrants falls.
      let factor = (1 + rates.moderateWork) * (1 + rates.moderateShare)
      level = rates.target * pow(factor, Double(year - expectationYear))
    case .decline:
      level = base * pow(1 + rates.fewer, elapsed)
    }
    return max(0, level)
  }

  /// The formula that gives a named path's province level in a year. Two paths with the same
  /// formula in a year have the same level in it, bit for bit, whatever the parameters (every
  /// path evaluates it in ``provinceLevel(_:year:rates:)``): the 2030 expectation and moderate
  /// growth to 2030, every path up to the province's base year. `project` selects the bands of
  /// such years once (`RegionalProjection.repeatedColumns`, issue 18).
  enum ProvinceFormula: Equatable {
    /// Up to the province base year: the line through the sourced counts of 2017 and 2022.
    case observedLine
    case logistic
    /// To 2030: the straight line to the 2030 expectation.
    case expectationLine
    /// After 2030: the expectation's yearly rate.
    case expectationGrowth
    /// After 2030: moderate growth of the work times a falling share of migrants.
    case moderateGrowth
    case decline
  }

  /// The formula of this path's province level in `year` (a custom path's is the trend's, as
  /// ``provinceLevel(_:year:rates:)`` has always given it; its area levels are its own).
  static func provinceFormula(_ path: GrowthPath, year: Int) -> ProvinceFormula {
    guard year > provinceBaseYear else { return .observedLine }
    switch path {
    case .trend, .custom: return .logistic
    case .expectation2030: return year <= expectationYear ? .expectationLine : .expectationGrowth
    case .moderateGrowth: return year <= expectationYear ? .expectationLine : .moderateGrowth
    case .fewerMigrants: return .decline
    }
  }

  /// The straight line from the province's base to the 2030 expectation.
  static func expectationLine(_ year: Int, rates: ProvinceRates) -> Double {
    rates.base + (rates.target - rates.base) * Double(year - provinceBaseYear)
      / Double(expectationYear - provinceBaseYear)
  }

  /// The recent trend from the base year: a logistic curve (Verhulst) with the 2017–2022 slope
  /// `slope` at the base and `ceiling` as its bound K, L(t) = K ÷ (1 + (K/L₀ − 1)·e^(−r·t)) with
  /// r = slope ÷ (L₀·(1 − L₀/K)), so that dL/dt = r·L·(1 − L/K) equals `slope` at t = 0 and the
  /// path never reaches K. A falling slope, or a bound at or below the base, gives the straight
  /// line held at or below the larger of base and bound.
  static func logistic(base: Double, slope: Double, ceiling: Double, elapsed: Double) -> Double {
    guard slope > 0, ceiling > base, base > 0 else {
      return min(base + slope * elapsed, max(base, ceiling))
    }
    let rate = slope / (base * (1 - base / ceiling))
    return ceiling / (1 + (ceiling / base - 1) * exp(-rate * elapsed))
  }

  /// Working labour migrants in the area for every year of `years` (consecutive, starting at
  /// the area's base year), from the area's base count.
  public func levels(base: Double, years: [Int], parameters: ParameterSet) -> [Double] {
    guard let first = years.first else { return [] }
    switch self {
    case .custom(let custom):
      return custom.levels(base: base, baseYear: first, years: years)
    default:
      return GrowthPath.levels(
        base: base, province: provinceLevels(years: years, rates: ProvinceRates(parameters)))
    }
  }

  /// The province's level in each of `years` on this named path.
  func provinceLevels(years: [Int], rates: ProvinceRates) -> [Double] {
    years.map { GrowthPath.provinceLevel(self, year: $0, rates: rates) }
  }

  /// An area's levels on a named path from the province's levels in the same years
  /// (`provinceLevels(years:rates:)`): its base × province(t) ÷ province(first year), or the
  /// base throughout when the province has none in the first year.
  static func levels(base: Double, province: [Double]) -> [Double] {
    guard let reference = province.first else { return [] }
    guard reference > 0 else { return province.map { _ in base } }
    return province.map { base * $0 / reference }
  }
}

/// A path written in the study: yearly growth rates, or target levels joined by straight lines.
public struct CustomPath: Sendable, Hashable, Codable {
  /// The path's title in reports; `nil`: "Eigen pad" or "Custom path".
  public var title: String?
  /// Growth from the year before to this year [share]; a year without a rate takes the rate of
  /// the nearest earlier year that has one (0 before the first).
  public var growthRates: [Int: Double]
  /// Level of working labour migrants in the area in a year; straight lines between the base
  /// and the targets, the last target held after it.
  public var targets: [Int: Double]
  /// A stated upper bound of working labour migrants in the area (a municipal cap), or `nil`.
  /// Never applied silently: `project` and `check` warn in every year a variant's central
  /// value exceeds it (issue 19, item 5).
  public var cap: Double?

  /// A path of yearly `growthRates` or of `targets` (levels of working labour migrants by year),
  /// with an optional `cap`.
  public init(
    title: String? = nil, growthRates: [Int: Double] = [:], targets: [Int: Double] = [:],
    cap: Double? = nil
  ) {
    self.title = title
    self.growthRates = growthRates
    self.targets = targets
    self.cap = cap
  }

  func levels(base: Double, baseYear: Int, years: [Int]) -> [Double] {
    if !targets.isEmpty {
      let points =
        [(baseYear, base)]
        + targets.filter { $0.key > baseYear }.sorted { $0.key < $1.key }
        .map { ($0.key, $0.value) }
      return years.map { year in
        guard let after = points.firstIndex(where: { $0.0 >= year }) else {
          return points.last?.1 ?? base
        }
        guard after > 0 else { return points[0].1 }
        let (y0, v0) = points[after - 1]
        let (y1, v1) = points[after]
        return v0 + (v1 - v0) * Double(year - y0) / Double(y1 - y0)
      }
    }
    var level = base
    var rate = 0.0
    return years.map { year in
      guard year > baseYear else { return base }
      if let given = growthRates[year] { rate = given }
      level = max(0, level * (1 + rate))
      return level
    }
  }
}
