/// A rule that keeps parameters consistent with each other inside every Monte Carlo draw.
///
/// Drawn one by one, related parameters could contradict each other: an agency share and a
/// seasonal share of 0.6 each leave a negative permanent share. The sampler applies these rules
/// after drawing, touching only drawn values, never a value the user fixed.
public enum DrawConstraint: Sendable, Hashable {
  /// Shares whose sum may not exceed 1 because an implicit remainder completes them (the long
  /// stay after short and mid stays; permanent staff after agency and seasonal staff). When
  /// the drawn shares overshoot, they are scaled down together to what the fixed ones leave.
  case sharesAtMostOne([ParameterID], remainder: String)
  /// Two parameters whose order must hold: `first ≤ second` (the first year's ramp-up share is
  /// not above the second's; a short stay is not longer than a mid stay). When a draw breaks
  /// it, the second is raised to the first.
  case ordered(ParameterID, ParameterID)

  /// The rules for `catalog`: only those whose parameters it has.
  public static func standard(for catalog: ParameterCatalog) -> [DrawConstraint] {
    var rules: [DrawConstraint] = []
    for contract in ContractType.allCases {
      let ids: [ParameterID] = [
        .migrationStayShare(contract, .short), .migrationStayShare(contract, .mid),
      ]
      if ids.allSatisfy({ catalog[$0] != nil }) {
        rules.append(.sharesAtMostOne(ids, remainder: "long stay, \(contract.rawValue)"))
      }
    }
    for group in SectorGroup.allCases {
      let ids = [
        .workforceAgencyShare(group), .workforceSeasonalShare(group),
      ].filter { catalog[$0] != nil }
      if ids.count > 1 {
        rules.append(.sharesAtMostOne(ids, remainder: "permanent staff, \(group.rawValue)"))
      }
    }
    let pairs: [(ParameterID, ParameterID)] = [
      (.jobsRampUpYear1Share, .jobsRampUpYear2Share),
      (.migrationShortStayMaxMonths, .migrationMidStayMaxMonths),
    ]
    for (first, second) in pairs where catalog[first] != nil && catalog[second] != nil {
      rules.append(.ordered(first, second))
    }
    return rules
  }

  /// The parameters the rule ties together.
  public var parameters: [ParameterID] {
    switch self {
    case .sharesAtMostOne(let ids, _): ids
    case .ordered(let first, let second): [first, second]
    }
  }
}
