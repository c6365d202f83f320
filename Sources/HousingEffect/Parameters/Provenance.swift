/// Where a value comes from.
///
/// Sources sit on each value, not only on the parameter.
public enum Provenance: Sendable, Hashable {
  /// Taken from a published source.
  case cited(Source)
  /// Arithmetic on other catalogue entries or on cited figures.
  case derived(from: [ParameterID], method: String, sources: [Source])
  /// No source exists: a modelling assumption, with the reason for the chosen value and range.
  case assumption(rationale: String)
  /// A figure from a source that could not be checked against the original.
  case unverified(Source, note: String)

  /// `cited`, `derived`, `assumption` or `unverified`.
  public var kind: String {
    switch self {
    case .cited: "cited"
    case .derived: "derived"
    case .assumption: "assumption"
    case .unverified: "unverified"
    }
  }

  /// Every source this provenance names.
  public var sources: [Source] {
    switch self {
    case .cited(let source): [source]
    case .derived(_, _, let sources): sources
    case .assumption: []
    case .unverified(let source, _): [source]
    }
  }

  /// True when no published source stands behind the value.
  public var isAssumption: Bool {
    if case .assumption = self { return true }
    return false
  }

  /// The rationale, method or note that explains the value.
  public var explanation: String? {
    switch self {
    case .cited: nil
    case .derived(_, let method, _): method
    case .assumption(let rationale): rationale
    case .unverified(_, let note): note
    }
  }
}

extension Provenance: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, source, sources, derivedFrom, method, rationale, note
  }

  /// Decodes the provenance from its JSON form, selected by `kind` (`cited`, `derived`,
  /// `assumption`, `unverified`).
  /// - Throws: A `DecodingError` for an unknown kind or a missing key.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    switch try container.decode(String.self, forKey: .kind) {
    case "cited": self = .cited(try container.decode(Source.self, forKey: .source))
    case "derived":
      self = .derived(
        from: try container.decode([ParameterID].self, forKey: .derivedFrom),
        method: try container.decode(String.self, forKey: .method),
        sources: try container.decode([Source].self, forKey: .sources))
    case "assumption":
      self = .assumption(rationale: try container.decode(String.self, forKey: .rationale))
    case "unverified":
      self = .unverified(
        try container.decode(Source.self, forKey: .source),
        note: try container.decode(String.self, forKey: .note))
    case let other:
      throw DecodingError.dataCorruptedError(
        forKey: .kind, in: container, debugDescription: "Unknown provenance kind '\(other)'")
    }
  }

  /// Encodes the provenance as an object with its `kind` and the keys of that kind.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    switch self {
    case .cited(let source): try container.encode(source, forKey: .source)
    case .derived(let ids, let method, let sources):
      try container.encode(ids, forKey: .derivedFrom)
      try container.encode(method, forKey: .method)
      try container.encode(sources, forKey: .sources)
    case .assumption(let rationale): try container.encode(rationale, forKey: .rationale)
    case .unverified(let source, let note):
      try container.encode(source, forKey: .source)
      try container.encode(note, forKey: .note)
    }
  }
}
