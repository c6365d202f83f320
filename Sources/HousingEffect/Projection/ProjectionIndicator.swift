/// A figure `project` reports for every area, path and year.
public enum ProjectionIndicator: String, Sendable, Hashable, Codable, CaseIterable {
  /// Labour migrants working in the area (by place of work), average day.
  case working
  /// Of those, living in the province (resident).
  case resident
  /// Of the residents, registered in the BRP.
  case registered
  /// Residents present at the seasonal peak.
  case presentAtPeak
  /// Working labour migrants by stay class.
  case shortStay, midStay, longStay
  /// Arrivals from abroad and departures to abroad in the year.
  case arrivals, departures
  /// Mid-stay migrants who stayed on as long-stay migrants in the year.
  case settled
  /// Partners and children living with the migrants in the area.
  case familyMembers, children
  /// Housing need at the seasonal peak in the area.
  case shortStayBeds, midStayBeds, longStayDwellings
  /// Facility load in the area.
  case gpFTE, primaryPlaces, newcomerPlaces, brpRegistrations, rniRegistrations
  /// Labour migrants leaving the BRP in the year (mid and long stays who leave the country), at
  /// the registered stock's share.
  case brpDeregistrations
  /// Existing licensed beds + planned beds opened by the year (+ establishments' own beds).
  case temporarySupply
  /// Short- and mid-stay beds needed beyond the temporary supply.
  case temporaryGap
  /// Planned regular dwellings for long stays opened by the year.
  case plannedDwellings
  /// Long-stay dwellings needed beyond the base year's and the planned ones.
  case longStayGap

  /// The unit of the indicator's values: persons, beds or dwellings.
  public var unit: Unit {
    switch self {
    case .working, .resident, .registered, .presentAtPeak, .shortStay, .midStay, .longStay,
      .arrivals, .departures, .settled, .familyMembers, .children, .primaryPlaces, .newcomerPlaces:
      .persons
    case .shortStayBeds, .midStayBeds, .temporarySupply, .temporaryGap: .beds
    case .longStayDwellings, .plannedDwellings, .longStayGap: .dwellings
    case .gpFTE: .fte
    case .brpRegistrations, .rniRegistrations, .brpDeregistrations: .count
    }
  }

  /// A need: something an establishment adds to and never takes away from. Supply and the
  /// gaps are not needs (an establishment's own beds lower the gap).
  public var isNeed: Bool {
    switch self {
    case .temporarySupply, .temporaryGap, .plannedDwellings, .longStayGap, .departures, .settled,
      .brpDeregistrations:
      false
    default: true
    }
  }
}

/// Without the study's establishments (the path alone), or with them on top.
public enum ProjectionVariant: String, Sendable, Hashable, Codable, CaseIterable {
  case without, with
}
