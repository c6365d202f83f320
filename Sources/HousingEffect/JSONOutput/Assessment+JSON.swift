/// The JSON trees of an assessment and its stages: the keys and values of their `Encodable`
/// conformances (see ``JSONTree``). `traces: false` leaves out each stage's `trace`, which
/// the result check skips anyway.
extension Assessment: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "establishment": establishment.json, "region": region.json, "asOf": asOf.json,
      "staffing": staffing.json(traces: true), "workforce": workforce.json(traces: true),
      "migration": migration.json(traces: true), "households": households.json(traces: true),
      "housing": housing.json(traces: true), "facilities": facilities.json(traces: true),
      "welfare": welfare.json(traces: true), "defaulted": defaulted.json,
      "overrides": overrides.json,
    ])
  }
}

extension Assessment.DefaultedInput: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["field": field.json, "parameters": parameters.json]) }
}

extension Trace: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields(["entries": entries.json, "isRecording": isRecording.json])
  }
}

extension TraceEntry: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "indicator": indicator.json, "year": year.json, "value": value.json, "unit": unit.json,
      "formula": formula.json, "inputs": inputs.json, "parameters": parameters.json,
    ])
  }
}

extension TraceEntry.Input: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "name": name.json, "value": value.json, "unit": unit.json, "indicator": indicator?.json,
      "year": year?.json,
    ])
  }
}

extension FormulaKey: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["indicator": indicator.json, "variant": variant?.json]) }
}

extension ParameterID: JSONRepresentable {}
extension IndicatorID: JSONRepresentable {}

extension Unit: JSONRepresentable {
  /// The symbol, as `Unit`'s `Encodable` conformance writes it.
  public var json: JSONTree { .string(symbol) }
}

extension Day: JSONRepresentable {
  /// `yyyy-mm-dd`, as `Day`'s `Encodable` conformance writes it.
  public var json: JSONTree { .string(description) }
}

extension Staffing {
  /// The stage's tree; without `traces`, the trace is left out.
  public func json(traces: Bool) -> JSONTree {
    .fields([
      "fullOperationFTE": fullOperationFTE.json, "firstYear": firstYear.json,
      "fullOperationYear": fullOperationYear.json, "lastYear": lastYear.json,
      "years": years.json, "rampUp": rampUp.json, "trace": traces ? trace.json : nil,
    ])
  }
}

extension Staffing.Year: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "year": year.json, "operationFTE": operationFTE.json, "rampUpShare": rampUpShare.json,
      "constructionWorkers": constructionWorkers.json,
    ])
  }
}

extension Workforce {
  /// The stage's tree; without `traces`, the trace is left out.
  public func json(traces: Bool) -> JSONTree {
    .fields([
      "segments": segments.json, "peakFactor": peakFactor.json,
      "seasonMonths": seasonMonths?.json, "years": years.json,
      "originParameters": originParameters.json, "mixParameters": mixParameters.json,
      "trace": traces ? trace.json : nil,
    ])
  }
}

extension Workforce.SegmentYear: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "fte": fte.json, "presentAverage": presentAverage.json, "presentPeak": presentPeak.json,
      "distinctPersons": distinctPersons.json,
    ])
  }
}

extension Workforce.Year: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "year": year.json, "segments": segments.json,
      "constructionWorkers": constructionWorkers.json,
    ])
  }
}

extension Migration {
  /// The stage's tree; without `traces`, the trace is left out.
  public func json(traces: Bool) -> JSONTree {
    .fields([
      "residence": residence.json, "years": years.json,
      "relocationParameters": relocationParameters.json,
      "arrivalParameters": arrivalParameters.json,
      "residenceParameters": residenceParameters.json,
      "provinceParameters": provinceParameters.json, "trace": traces ? trace.json : nil,
    ])
  }
}

extension Migration.Year: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "year": year.json, "labourMigrantsAverage": labourMigrantsAverage.json,
      "labourMigrantsPeak": labourMigrantsPeak.json,
      "labourMigrantsDistinct": labourMigrantsDistinct.json,
      "labourMigrantArrivals": labourMigrantArrivals.json,
      "knowledgeMigrants": knowledgeMigrants.json,
      "knowledgeMigrantArrivals": knowledgeMigrantArrivals.json,
      "constructionMigrants": constructionMigrants.json,
      "constructionArrivals": constructionArrivals.json,
      "constructionArrivalsMid": constructionArrivalsMid.json,
      "constructionMidShare": constructionMidShare.json,
      "crossBorderCommuters": crossBorderCommuters.json, "localReserve": localReserve.json,
      "restOfNL": restOfNL.json, "domesticRelocators": domesticRelocators.json,
    ])
  }
}

extension StayFigures: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields(["short": short.json, "mid": mid.json, "long": long.json])
  }
}

extension ResidenceShares: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "host": host.json, "restOfRegion": restOfRegion.json,
      "outsideProvince": outsideProvince.json,
    ])
  }
}

extension Households {
  /// The stage's tree; without `traces`, the trace is left out.
  public func json(traces: Bool) -> JSONTree {
    .fields([
      "years": years.json, "age0to3Parameters": age0to3Parameters.json,
      "age4to11Parameters": age4to11Parameters.json, "trace": traces ? trace.json : nil,
    ])
  }
}

extension Households.Children: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "age0to3": age0to3.json, "age4to11": age4to11.json, "age12to17": age12to17.json,
    ])
  }
}

extension Households.Year: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "year": year.json, "reunification": reunification.json,
      "longStaySingles": longStaySingles.json, "couples": couples.json,
      "familiesWithChildren": familiesWithChildren.json, "familyMembers": familyMembers.json,
      "children": children.json, "newChildren": newChildren.json,
      "newFamilyMembers": newFamilyMembers.json,
      "workingFamilyMembers": workingFamilyMembers.json,
      "domesticHouseholds": domesticHouseholds.json,
    ])
  }
}

extension HousingDemand {
  /// The stage's tree; without `traces`, the trace is left out.
  public func json(traces: Bool) -> JSONTree {
    .fields([
      "norm": norm.json, "residenceSplit": residenceSplit.json, "years": years.json,
      "employerHousingCheck": employerHousingCheck?.json,
      "employerBedsCounted": employerBedsCounted.json,
      "temporarySupplyKnown": temporarySupplyKnown.json,
      "hostDwellingParameters": hostDwellingParameters.json,
      "trace": traces ? trace.json : nil,
    ])
  }
}

extension HousingDemand.Figures: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "shortStayBeds": shortStayBeds.json, "midStayPersons": midStayPersons.json,
      "midStayRooms": midStayRooms.json, "longStayDwellings": longStayDwellings.json,
      "floorArea": floorArea.json, "bedrooms": bedrooms.json, "toilets": toilets.json,
      "showers": showers.json, "supplyBeds": supplyBeds.json,
      "shortfallBeds": shortfallBeds.json, "longStaySupply": longStaySupply?.json,
      "longStayGap": longStayGap?.json,
    ])
  }
}

extension HousingDemand.Year: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "year": year.json, "average": average.json, "peak": peak.json, "hostPeak": hostPeak.json,
      "hostHousingPressure": hostHousingPressure?.json,
    ])
  }
}

extension ResidenceSplit: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "host": host.json, "neighbours": neighbours.json, "restOfProvince": restOfProvince.json,
      "otherProvinces": otherProvinces.json, "abroad": abroad.json,
      "neighbourNames": neighbourNames.json, "countries": countries.json,
      "parameters": parameters.json,
    ])
  }
}

extension NormCheck: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "norm": norm.json, "beds": beds.json, "results": results.json,
      "bedsAtNorm": bedsAtNorm.json,
    ])
  }
}

extension NormCheck.Result: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "criterion": criterion.json, "actual": actual?.json, "required": required.json,
      "compliant": compliant?.json, "parameter": parameter.json,
    ])
  }
}

extension NormCheck.Criterion: JSONRepresentable {}
extension HousingNorm: JSONRepresentable {}
extension Municipality.Country: JSONRepresentable {}

extension FacilityLoad {
  /// The stage's tree; without `traces`, the trace is left out.
  public func json(traces: Bool) -> JSONTree {
    .fields(["years": years.json, "trace": traces ? trace.json : nil])
  }
}

extension FacilityLoad.Year: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "year": year.json, "residentsHost": residentsHost.json,
      "residentsRegion": residentsRegion.json, "migrantsPer1000": migrantsPer1000.json,
      "gpFTE": gpFTE.json,
      "gpPressure": gpPressure.json, "primaryPlaces": primaryPlaces.json,
      "secondaryPlaces": secondaryPlaces.json, "newcomerPlaces": newcomerPlaces.json,
      "primaryPressure": primaryPressure.json, "childcarePlaces": childcarePlaces.json,
      "preschoolPlaces": preschoolPlaces.json, "brpRegistrations": brpRegistrations.json,
      "rniRegistrations": rniRegistrations.json,
      "brpDeregistrations": brpDeregistrations.json,
      "expectedUnregistered": expectedUnregistered.json,
      "shortStayLocations": shortStayLocations.json, "inspections": inspections.json,
      "wijkagentFTE": wijkagentFTE.json, "wasteTonnes": wasteTonnes.json,
    ])
  }
}

extension Welfare {
  /// The stage's tree; without `traces`, the trace is left out.
  public func json(traces: Bool) -> JSONTree {
    .fields([
      "years": years.json, "trace": traces ? trace.json : nil, "headline": headline.json,
    ])
  }
}

extension Welfare.Year: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["year": year.json, "indicators": indicators.json]) }
}

extension Welfare.Indicator: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "id": id.json, "dimension": dimension.json, "theme": theme.json, "value": value?.json,
      "unit": unit.json, "rating": rating.json, "parameters": parameters.json,
    ])
  }
}

extension Welfare.Headline: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "wagePerJob": wagePerJob.json, "wageRatio": wageRatio.json, "localShare": localShare.json,
    ])
  }
}

extension Welfare.Dimension: JSONRepresentable {}
extension Welfare.Rating: JSONRepresentable {}
