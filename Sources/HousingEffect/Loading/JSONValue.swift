/// The value of a JSON node, as written in the file.
///
/// Objects keep their members in source order, duplicates included: deciding what a duplicate
/// key means is the reader's job, not the parser's (see `JSONReader`).
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONNode])
  case object([JSONMember])

  /// The kind of value, as named in messages: "object", "array", "string", "number",
  /// "true/false" or "null".
  public var typeName: String {
    switch self {
    case .null: "null"
    case .bool: "true/false"
    case .number: "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}
