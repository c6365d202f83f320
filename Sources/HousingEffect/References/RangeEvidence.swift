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
/// them into it (issue 20, round 5): a range describes where a real new establishment may
/// land, so it is set from the spread of real ones, not from the uncertainty of a mean.
///
/// The rule: the range runs from the lowest published value ÷ ``margin`` to the highest × it,
/// rounded to three significant figures, and the parameter is drawn log-uniform on each side
/// of its value (`DrawShape.logUniformHalves`): the median stays at the value, and the draws'
/// P10 and P90 lie just outside the lowest and highest published site. The default stays where its
/// own source put it (it must lie inside the range). A test asserts that every catalogue range
/// listed here equals the rule applied to its evidence, so `ReferenceValidation` can compute a
/// true leave-one-out: the range recomputed without one reference, the draws rerun.
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

  /// The factor the range extends below the lowest and above the highest published value.
  public static let margin = 1.5

  /// Every parameter whose range is set by the rule.
  public static let all: [RangeEvidence] = [
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

  /// The rule applied to the evidence (without `excluded`); `nil` without evidence.
  public func range(
    excluding excluded: String? = nil,
    in table: [ReferenceEstablishment] = ReferenceEstablishment.all
  ) -> ClosedRange<Double>? {
    RangeEvidence.rule(values(excluding: excluded, in: table).map(\.value))
  }

  /// Lowest ÷ ``margin`` … highest × ``margin``, each to three significant figures.
  public static func rule(_ values: [Double]) -> ClosedRange<Double>? {
    guard let lowest = values.min(), let highest = values.max(), lowest > 0 else { return nil }
    return significant(lowest / margin)...significant(highest * margin)
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
