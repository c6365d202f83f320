/// The JSON trees of an establishment, its region and the catalogue's provenance: the keys and
/// values of their `Encodable` conformances (see ``JSONTree``).
extension Establishment: JSONRepresentable {
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
  public var json: JSONTree {
    .fields([
      "workers": workers?.json, "startYear": startYear.json, "startMonth": startMonth.json,
      "durationMonths": durationMonths.json, "shareFromElsewhere": shareFromElsewhere?.json,
    ])
  }
}

extension EmployerHousing: JSONRepresentable {
  public var json: JSONTree {
    .fields([
      "beds": beds.json, "norm": norm?.json, "floorAreaM2": floorAreaM2?.json,
      "bedrooms": bedrooms?.json, "toilets": toilets?.json, "showers": showers?.json,
    ])
  }
}

extension Season: JSONRepresentable {
  public var json: JSONTree { .fields(["months": months.json]) }
}

extension AvailableDwellings: JSONRepresentable {
  public var json: JSONTree { .fields(["year": year.json, "dwellings": dwellings.json]) }
}

extension LocalizedText: JSONRepresentable {
  public var json: JSONTree { .fields(["nl": nl?.json, "en": en?.json]) }
}

extension EstablishmentTexts: JSONRepresentable {
  public var json: JSONTree {
    .fields(["name": name?.json, "description": description?.json, "sources": sources.json])
  }
}

extension WorkforceSegment: JSONRepresentable {
  public var json: JSONTree {
    .fields([
      "label": label?.json, "share": share.json, "contract": contract.json,
      "skill": skill.json, "origin": origin?.json,
    ])
  }
}

extension OriginMix: JSONRepresentable {
  public var json: JSONTree {
    .fields([
      "localReserve": localReserve.json, "restOfNL": restOfNL.json,
      "euMigrant": euMigrant.json, "nonEuMigrant": nonEuMigrant.json,
      "knowledgeMigrant": knowledgeMigrant.json, "crossBorder": crossBorder.json,
    ])
  }
}

extension ResolvedSegment: JSONRepresentable {
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
  public var json: JSONTree {
    .fields([
      "title": title.json, "publisher": publisher.json, "year": year.json, "url": url?.json,
      "locator": locator?.json,
    ])
  }
}

extension RiskFlag: JSONRepresentable {
  public var json: JSONTree {
    .fields([
      "rule": rule.json, "year": year.json, "value": value.json, "threshold": threshold.json,
      "source": source.json,
    ])
  }
}

extension RiskFlag.Rule: JSONRepresentable {}

extension KeyIndicator: JSONRepresentable {
  public var json: JSONTree { .fields(["id": id.json, "value": value.json, "unit": unit.json]) }
}

extension AssessmentEnsemble.FixedParameter: JSONRepresentable {
  public var json: JSONTree { .fields(["id": id.json, "reason": reason.json]) }
}

extension ParameterSampler.FixedReason: JSONRepresentable {}
