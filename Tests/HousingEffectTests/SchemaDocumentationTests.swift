import Foundation
import Testing

@testable import HousingEffect

/// `Docs/establishment.schema.json` and `Docs/establishment-format.md` against the code: the
/// loader's keys, the Swift enums, the catalogue, the example files and the documented
/// examples.
@Suite("Docs: establishment JSON Schema")
struct SchemaDocumentationTests {
  typealias JSONObject = [String: Any]

  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func schema() throws -> JSONObject {
    let data = try Data(contentsOf: root.appendingPathComponent("Docs/establishment.schema.json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? JSONObject)
  }

  /// The subschema at `path` below the schema root, for example `["$defs", "segment"]`.
  static func node(_ schema: JSONObject, _ path: [String]) throws -> JSONObject {
    var current = schema
    for key in path {
      current = try #require(current[key] as? JSONObject, "no '\(key)' in \(path)")
    }
    return current
  }

  static func enumeration(_ schema: JSONObject, _ path: [String]) throws -> [String] {
    try #require(try node(schema, path)["enum"] as? [String], "no string enum at \(path)")
  }

  static func propertyNames(_ schema: JSONObject, _ path: [String]) throws -> Set<String> {
    Set(try node(schema, path + ["properties"]).keys)
  }

  // MARK: - Schema against the code

  @Test("the schema is draft 2020-12 and allows no other top-level keys")
  func draft() throws {
    let schema = try Self.schema()
    #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
    #expect(schema["additionalProperties"] as? Bool == false)
  }

  @Test("the top-level properties are exactly the loader's keys, $schema included")
  func topLevelKeys() throws {
    let schema = try Self.schema()
    #expect(try Self.propertyNames(schema, []) == Set(EstablishmentLoader.keys))
    #expect(EstablishmentLoader.keys.contains("$schema"))
  }

  @Test("the required fields are the six the loader requires")
  func requiredFields() throws {
    let required = try #require(try Self.schema()["required"] as? [String])
    #expect(
      Set(required) == ["schemaVersion", "name", "municipality", "type", "size", "startYear"])
  }

  @Test("schemaVersion runs from 1 to the highest version this build supports")
  func schemaVersion() throws {
    let version = try Self.node(try Self.schema(), ["properties", "schemaVersion"])
    #expect(version["minimum"] as? Int == 1)
    #expect(version["maximum"] as? Int == EstablishmentLoader.highestSupportedSchemaVersion)
  }

  @Test("the type enum lists every establishment type")
  func types() throws {
    let names = try Self.enumeration(try Self.schema(), ["properties", "type"])
    #expect(names == EstablishmentType.allCases.map(\.rawValue))
  }

  @Test("housing norms, contract types, skill levels and origin keys match the Swift types")
  func enumerations() throws {
    let schema = try Self.schema()
    #expect(
      try Self.enumeration(schema, ["$defs", "housingNorm"])
        == HousingNorm.allCases.map(\.rawValue))
    #expect(
      try Self.enumeration(schema, ["$defs", "segment", "properties", "contract"])
        == ContractType.allCases.map(\.rawValue))
    #expect(
      try Self.enumeration(schema, ["$defs", "segment", "properties", "skill"])
        == SkillLevel.allCases.map(\.rawValue))
    #expect(try Self.propertyNames(schema, ["$defs", "origin"]) == Set(OriginMix.keys))
  }

  @Test("years and the year window agree with the loader")
  func years() throws {
    let year = try Self.node(try Self.schema(), ["$defs", "year"])
    #expect(year["minimum"] as? Int == EstablishmentLoader.yearWindow.lowerBound)
    #expect(year["maximum"] as? Int == EstablishmentLoader.yearWindow.upperBound)
  }

  @Test("each type may only use the size measures its job density is known for")
  func sizeBasisPerType() throws {
    let conditions = try #require(try Self.schema()["allOf"] as? [JSONObject])
    var forbidden: [String: Set<String>] = [:]
    for condition in conditions {
      let types = try Self.enumeration(condition, ["if", "properties", "type"])
      let size = try Self.node(condition, ["then", "properties", "size", "properties"])
      for type in types {
        forbidden[type, default: []].formUnion(size.filter { $0.value as? Bool == false }.keys)
      }
    }
    for type in EstablishmentType.allCases {
      let expected: Set<String> =
        switch type.physicalSizeBasis {
        case .floorArea: ["hectares"]
        case .hectares: ["floorAreaM2"]
        default: ["floorAreaM2", "hectares"]
        }
      #expect(forbidden[type.rawValue] == expected, "size keys forbidden for \(type.rawValue)")
    }
  }

  /// One line of the schema's `overrides.properties`, as the file writes it.
  static func overrideLine(_ parameter: Parameter) -> String {
    func number(_ value: Double) -> String {
      value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
    var limits: [String] = []
    if let minimum = parameter.minimum { limits.append("\"minimum\": \(number(minimum))") }
    if let maximum = parameter.maximum { limits.append("\"maximum\": \(number(maximum))") }
    let unit = parameter.unit.symbol
    return "        \"\(parameter.id)\": {\"$ref\": \"#/$defs/override\", \"description\": "
      + "\"\(parameter.label) [\(unit)]\", \"properties\": {\"value\": {"
      + limits.joined(separator: ", ") + "}, \"unit\": {\"const\": \"\(unit)\"}}}"
  }

  /// With `RECORD_SNAPSHOTS=1`, rewrites the schema's override list from the catalogue.
  static func recordOverrides() throws {
    guard ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" else { return }
    let url = root.appendingPathComponent("Docs/establishment.schema.json")
    let lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
    let isEntry = { (line: String) in
      line.hasPrefix("        \"") && line.contains("#/$defs/override")
    }
    guard let first = lines.firstIndex(where: isEntry),
      let last = lines.lastIndex(where: isEntry)
    else { return }
    let entries = ParameterCatalog.standard.parameters.map(overrideLine)
    let body = entries.enumerated().map {
      $0.offset == entries.count - 1 ? $0.element : $0.element + ","
    }
    let rewritten = Array(lines[..<first]) + body + Array(lines[(last + 1)...])
    try rewritten.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
  }

  @Test("overrides list every catalogue parameter with its unit and hard limits")
  func overrides() throws {
    try Self.recordOverrides()
    let overrides = try Self.node(try Self.schema(), ["properties", "overrides"])
    #expect(overrides["additionalProperties"] as? Bool == false)
    let entries = try #require(overrides["properties"] as? [String: JSONObject])
    let catalog = ParameterCatalog.standard
    let missing = catalog.ids.map(\.rawValue).filter { entries[$0] == nil }
    let unknown = entries.keys.filter { catalog[ParameterID($0)] == nil }.sorted()
    #expect(missing.isEmpty, "catalogue ids missing from the schema's overrides: \(missing)")
    #expect(
      unknown.isEmpty, "ids in the schema's overrides that are not in the catalogue: \(unknown)")
    for parameter in catalog.parameters {
      guard let entry = entries[parameter.id.rawValue] else { continue }
      let id = parameter.id.rawValue
      #expect(entry["$ref"] as? String == "#/$defs/override", "\(id)")
      #expect(
        entry["description"] as? String == "\(parameter.label) [\(parameter.unit.symbol)]",
        "description of \(id)")
      let properties = entry["properties"] as? JSONObject ?? [:]
      let unit = (properties["unit"] as? JSONObject)?["const"] as? String
      #expect(unit == parameter.unit.symbol, "unit of \(id)")
      let value = properties["value"] as? JSONObject ?? [:]
      #expect((value["minimum"] as? NSNumber)?.doubleValue == parameter.minimum, "minimum of \(id)")
      #expect((value["maximum"] as? NSNumber)?.doubleValue == parameter.maximum, "maximum of \(id)")
    }
  }

  // MARK: - Files against the schema

  /// The establishment files in `Scenarios/` (a file with `type` and `size` at the top).
  static let scenarioFiles: [String] = {
    let folder = root.appendingPathComponent("Scenarios")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().filter { name in
      guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
        let object = try? JSONSerialization.jsonObject(with: data) as? JSONObject
      else { return false }
      return object["type"] != nil && object["size"] != nil
    }
  }()

  @Test("there are establishment files in Scenarios/ to check")
  func scenariosFound() {
    #expect(Self.scenarioFiles.count >= 6)
  }

  @Test("every example establishment uses only keys the schema allows", arguments: scenarioFiles)
  func scenarioKeys(file: String) throws {
    let data = try Data(contentsOf: Self.root.appendingPathComponent("Scenarios/\(file)"))
    let document = try JSONSerialization.jsonObject(with: data)
    let schema = try Self.schema()
    let problems = Self.disallowedKeys(document, schema: schema, root: schema, path: "")
    #expect(problems.isEmpty, "keys the schema does not allow in \(file): \(problems)")
  }

  @Test("the key check finds keys the schema does not allow")
  func keyCheckWorks() throws {
    let schema = try Self.schema()
    let segment: JSONObject = ["share": 1, "contract": "agency", "origin": ["euMigrants": 1]]
    let overrides: JSONObject = [
      "housing.personPerMidStayRoom": ["value": 1], "jobs.rampUp.year1Share": ["valeu": 1],
    ]
    let document: JSONObject = [
      "name": "x", "rampup": [0.5], "size": ["jobs": 1, "acres": 2], "workforce": [segment],
      "overrides": overrides,
    ]
    let problems = Set(Self.disallowedKeys(document, schema: schema, root: schema, path: ""))
    #expect(
      problems == [
        "rampup", "size.acres", "workforce[].origin.euMigrants",
        "overrides.housing.personPerMidStayRoom", "overrides.jobs.rampUp.year1Share.valeu",
      ])
  }

  // MARK: - The examples in establishment-format.md

  /// The JSON of each `<!-- example: NAME -->` block in `Docs/establishment-format.md`.
  static func documentedExamples() throws -> [String: String] {
    let text = try String(
      contentsOf: root.appendingPathComponent("Docs/establishment-format.md"), encoding: .utf8)
    var examples: [String: String] = [:]
    var rest = text[...]
    while let marker = rest.range(of: "<!-- example: ") {
      let nameEnd = try #require(rest.range(of: " -->", range: marker.upperBound..<rest.endIndex))
      let name = String(rest[marker.upperBound..<nameEnd.lowerBound])
      let open = try #require(
        rest.range(of: "```json\n", range: nameEnd.upperBound..<rest.endIndex))
      let close = try #require(rest.range(of: "\n```", range: open.upperBound..<rest.endIndex))
      examples[name] = String(rest[open.upperBound..<close.lowerBound])
      rest = rest[close.upperBound...]
    }
    return examples
  }

  static let limburg: EstablishmentLoader.MunicipalityCheck = { name in
    switch RegionData.limburg.municipality(named: name) {
    case .success: .found
    case .failure(let failure): .unknown(suggestion: failure.suggestion)
    }
  }

  @Test("the documented examples load without any diagnostic")
  func examplesLoad() throws {
    let examples = try Self.documentedExamples()
    #expect(Set(examples.keys) == ["minimal", "glasshouse", "full"])
    for (name, json) in examples.sorted(by: { $0.key < $1.key }) {
      let (establishment, diagnostics) = EstablishmentLoader.load(
        Array(json.utf8), file: "\(name) example", municipality: Self.limburg)
      #expect(establishment != nil, "the \(name) example does not load")
      #expect(diagnostics.isEmpty, "\(name) example: \(diagnostics.map(\.description))")
    }
  }

  @Test("the documented examples together use every key the schema allows")
  func examplesUseEveryKey() throws {
    let schema = try Self.schema()
    var used: Set<String> = []
    for json in try Self.documentedExamples().values {
      let document = try JSONSerialization.jsonObject(with: Data(json.utf8))
      #expect(Self.disallowedKeys(document, schema: schema, root: schema, path: "").isEmpty)
      used.formUnion(Self.keyPaths(document, path: ""))
    }
    let allowed = Self.schemaKeyPaths(schema, root: schema, path: "")
    let unused = allowed.subtracting(used).sorted()
    let unexpected = used.subtracting(allowed).sorted()
    #expect(unused.isEmpty, "keys the schema allows but no documented example uses: \(unused)")
    #expect(
      unexpected.isEmpty, "keys the documented examples use outside the schema: \(unexpected)")
  }

  // MARK: - A small key checker (not a full JSON Schema validator)

  /// `schema` with a local `$ref` (`#/$defs/NAME`) resolved; the referring schema's own
  /// `properties` are merged in, as 2020-12 applies both.
  static func resolve(_ schema: JSONObject, root: JSONObject) -> JSONObject {
    guard let reference = schema["$ref"] as? String, reference.hasPrefix("#/$defs/"),
      let definitions = root["$defs"] as? JSONObject,
      let target = definitions[String(reference.dropFirst("#/$defs/".count))] as? JSONObject
    else { return schema }
    var merged = resolve(target, root: root)
    for (key, value) in schema where key != "$ref" {
      if key == "properties", let own = value as? JSONObject {
        var properties = merged["properties"] as? JSONObject ?? [:]
        for (name, subschema) in own {
          if let existing = properties[name] as? JSONObject, let extra = subschema as? JSONObject {
            properties[name] = existing.merging(extra) { _, new in new }
          } else {
            properties[name] = subschema
          }
        }
        merged["properties"] = properties
      } else {
        merged[key] = value
      }
    }
    return merged
  }

  /// The paths of the keys in `value` that `schema` does not allow (`properties` and
  /// `additionalProperties`), recursively; arrays as `[]`.
  static func disallowedKeys(
    _ value: Any, schema: JSONObject, root: JSONObject, path: String
  ) -> [String] {
    let schema = resolve(schema, root: root)
    var problems: [String] = []
    if let object = value as? JSONObject {
      let properties = schema["properties"] as? JSONObject ?? [:]
      for (key, child) in object {
        let childPath = path.isEmpty ? key : path + "." + key
        if let subschema = properties[key] as? JSONObject {
          problems += disallowedKeys(child, schema: subschema, root: root, path: childPath)
        } else if let additional = schema["additionalProperties"] as? JSONObject {
          problems += disallowedKeys(child, schema: additional, root: root, path: childPath)
        } else if schema["additionalProperties"] as? Bool == false {
          problems.append(childPath)
        }
      }
    } else if let array = value as? [Any], let items = schema["items"] as? JSONObject {
      for element in array {
        problems += disallowedKeys(element, schema: items, root: root, path: path + "[]")
      }
    }
    return problems
  }

  /// Every key path in `value`, arrays as `[]` and parameter ids under `overrides` as `*`.
  static func keyPaths(_ value: Any, path: String) -> Set<String> {
    var paths: Set<String> = []
    if let object = value as? JSONObject {
      for (key, child) in object {
        let name = path == "overrides" ? "*" : key
        let childPath = path.isEmpty ? name : path + "." + name
        paths.insert(childPath)
        paths.formUnion(keyPaths(child, path: childPath))
      }
    } else if let array = value as? [Any] {
      for element in array { paths.formUnion(keyPaths(element, path: path + "[]")) }
    }
    return paths
  }

  /// Every key path the schema names through `properties` and `items`, with the parameter
  /// ids under `overrides` as `*` (one override stands for all).
  static func schemaKeyPaths(_ schema: JSONObject, root: JSONObject, path: String) -> Set<String> {
    let schema = resolve(schema, root: root)
    var paths: Set<String> = []
    if let items = schema["items"] as? JSONObject {
      paths.formUnion(schemaKeyPaths(items, root: root, path: path + "[]"))
    }
    guard let properties = schema["properties"] as? JSONObject else { return paths }
    let entries: [(String, JSONObject)] =
      path == "overrides"
      ? [("*", (properties.values.first as? JSONObject) ?? [:])]
      : properties.compactMap { key, value in (value as? JSONObject).map { (key, $0) } }
    for (key, subschema) in entries {
      let childPath = path.isEmpty ? key : path + "." + key
      paths.insert(childPath)
      paths.formUnion(schemaKeyPaths(subschema, root: root, path: childPath))
    }
    return paths
  }
}
