import HousingEffect
import Testing

// MARK: - Helpers

/// Parses `json` (which must be valid) and returns a reader for it and the collector.
private func reader(
  _ json: String, file: String? = "site.json"
) -> (JSONReader, DiagnosticCollector) {
  let collector = DiagnosticCollector()
  switch JSONParser.parse(json) {
  case .success(let node):
    return (JSONReader(node, file: file, collector: collector), collector)
  case .failure(let diagnostic):
    Issue.record("Test document does not parse: \(diagnostic)")
    return (JSONReader(JSONNode(.null), file: file, collector: collector), collector)
  }
}

/// Reads `{"value": <json>}` with `body` and returns the value and the only diagnostic, if any.
private func readValue<T>(_ json: String, _ body: (ObjectReader) -> T?) -> (T?, Diagnostic?) {
  let (root, collector) = reader(#"{"value": "# + json + "}")
  guard let object = root.object(allowedKeys: ["value"]) else { return (nil, nil) }
  let value = body(object)
  #expect(collector.diagnostics.count <= 1, "\(collector.diagnostics)")
  return (value, collector.diagnostics.first)
}

// MARK: - Cases

struct ValueCase: CustomStringConvertible, Sendable {
  enum Kind: String, Sendable {
    case number, integer, share, nonNegative, count, year, bool, string, sector
  }

  let kind: Kind
  let json: String
  /// The value read, as text; `nil` when reading must fail.
  let expected: String?
  var code: DiagnosticCode? = nil
  var message: String? = nil
  var suggestion: String? = nil

  var description: String { "\(kind.rawValue) \(json)" }

  func read(_ object: ObjectReader) -> String? {
    switch kind {
    case .number: object.number("value", required: true).map { "\($0)" }
    case .integer: object.integer("value", required: true, range: 1...10).map { "\($0)" }
    case .share: object.share("value", required: true).map { "\($0)" }
    case .nonNegative: object.nonNegative("value", required: true).map { "\($0)" }
    case .count: object.count("value", required: true).map { "\($0)" }
    case .year: object.year("value", required: true, window: 2020...2060).map { "\($0)" }
    case .bool: object.bool("value", required: true).map { "\($0)" }
    case .string: object.string("value", required: true)
    case .sector:
      object.enumeration("value", as: SectorGroup.self, required: true, code: .invalidValue)
        .map(\.rawValue)
    }
  }
}

private let valueCases: [ValueCase] = [
  ValueCase(kind: .number, json: "12.5", expected: "12.5"),
  ValueCase(
    kind: .number, json: #""twelve""#, expected: nil, code: .wrongType,
    message: "Expected a number but found a string ('twelve')."),
  ValueCase(
    kind: .number, json: #""12""#, expected: nil, code: .wrongType,
    message: "Expected a number but found a string ('12'); remove the quotes."),
  ValueCase(
    kind: .number, json: #""0,35""#, expected: nil, code: .wrongType,
    message: "write 0.35 without quotes, with a decimal point"),
  ValueCase(
    kind: .number, json: "[1]", expected: nil, code: .wrongType,
    message: "Expected a number but found an array."),
  ValueCase(
    kind: .number, json: "null", expected: nil, code: .wrongType,
    message: "Expected a number but found null."),
  ValueCase(
    kind: .number, json: "1e16", expected: nil, code: .valueTooLarge,
    message: "The number '1e+16' is too large"),
  ValueCase(kind: .number, json: "-1e15", expected: "-1000000000000000.0"),
  ValueCase(kind: .integer, json: "7", expected: "7"),
  ValueCase(kind: .integer, json: "1e1", expected: "10"),
  ValueCase(
    kind: .integer, json: "2.5", expected: nil, code: .invalidValue,
    message: "Expected a whole number from 1 to 10 but found '2.5'."),
  ValueCase(
    kind: .integer, json: "11", expected: nil, code: .invalidValue,
    message: "Expected a whole number from 1 to 10 but found '11'."),
  ValueCase(kind: .share, json: "0.35", expected: "0.35"),
  ValueCase(kind: .share, json: "0", expected: "0.0"),
  ValueCase(kind: .share, json: "1", expected: "1.0"),
  ValueCase(
    kind: .share, json: "35", expected: nil, code: .shareOutOfRange,
    message: "Expected a share between 0 and 1 but found '35'; write 0.35, not 35.",
    suggestion: "0.35"),
  ValueCase(
    kind: .share, json: "33.3", expected: nil, code: .shareOutOfRange,
    message: "write 0.333, not 33.3", suggestion: "0.333"),
  ValueCase(
    kind: .share, json: "100", expected: nil, code: .shareOutOfRange,
    message: "write 1, not 100", suggestion: "1"),
  ValueCase(
    kind: .share, json: "150", expected: nil, code: .shareOutOfRange,
    message: "Expected a share between 0 and 1 but found '150'."),
  ValueCase(
    kind: .share, json: "-0.1", expected: nil, code: .shareOutOfRange,
    message: "Expected a share between 0 and 1 but found '-0.1'."),
  ValueCase(
    kind: .share, json: #""35%""#, expected: nil, code: .wrongType,
    message: "found a string ('35%'); write 0.35 without quotes."),
  ValueCase(kind: .nonNegative, json: "0", expected: "0.0"),
  ValueCase(
    kind: .nonNegative, json: "-3", expected: nil, code: .negativeValue,
    message: "Expected a number of zero or more but found '-3'."),
  ValueCase(kind: .count, json: "120", expected: "120"),
  ValueCase(
    kind: .count, json: "-1", expected: nil, code: .negativeValue,
    message: "Expected a whole number of zero or more but found '-1'."),
  ValueCase(
    kind: .count, json: "12.5", expected: nil, code: .invalidValue,
    message: "Expected a whole number of zero or more but found '12.5'."),
  ValueCase(kind: .year, json: "2030", expected: "2030"),
  ValueCase(
    kind: .year, json: "1999", expected: nil, code: .yearOutOfRange,
    message: "The year '1999' is outside the years this model covers, 2020 to 2060."),
  ValueCase(
    kind: .year, json: "2030.5", expected: nil, code: .invalidValue,
    message: "Expected a year such as 2020 but found '2030.5'."),
  ValueCase(
    kind: .year, json: #""2030""#, expected: nil, code: .wrongType,
    message: "Expected a year such as 2020 but found a string ('2030'); remove the quotes."),
  ValueCase(kind: .bool, json: "false", expected: "false"),
  ValueCase(
    kind: .bool, json: #""ja""#, expected: nil, code: .wrongType,
    message: "Expected true or false but found a string ('ja'); write true or false without"),
  ValueCase(
    kind: .bool, json: "1", expected: nil, code: .wrongType,
    message: "write true or false instead of 0 or 1"),
  ValueCase(kind: .string, json: #""Venlo""#, expected: "Venlo"),
  ValueCase(
    kind: .string, json: "12", expected: nil, code: .wrongType,
    message: "Expected a string but found a number ('12')"),
  ValueCase(
    kind: .string, json: "true", expected: nil, code: .wrongType,
    message: "Expected a string but found a true/false value ('true')."),
  ValueCase(kind: .sector, json: #""glasshouse""#, expected: "glasshouse"),
  ValueCase(
    kind: .sector, json: #""glashouse""#, expected: nil, code: .invalidValue,
    message: "Unknown value 'glashouse'; expected one of 'logistics', 'glasshouse',",
    suggestion: "glasshouse"),
  ValueCase(
    kind: .sector, json: #""Logistics""#, expected: nil, code: .invalidValue,
    message: "Unknown value 'Logistics'", suggestion: "logistics"),
  ValueCase(
    kind: .sector, json: "3", expected: nil, code: .wrongType,
    message: "Expected one of 'logistics', 'glasshouse',"),
]

struct PathCase: CustomStringConvertible, Sendable {
  let components: [JSONPath.Component]
  let expected: String
  var description: String { expected.isEmpty ? "root" : expected }
}

private let pathCases: [PathCase] = [
  PathCase(components: [], expected: ""),
  PathCase(components: [.key("name")], expected: "name"),
  PathCase(
    components: [.key("workforce"), .index(2), .key("origin")], expected: "workforce[2].origin"),
  PathCase(components: [.index(0), .key("a_1")], expected: "[0].a_1"),
  PathCase(components: [.key("labels"), .key("a b")], expected: #"labels["a b"]"#),
  PathCase(components: [.key("a-b"), .key("c")], expected: #"["a-b"].c"#),
  PathCase(components: [.key("1st")], expected: #"["1st"]"#),
  PathCase(components: [.key("")], expected: #"[""]"#),
  PathCase(components: [.key(#"say "hi"\"#)], expected: #"["say \"hi\"\\"]"#),
  PathCase(components: [.key("café")], expected: #"["café"]"#),
]

// MARK: - Tests

@Suite("JSON reader")
struct JSONReaderTests {
  @Test("each typed accessor accepts good values and explains bad ones", arguments: valueCases)
  func values(_ testCase: ValueCase) {
    let (value, diagnostic) = readValue(testCase.json, testCase.read)
    #expect(value == testCase.expected)
    #expect(diagnostic?.code == testCase.code)
    if let message = testCase.message {
      #expect(
        diagnostic?.message.contains(message) == true,
        "\(diagnostic?.message ?? "no diagnostic") does not contain \(message)")
    }
    #expect(diagnostic?.suggestion == testCase.suggestion)
    if let diagnostic {
      #expect(diagnostic.path == "value")
      #expect(diagnostic.file == "site.json")
      #expect(diagnostic.line == 1)
      #expect(diagnostic.column == 11)
    }
  }

  @Test("a wrong type at the root names what was found")
  func wrongTypeAtRoot() {
    let (root, collector) = reader(#""just text""#)
    #expect(root.object(allowedKeys: ["name"]) == nil)
    #expect(
      collector.diagnostics == [
        Diagnostic(
          .error, .wrongType, at: "", "Expected an object but found a string ('just text').",
          file: "site.json", line: 1, column: 1)
      ])
  }

  @Test("an unknown key is reported at the key with the closest allowed key")
  func unknownKeyWithSuggestion() {
    let (root, collector) = reader("{\n  \"nmae\": \"Venlo\",\n  \"jobs\": 3\n}")
    let object = root.object(allowedKeys: ["name", "jobs"])
    #expect(object?.count("jobs", required: true) == 3)
    #expect(
      collector.diagnostics == [
        Diagnostic(
          .error, .unknownKey, at: "nmae", "Unknown key 'nmae'.", file: "site.json", line: 2,
          column: 3, suggestion: "name")
      ])
    #expect(
      collector.diagnostics.first?.description
        == "site.json:2:3: error: at nmae: Unknown key 'nmae'. Did you mean 'name'? [unknown-key]")
  }

  @Test("an unknown key without a close match lists the allowed keys")
  func unknownKeyWithoutSuggestion() {
    let (root, collector) = reader(#"{"colour": "red"}"#)
    _ = root.object(allowedKeys: ["name", "jobs", "year"])
    #expect(collector.diagnostics.first?.suggestion == nil)
    #expect(
      collector.diagnostics.first?.message
        == "Unknown key 'colour'; allowed keys are 'name', 'jobs' and 'year'.")
  }

  @Test("a duplicate key is reported at the first one, and the last one is read")
  func duplicateKey() {
    let (root, collector) = reader("{\n  \"jobs\": 1,\n  \"jobs\": 2\n}")
    let object = root.object(allowedKeys: ["jobs"])
    #expect(object?.count("jobs", required: true) == 2)
    #expect(
      collector.diagnostics == [
        Diagnostic(
          .error, .duplicateKey, at: "jobs",
          "Key 'jobs' appears twice; the second, at line 3, would silently win.",
          file: "site.json", line: 2, column: 3)
      ])
  }

  @Test("a key that appears three times is reported once")
  func tripleKey() {
    let (root, collector) = reader("{\"a\": 1,\n\"a\": 2,\n\"a\": 3}")
    _ = root.object(allowedKeys: ["a"])
    #expect(
      collector.diagnostics.map(\.message) == [
        "Key 'a' appears 3 times; the last, at line 3, would silently win."
      ])
  }

  @Test("a missing required field is reported at the enclosing object with its own path")
  func missingField() {
    let (root, collector) = reader("{\n  \"site\": {\n    \"name\": \"x\"\n  }\n}")
    let site = root.object(allowedKeys: ["site"])?.objectReader(
      "site", allowedKeys: ["name", "jobs"], required: true)
    #expect(site?.count("jobs", required: true) == nil)
    #expect(site?.count("optional", required: false) == nil)
    #expect(
      collector.diagnostics == [
        Diagnostic(
          .error, .missingField, at: "site.jobs", "Missing required field 'jobs'.",
          file: "site.json", line: 2, column: 11)
      ])
  }

  @Test("null counts as absent for optional fields and as a wrong type for required ones")
  func nullValues() {
    let (root, collector) = reader(#"{"a": null, "b": null}"#)
    let object = root.object(allowedKeys: ["a", "b"])
    #expect(object?.has("a") == false)
    #expect(object?.node("a")?.value == .null)
    #expect(object?.string("a", required: false) == nil)
    #expect(collector.diagnostics.isEmpty)
    #expect(object?.string("b", required: true) == nil)
    #expect(collector.diagnostics.map(\.code) == [.wrongType])
    #expect(collector.diagnostics.first?.message == "Expected a string but found null.")
  }

  @Test("has, node and child look up keys without reporting anything")
  func rawAccess() {
    let (root, collector) = reader(#"{"a": 1, "b": [true]}"#)
    let object = root.object(allowedKeys: ["a", "b"])
    #expect(object?.has("a") == true)
    #expect(object?.has("c") == false)
    #expect(object?.node("a") == JSONNode(.number(1), line: 1, column: 7))
    #expect(object?.child("b")?.path.description == "b")
    #expect(object?.keys == ["a", "b"])
    #expect(collector.diagnostics.isEmpty)
  }

  @Test("array elements get indexed paths and their own locations")
  func arrays() {
    let (root, collector) = reader("{\"names\": [\n  \"a\",\n  7\n]}")
    let names = root.object(allowedKeys: ["names"])?.array("names", required: true)
    #expect(names?.map(\.path.description) == ["names[0]", "names[1]"])
    #expect(names?.map { $0.string() } == ["a", nil])
    #expect(collector.diagnostics.first?.path == "names[1]")
    #expect(collector.diagnostics.first?.line == 3)
    #expect(collector.diagnostics.first?.column == 3)
    #expect(root.object(allowedKeys: ["names"])?.array("missing", required: true) == nil)
    #expect(collector.diagnostics.last?.code == .missingField)
  }

  @Test("members of a map come in source order with their paths")
  func members() {
    let (root, collector) = reader(#"{"Venlo": 1, "Den Haag": 2, "Venlo": 3}"#)
    let map = root.dictionary()
    let members = map?.members() ?? []
    #expect(members.map(\.key) == ["Venlo", "Den Haag"])
    #expect(members.map(\.reader.path.description) == ["Venlo", #"["Den Haag"]"#])
    #expect(members.map { $0.reader.number() } == [3, 2])
    #expect(collector.diagnostics.map(\.code) == [.duplicateKey])
  }

  @Test("a syntax error found while parsing goes to the collector with the file name")
  func syntaxErrorInCollector() {
    let collector = DiagnosticCollector()
    let root = JSONReader.parse(
      Array("{\n  \"a\": 1,\n}".utf8), file: "a.json", collector: collector)
    #expect(root == nil)
    #expect(collector.hasErrors)
    #expect(collector.diagnostics.first?.file == "a.json")
    #expect(collector.diagnostics.first?.line == 2)
    #expect(collector.diagnostics.first?.column == 9)
    #expect(collector.diagnostics.first?.code == .malformedJSON)
  }

  @Test("every problem in a document is reported at once, each at its own path")
  func severalProblems() {
    let json = """
      {
        "name": "Distributiecentrum Venlo",
        "type": "distribution-ecommerse",
        "year": 1999,
        "workforce": [
          {"origin": "NL", "share": 0.4},
          {"origin": "PL", "share": 35},
          {"orign": "RO", "share": 0.25},
          {"origin": "BG"}
        ],
        "jobs": -5,
        "jobs": 12
      }
      """
    let collector = DiagnosticCollector()
    let root = JSONReader.parse(Array(json.utf8), file: "venlo.json", collector: collector)
    let site = root?.object(allowedKeys: ["name", "type", "year", "workforce", "jobs"])
    _ = site?.string("name", required: true)
    _ = site?.enumeration(
      "type", as: EstablishmentType.self, required: true, code: .unknownEstablishmentType)
    _ = site?.year("year", required: true, window: 2020...2060)
    for group in site?.array("workforce", required: true) ?? [] {
      let object = group.object(allowedKeys: ["origin", "share"])
      _ = object?.string("origin", required: true)
      _ = object?.share("share", required: true)
    }
    #expect(site?.count("jobs", required: true) == 12)

    let found = collector.diagnostics.map {
      "\($0.code.rawValue) \($0.path) \($0.line ?? 0):\($0.column ?? 0)"
    }
    #expect(
      found == [
        "duplicate-key jobs 11:3",
        "unknown-establishment-type type 3:11",
        "year-out-of-range year 4:11",
        "share-out-of-range workforce[1].share 7:31",
        "unknown-key workforce[2].orign 8:6",
        "missing-field workforce[2].origin 8:5",
        "missing-field workforce[3].share 9:5",
      ])
    #expect(collector.diagnostics.allSatisfy { $0.file == "venlo.json" })
    #expect(collector.diagnostics.allSatisfy { $0.severity == .error })
    let suggestions = collector.diagnostics.compactMap(\.suggestion)
    #expect(suggestions == ["distribution-ecommerce", "0.35", "origin"])
    #expect(
      collector.diagnostics.first { $0.path == "workforce[1].share" }?.message
        == "Expected a share between 0 and 1 but found '35'; write 0.35, not 35.")
  }

  @Test("reports made by loaders carry the reader's file, path and location")
  func customReport() {
    let (root, collector) = reader("[1,\n 2]", file: nil)
    let second = root.array()?.last
    second?.report(.sharesDoNotSumToOne, "Shares add up to 1.2, not 1.", severity: .warning)
    #expect(
      collector.diagnostics == [
        Diagnostic(
          .warning, .sharesDoNotSumToOne, at: "[1]", "Shares add up to 1.2, not 1.", line: 2,
          column: 2)
      ])
  }

  @Test("paths describe themselves like workforce[2].origin", arguments: pathCases)
  func paths(_ testCase: PathCase) {
    #expect(JSONPath(testCase.components).description == testCase.expected)
  }

  @Test("appending builds paths one component at a time")
  func appending() {
    let path = JSONPath.root.appending(key: "workforce").appending(index: 2).appending(
      .key("origin"))
    #expect(path == JSONPath([.key("workforce"), .index(2), .key("origin")]))
    #expect(JSONPath.root.isRoot)
    #expect(!path.isRoot)
  }
}
