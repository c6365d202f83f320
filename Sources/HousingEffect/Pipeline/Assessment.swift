/// The whole pipeline for one establishment: every stage for every year from construction to
/// full operation, what was defaulted, and the trace of every number.
///
/// See `Docs/methodology.md`.
public struct Assessment: Sendable, Hashable, Codable {
  /// An input the user did not give, and the catalogue parameters that stood in for it.
  public struct DefaultedInput: Sendable, Hashable, Codable {
    /// Field path in the establishment file, for example `workforce` or `workforce[0].origin`.
    public var field: String
    /// The catalogue parameters that supplied the value.
    public var parameters: [ParameterID]
  }

  /// The establishment as given (overrides included).
  public var establishment: Establishment
  /// The host municipality's figures the assessment used.
  public var region: HostRegion
  /// The reference date of the parameter values.
  public var asOf: Day
  /// Stage 1: jobs per year.
  public var staffing: Staffing
  /// Stage 2: persons behind the jobs, per segment.
  public var workforce: Workforce
  /// Stage 3: labour and knowledge migrants by length of stay, and where they live.
  public var migration: Migration
  /// Stage 4: households, family members and children.
  public var households: Households
  /// Stage 5: housing need against supply, per year.
  public var housing: HousingDemand
  /// Stage 6: load on public facilities in the host municipality.
  public var facilities: FacilityLoad
  /// Stage 7: the broad-welfare scorecard.
  public var welfare: Welfare
  /// The inputs the file left out and the parameters that stood in for them.
  public var defaulted: [DefaultedInput]
  /// The parameter overrides in force (the establishment's own).
  public var overrides: [ParameterOverride]

  /// What a run computes.
  enum Scope: Sendable {
    /// Every stage in full: reports, checks, `explain`.
    case full
    /// What ``keyIndicators(year:)`` reads and no more: an untraced Monte Carlo draw. The
    /// scorecard's years (`welfare.years`) stay empty; `welfare.headline` is computed.
    case keyIndicators
  }

  /// Runs every stage for every year of the timeline. Never fails: check the input first
  /// (`EstablishmentLoader`) and the results after (`resultDiagnostics(parameters:)`).
  /// - Parameters:
  ///   - establishment: The establishment; its overrides are added to `parameters`.
  ///   - region: The host municipality.
  ///   - parameters: The catalogue values at the reference date, traced or not.
  public init(
    _ establishment: borrowing Establishment, region: borrowing HostRegion,
    parameters: borrowing ParameterSet
  ) {
    self.init(establishment, region: region, parameters: parameters, scope: .full)
  }

  init(
    _ establishment: borrowing Establishment, region: borrowing HostRegion,
    parameters: borrowing ParameterSet, scope: Scope
  ) {
    var storage = Storage()
    self.init(
      establishment, region: region, parameters: parameters, scope: scope, reusing: &storage)
  }

  /// The run, its stages' years written into the arrays of `storage` (`Storage`): a Monte
  /// Carlo worker hands each draw the arrays of its previous one (`moveStorage(into:)`).
  init(
    _ establishment: borrowing Establishment, region: borrowing HostRegion,
    parameters: borrowing ParameterSet, scope: Scope, reusing storage: inout Storage
  ) {
    let parameters = parameters.adding(establishment.overrides)
    // The stages moved out of their run, not copied (issue 18).
    let (staffing, workforce, migration, households, housing, facilities, welfare) = Stages(
      establishment, region: region, parameters: parameters, scope: scope, reusing: &storage
    ).moved()
    // What was defaulted and overridden feeds reports only; an untraced run (a Monte Carlo
    // draw) keeps the numbers and skips these lists.
    defaulted =
      parameters.tracing ? Assessment.defaultedInputs(establishment, workforce: workforce) : []
    overrides =
      parameters.tracing ? Array(parameters.overrides.values).sorted { $0.id < $1.id } : []
    self.establishment = copy establishment
    self.region = copy region
    asOf = parameters.asOf
    self.staffing = staffing
    self.workforce = workforce
    self.migration = migration
    self.households = households
    self.housing = housing
    self.facilities = facilities
    self.welfare = welfare
  }

  /// The run of `establishment`, its timeline extended to at least `year`.
  ///
  /// The timeline of a run ends when ramp-up, construction and family reunification are
  /// complete. To reach a later year, the ramp-up's last share is repeated up to that year:
  /// the last share holds after the ramp-up anyway, so this lengthens the timeline without
  /// changing any figure of the years it already had. Comparisons of a later year and Monte
  /// Carlo draws (whose drawn reunification time may end a timeline early) use it.
  public init(
    _ establishment: borrowing Establishment, region: borrowing HostRegion,
    parameters: borrowing ParameterSet,
    through year: Int?
  ) {
    self.init(establishment, region: region, parameters: parameters, through: year, scope: .full)
  }

  init(
    _ establishment: borrowing Establishment, region: borrowing HostRegion,
    parameters: borrowing ParameterSet,
    through year: Int?, scope: Scope
  ) {
    var storage = Storage()
    self.init(
      establishment, region: region, parameters: parameters, through: year, scope: scope,
      reusing: &storage)
  }

  /// The same, its stages' years written into the arrays of `storage` (`Storage`).
  init(
    _ establishment: borrowing Establishment, region: borrowing HostRegion,
    parameters: borrowing ParameterSet,
    through year: Int?, scope: Scope, reusing storage: inout Storage
  ) {
    // Where the timeline ends is known before the stages run, so the pipeline runs once: on
    // `establishment`, or on it with the ramp-up lengthened when `year` lies beyond.
    let own = parameters.adding(establishment.overrides)
    if let lengthened = Assessment.lengthened(establishment, through: year, parameters: own) {
      self.init(lengthened, region: region, parameters: parameters, scope: scope, reusing: &storage)
    } else {
      self.init(
        establishment, region: region, parameters: parameters, scope: scope, reusing: &storage)
    }
  }

  /// `establishment` with its ramp-up lengthened so that its timeline reaches `year`; `nil`
  /// when it already does (or no year is asked). `parameters` include its overrides.
  static func lengthened(
    _ establishment: borrowing Establishment, through year: Int?, parameters: ParameterSet
  ) -> Establishment? {
    var shares = Staffing.rampUpShares(establishment, parameters: parameters)
    guard let year,
      year > Staffing.lastYear(establishment, rampUpYears: shares.count, parameters: parameters)
    else { return nil }
    var extended = copy establishment
    let last = shares.last ?? 1
    while establishment.startYear + shares.count - 1 < year { shares.append(last) }
    extended.rampUp = shares
    return extended
  }

  /// The headline year: full operation with family reunification complete (the timeline's
  /// last year). The ramp-up itself ends in `staffing.fullOperationYear`.
  public var fullOperationYear: Int { staffing.lastYear }
  /// Every calendar year of the timeline, from the start of construction (or operation) to
  /// ``fullOperationYear``.
  public var years: [Int] { staffing.years.map(\.year) }

  /// Every stage's trace, in pipeline order.
  public var trace: Trace {
    var all = Trace()
    for stage in [
      staffing.trace, workforce.trace, migration.trace, households.trace, housing.trace,
      facilities.trace, welfare.trace,
    ] {
      all.append(stage)
    }
    return all
  }

  /// Every catalogue parameter some traced number depends on, sorted.
  public var parametersUsed: [ParameterID] {
    var ids = Set(trace.entries.flatMap(\.parameters))
    ids.formUnion(workforce.segments.flatMap(\.parameters))
    for year in welfare.years { ids.formUnion(year.indicators.flatMap(\.parameters)) }
    return ids.sorted()
  }

  /// The position of `year` in every stage's `years`, if it is on the timeline.
  public func index(of year: Int) -> Int? {
    staffing.years.firstIndex { $0.year == year }
  }

  static func defaultedInputs(
    _ establishment: Establishment, workforce: Workforce
  ) -> [DefaultedInput] {
    var defaulted: [DefaultedInput] = []
    if establishment.size.basis != .jobs, let id = establishment.type.jobDensityParameter {
      defaulted.append(DefaultedInput(field: "size.jobs", parameters: [id]))
    }
    if establishment.rampUp == nil {
      defaulted.append(
        DefaultedInput(
          field: "rampUp", parameters: [.jobsRampUpYear1Share, .jobsRampUpYear2Share]))
    }
    if establishment.workforce == nil {
      let group = establishment.type.sectorGroup
      defaulted.append(
        DefaultedInput(
          field: "workforce",
          parameters: [.workforceAgencyShare(group), .workforceSeasonalShare(group)]
            .filter { ParameterCatalog.standard[$0] != nil }))
    }
    for (index, segment) in workforce.segments.enumerated()
    where establishment.workforce?[safe: index]?.origin == nil {
      let ids = segment.parameters.filter { $0.group == "migration" }
      defaulted.append(DefaultedInput(field: "workforce[\(index)].origin", parameters: ids))
    }
    let group = establishment.type.sectorGroup
    if workforce.segments.contains(where: { $0.contract == .seasonal && $0.share > 0 })
      && establishment.peakFactor == nil
    {
      // The season sets the peak; the file can state it.
      if establishment.season == nil {
        defaulted.append(
          DefaultedInput(
            field: "season", parameters: [Workforce.seasonMonthsParameter(for: group)]))
      }
    } else if establishment.peakFactor == nil {
      defaulted.append(
        DefaultedInput(
          field: "peakFactor", parameters: [Workforce.peakFactorParameter(for: group)]))
    }
    if establishment.construction == nil {
      defaulted.append(DefaultedInput(field: "construction", parameters: []))
    }
    if establishment.construction != nil, establishment.construction?.workers == nil {
      defaulted.append(
        DefaultedInput(
          field: "construction.workers",
          parameters: [.jobsConstructionCostPerM2, .jobsConstructionProductionPerFTEYear]))
    }
    if establishment.construction != nil, establishment.construction?.shareFromElsewhere == nil {
      defaulted.append(
        DefaultedInput(
          field: "construction.shareFromElsewhere",
          parameters: [.jobsConstructionShareFromElsewhere]))
    }
    if establishment.employerHousing == nil {
      defaulted.append(DefaultedInput(field: "employerHousing", parameters: []))
    }
    if establishment.freeLegalBeds == nil {
      defaulted.append(DefaultedInput(field: "freeLegalBeds", parameters: []))
    }
    if establishment.languageTraining == nil {
      defaulted.append(DefaultedInput(field: "languageTraining", parameters: []))
    }
    if establishment.housingNorm == nil {
      defaulted.append(DefaultedInput(field: "housingNorm", parameters: []))
    }
    return defaulted
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
