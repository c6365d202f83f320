import HousingEffect

/// The document's JSON tree, without `Codable`: the keys and values of its `Encodable`
/// conformance (which stays for library users; the tests compare the two for every study).
extension ProjectionDocument: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "schemaVersion": schemaVersion.json, "kind": kind.json, "tool": tool.json,
      "study": study.json, "areas": areas.json, "uncertainty": uncertainty?.json,
    ])
  }
}

extension ProjectionDocument.Band: JSONRepresentable {
  var json: JSONTree { .fields(["p10": p10.json, "p50": p50.json, "p90": p90.json]) }
}

extension ProjectionDocument.Series: JSONRepresentable {
  /// The values as one `numbers` node and the bands as one `numberRecords` node: the same
  /// bytes as an array of numbers and an array of `Band` objects, without a tree node per
  /// number and per band (issue 18).
  var json: JSONTree {
    .fields([
      "indicator": indicator.json, "unit": unit.json, "values": .numbers(values),
      "bands": bands.map { bands in
        var values: [Double] = []
        values.reserveCapacity(bands.count * 3)
        for band in bands {
          values.append(band.p10)
          values.append(band.p50)
          values.append(band.p90)
        }
        return .numberRecords(keys: Self.bandKeys, values: values)
      },
    ])
  }

  /// The keys of a band, as `Band.json` writes them.
  static let bandKeys = ["p10", "p50", "p90"]
}

extension ProjectionDocument.PathDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "path": path.json, "title": title?.json, "variant": variant.json, "series": series.json,
    ])
  }
}

extension ProjectionDocument.AreaDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "name": name.json, "level": level.json, "municipalities": municipalities.json,
      "baseYear": baseYear.json, "baseWorking": baseWorking.json, "baseSource": baseSource.json,
      "existingBeds": existingBeds?.json, "existingBedsSource": existingBedsSource?.json,
      "years": years.json, "paths": paths.json,
    ])
  }
}

extension ProjectionDocument.EstablishmentSummary: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "name": name.json, "municipality": municipality.json, "startYear": startYear.json,
      "source": source.json,
    ])
  }
}

extension ProjectionDocument.StudySummary: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "title": title.json, "description": description?.json, "until": until.json,
      "paths": paths.json, "establishments": establishments.json,
      "plannedSupply": plannedSupply.json,
      "overrides": .object(overrides.map { JSONTree.Member(key: $0.key, value: $0.value.json) }),
    ])
  }
}

extension ProjectionDocument.UncertaintySummary: JSONRepresentable {
  var json: JSONTree { .fields(["draws": draws.json, "seed": seed.json]) }
}
