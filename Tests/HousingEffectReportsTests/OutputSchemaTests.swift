import Foundation
import HousingEffect
import HousingEffectReports
import Testing

/// `Docs/output-schema.md` lists every key path of `assess --format json`; these tests render
/// the JSON for two examples and compare, so the document cannot go stale.
///
/// Paths are collected as the document describes them: keys joined by `.`, array elements as
/// `[]`, the keys inside `parameters[].provenance` not descended into, and `fullOperation`
/// folded into `years[]` (it is one of the years).
@Suite("Docs: JSON output schema")
struct OutputSchemaTests {
  /// A documented key: its type as written (`number`, `array<object>`, …) and whether it may be
  /// absent (`?`).
  struct DocumentedKey: Equatable {
    var type: String
    var optional: Bool
  }

  /// What one rendered document contains.
  struct Observed {
    /// Every path with the kinds of value seen there (`object`, `array`, `string`, `integer`,
    /// `number`, `boolean`, `null`).
    var kinds: [String: Set<String>] = [:]
    /// For arrays: the kinds of their elements.
    var elementKinds: [String: Set<String>] = [:]
    /// Arrays that were empty somewhere: the keys below them need not appear.
    var emptyArrays: Set<String> = []

    var paths: Set<String> { Set(kinds.keys) }
  }

  static let documentURL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Docs/output-schema.md")

  /// Employer housing (one figure missing, so `actual` and `compliant` are absent once),
  /// construction, a known dwelling stock, dwellings available to newcomers, language training
  /// and an override.
  static let withEverything: Assessment = {
    var establishment = Examples.venlo.establishment
    establishment.employerHousing = EmployerHousing(
      beds: 80, norm: .snf2025, floorAreaM2: 1_100, bedrooms: 60, toilets: nil, showers: 10)
    establishment.languageTraining = true
    establishment.availableDwellings = [AvailableDwellings(year: 2029, dwellings: 40)]
    establishment.overrides = [
      ParameterOverride(
        "migration.residence.hostShare", value: 0.6, reason: "Output schema test."),
      ParameterOverride(
        "migration.domesticRelocationShare", value: 0.1, reason: "Output schema test: a range.",
        low: 0.05, high: 0.2),
    ]
    return Assessment(
      establishment, region: Examples.venlo.region,
      parameters: ParameterSet(asOf: establishment.referenceDay))
  }()

  /// No employer housing, no construction, no dwelling stock, no language training, no override.
  static let withNothing: Assessment = Examples.heerlen.assessment

  // MARK: - Tests

  @Test("the examples differ in what the document marks optional")
  func examplesDiffer() {
    #expect(Self.withEverything.housing.employerHousingCheck != nil)
    #expect(Self.withEverything.establishment.construction != nil)
    #expect(Self.withEverything.region.dwellings != nil)
    #expect(Self.withNothing.housing.employerHousingCheck == nil)
    #expect(Self.withNothing.establishment.construction == nil)
    #expect(Self.withNothing.region.dwellings == nil)
    #expect(Self.withNothing.establishment.availableDwellings == nil)
    #expect(Self.withNothing.establishment.languageTraining == nil)
    #expect(Self.withNothing.overrides.isEmpty)
  }

  @Test(
    "every example's JSON has the residence split, the season, the risk flags and the critical year",
    arguments: Examples.all)
  func reportFiguresInJSON(_ example: Examples.Example) throws {
    let assessment = example.assessment
    let json = try JSONReport.render(AssessmentDocument(assessment, toolVersion: "test"))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let split = try #require(object["residenceSplit"] as? [String: Any])
    let shares = ["host", "neighbours", "restOfProvince", "otherProvinces", "abroad"]
      .compactMap { split[$0] as? Double }
    #expect(shares.count == 5)
    #expect(abs(shares.reduce(0, +) - 1) < 1e-9)
    #expect(split["neighbourNames"] as? [String] == assessment.region.neighbours)
    let flags = try #require(object["riskFlags"] as? [[String: Any]])
    let expected = assessment.riskFlags(in: assessment.fullOperationYear)
    #expect(
      flags.prefix(expected.count).map { $0["rule"] as? String } == expected.map(\.rule.rawValue))
    for flag in flags {
      #expect((flag["source"] as? String)?.isEmpty == false)
      #expect(flag["threshold"] is Double && flag["value"] is Double)
    }
    let season = try #require(object["season"] as? [String: Any])
    #expect(season["peakFactor"] as? Double == assessment.workforce.peakFactor)
    #expect(season["months"] as? Double == assessment.workforce.seasonMonths)
    let critical = object["criticalYear"] as? [String: Any]
    #expect((critical?["year"] as? Int) == assessment.criticalYear)
  }

  @Test("every key path of the JSON output is documented, and every documented path occurs")
  func pathsMatchDocument() throws {
    let documented = try Self.documentedKeys()
    let observed = try Self.observe(Self.withEverything).paths
      .union(try Self.observe(Self.withNothing).paths)
    let undocumented = observed.subtracting(documented.keys).sorted()
    let unused = Set(documented.keys).subtracting(observed).sorted()
    #expect(
      undocumented.isEmpty,
      "In the JSON but not in Docs/output-schema.md:\n\(undocumented.joined(separator: "\n"))")
    #expect(
      unused.isEmpty,
      "In Docs/output-schema.md but not in the JSON:\n\(unused.joined(separator: "\n"))")
  }

  @Test(
    "every value has the type the document gives", arguments: ["withEverything", "withNothing"])
  func typesMatchDocument(example: String) throws {
    let documented = try Self.documentedKeys()
    let observed = try Self.observe(
      example == "withNothing" ? Self.withNothing : Self.withEverything)
    for (path, kinds) in observed.kinds.sorted(by: { $0.key < $1.key }) {
      guard let key = documented[path] else { continue }
      // An optional key may be written as null (a reference's unpublished figure).
      for kind in kinds where !(kind == "null" && key.optional) {
        let elements = observed.elementKinds[path] ?? []
        let accepted = Self.accepts(key.type, kind: kind, elements: elements)
        #expect(accepted, "\(path) is documented as \(key.type) but is \(kind) in \(example)")
      }
    }
  }

  @Test(
    "every key not marked optional is present in each example",
    arguments: ["withEverything", "withNothing"])
  func requiredKeysPresent(example: String) throws {
    let documented = try Self.documentedKeys()
    let observed = try Self.observe(
      example == "withNothing" ? Self.withNothing : Self.withEverything)
    for (path, key) in documented.sorted(by: { $0.key < $1.key }) where !key.optional {
      let prefixes = Self.prefixes(of: path)
      // A key below an optional key, or below an array that is empty here, need not appear.
      if prefixes.contains(where: { documented[$0]?.optional == true }) { continue }
      if prefixes.contains(where: { observed.emptyArrays.contains($0) }) { continue }
      let present = observed.paths.contains(path)
      #expect(present, "\(path) is not optional but missing in \(example)")
    }
  }

  @Test("fullOperation is the headline year of years")
  func fullOperationIsAYear() throws {
    let json = try JSONReport.render(AssessmentDocument(Self.withEverything, toolVersion: "test"))
    let root = try Self.parse(json)
    guard case .object(let members) = root.value,
      let full = members.first(where: { $0.key == "fullOperation" })?.value,
      let years = members.first(where: { $0.key == "years" })?.value,
      case .array(let elements) = years.value
    else {
      Issue.record("fullOperation or years missing")
      return
    }
    #expect(elements.last.map { Self.positionless($0) } == Self.positionless(full))
  }

  // MARK: - Reading the document

  /// The key paths listed in the checked block of `Docs/output-schema.md`.
  static func documentedKeys() throws -> [String: DocumentedKey] {
    let text = try String(contentsOf: documentURL, encoding: .utf8)
    let marker = "<!-- paths: the block below is checked by OutputSchemaTests -->\n```text\n"
    guard let start = text.range(of: marker),
      let end = text.range(of: "\n```", range: start.upperBound..<text.endIndex)
    else {
      Issue.record("Docs/output-schema.md has no checked block of paths")
      return [:]
    }
    var keys: [String: DocumentedKey] = [:]
    for line in text[start.upperBound..<end.lowerBound].split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3, !fields[0].isEmpty, !fields[2].isEmpty else {
        Issue.record("Not 'path<TAB>type<TAB>meaning': \(line)")
        continue
      }
      var type = String(fields[1])
      let optional = type.hasSuffix("?")
      if optional { type.removeLast() }
      #expect(keys[String(fields[0])] == nil, "\(fields[0]) is listed twice")
      keys[String(fields[0])] = DocumentedKey(type: type, optional: optional)
    }
    return keys
  }

  /// `a`, `a.b` and `a.b[]` for `a.b[].c`: the paths of the containers above a key.
  static func prefixes(of path: String) -> [String] {
    var result: [String] = []
    var current = ""
    for character in path {
      if character == "." || character == "[" { result.append(current) }
      current.append(character)
    }
    return result.filter { !$0.isEmpty && !$0.hasSuffix("[]") }
  }

  static func accepts(_ type: String, kind: String, elements: Set<String>) -> Bool {
    switch type {
    case "number": return kind == "number" || kind == "integer"
    case "integer", "string", "boolean", "object": return kind == type
    case "array<object>": return kind == "array" && elements.isSubset(of: ["object"])
    case "array<string>": return kind == "array" && elements.isSubset(of: ["string"])
    default: return false
    }
  }

  // MARK: - Reading the JSON

  static func parse(_ json: String) throws -> JSONNode {
    switch JSONParser.parse(json) {
    case .success(let node): return node
    case .failure(let diagnostic): throw diagnostic
    }
  }

  /// The key paths of `assessment` rendered as JSON, as the document writes them.
  static func observe(_ assessment: Assessment) throws -> Observed {
    // Ranges only for the example with everything, so both the keys with and without them occur.
    let ensemble =
      assessment.overrides.isEmpty
      ? nil
      : AssessmentEnsemble(
        assessment.establishment, region: assessment.region, years: assessment.years,
        used: assessment.parametersUsed, options: EnsembleOptions(draws: 20))
    let json = try JSONReport.render(
      AssessmentDocument(assessment, toolVersion: "test", ensemble: ensemble))
    var observed = Observed()
    collect(try parse(json), path: "", into: &observed)
    // `fullOperation` repeats one element of `years`: document it once, under `years[]`.
    for path in observed.paths where path.hasPrefix("fullOperation.") {
      let asYear = "years[]" + path.dropFirst("fullOperation".count)
      #expect(observed.kinds[asYear] != nil, "\(path) has no counterpart \(asYear)")
      observed.kinds[path] = nil
      observed.elementKinds[path] = nil
    }
    return observed
  }

  static func collect(_ node: JSONNode, path: String, into observed: inout Observed) {
    switch node.value {
    case .object(let members):
      for member in members {
        let child = path.isEmpty ? member.key : path + "." + member.key
        observed.kinds[child, default: []].insert(kind(of: member.value.value))
        if case .array(let elements) = member.value.value {
          observed.elementKinds[child, default: []]
            .formUnion(elements.map { kind(of: $0.value) })
          if elements.isEmpty { observed.emptyArrays.insert(child) }
        }
        // Provenance objects take one of four shapes; the document lists them apart.
        if child.hasSuffix(".provenance") { continue }
        collect(member.value, path: child, into: &observed)
      }
    case .array(let elements):
      for element in elements { collect(element, path: path + "[]", into: &observed) }
    default:
      break
    }
  }

  /// The value with every line and column set to 1, so equal values compare equal.
  static func positionless(_ node: JSONNode) -> JSONNode {
    switch node.value {
    case .array(let elements): return JSONNode(.array(elements.map(positionless)))
    case .object(let members):
      return JSONNode(
        .object(members.map { JSONMember(key: $0.key, value: positionless($0.value)) }))
    default: return JSONNode(node.value)
    }
  }

  static func kind(of value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .number(let number): number == number.rounded() ? "integer" : "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }
}
