/// Stage 4: the households newcomers form — singles, couples, families — with accompanying
/// family members and children by school age, growing as families reunite over the years.
///
/// See `Docs/methodology.md#households`.
public struct Households: Sendable, Hashable, Codable {
  public struct Children: Sendable, Hashable, Codable {
    public var age0to3: Double
    public var age4to11: Double
    public var age12to17: Double
    public var total: Double { age0to3 + age4to11 + age12to17 }
  }

  public struct Year: Sendable, Hashable, Codable {
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

    public var familyHouseholds: Double { couples + familiesWithChildren }
  }

  public var years: [Year]
  public var trace: Trace

  public init(_ stock: MigrantStock, parameters: ParameterSet) {
    let reunificationYears = max(parameters[.householdsReunificationYears], 0.001)
    let livingAlone = parameters[.householdsLivingAloneAfterOneYearShare]
    let perLabour = parameters[.householdsFamilyMembersPerLongStayMigrant]
    let perNonEu = parameters[.householdsFamilyMembersPerNonEuMigrant]
    let perKnowledge = parameters[.householdsFamilyMembersPerKnowledgeMigrant]
    let childShare = parameters[.householdsChildShareOfFamilyMembers]
    let age0to3 = parameters[.householdsChildAge0to3Share]
    let age4to11 = parameters[.householdsChildAge4to11Share]
    let workingShare = parameters[.householdsWorkingShareOfFamilyMembers]
    let childrenPerFamily = max(parameters[.householdsChildrenPerFamilyWithChildren], 0.001)
    // Family members per migrant who lives with family: 0.49 members per migrant spread
    // over the 28 % who do not live alone gives the size of the family part of a household.
    let membersPerFamilyHousehold = max(perLabour / max(1 - livingAlone, 0.001), 1)

    let nonEuFraction = stock.nonEuFraction
    let perLabourMigrant = (1 - nonEuFraction) * perLabour + nonEuFraction * perNonEu

    var trace = Trace(recording: parameters.tracing)
    var previousChildren = 0.0
    var previousFamily = 0.0
    var previousLong = 0.0
    years = stock.years.map { migrationYear in
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
      previousChildren = childrenTotal
      previousFamily = familyMembers
      // The rest of the year is its trace; an untraced draw skips building its inputs.
      guard trace.isRecording else { return result }

      let longStay: TraceEntry.Input = .indicator(
        "migration.longStay", "long-stay labour migrants", labourLong, .persons)
      trace.record(
        "households.familyMembers", year: year, familyMembers, .persons,
        formula: "family members = (long-stay labour migrants × family members per migrant "
          + "+ knowledge migrants × family members per knowledge migrant) × reunification progress",
        inputs: [
          longStay,
          .indicator("migration.knowledgeMigrants", "knowledge migrants", knowledge, .persons),
          .value(
            "family members per labour migrant (EU/non-EU mix)", perLabourMigrant,
            .per(.persons, .persons)),
          .value(
            "reunification progress (years operating ÷ reunification years)", reunification, .share),
        ],
        parameters: [
          .householdsReunificationYears, .householdsLivingAloneAfterOneYearShare,
          .householdsFamilyMembersPerLongStayMigrant, .householdsFamilyMembersPerNonEuMigrant,
          .householdsFamilyMembersPerKnowledgeMigrant,
        ])
      trace.record(
        "households.familyHouseholds", year: year, familyHouseholds, .households,
        formula: "family households = family members ÷ family members per family household "
          + "(family members per migrant ÷ share not living alone)",
        inputs: [
          .indicator("households.familyMembers", "family members", familyMembers, .persons),
          .value(
            "family members per family household", membersPerFamilyHousehold,
            .per(.persons, .households)),
        ],
        parameters: [
          .householdsFamilyMembersPerLongStayMigrant, .householdsLivingAloneAfterOneYearShare,
        ])
      trace.record(
        "households.children", year: year, childrenTotal, .persons,
        formula: "children = family members × share of family members who are children",
        inputs: [.indicator("households.familyMembers", "family members", familyMembers, .persons)],
        parameters: [.householdsChildShareOfFamilyMembers])
      trace.record(
        "households.newChildren", year: year, result.newChildren, .persons,
        formula: "children arriving = growth of children since last year + children × share of "
          + "long-stay migrants who replace leavers this year",
        inputs: [
          .indicator("households.children", "children", childrenTotal, .persons),
          .value("long-stay replacement share", longStayTurnover, .share),
        ],
        parameters: [.migrationLongStayAnnualDepartureShare])
      trace.record(
        "households.newFamilyMembers", year: year, result.newFamilyMembers, .persons,
        formula: "family members arriving = growth of family members since last year + family "
          + "members × share of long-stay migrants who replace leavers this year",
        inputs: [
          .indicator("households.familyMembers", "family members", familyMembers, .persons),
          .value("long-stay replacement share", longStayTurnover, .share),
        ],
        parameters: [.migrationLongStayAnnualDepartureShare])
      trace.record(
        "households.familiesWithChildren", year: year, families, .households,
        formula: "families with children = children ÷ children per family with children "
          + "(at most the family households)",
        inputs: [.indicator("households.children", "children", childrenTotal, .persons)],
        parameters: [.householdsChildrenPerFamilyWithChildren])
      trace.record(
        "households.workingFamilyMembers", year: year, result.workingFamilyMembers, .persons,
        formula: "working family members = family members × share of family members who work",
        inputs: [.indicator("households.familyMembers", "family members", familyMembers, .persons)],
        parameters: [.householdsWorkingShareOfFamilyMembers])
      trace.record(
        "households.longStaySingles", year: year, result.longStaySingles, .persons,
        formula:
          "long-stay singles = long-stay labour migrants + knowledge migrants − family households",
        inputs: [
          longStay,
          .indicator(
            "households.familyHouseholds", "family households", familyHouseholds, .households),
        ])
      return result
    }
    self.trace = trace
  }
}
