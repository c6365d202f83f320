/// Need against supply for one area at one moment: the temporary balance (beds needed at the
/// demand norm against employer, vacant and planned beds) and the long-stay balance (dwellings
/// needed against dwellings available to newcomers). The one place need minus supply is
/// computed: `assess` (``HousingDemand``), `batch` (rows and totals) and `project` all use it
/// (Docs/design-notes.md §35).
///
/// Supply comes in kinds that are never mixed (DESIGN §2): *licensed* beds (the existing stock,
/// occupied by today's migrants) are not supply for new need and have no field here; *vacant*
/// beds are free for newcomers; *planned* beds and dwellings are counted from their year;
/// *employer* beds are on the establishment's site, counted up to the stricter of their own
/// norm and the demand norm. Unknown supply is `nil`, never zero.
public struct HousingBalance: Sendable, Hashable, Codable {
  /// The supply set against new need, by kind.
  public struct Supply: Sendable, Hashable, Codable {
    /// Employer beds as far as the stricter of their own norm and the demand norm allows.
    public var employerBeds: Double
    /// Beds free for newcomers (free legal beds); `nil` when unknown.
    public var vacantBeds: Double?
    /// Planned beds ready by the year in question; `nil` when unknown.
    public var plannedBeds: Double?
    /// Dwellings available to newcomers (regular or social rental, flexwoningen, planned
    /// dwellings) by the year in question; `nil` when unknown.
    public var dwellings: Double?

    /// Supply by kind; leave a kind `nil` when it is unknown (never 0 for "unknown").
    public init(
      employerBeds: Double = 0, vacantBeds: Double? = nil, plannedBeds: Double? = nil,
      dwellings: Double? = nil
    ) {
      self.employerBeds = employerBeds
      self.vacantBeds = vacantBeds
      self.plannedBeds = plannedBeds
      self.dwellings = dwellings
    }

    /// Temporary beds set against the need: employer, vacant and planned beds, the unknown
    /// kinds left out.
    public var beds: Double { employerBeds + (vacantBeds ?? 0) + (plannedBeds ?? 0) }

    /// Whether anything is known about temporary supply: employer beds, or a stated number
    /// (possibly zero) of vacant or planned beds.
    public var bedsKnown: Bool { employerBeds > 0 || vacantBeds != nil || plannedBeds != nil }
  }

  /// Short-stay beds plus mid-stay persons at the demand norm [beds].
  public var temporaryNeed: Double
  /// Long-stay dwellings [dwellings].
  public var longStayNeed: Double
  /// What is set against the need.
  public var supply: Supply

  /// The balance of `temporaryNeed` [beds] and `longStayNeed` [dwellings] against `supply`.
  public init(temporaryNeed: Double, longStayNeed: Double, supply: Supply) {
    self.temporaryNeed = temporaryNeed
    self.longStayNeed = longStayNeed
    self.supply = supply
  }

  /// Temporary beds not covered by the known supply [beds].
  public var temporaryShortfall: Double { Self.gap(need: temporaryNeed, supply: supply.beds) }

  /// Long-stay dwellings not covered by the dwellings available to newcomers; `nil` (unknown)
  /// when that supply is unknown.
  public var longStayGap: Double? {
    supply.dwellings.map { Self.gap(need: longStayNeed, supply: $0) }
  }

  /// Need not covered by supply: the one implementation of need minus supply.
  public static func gap(need: Double, supply: Double) -> Double {
    max(0, need - supply)
  }

  /// Supply beyond the need: the other side of ``gap(need:supply:)``.
  public static func surplus(need: Double, supply: Double) -> Double {
    max(0, supply - need)
  }

  /// The gap when the existing supply is unknown (issue 19): only the growth of the need above
  /// the base year, less the supply added since, is a gap; what the base year needed was housed
  /// somewhere already.
  public static func growthGap(need: Double, baseNeed: Double, addedSupply: Double) -> Double {
    gap(need: need - baseNeed, supply: addedSupply)
  }

  /// The employer's housing checked against its own norm (the check the report shows) and the
  /// beds that count as supply: at most what both its own norm and `demandNorm` allow, since
  /// need is counted at the demand norm (issue 17; design note 21 amended by note 35).
  public static func employerBeds(
    _ housing: EmployerHousing?, demandNorm: HousingNorm, parameters: some ParameterReading
  ) -> (check: NormCheck?, beds: Double) {
    guard let housing else { return (nil, 0) }
    let own = NormCheck(housing: housing, norm: housing.norm ?? demandNorm, parameters: parameters)
    guard own.norm != demandNorm else { return (own, own.bedsAtNorm) }
    let demand = NormCheck(housing: housing, norm: demandNorm, parameters: parameters)
    return (own, min(own.bedsAtNorm, demand.bedsAtNorm))
  }
}
