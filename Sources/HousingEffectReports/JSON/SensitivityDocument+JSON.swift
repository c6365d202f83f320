import HousingEffect

/// The document's JSON tree, without `Codable`: the keys and values of its `Encodable`
/// conformance (which stays for library users; the tests compare the two).
extension SensitivityDocument: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "schemaVersion": schemaVersion.json, "tool": tool.json,
      "establishment": establishment.json, "year": year.json, "draws": draws.json,
      "seed": seed?.json, "results": results.json,
    ])
  }
}

extension SensitivityDocument.ResultDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "indicator": indicator.json, "parts": parts.json, "unit": unit.json, "base": base.json,
      "swings": swings.json,
    ])
  }
}
