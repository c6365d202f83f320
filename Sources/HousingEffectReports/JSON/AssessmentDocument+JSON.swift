import HousingEffect

/// The document's JSON tree, without `Codable`: the keys and values of its `Encodable`
/// conformance (which stays for library users; the tests compare the two for every example).
extension AssessmentDocument: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "schemaVersion": schemaVersion.json, "tool": tool.json, "establishment": establishment.json,
      "region": region.json, "segments": segments.json, "residence": residence.json,
      "residenceSplit": residenceSplit.json, "season": season.json,
      "criticalYear": criticalYear?.json, "riskFlags": riskFlags.json, "years": years.json,
      "fullOperation": fullOperation?.json, "welfare": welfare?.json,
      "employerHousingCheck": employerHousingCheck?.json, "defaulted": defaulted.json,
      "overrides": overrides.json, "parameters": parameters.json,
      "uncertainty": uncertainty?.json, "references": references.json,
    ])
  }
}

extension AssessmentDocument.EstablishmentSummary: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "name": name.json, "municipality": municipality.json, "type": type.json,
      "sectorGroup": sectorGroup.json, "sizeBasis": sizeBasis.json,
      "sizeAmount": sizeAmount.json, "startYear": startYear.json,
      "fullOperationYear": fullOperationYear.json, "asOf": asOf.json,
      "housingNorm": housingNorm.json, "languageTraining": languageTraining?.json,
    ])
  }
}

extension AssessmentDocument.YearDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "year": year.json, "phase": phase.json, "staffing": staffing.json,
      "workforce": workforce.json, "migration": migration.json, "households": households.json,
      "housing": housing.json, "facilities": facilities.json,
      "keyIndicators": keyIndicators.json,
    ])
  }
}

extension AssessmentDocument.RangedIndicator: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "id": id.json, "headline": headline.json, "value": value.json, "unit": unit.json,
      "p10": p10?.json, "p50": p50?.json, "p90": p90?.json,
    ])
  }
}

extension AssessmentDocument.UncertaintySummary: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "draws": draws.json, "seed": seed.json, "distribution": distribution.json,
      "percentileMethod": percentileMethod.json, "drawnParameters": drawnParameters.json,
      "fixedParameters": fixedParameters.json, "oneSidedParameters": oneSidedParameters.json,
    ])
  }
}

extension AssessmentDocument.SeasonSummary: JSONRepresentable {
  var json: JSONTree { .fields(["months": months?.json, "peakFactor": peakFactor.json]) }
}

extension AssessmentDocument.CriticalYearSummary: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "year": year.json, "lastYear": lastYear.json, "phase": phase.json,
      "shortfallBeds": shortfallBeds.json,
    ])
  }
}

extension AssessmentDocument.ParameterUse: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "id": id.json, "label": label.json, "value": value.json, "unit": unit.json,
      "low": low.json, "high": high.json, "overridden": overridden.json,
      "provenance": provenance.json,
    ])
  }
}

extension AssessmentDocument.ReferenceEntry: JSONRepresentable {
  /// A figure not published is written as null, so every key is always there.
  var json: JSONTree {
    .fields([
      "id": id.json, "name": name.json, "municipality": municipality.json, "jobs": jobs.json,
      "jobsPerSize": jobsPerSize.json, "labourMigrantShare": labourMigrantShare.json,
      "peakWorkforce": peakWorkforce.json, "employerBeds": employerBeds.json,
    ])
  }
}
