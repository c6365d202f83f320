import HousingEffect

/// The document's JSON tree, without `Codable`: the keys and values of its `Encodable`
/// conformance (which stays for library users; the tests compare the two for every study).
extension ComparisonDocument: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "schemaVersion": schemaVersion.json, "tool": tool.json, "study": study.json,
      "alternatives": alternatives.json, "years": years.json,
      "uncertainty": uncertainty?.json,
    ])
  }
}

extension ComparisonDocument.BaselineSummary: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "name": name.json, "municipality": municipality.json, "type": type.json,
      "source": source.json, "startYear": startYear.json,
      "fullOperationYear": fullOperationYear.json, "asOf": asOf.json,
    ])
  }
}

extension ComparisonDocument.StudySummary: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "title": title.json, "description": description?.json, "baseline": baseline.json,
    ])
  }
}

extension ComparisonDocument.TemplateDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "name": name.json,
      "settings": .object(settings.map { JSONTree.Member(key: $0.key, value: $0.value.json) }),
    ])
  }
}

extension ComparisonDocument.Scalar: JSONRepresentable {
  var json: JSONTree {
    switch self {
    case .number(let value): .number(value)
    case .bool(let value): .bool(value)
    case .string(let value): .string(value)
    case .null: .null
    }
  }
}

extension ComparisonDocument.ValueDocument: JSONRepresentable {
  var json: JSONTree {
    switch value {
    case .notGiven: .fields(["kind": .string("notGiven")])
    case .quantity(let number, let unit):
      .fields(["kind": .string("quantity"), "value": number.json, "unit": unit.symbol.json])
    case .factor(let factor): .fields(["kind": .string("factor"), "value": factor.json])
    case .years(let years): .fields(["kind": .string("years"), "value": years.json])
    case .shares(let shares): .fields(["kind": .string("shares"), "value": shares.json])
    case .flag(let flag): .fields(["kind": .string("flag"), "value": flag.json])
    case .norm(let norm): .fields(["kind": .string("norm"), "value": norm.json])
    case .contract(let contract):
      .fields(["kind": .string("contract"), "value": contract.json])
    case .skill(let skill): .fields(["kind": .string("skill"), "value": skill.json])
    case .origin(let mix): .fields(["kind": .string("origin"), "value": mix.json])
    case .segments(let segments):
      .fields(["kind": .string("segments"), "value": segments.json])
    }
  }
}

extension ComparisonDocument.ChangeDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "alternative": alternative.json, "source": source.json, "template": template?.json,
      "target": target.json, "field": field.json, "segment": segment?.json, "from": from.json,
      "fromDefaulted": fromDefaulted.json, "to": to.json, "reason": reason?.json,
    ])
  }
}

extension ComparisonDocument.AlternativeDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "name": name.json, "title": title.json, "description": description?.json,
      "rationale": rationale.json, "basedOn": basedOn?.json, "chain": chain.json,
      "chainKey": chainKey.json, "template": template?.json, "changes": changes.json,
    ])
  }
}

extension ComparisonDocument.CellDocument: JSONRepresentable {
  /// `deltaShare` is written as null when undefined; the ranges only when drawn.
  var json: JSONTree {
    .fields([
      "name": name.json, "baseline": baseline.json, "alternative": alternative.json,
      "delta": delta.json, "deltaShare": deltaShare.json,
      "alternativeRange": alternativeRange?.json, "deltaRange": deltaRange?.json,
    ])
  }
}

extension ComparisonDocument.IndicatorDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "id": id.json, "unit": unit.json, "baseline": baseline.json,
      "baselineRange": baselineRange?.json, "alternatives": alternatives.json,
    ])
  }
}

extension ComparisonDocument.UncertaintySummary: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "draws": draws.json, "seed": seed.json, "distribution": distribution.json,
      "percentileMethod": percentileMethod.json,
      "commonRandomNumbers": commonRandomNumbers.json,
    ])
  }
}

extension ComparisonDocument.RatingDocument: JSONRepresentable {
  /// `value` is written as null when unknown.
  var json: JSONTree {
    .fields([
      "name": name.json, "value": value.json, "rating": rating.json,
      "ratingChanged": ratingChanged.json,
    ])
  }
}

extension ComparisonDocument.WelfareDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "id": id.json, "dimension": dimension.json, "theme": theme.json, "unit": unit.json,
      "baseline": baseline.json, "alternatives": alternatives.json,
    ])
  }
}

extension ComparisonDocument.YearDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "year": year.json, "fullOperation": fullOperation.json, "chosen": chosen.json,
      "indicators": indicators.json, "welfare": welfare.json,
    ])
  }
}
