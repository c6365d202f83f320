import HousingEffect

/// The document's JSON tree, without `Codable`: the keys and values of its `Encodable`
/// conformance (which stays for library users; the tests compare the two).
extension ValidationReport.Document: JSONRepresentable {
  /// Its JSON tree: the keys and values of its `Encodable` conformance.
  public var json: JSONTree {
    .fields([
      "draws": draws.json, "seed": seed.json, "overall": overall.json,
      "heldOut": heldOut.json, "leaveOneOut": leaveOneOut.json,
      "leaveOneOutSectors": leaveOneOutSectors.json,
      "usedForRanges": .object(
        usedForRanges.map { JSONTree.Member(key: $0.key, value: $0.value.json) }),
      "sectors": sectors.json, "checks": checks.json, "unchecked": unchecked.json,
    ])
  }
}

extension ValidationReport.CheckDocument: JSONRepresentable {
  var json: JSONTree {
    .fields([
      "reference": reference.json, "type": type.json, "outcome": outcome.json,
      "published": published.json, "p10": p10.json, "p50": p50.json, "p90": p90.json,
      "inside": inside.json, "withinFactor": withinFactor.json,
    ])
  }
}
