/// The JSON trees of an establishment, its region and the catalogue's provenance: the keys and
/// values of their `Encodable` conformances (see ``JSONTree``).
extension Establishment: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "name": name.json, "description": description?.json, "sources": sources.json,
      "asOf": asOf?.json, "municipality": municipality.json, "type": type.json,
      "size": size.json, "startYear": startYear.json, "rampUp": rampUp?.json,
      "construction": construction?.json, "workforce": workforce?.json,
      "peakFactor": peakFactor?.json, "employerHousing": employerHousing?.json,
      "season": season?.json, "freeLegalBeds": freeLegalBeds?.json,
      "availableDwellings": availableDwellings?.json,
      "languageTraining": languageTraining?.json, "housingNorm": housingNorm?.json,
      "overrides": overrides.json, "texts": texts?.json,
    ])
  }
}

extension EstablishmentSize: JSONRepresentable {
  /// The case as the synthesised conformance of an enum with a value writes it:
  /// `{"jobs": {"_0": 120}}`.
  public var json: JSONTree {
    .fields([basis.rawValue: .fields(["_0": amount.json])])
  }
}

extension ConstructionPhase: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "workers": workers?.json, "startYear": startYear.json, "startMonth": startMonth.json,
      "durationMonths": durationMonths.json, "shareFromElsewhere": shareFromElsewhere?.json,
    ])
  }
}

extension EmployerHousing: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "beds": beds.json, "norm": norm?.json, "floorAreaM2": floorAreaM2?.json,
      "bedrooms": bedrooms?.json, "toilets": toilets?.json, "showers": showers?.json,
    ])
  }
}

extension Season: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["months": months.json]) }
}

extension AvailableDwellings: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["year": year.json, "dwellings": dwellings.json]) }
}

extension LocalizedText: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["nl": nl?.json, "en": en?.json]) }
}

extension EstablishmentTexts: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields(["name": name?.json, "description": description?.json, "sources": sources.json])
  }
}

extension WorkforceSegment: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "label": label?.json, "share": share.json, "contract": contract.json,
      "skill": skill.json, "origin": origin?.json,
    ])
  }
}

extension OriginMix: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "localReserve": localReserve.json, "restOfNL": restOfNL.json,
      "euMigrant": euMigrant.json, "nonEuMigrant": nonEuMigrant.json,
      "knowledgeMigrant": knowledgeMigrant.json, "crossBorder": crossBorder.json,
    ])
  }
}

extension ResolvedSegment: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "label": label.json, "share": share.json, "contract": contract.json, "skill": skill.json,
      "origin": origin.json, "peakFactor": peakFactor.json, "parameters": parameters.json,
    ])
  }
}

extension SkillLevel: JSONRepresentable {}
extension ContractType: JSONRepresentable {}
extension EstablishmentType: JSONRepresentable {}
extension SectorGroup: JSONRepresentable {}
extension SizeBasis: JSONRepresentable {}

extension ParameterOverride: JSONRepresentable {
  /// Its `Encodable` keys: `reasonTexts` is not written.
  public var json: JSONTree {
    .fields([
      "id": id.json, "value": value.json, "reason": reason?.json, "low": low?.json,
      "high": high?.json,
    ])
  }
}

extension HostRegion: JSONRepresentable {
  /// Its `Encodable` keys: the policy region under `province`.
  public var json: JSONTree {
    .fields([
      "name": name.json, "code": code?.json, "province": policyRegion.json,
      "population": population.json, "dwellings": dwellings?.json,
      "neighbours": neighbours.json, "borders": borders.json,
    ])
  }
}

extension HostRegion.PolicyRegion: JSONRepresentable {}

extension Provenance: JSONRepresentable {
  /// Its `kind` and the keys of that kind, as its `Encodable` conformance writes them.
  public var json: JSONTree {
    switch self {
    case .cited(let source): .fields(["kind": kind.json, "source": source.json])
    case .derived(let ids, let method, let sources):
      .fields([
        "kind": kind.json, "derivedFrom": ids.json, "method": method.json,
        "sources": sources.json,
      ])
    case .assumption(let rationale): .fields(["kind": kind.json, "rationale": rationale.json])
    case .unverified(let source, let note):
      .fields(["kind": kind.json, "source": source.json, "note": note.json])
    }
  }
}

extension Source: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "title": title.json, "publisher": publisher.json, "year": year.json, "url": url?.json,
      "locator": locator?.json,
    ])
  }
}

extension RiskFlag: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "rule": rule.json, "year": year.json, "value": value.json, "threshold": threshold.json,
      "source": source.json,
    ])
  }
}

extension RiskFlag.Rule: JSONRepresentable {}

extension KeyIndicator: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["id": id.json, "value": value.json, "unit": unit.json]) }
}

extension AssessmentEnsemble.FixedParameter: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["id": id.json, "reason": reason.json]) }
}

extension ParameterSampler.FixedReason: JSONRepresentable {}

extension Percentiles: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["p10": p10.json, "p50": p50.json, "p90": p90.json]) }
}

extension Sensitivity.Swing: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "parameter": parameter.json, "low": low.json, "high": high.json, "atLow": atLow.json,
      "atHigh": atHigh.json, "isAssumption": isAssumption.json,
      "varianceShare": varianceShare?.json,
    ])
  }
}

extension ProjectionStudy.PlannedSupply: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "region": region.json, "name": name?.json, "year": year.json, "beds": beds.json,
      "dwellings": dwellings.json,
    ])
  }
}

extension DatedValue: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields(["effective": effective.json, "value": value.json, "provenance": provenance.json])
  }
}

extension Municipality: JSONRepresentable {
  /// Its `Encodable` keys: the borders sorted, the optional figures only when known.
  public var json: JSONTree {
    .fields([
      "code": code.json, "name": name.json, "policyRegion": policyRegion?.json,
      "subRegion": subRegion?.json, "population": population.json,
      "landAreaKm2": landAreaKm2?.json, "dwellings": dwellings?.json,
      "households": households?.json, "labourMigrants": labourMigrants?.json,
      "licensedMigrantBeds": licensedMigrantBeds?.json, "borders": borders.sorted().json,
      "neighbours": neighbours.json, "sources": sources.json, "notes": notes.json,
      "dutchNotes": dutchNotes.json,
    ])
  }
}

extension Municipality.PolicyRegion: JSONRepresentable {}
extension Municipality.LabourMigrants.Kind: JSONRepresentable {}

extension Municipality.DatedCount: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["value": value.json, "date": date.json]) }
}

extension Municipality.LabourMigrants: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields(["count": count.json, "year": year.json, "kind": kind.json])
  }
}

extension Municipality.LicensedBeds: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree { .fields(["count": count.json, "year": year.json]) }
}

extension ReferenceEstablishment: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "id": id.json, "name": name.json, "municipality": municipality.json,
      "province": province.json, "type": type.json, "figures": figures.json,
    ])
  }
}

extension ReferenceFigure: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "field": field.json, "value": value.json, "valueHigh": valueHigh?.json,
      "unit": unit.json, "figureYear": figureYear?.json, "source": source.json,
      "reliability": reliability.json, "note": note.json,
    ])
  }
}

extension ReferenceFigure.Field: JSONRepresentable {}
extension ReferenceFigure.Reliability: JSONRepresentable {}
extension ReferenceValidation.Outcome: JSONRepresentable {}

extension ReferenceValidation.Summary: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "type": type?.json, "checks": checks.json, "inside": inside.json,
      "withinFactor": withinFactor.json, "medianSpread": medianSpread?.json,
    ])
  }
}
