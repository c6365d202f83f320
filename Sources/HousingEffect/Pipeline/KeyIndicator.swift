/// One headline number of an assessment for a year: what `compare`, `batch` and the summary show.
public struct KeyIndicator: Sendable, Hashable, Codable {
  public var id: IndicatorID
  public var value: Double
  public var unit: Unit
}

extension Assessment {
  /// The ids of ``keyIndicators(year:)`` in report order.
  public static let keyIndicatorIDs: [IndicatorID] = [
    "staffing.operationFTE", "staffing.constructionWorkers", "workforce.presentAverage",
    "workforce.presentPeak", "workforce.distinctPersons", "migration.labourMigrants",
    "migration.shortStay", "migration.midStay", "migration.longStay",
    "migration.knowledgeMigrants", "migration.crossBorderCommuters", "migration.localReserve",
    "households.familyMembers", "households.children", "housing.shortStayBeds",
    "housing.midStayRooms", "housing.longStayDwellings", "housing.floorArea",
    "housing.shortfallBeds", "facilities.residentsHost", "facilities.migrantsPer1000",
    "facilities.gpFTE", "facilities.primaryPlaces", "facilities.secondaryPlaces",
    "facilities.newcomerPlaces", "facilities.childcarePlaces", "facilities.brpRegistrations",
    "facilities.rniRegistrations", "facilities.inspections", "facilities.wijkagentFTE",
    "facilities.wasteTonnes", "welfare.wageRatio", "welfare.localShare", "welfare.wageSum",
  ]

  /// The headline numbers for `year` (housing at the seasonal peak); empty off the timeline.
  public func keyIndicators(year: Int) -> [KeyIndicator] {
    guard let index = index(of: year) else { return [] }
    let staffingYear = staffing.years[index]
    let workforceYear = workforce.years[index]
    let migrationYear = migration.years[index]
    let householdYear = households.years[index]
    let housingYear = housing.years[index].peak
    let facilityYear = facilities.years[index]
    let welfareYear = welfare.years[index]
    let values: [IndicatorID: (Double, Unit)] = [
      "staffing.operationFTE": (staffingYear.operationFTE, .fte),
      "staffing.constructionWorkers": (staffingYear.constructionWorkers, .persons),
      "workforce.presentAverage": (workforceYear.presentAverage, .persons),
      "workforce.presentPeak": (workforceYear.presentPeak, .persons),
      "workforce.distinctPersons": (workforceYear.distinctPersons, .persons),
      "migration.labourMigrants": (migrationYear.labourMigrantsAverage.total, .persons),
      "migration.shortStay": (migrationYear.labourMigrantsAverage.short, .persons),
      "migration.midStay": (migrationYear.labourMigrantsAverage.mid, .persons),
      "migration.longStay": (migrationYear.labourMigrantsAverage.long, .persons),
      "migration.knowledgeMigrants": (migrationYear.knowledgeMigrants, .persons),
      "migration.crossBorderCommuters": (migrationYear.crossBorderCommuters, .persons),
      "migration.localReserve": (migrationYear.localReserve, .persons),
      "households.familyMembers": (householdYear.familyMembers, .persons),
      "households.children": (householdYear.children.total, .persons),
      "housing.shortStayBeds": (housingYear.shortStayBeds, .beds),
      "housing.midStayRooms": (housingYear.midStayRooms, .rooms),
      "housing.longStayDwellings": (housingYear.longStayDwellings, .dwellings),
      "housing.floorArea": (housingYear.floorArea, .squareMetres),
      "housing.shortfallBeds": (housingYear.shortfallBeds, .beds),
      "facilities.residentsHost": (facilityYear.residentsHost, .persons),
      "facilities.migrantsPer1000": (
        facilityYear.migrantsPer1000, .per(.persons, .thousandPersons)
      ),
      "facilities.gpFTE": (facilityYear.gpFTE, .fte),
      "facilities.primaryPlaces": (facilityYear.primaryPlaces, .persons),
      "facilities.secondaryPlaces": (facilityYear.secondaryPlaces, .persons),
      "facilities.newcomerPlaces": (facilityYear.newcomerPlaces, .persons),
      "facilities.childcarePlaces": (facilityYear.childcarePlaces, .persons),
      "facilities.brpRegistrations": (facilityYear.brpRegistrations, .count),
      "facilities.rniRegistrations": (facilityYear.rniRegistrations, .count),
      "facilities.inspections": (facilityYear.inspections, .count),
      "facilities.wijkagentFTE": (facilityYear.wijkagentFTE, .fte),
      "facilities.wasteTonnes": (facilityYear.wasteTonnes, .tonnes),
      "welfare.wageRatio": (welfareYear.indicator("welfare.wageRatio")?.value ?? 0, .share),
      "welfare.localShare": (welfareYear.indicator("welfare.localShare")?.value ?? 0, .share),
      "welfare.wageSum": (
        welfareYear.indicator("welfare.wageSum")?.value ?? 0, .euros(priceYear: 2023)
      ),
    ]
    return Assessment.keyIndicatorIDs.compactMap { id in
      values[id].map { KeyIndicator(id: id, value: $0.0, unit: $0.1) }
    }
  }
}
