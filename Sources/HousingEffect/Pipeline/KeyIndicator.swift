/// One headline number of an assessment for a year: what `compare`, `batch` and the summary show.
public struct KeyIndicator: Sendable, Hashable, Codable {
  /// The indicator's id, such as `housing.shortfallBeds`: the key of the JSON output.
  public var id: IndicatorID
  /// The value, unrounded, in `unit`.
  public var value: Double
  /// The unit of the value.
  public var unit: Unit
}

extension Assessment {
  /// How to read one key indicator from the stages, at a position on the timeline.
  struct KeyIndicatorReader: Sendable {
    var id: IndicatorID
    var unit: Unit
    var read: @Sendable (Assessment, Int) -> Double
  }

  /// The key indicators in report order: the one table that names them, their units and where
  /// each is read (housing at the seasonal peak). Traced reports, Monte Carlo draws and
  /// sensitivity runs all read through it.
  static let keyIndicatorReaders: [KeyIndicatorReader] = [
    .init(id: "staffing.operationFTE", unit: .fte) { $0.staffing.years[$1].operationFTE },
    .init(id: "staffing.constructionWorkers", unit: .persons) {
      $0.staffing.years[$1].constructionWorkers
    },
    .init(id: "workforce.presentAverage", unit: .persons) {
      $0.workforce.years[$1].presentAverage
    },
    .init(id: "workforce.presentPeak", unit: .persons) { $0.workforce.years[$1].presentPeak },
    .init(id: "workforce.distinctPersons", unit: .persons) {
      $0.workforce.years[$1].distinctPersons
    },
    .init(id: "migration.labourMigrants", unit: .persons) {
      $0.migration.years[$1].labourMigrantsAverage.total
    },
    .init(id: "migration.shortStay", unit: .persons) {
      $0.migration.years[$1].labourMigrantsAverage.short
    },
    .init(id: "migration.midStay", unit: .persons) {
      $0.migration.years[$1].labourMigrantsAverage.mid
    },
    .init(id: "migration.longStay", unit: .persons) {
      $0.migration.years[$1].labourMigrantsAverage.long
    },
    .init(id: "migration.knowledgeMigrants", unit: .persons) {
      $0.migration.years[$1].knowledgeMigrants
    },
    .init(id: "migration.crossBorderCommuters", unit: .persons) {
      $0.migration.years[$1].crossBorderCommuters
    },
    .init(id: "migration.localReserve", unit: .persons) { $0.migration.years[$1].localReserve },
    .init(id: "households.familyMembers", unit: .persons) {
      $0.households.years[$1].familyMembers
    },
    .init(id: "households.children", unit: .persons) { $0.households.years[$1].children.total },
    .init(id: "housing.shortStayBeds", unit: .beds) { $0.housing.years[$1].peak.shortStayBeds },
    .init(id: "housing.midStayRooms", unit: .rooms) { $0.housing.years[$1].peak.midStayRooms },
    .init(id: "housing.longStayDwellings", unit: .dwellings) {
      $0.housing.years[$1].peak.longStayDwellings
    },
    .init(id: "housing.floorArea", unit: .squareMetres) { $0.housing.years[$1].peak.floorArea },
    .init(id: "housing.shortfallBeds", unit: .beds) { $0.housing.years[$1].peak.shortfallBeds },
    .init(id: "facilities.residentsHost", unit: .persons) {
      $0.facilities.years[$1].residentsHost
    },
    .init(id: "facilities.migrantsPer1000", unit: .per(.persons, .thousandPersons)) {
      $0.facilities.years[$1].migrantsPer1000
    },
    .init(id: "facilities.gpFTE", unit: .fte) { $0.facilities.years[$1].gpFTE },
    .init(id: "facilities.primaryPlaces", unit: .persons) {
      $0.facilities.years[$1].primaryPlaces
    },
    .init(id: "facilities.secondaryPlaces", unit: .persons) {
      $0.facilities.years[$1].secondaryPlaces
    },
    .init(id: "facilities.newcomerPlaces", unit: .persons) {
      $0.facilities.years[$1].newcomerPlaces
    },
    .init(id: "facilities.childcarePlaces", unit: .persons) {
      $0.facilities.years[$1].childcarePlaces
    },
    .init(id: "facilities.brpRegistrations", unit: .count) {
      $0.facilities.years[$1].brpRegistrations
    },
    .init(id: "facilities.rniRegistrations", unit: .count) {
      $0.facilities.years[$1].rniRegistrations
    },
    .init(id: "facilities.inspections", unit: .count) { $0.facilities.years[$1].inspections },
    .init(id: "facilities.wijkagentFTE", unit: .fte) { $0.facilities.years[$1].wijkagentFTE },
    .init(id: "facilities.wasteTonnes", unit: .tonnes) { $0.facilities.years[$1].wasteTonnes },
    // The scorecard's indicators of the same ids hold these same values (`Welfare.Headline`).
    .init(id: "welfare.wageRatio", unit: .share) { assessment, _ in
      assessment.welfare.headline.wageRatio
    },
    .init(id: "welfare.localShare", unit: .share) { assessment, _ in
      assessment.welfare.headline.localShare
    },
    .init(id: "welfare.wageSum", unit: .euros(priceYear: 2023)) {
      $0.welfare.headline.wageSum(fte: $0.workforce.years[$1].fte)
    },
  ]

  /// The ids of ``keyIndicators(year:)`` in report order.
  public static let keyIndicatorIDs: [IndicatorID] = keyIndicatorReaders.map(\.id)

  /// The unit of each key indicator, in ``keyIndicatorIDs`` order.
  public static let keyIndicatorUnits: [Unit] = keyIndicatorReaders.map(\.unit)

  /// The headline numbers for `year` (housing at the seasonal peak); empty off the timeline.
  public func keyIndicators(year: Int) -> [KeyIndicator] {
    guard let index = index(of: year) else { return [] }
    return Assessment.keyIndicatorReaders.map {
      KeyIndicator(id: $0.id, value: $0.read(self, index), unit: $0.unit)
    }
  }

  /// The values of ``keyIndicators(year:)`` in ``keyIndicatorIDs`` order, without ids or
  /// units: what an ensemble draw keeps. Zeros off the timeline.
  public func keyIndicatorValues(year: Int) -> [Double] {
    guard let index = index(of: year) else {
      return Array(repeating: 0, count: Assessment.keyIndicatorReaders.count)
    }
    return Assessment.keyIndicatorReaders.map { $0.read(self, index) }
  }
}
