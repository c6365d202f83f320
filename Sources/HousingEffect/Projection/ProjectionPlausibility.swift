#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Plausibility warnings of a projection (issue 19): a base or path of working labour migrants
/// that is a large share of an area's population, and a province path above the labour-force
/// bound the trend path flattens towards. Warnings, not limits: `project` and `check` print them
/// and still run. The bounds are catalogue parameters (`region.check.workingShareOfPopulation`,
/// `region.path.trend.labourForceCeiling` × `region.limburg.labourForce`).
public enum ProjectionPlausibility {
  /// The share of an area's population above which its working labour migrants are implausible
  /// as people living or housed there.
  public static func populationShare(_ parameters: ParameterSet) -> Double {
    parameters[.regionCheckWorkingShareOfPopulation]
  }

  /// The province's labour-force bound [persons].
  public static func labourForceBound(_ parameters: ParameterSet) -> Double {
    parameters[.regionPathTrendLabourForceCeiling] * parameters[.regionLimburgLabourForce]
  }

  /// The warning about an area's base itself, or `nil` when it is plausible.
  public static func baseWarning(_ area: ProjectionArea, parameters: ParameterSet) -> String? {
    guard area.level != .province, area.host.population > 0 else { return nil }
    let bound = populationShare(parameters)
    let share = area.baseWorking / area.host.population
    guard share > bound else { return nil }
    return "The base of '\(area.name)' (\(whole(area.baseWorking)) labour migrants working there "
      + "in \(area.baseYear)) is \(percent(share)) of its \(whole(area.host.population)) "
      + "inhabitants, above the plausibility bound of \(percent(bound)) "
      + "(region.check.workingShareOfPopulation). A count this high most likely counts jobs "
      + "assigned to an employer's or agency's seat rather than people who live or are housed "
      + "there (see the region data's notes); the housing figures would then be far too high."
  }

  /// The warnings after the run: per area and path (without establishments), the first year
  /// whose central value is above its bound. Central values only: the trend's own bound is
  /// drawn, so a band end is compared with the bound of its own draw inside the path.
  public static func warnings(_ projection: Projection) -> [Diagnostic] {
    var parameters = ParameterSet(
      asOf: Projection.referenceDay, overrides: projection.study.overrides)
    parameters.tracing = false
    var found: [Diagnostic] = []
    for (areaIndex, result) in projection.areas.enumerated() {
      let area = result.area
      let bound: Double
      let what: String
      if area.level == .province {
        bound = labourForceBound(parameters)
        what =
          "\(percent(parameters[.regionPathTrendLabourForceCeiling])) of Limburg's labour "
          + "force of \(whole(parameters[.regionLimburgLabourForce])) "
          + "(region.path.trend.labourForceCeiling × region.limburg.labourForce)"
      } else {
        guard area.host.population > 0 else { continue }
        bound = populationShare(parameters) * area.host.population
        what =
          "\(percent(populationShare(parameters))) of its \(whole(area.host.population)) "
          + "inhabitants (region.check.workingShareOfPopulation)"
      }
      for (pathIndex, path) in result.paths.enumerated() {
        for year in result.years {
          let central = result.value(path: pathIndex, .working, year: year) ?? 0
          guard central > bound else { continue }
          let figure = whole(central)
          found.append(
            .warning(
              .resultOutOfRange, at: "projection.regions[\(areaIndex)]",
              "On the path '\(path.name)', \(figure) labour migrants work in '\(area.name)' in "
                + "\(year), above the plausibility bound of \(whole(bound)): \(what). Check the "
                + "path's rates or targets and the base."))
          break
        }
      }
    }
    return found + capWarnings(projection)
  }

  /// A custom path's cap exceeded by the central working labour migrants of a variant: one
  /// warning per area, path and variant, naming the first year, the last and the highest value
  /// (issue 19, item 5: a cap is never exceeded silently).
  public static func capWarnings(_ projection: Projection) -> [Diagnostic] {
    var found: [Diagnostic] = []
    for result in projection.areas {
      for (pathIndex, path) in result.paths.enumerated() {
        guard case .custom(let custom) = path, let cap = custom.cap else { continue }
        for variant in result.variants {
          let levels = result.years.map {
            ($0, result.value(path: pathIndex, variant: variant, .working, year: $0) ?? 0)
          }
          let over = levels.filter { $0.1 > cap }
          guard let first = over.first, let last = over.last,
            let peak = over.max(by: { $0.1 < $1.1 })
          else { continue }
          let which =
            variant == .with
            ? "with the study's establishments"
            : (result.variants.count > 1
              ? "without the study's establishments" : "by the path alone")
          found.append(
            .warning(
              .resultOutOfRange, at: "projection.customPath.cap",
              "The custom path's cap of \(whole(cap)) working labour migrants in "
                + "'\(result.area.name)' is exceeded \(which) from \(first.0) to \(last.0), up to "
                + "\(whole(peak.1)) in \(peak.0). A cap is not applied to the figures; lower the "
                + "path's targets or rates, or count the establishments inside the path "
                + "('establishmentsInPaths': 'included')."))
        }
      }
    }
    return found
  }

  /// A count for a message: rounded, with English thousands separators (`13,415`), as the
  /// English reports print counts; the Dutch message turns them into `13.415`.
  static func whole(_ value: Double) -> String {
    let digits = EstablishmentLoader.formatNumber(value.rounded())
    let negative = digits.hasPrefix("-")
    let magnitude = negative ? String(digits.dropFirst()) : digits
    // Very large values keep the exponent `formatNumber` gives them.
    guard magnitude.count > 3, magnitude.allSatisfy({ $0 >= "0" && $0 <= "9" }) else {
      return digits
    }
    var grouped = ""
    for (offset, character) in magnitude.enumerated() {
      if offset > 0, (magnitude.count - offset) % 3 == 0 { grouped += "," }
      grouped.append(character)
    }
    return (negative ? "-" : "") + grouped
  }

  static func percent(_ share: Double) -> String {
    EstablishmentLoader.formatNumber((share * 1000).rounded() / 10) + "%"
  }
}
