/// Which program wrote a JSON document: written into every document's `tool` key.
struct ToolInfo: Encodable, Sendable {
  var name = "housing-effect"
  var version: String
}
