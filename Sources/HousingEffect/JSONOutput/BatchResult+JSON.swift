// The batch document's parts as JSON trees: the same keys and values as their `Encodable`
// conformances (design note 65), so `batch --format json` needs no `Codable` either.

extension BatchResult: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "rows": rows.json, "municipalities": municipalities.json, "regions": regions.json,
      "balance": balance.json,
    ])
  }
}

extension BatchResult.Row: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "line": line.json, "name": name.json, "municipality": municipality.json,
      "code": code.json, "type": type.json, "headlineYear": headlineYear.json,
      "jobsFTE": jobsFTE.json, "labourMigrants": labourMigrants.json,
      "shortStayBeds": shortStayBeds.json, "midStayRooms": midStayRooms.json,
      "longStayDwellings": longStayDwellings.json, "shortfallBeds": shortfallBeds.json,
      "hostTemporaryBeds": hostTemporaryBeds.json,
      "hostLongStayDwellings": hostLongStayDwellings.json, "employerBeds": employerBeds.json,
      "employerBedsCounted": employerBedsCounted.json, "freeLegalBeds": freeLegalBeds?.json,
      "need": need.json, "residence": residence.json, "migrantsPer1000": migrantsPer1000.json,
      "gpPressure": gpPressure.json, "primaryPressure": primaryPressure.json,
      "negativeRatings": negativeRatings.json, "attentionRatings": attentionRatings.json,
      "ranges": ranges?.json,
    ])
  }
}

extension BatchResult.Residence: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "host": host.json, "neighbours": neighbours.json, "restOfProvince": restOfProvince.json,
    ])
  }
}

extension BatchResult.Balance: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "rowShortfalls": rowShortfalls.json, "municipalShortfalls": municipalShortfalls.json,
      "pooledVacantBeds": pooledVacantBeds.json, "regionShortfalls": regionShortfalls.json,
      "rowVacantBeds": rowVacantBeds.json,
      "employerBedsBeyondOwnNeed": employerBedsBeyondOwnNeed.json, "rows": rows.json,
      "unallocated": unallocated.json,
    ])
  }
}

extension BatchResult.Ranges: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "labourMigrants": labourMigrants.json, "shortStayBeds": shortStayBeds.json,
      "midStayRooms": midStayRooms.json, "longStayDwellings": longStayDwellings.json,
      "shortfallBeds": shortfallBeds.json,
    ])
  }
}

extension BatchResult.Total: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance (the computed
  /// `temporaryBeds` and `longStayDwellings` are not stored, so not written).
  public var json: JSONTree {
    .fields([
      "name": name.json, "code": code?.json, "region": region?.json,
      "establishments": establishments.json, "jobsFTE": jobsFTE.json,
      "labourMigrants": labourMigrants.json, "need": need.json,
      "employerBeds": employerBeds.json, "licensedBeds": licensedBeds?.json,
      "vacantBeds": vacantBeds?.json, "temporaryShortfall": temporaryShortfall.json,
      "migrantsPer1000": migrantsPer1000.json, "housingPressure": housingPressure?.json,
      "gpPressure": gpPressure?.json, "primaryPressure": primaryPressure?.json,
      "crossed": crossed.json,
    ])
  }
}

extension BatchLoad: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "temporaryBeds": temporaryBeds.json, "midStayRooms": midStayRooms.json,
      "longStayDwellings": longStayDwellings.json, "migrants": migrants.json,
      "residents": residents.json, "gpFTE": gpFTE.json, "primaryPlaces": primaryPlaces.json,
      "secondaryPlaces": secondaryPlaces.json, "childcarePlaces": childcarePlaces.json,
      "newcomerPlaces": newcomerPlaces.json,
    ])
  }
}
