/// The critical year: the year of the largest temporary shortfall, often a construction year.
///
/// The headline year (full operation, family reunification complete) is when the situation
/// has settled; a council also needs the year it is worst. For the Echt-Susteren data centre
/// the settled year has no shortfall while the construction years 2027–2028 lack 521 beds.
extension Assessment {
  /// The year with the largest shortfall of temporary beds (`housing.shortfallBeds` at the
  /// peak, construction workers included); the first such year on a tie. `nil` when no year
  /// has a shortfall of half a bed or more (nothing the report would show).
  public var criticalYear: Int? {
    guard let worst = housing.years.max(by: { $0.peak.shortfallBeds < $1.peak.shortfallBeds }),
      worst.peak.shortfallBeds >= 0.5
    else { return nil }
    return housing.years.first { $0.peak.shortfallBeds >= worst.peak.shortfallBeds }?.year
  }

  /// The consecutive years from ``criticalYear`` on whose shortfall is as large within half a
  /// bed (the report says "2027–2028"); `nil` without a critical year.
  public var criticalYears: ClosedRange<Int>? {
    guard let first = criticalYear, let start = index(of: first) else { return nil }
    let worst = housing.years[start].peak.shortfallBeds
    var last = first
    for entry in housing.years[(start + 1)...] {
      guard worst - entry.peak.shortfallBeds < 0.5 else { break }
      last = entry.year
    }
    return first...last
  }

  /// The shortfall of temporary beds in ``criticalYear`` [beds]; 0 without one.
  public var criticalShortfall: Double {
    guard let year = criticalYear, let index = index(of: year) else { return 0 }
    return housing.years[index].peak.shortfallBeds
  }

  /// The phase of `year`: construction before the start year, ramp-up until full operation.
  public func phase(of year: Int) -> Phase {
    if year < establishment.startYear { return .construction }
    return year < staffing.fullOperationYear ? .rampUp : .fullOperation
  }

  /// Where a year lies on the timeline.
  public enum Phase: String, Sendable, Hashable, Codable {
    case construction, rampUp, fullOperation
  }
}
