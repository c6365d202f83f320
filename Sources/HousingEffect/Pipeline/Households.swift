/// Stage 4: the households newcomers form — singles, couples, families — with accompanying
/// family members and children by school age, growing as families reunite over the years.
///
/// See `Docs/methodology.md#households`.
public struct Households: Sendable, Hashable, Codable {
  /// Children of the newcomers by school age, living in the province [persons].
  public struct Children: Sendable, Hashable, Codable {
    /// Aged 0–3: childcare and pre-school age [persons].
    public var age0to3: Double
    /// Aged 4–11: primary-school age [persons].
    public var age4to11: Double
    /// Aged 12–17: secondary-school age [persons].
    public var age12to17: Double
    /// All children [persons].
    public var total: Double { age0to3 + age4to11 + age12to17 }
  }

  /// The households in one calendar year.
  public struct Year: Sendable, Hashable, Codable {
    /// The calendar year.
    public var year: Int
    /// Share of eventual family reunification reached this year [share].
    public var reunification: Double
    /// Long-stay migrants (labour and knowledge) without family in the Netherlands [persons].
    public var longStaySingles: Double
    /// Households of a long-stay migrant with a partner and no children [households].
    public var couples: Double
    /// Households of a long-stay migrant with children [households].
    public var familiesWithChildren: Double
    /// Partners and children who came with or after the migrants [persons].
    public var familyMembers: Double
    /// The children among ``familyMembers``, by school age.
    public var children: Children
    /// Children who arrived this year and need a first school or newcomer-class place [persons].
    public var newChildren: Double
    /// Partners and children who arrived this year: growth plus the families of long-stay
    /// migrants who replace those who left [persons].
    public var newFamilyMembers: Double
    /// Family members who work, adding to the region's labour supply [persons].
    public var workingFamilyMembers: Double
    /// Households of workers relocating from elsewhere in the Netherlands [households].
    public var domesticHouseholds: Double

    /// Couples and families with children together [households].
    public var familyHouseholds: Double { couples + familiesWithChildren }
  }

  /// One entry per calendar year of the timeline.
  public var years: [Year]
  /// The parameters behind the children's split by age, in the order read: the share aged
  /// 0–3 and the share aged 4–11 (those aged 12–17 are the rest, so depend on both).
  public var age0to3Parameters: [ParameterID] = []
  /// The share aged 4–11's parameters (see `age0to3Parameters`).
  public var age4to11Parameters: [ParameterID] = []
  /// How every number was computed; empty for an untraced run.
  public var trace: Trace

  /// The households of `stock`, year by year, as families reunite.
  public init(_ stock: borrowing MigrantStock, parameters: borrowing ParameterSet) {
    var storage = Assessment.Storage()
    self.init(stock, parameters: parameters, reusing: &storage)
  }

  /// The households written into the year array of `storage` (`Assessment/Storage`).
  init(
    _ stock: borrowing MigrantStock, parameters: borrowing ParameterSet,
    reusing storage: inout Assessment.Storage
  ) {
    // Each indicator's reads in its own scope (the trace names them).
    let members = parameters.scope()
    let reunificationYears = max(members[.householdsReunificationYears], 0.001)
    let perLabour = members[.householdsFamilyMembersPerLongStayMigrant]
    let perNonEu = members[.householdsFamilyMembersPerNonEuMigrant]
    let perKnowledge = members[.householdsFamilyMembersPerKnowledgeMigrant]
    let childScope = parameters.scope()
    let childShare = childScope[.householdsChildShareOfFamilyMembers]
    let youngScope = parameters.scope()
    let age0to3 = youngScope[.householdsChildAge0to3Share]
    let primaryScope = parameters.scope()
    let age4to11 = primaryScope[.householdsChildAge4to11Share]
    age0to3Parameters = youngScope.reads.ids
    age4to11Parameters = primaryScope.reads.ids
    let workingScope = parameters.scope()
    let workingShare = workingScope[.householdsWorkingShareOfFamilyMembers]
    let familyScope = parameters.scope()
    let childrenPerFamily = max(familyScope[.householdsChildrenPerFamilyWithChildren], 0.001)
    // Family members per migrant who lives with family: 0.49 members per migrant spread
    // over the 28 % who do not live alone gives the size of the family part of a household.
    let householdScope = parameters.scope()
    let membersPerFamilyHousehold = max(
      householdScope[.householdsFamilyMembersPerLongStayMigrant]
        / max(1 - householdScope[.householdsLivingAloneAfterOneYearShare], 0.001), 1)

    let nonEuFraction = stock.nonEuFraction
    let perLabourMigrant = (1 - nonEuFraction) * perLabour + nonEuFraction * perNonEu

    var trace = Trace(recording: parameters.tracing)
    var previousChildren = 0.0
    var previousFamily = 0.0
    var previousYear: Int?
    var previousLong = 0.0
    var years = ArrayRefill(taking: &storage.households)
    for migrationYear in stock.years {
      let year = migrationYear.year
      // A settled stock (no start year) has had time to reunite: progress is complete.
      let reunification =
        stock.reunificationStartYear.map {
          min(1, max(0, Double(year - $0 + 1) / reunificationYears))
        } ?? 1
      let labourLong = migrationYear.labourMigrantsAverage.long
      // Families of long-stay migrants who leave are replaced by families of newcomers, so
      // children keep arriving after reunification is complete.
      let longGrowth = max(0, labourLong - previousLong)
      let longStayTurnover =
        labourLong > 0
        ? max(0, migrationYear.labourMigrantArrivals.long - longGrowth) / labourLong : 0
      previousLong = labourLong
      let knowledge = migrationYear.knowledgeMigrants
      let familyMembers = (labourLong * perLabourMigrant + knowledge * perKnowledge) * reunification
      let familyHouseholds = min(familyMembers / membersPerFamilyHousehold, labourLong + knowledge)
      let childrenTotal = familyMembers * childShare
      let children = Children(
        age0to3: childrenTotal * age0to3, age4to11: childrenTotal * age4to11,
        age12to17: childrenTotal * max(0, 1 - age0to3 - age4to11))
      let families = min(childrenTotal / childrenPerFamily, familyHouseholds)
      let result = Year(
        year: year, reunification: reunification,
        longStaySingles: max(0, labourLong + knowledge - familyHouseholds),
        couples: familyHouseholds - families, familiesWithChildren: families,
        familyMembers: familyMembers, children: children,
        newChildren: max(0, childrenTotal - previousChildren) + childrenTotal * longStayTurnover,
        newFamilyMembers: max(0, familyMembers - previousFamily) + familyMembers * longStayTurnover,
        workingFamilyMembers: familyMembers * workingShare,
        domesticHouseholds: migrationYear.domesticRelocators)
      // Growth since last year links last year's entries (built only when tracing).
      let last = (year: previousYear, children: previousChildren, family: previousFamily)
      previousChildren = childrenTotal
      previousFamily = familyMembers
      previousYear = year
      years.append(result)
      // The rest of the year is its trace; an untraced draw skips building its inputs.
      guard trace.isRecording else { continue }

      // The replacement share comes from the long-stay arrivals.
      let arrivals: TraceEntry.Input = .indicator(
        "migration.arrivals", "arrivals (all stay classes)",
        migrationYear.labourMigrantArrivals.total + migrationYear.knowledgeMigrantArrivals,
        .persons)
      let longStay: TraceEntry.Input = .indicator(
        "migration.longStay", "long-stay labour migrants", labourLong, .persons)
      trace.record(
        "households.familyMembers", year: year, familyMembers, .persons,
        inputs: [
          longStay,
          .indicator("migration.knowledgeMigrants", "knowledge migrants", knowledge, .persons),
          .value(
            "family members per labour migrant (EU/non-EU mix)", perLabourMigrant,
            .per(.persons, .persons)),
          .value(
            "reunification progress (years operating ÷ reunification years)", reunification, .share),
        ],
        reads: members.reads)
      trace.record(
        "households.familyHouseholds", year: year, familyHouseholds, .households,
        inputs: [
          .indicator("households.familyMembers", "family members", familyMembers, .persons),
          .value(
            "family members per family household", membersPerFamilyHousehold,
            .per(.persons, .households)),
        ],
        reads: householdScope.reads)
      trace.record(
        "households.children", year: year, childrenTotal, .persons,
        inputs: [.indicator("households.familyMembers", "family members", familyMembers, .persons)],
        reads: childScope.reads)
      trace.record(
        "households.newChildren", year: year, result.newChildren, .persons,
        inputs: [
          .indicator("households.children", "children", childrenTotal, .persons),
          .value("long-stay replacement share", longStayTurnover, .share),
          arrivals,
        ]
          + (last.year.map {
            [
              .indicator(
                "households.children", "children last year", last.children, .persons, year: $0)
            ]
          } ?? []))
      trace.record(
        "households.newFamilyMembers", year: year, result.newFamilyMembers, .persons,
        inputs: [
          .indicator("households.familyMembers", "family members", familyMembers, .persons),
          .value("long-stay replacement share", longStayTurnover, .share),
          arrivals,
        ]
          + (last.year.map {
            [
              .indicator(
                "households.familyMembers", "family members last year", last.family, .persons,
                year: $0)
            ]
          } ?? []))
      trace.record(
        "households.familiesWithChildren", year: year, families, .households,
        inputs: [.indicator("households.children", "children", childrenTotal, .persons)],
        reads: familyScope.reads)
      trace.record(
        "households.workingFamilyMembers", year: year, result.workingFamilyMembers, .persons,
        inputs: [.indicator("households.familyMembers", "family members", familyMembers, .persons)],
        reads: workingScope.reads)
      trace.record(
        "households.longStaySingles", year: year, result.longStaySingles, .persons,
        inputs: [
          longStay,
          .indicator(
            "households.familyHouseholds", "family households", familyHouseholds, .households),
        ])
    }
    self.years = years.finished()
    self.trace = trace
  }
}
