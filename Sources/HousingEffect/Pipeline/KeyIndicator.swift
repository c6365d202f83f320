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
  /// The key indicators in report order: the one list that names them, their units and their
  /// columns in a Monte Carlo row (housing at the seasonal peak). Where each is read is
  /// ``writeKeyIndicators(at:into:)``, by case: traced reports, Monte Carlo draws and
  /// sensitivity runs all read through it.
  enum KeyIndicatorColumn: Int, CaseIterable, Sendable {
    case operationFTE
    case constructionWorkers
    case presentAverage
    case presentPeak
    case distinctPersons
    case labourMigrants
    case shortStay
    case midStay
    case longStay
    case knowledgeMigrants
    case crossBorderCommuters
    case localReserve
    case familyMembers
    case children
    case shortStayBeds
    case midStayRooms
    case longStayDwellings
    case floorArea
    case shortfallBeds
    case residentsHost
    case migrantsPer1000
    case gpFTE
    case primaryPlaces
    case secondaryPlaces
    case newcomerPlaces
    case childcarePlaces
    case brpRegistrations
    case rniRegistrations
    case inspections
    case wijkagentFTE
    case wasteTonnes
    case wageRatio
    case localShare
    case wageSum

    /// The indicator's id.
    var id: IndicatorID {
      switch self {
      case .operationFTE: "staffing.operationFTE"
      case .constructionWorkers: "staffing.constructionWorkers"
      case .presentAverage: "workforce.presentAverage"
      case .presentPeak: "workforce.presentPeak"
      case .distinctPersons: "workforce.distinctPersons"
      case .labourMigrants: "migration.labourMigrants"
      case .shortStay: "migration.shortStay"
      case .midStay: "migration.midStay"
      case .longStay: "migration.longStay"
      case .knowledgeMigrants: "migration.knowledgeMigrants"
      case .crossBorderCommuters: "migration.crossBorderCommuters"
      case .localReserve: "migration.localReserve"
      case .familyMembers: "households.familyMembers"
      case .children: "households.children"
      case .shortStayBeds: "housing.shortStayBeds"
      case .midStayRooms: "housing.midStayRooms"
      case .longStayDwellings: "housing.longStayDwellings"
      case .floorArea: "housing.floorArea"
      case .shortfallBeds: "housing.shortfallBeds"
      case .residentsHost: "facilities.residentsHost"
      case .migrantsPer1000: "facilities.migrantsPer1000"
      case .gpFTE: "facilities.gpFTE"
      case .primaryPlaces: "facilities.primaryPlaces"
      case .secondaryPlaces: "facilities.secondaryPlaces"
      case .newcomerPlaces: "facilities.newcomerPlaces"
      case .childcarePlaces: "facilities.childcarePlaces"
      case .brpRegistrations: "facilities.brpRegistrations"
      case .rniRegistrations: "facilities.rniRegistrations"
      case .inspections: "facilities.inspections"
      case .wijkagentFTE: "facilities.wijkagentFTE"
      case .wasteTonnes: "facilities.wasteTonnes"
      case .wageRatio: "welfare.wageRatio"
      case .localShare: "welfare.localShare"
      case .wageSum: "welfare.wageSum"
      }
    }

    /// The indicator's unit.
    var unit: Unit {
      switch self {
      case .operationFTE: .fte
      case .constructionWorkers: .persons
      case .presentAverage: .persons
      case .presentPeak: .persons
      case .distinctPersons: .persons
      case .labourMigrants: .persons
      case .shortStay: .persons
      case .midStay: .persons
      case .longStay: .persons
      case .knowledgeMigrants: .persons
      case .crossBorderCommuters: .persons
      case .localReserve: .persons
      case .familyMembers: .persons
      case .children: .persons
      case .shortStayBeds: .beds
      case .midStayRooms: .rooms
      case .longStayDwellings: .dwellings
      case .floorArea: .squareMetres
      case .shortfallBeds: .beds
      case .residentsHost: .persons
      case .migrantsPer1000: .per(.persons, .thousandPersons)
      case .gpFTE: .fte
      case .primaryPlaces: .persons
      case .secondaryPlaces: .persons
      case .newcomerPlaces: .persons
      case .childcarePlaces: .persons
      case .brpRegistrations: .count
      case .rniRegistrations: .count
      case .inspections: .count
      case .wijkagentFTE: .fte
      case .wasteTonnes: .tonnes
      case .wageRatio: .share
      case .localShare: .share
      case .wageSum: .euros(priceYear: 2023)
      }
    }
  }

  /// Writes the key indicators at position `index` of the timeline into `row`, one per
  /// ``KeyIndicatorColumn`` at its raw value: straight from the stages' years, with no table of
  /// functions to call per number (issue 18).
  func writeKeyIndicators(at index: Int, into row: UnsafeMutableBufferPointer<Double>) {
    Assessment.writeKeyIndicators(
      at: index, staffing: staffing, workforce: workforce, migration: migration,
      households: households, housing: housing, facilities: facilities, welfare: welfare,
      into: row)
  }

  /// ``writeKeyIndicators(at:into:)`` from the stages themselves: an assessment's, or a Monte
  /// Carlo draw's (`Stages`), which builds no assessment around them.
  static func writeKeyIndicators(
    at index: Int, staffing: borrowing Staffing, workforce: borrowing Workforce,
    migration: borrowing Migration, households: borrowing Households,
    housing: borrowing HousingDemand, facilities: borrowing FacilityLoad,
    welfare: borrowing Welfare, into row: UnsafeMutableBufferPointer<Double>
  ) {
    typealias Column = KeyIndicatorColumn
    precondition(row.count >= Column.allCases.count, "a row holds every key indicator")
    let staffingYear = staffing.years[index]
    row[Column.operationFTE.rawValue] = staffingYear.operationFTE
    row[Column.constructionWorkers.rawValue] = staffingYear.constructionWorkers
    let workforceYear = workforce.years[index]
    row[Column.presentAverage.rawValue] = workforceYear.presentAverage
    row[Column.presentPeak.rawValue] = workforceYear.presentPeak
    row[Column.distinctPersons.rawValue] = workforceYear.distinctPersons
    let fte = workforceYear.fte
    let migrationYear = migration.years[index]
    row[Column.labourMigrants.rawValue] = migrationYear.labourMigrantsAverage.total
    row[Column.shortStay.rawValue] = migrationYear.labourMigrantsAverage.short
    row[Column.midStay.rawValue] = migrationYear.labourMigrantsAverage.mid
    row[Column.longStay.rawValue] = migrationYear.labourMigrantsAverage.long
    row[Column.knowledgeMigrants.rawValue] = migrationYear.knowledgeMigrants
    row[Column.crossBorderCommuters.rawValue] = migrationYear.crossBorderCommuters
    row[Column.localReserve.rawValue] = migrationYear.localReserve
    let householdsYear = households.years[index]
    row[Column.familyMembers.rawValue] = householdsYear.familyMembers
    row[Column.children.rawValue] = householdsYear.children.total
    let housingYear = housing.years[index]
    row[Column.shortStayBeds.rawValue] = housingYear.peak.shortStayBeds
    row[Column.midStayRooms.rawValue] = housingYear.peak.midStayRooms
    row[Column.longStayDwellings.rawValue] = housingYear.peak.longStayDwellings
    row[Column.floorArea.rawValue] = housingYear.peak.floorArea
    row[Column.shortfallBeds.rawValue] = housingYear.peak.shortfallBeds
    let facilitiesYear = facilities.years[index]
    row[Column.residentsHost.rawValue] = facilitiesYear.residentsHost
    row[Column.migrantsPer1000.rawValue] = facilitiesYear.migrantsPer1000
    row[Column.gpFTE.rawValue] = facilitiesYear.gpFTE
    row[Column.primaryPlaces.rawValue] = facilitiesYear.primaryPlaces
    row[Column.secondaryPlaces.rawValue] = facilitiesYear.secondaryPlaces
    row[Column.newcomerPlaces.rawValue] = facilitiesYear.newcomerPlaces
    row[Column.childcarePlaces.rawValue] = facilitiesYear.childcarePlaces
    row[Column.brpRegistrations.rawValue] = facilitiesYear.brpRegistrations
    row[Column.rniRegistrations.rawValue] = facilitiesYear.rniRegistrations
    row[Column.inspections.rawValue] = facilitiesYear.inspections
    row[Column.wijkagentFTE.rawValue] = facilitiesYear.wijkagentFTE
    row[Column.wasteTonnes.rawValue] = facilitiesYear.wasteTonnes
    // The scorecard's indicators of the same ids hold these same values (`Welfare.Headline`).
    let headline = welfare.headline
    row[Column.wageRatio.rawValue] = headline.wageRatio
    row[Column.localShare.rawValue] = headline.localShare
    row[Column.wageSum.rawValue] = headline.wageSum(fte: fte)
  }

  /// The ids of ``keyIndicators(year:)`` in report order.
  public static let keyIndicatorIDs: [IndicatorID] = KeyIndicatorColumn.allCases.map(\.id)

  /// The unit of each key indicator, in ``keyIndicatorIDs`` order.
  public static let keyIndicatorUnits: [Unit] = KeyIndicatorColumn.allCases.map(\.unit)

  /// The headline numbers for `year` (housing at the seasonal peak); empty off the timeline.
  public func keyIndicators(year: Int) -> [KeyIndicator] {
    guard index(of: year) != nil else { return [] }
    return zip(KeyIndicatorColumn.allCases, keyIndicatorValues(year: year)).map {
      KeyIndicator(id: $0.id, value: $1, unit: $0.unit)
    }
  }

  /// The values of ``keyIndicators(year:)`` in ``keyIndicatorIDs`` order, without ids or
  /// units: what an ensemble draw keeps. Zeros off the timeline.
  public func keyIndicatorValues(year: Int) -> [Double] {
    let count = KeyIndicatorColumn.allCases.count
    guard let index = index(of: year) else { return Array(repeating: 0, count: count) }
    return [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
      buffer.initialize(repeating: 0)
      writeKeyIndicators(at: index, into: buffer)
      initialized = count
    }
  }
}
