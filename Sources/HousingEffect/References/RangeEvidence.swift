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

/// The published establishments that set a parameter's range, and the one rule that turns
/// them into it (issue 20, rounds 5 and 7): a range describes where a real new establishment may
/// land, so it is set from the spread of real ones, not from the uncertainty of a mean.
///
/// The rule (round 7): the **prediction interval for a new site** from the n published sites, on
/// the log scale. With m and s the mean and standard deviation of the sites' logarithms, a new
/// site lies between `exp(m ± t · s · √(1 + 1/n))` with probability 80 %, t the 0.9 quantile of
/// Student's t with n − 1 degrees of freedom (``studentT90(degreesOfFreedom:)``): the P10–P90 of
/// a log-normal with the sites' mean and spread, widened for a small n. The parameter is drawn
/// log-uniform on each side of its value (`DrawShape.logUniformHalves`), so its median stays at
/// the value its own source gave, and the range's ends are placed so that the draws' P10 and P90
/// equal the interval's ends (``rule(_:value:)``). A test asserts that every catalogue range listed
/// here equals the rule applied to its evidence, so `ReferenceValidation` can compute a true
/// leave-one-out: the range recomputed from the other n − 1 sites, the draws rerun.
/// See Docs/methodology.md#validation.
public struct RangeEvidence: Sendable, Hashable {
  /// What is read from a reference establishment.
  public enum Measure: String, Sendable, Hashable {
    /// Floor area ÷ published jobs.
    case squareMetresPerJob
    /// Published jobs ÷ site hectares.
    case jobsPerHectare
  }

  /// The catalogue parameter whose range the rule sets.
  public var parameter: ParameterID
  /// What is read from each reference to compare with the parameter.
  public var measure: Measure
  /// Ids in the reference table (`ReferenceEstablishment.all`) whose published figures set it.
  public var references: [String]

  /// The lower quantile of the interval (P10; the upper is 1 − it, P90).
  public static let lowerQuantile = 0.1

  /// Every parameter whose range is set by the rule.
  public static let all: [RangeEvidence] = [
    RangeEvidence(
      parameter: .jobsM2PerJobDistributionEcommerce, measure: .squareMetresPerJob,
      references: [
        "bleiswijk-zalando-dc", "waalwijk-bolcom-dc", "tilburg-decathlon-dc",
        "tilburg-bijenkorf-dc",
      ]),
    RangeEvidence(
      parameter: .jobsM2PerJobDistributionContract, measure: .squareMetresPerJob,
      references: [
        "heerlen-gxo-jdsports-dc", "venlo-heylen-tradeport-noord", "venray-segro-deblakt-dc",
        "venlo-schenker-tpn-dc", "heerlen-medtronic-ceva-dc", "roermond-ups-healthcare-dc",
      ]),
    RangeEvidence(
      parameter: .jobsM2PerJobDistributionXxl, measure: .squareMetresPerJob,
      references: ["zwaagdijk-action-dc", "nieuwegein-jumbo-ndc", "roosendaal-primark-dc"]),
    RangeEvidence(
      parameter: .jobsFteByHectareDataCentre, measure: .jobsPerHectare,
      references: ["zeewolde-meta-dc", "middenmeer-google-dc", "eemshaven-google-dc"]),
  ]

  /// The evidence of `parameter`, if its range is set by the rule.
  public static func of(_ parameter: ParameterID) -> RangeEvidence? {
    all.first { $0.parameter == parameter }
  }

  /// The published value of one reference: its floor area per job or jobs per hectare.
  public func value(of reference: ReferenceEstablishment) -> Double? {
    guard let jobs = reference.value(.jobs), jobs > 0 else { return nil }
    switch measure {
    case .squareMetresPerJob: return reference.value(.floorAreaM2).map { $0 / jobs }
    case .jobsPerHectare:
      return reference.value(.hectares).flatMap { $0 > 0 ? jobs / $0 : nil }
    }
  }

  /// The published values, by reference id, in list order; without `excluded` when given.
  public func values(
    excluding excluded: String? = nil,
    in table: [ReferenceEstablishment] = ReferenceEstablishment.all
  ) -> [(reference: String, value: Double)] {
    references.compactMap { id in
      guard id != excluded, let reference = table.first(where: { $0.id == id }),
        let value = value(of: reference)
      else { return nil }
      return (id, value)
    }
  }

  /// The rule applied to the evidence (without `excluded`) around the parameter's `value`;
  /// `nil` with fewer than two sites.
  public func range(
    value: Double,
    excluding excluded: String? = nil,
    in table: [ReferenceEstablishment] = ReferenceEstablishment.all
  ) -> ClosedRange<Double>? {
    RangeEvidence.rule(values(excluding: excluded, in: table).map(\.value), value: value)
  }

  /// The P10–P90 prediction interval for a new site from `values` (all > 0, at least two), on
  /// the log scale: `exp(m ± t(0.9, n − 1) · s · √(1 + 1/n))`, m and s the mean and sample
  /// standard deviation of the logarithms.
  public static func predictionInterval(_ values: [Double]) -> ClosedRange<Double>? {
    let n = values.count
    guard n >= 2, values.allSatisfy({ $0 > 0 }) else { return nil }
    let logs = values.map { log($0) }
    let mean = logs.reduce(0, +) / Double(n)
    let variance = logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n - 1)
    let half =
      studentT90(degreesOfFreedom: n - 1) * variance.squareRoot() * (1 + 1 / Double(n)).squareRoot()
    return exp(mean - half)...exp(mean + half)
  }

  /// The catalogue range for a parameter with `value` whose evidence is `values`: drawn
  /// log-uniform on each side of the value, its P10 lies a fifth of the way (0.1 of all draws,
  /// 0.2 of the lower half's) from the lower end to the value in log terms, so the lower end is
  /// `exp((ln q10 − 0.2 ln value) / 0.8)` and the upper `exp((ln q90 − 0.2 ln value) / 0.8)`, with
  /// q10–q90 the ``predictionInterval(_:)``; each to three significant figures. Should the value
  /// lie outside the interval (no catalogue parameter or leave-one-out range does), the range is
  /// the interval widened to the value. `nil` with fewer than two sites.
  public static func rule(_ values: [Double], value: Double) -> ClosedRange<Double>? {
    guard let interval = predictionInterval(values), value > 0 else { return nil }
    return placed(interval, value: value)
  }

  /// The range whose log-uniform halves around `value` put the draws' P10 and P90 on the ends
  /// of `interval` (see ``rule(_:value:)``).
  static func placed(_ interval: ClosedRange<Double>, value: Double) -> ClosedRange<Double> {
    let (q10, q90) = (interval.lowerBound, interval.upperBound)
    guard q10 < value, value < q90 else {
      return significant(min(q10, value))...significant(max(q90, value))
    }
    let share = 2 * lowerQuantile
    let low = exp((log(q10) - share * log(value)) / (1 - share))
    let high = exp((log(q90) - share * log(value)) / (1 - share))
    return significant(low)...significant(high)
  }

  /// The floor-area densities of the sectors without published sites of their own: their
  /// value is a judgement middle value, and their range is where a new site lands around it if
  /// sites scatter as much as in the sectors that do have evidence (``pooledRange(value:in:)``).
  public static let pooled: [ParameterID] = [
    .jobsM2PerJobFoodProcessing, .jobsM2PerJobMeatProcessing, .jobsM2PerJobMetalManufacturing,
    .jobsM2PerJobSemiconductor, .jobsM2PerJobHospitality,
  ]

  /// The spread of sites around their own sector's centre, pooled over every parameter in
  /// ``all``: the standard deviation of the logarithms of the sites' values around their
  /// sector's mean, `√(Σ (ln x − mₛ)² / Σ (nₛ − 1))`, and its degrees of freedom `Σ (nₛ − 1)`.
  public static func pooledSpread(
    in table: [ReferenceEstablishment] = ReferenceEstablishment.all
  ) -> (deviation: Double, degreesOfFreedom: Int) {
    var squares = 0.0
    var degrees = 0
    for evidence in all {
      let logs = evidence.values(in: table).map { log($0.value) }
      guard logs.count >= 2 else { continue }
      let mean = logs.reduce(0, +) / Double(logs.count)
      squares += logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
      degrees += logs.count - 1
    }
    return (degrees > 0 ? (squares / Double(degrees)).squareRoot() : 0, degrees)
  }

  /// The catalogue range of a ``pooled`` parameter with `value`: the interval
  /// `value · exp(± t(0.9, df) · s)` with s and df the ``pooledSpread(in:)``, placed as
  /// ``rule(_:value:)`` places a prediction interval (the draws' P10 and P90 on its ends). The
  /// centre is the judgement value, not an estimate from sites, so the interval is no wider for
  /// its own uncertainty: it is the least a sector without evidence should allow.
  public static func pooledRange(
    value: Double, in table: [ReferenceEstablishment] = ReferenceEstablishment.all
  ) -> ClosedRange<Double>? {
    let (deviation, degrees) = pooledSpread(in: table)
    guard degrees > 0, value > 0 else { return nil }
    let half = studentT90(degreesOfFreedom: degrees) * deviation
    return placed(value * exp(-half)...value * exp(half), value: value)
  }

  /// The 0.9 quantile of Student's t with `degreesOfFreedom` (≥ 1): the standard table to four
  /// decimals up to 30, the Cornish–Fisher expansion around the normal quantile beyond (equal
  /// to the table at 30 to four decimals).
  public static func studentT90(degreesOfFreedom: Int) -> Double {
    let table: [Double] = [
      3.0777, 1.8856, 1.6377, 1.5332, 1.4759, 1.4398, 1.4149, 1.3968, 1.3830, 1.3722,
      1.3634, 1.3562, 1.3502, 1.3450, 1.3406, 1.3368, 1.3334, 1.3304, 1.3277, 1.3253,
      1.3232, 1.3212, 1.3195, 1.3178, 1.3163, 1.3150, 1.3137, 1.3125, 1.3114, 1.3104,
    ]
    let df = max(1, degreesOfFreedom)
    if df <= table.count { return table[df - 1] }
    let z = 1.2815515655446004
    let v = Double(df)
    let z3 = z * z * z
    return z + (z3 + z) / (4 * v) + (5 * z3 * z * z + 16 * z3 + 3 * z) / (96 * v * v)
  }

  static func significant(_ value: Double) -> Double {
    guard value > 0 else { return value }
    let scale = pow(10, 2 - floor(log10(value)))
    return (value * scale).rounded() / scale
  }
}

extension ParameterCatalog {
  /// This catalogue with `id`'s range replaced by `range` (its value and shape kept): the
  /// catalogue a leave-one-out check runs on.
  public func replacingRange(
    of id: ParameterID, with range: ClosedRange<Double>
  )
    -> ParameterCatalog
  {
    ParameterCatalog(
      parameters.map { parameter in
        guard parameter.id == id else { return parameter }
        var changed = parameter
        changed.low = range.lowerBound
        changed.high = range.upperBound
        return changed
      })
  }
}
