import HousingEffect

/// Which program wrote a JSON document: written into every document's `tool` key.
struct ToolInfo: Encodable, Sendable, JSONRepresentable {
  var name = "housing-effect"
  var version: String

  var json: JSONTree { .fields(["name": name.json, "version": version.json]) }
}
