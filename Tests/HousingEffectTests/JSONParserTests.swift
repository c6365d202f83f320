import HousingEffect
import Testing

// MARK: - Helpers

private func parse(
  _ text: String, maxDepth: Int = JSONParser.defaultMaxDepth
) -> Result<
  JSONNode, Diagnostic
> {
  JSONParser.parse(Array(text.utf8), maxDepth: maxDepth)
}

/// Shorthands for building expected trees.
private func node(_ value: JSONValue, _ line: Int, _ column: Int) -> JSONNode {
  JSONNode(value, line: line, column: column)
}

private func member(_ key: String, _ line: Int, _ column: Int, _ value: JSONNode) -> JSONMember {
  JSONMember(key: key, line: line, column: column, value: value)
}

/// The value with every location set to 1:1, for comparing shapes only.
private func withoutLocations(_ value: JSONValue) -> JSONValue {
  switch value {
  case .array(let elements):
    return .array(elements.map { JSONNode(withoutLocations($0.value)) })
  case .object(let members):
    return .object(
      members.map { JSONMember(key: $0.key, value: JSONNode(withoutLocations($0.value.value))) })
  default:
    return value
  }
}

/// Checks the invariants every parse result must satisfy, whatever the input.
private func expectWellFormed(_ result: Result<JSONNode, Diagnostic>) {
  guard case .failure(let diagnostic) = result else { return }
  #expect(diagnostic.code == .malformedJSON || diagnostic.code == .tooDeep)
  #expect((diagnostic.line ?? 0) >= 1)
  #expect((diagnostic.column ?? 0) >= 1)
  #expect(diagnostic.path == "")
  #expect(!diagnostic.message.isEmpty)
}

// MARK: - Cases

struct ValidCase: CustomStringConvertible, Sendable {
  let description: String
  let json: String
  let expected: JSONNode
}

struct StringCase: CustomStringConvertible, Sendable {
  var description: String { json }
  let json: String
  let expected: String
}

struct NumberCase: CustomStringConvertible, Sendable {
  var description: String { json }
  let json: String
  let expected: Double
}

struct SyntaxCase: CustomStringConvertible, Sendable {
  let description: String
  let bytes: [UInt8]
  let line: Int
  let column: Int
  let message: String
  var code: DiagnosticCode = .malformedJSON

  init(
    _ description: String, _ json: String, _ line: Int, _ column: Int, _ message: String,
    code: DiagnosticCode = .malformedJSON
  ) {
    self.init(description, Array(json.utf8), line, column, message, code: code)
  }

  init(
    _ description: String, _ bytes: [UInt8], _ line: Int, _ column: Int, _ message: String,
    code: DiagnosticCode = .malformedJSON
  ) {
    self.description = description
    self.bytes = bytes
    self.line = line
    self.column = column
    self.message = message
    self.code = code
  }
}

private let validCases: [ValidCase] = [
  ValidCase(
    description: "a nested document with locations of every node and key",
    json: """
      {
        "name": "Bleiswijk",
        "jobs": 120,
        "workforce": [
          {"share": 0.35, "origin": "PL"},
          true,
          null
        ]
      }
      """,
    expected: node(
      .object([
        member("name", 2, 3, node(.string("Bleiswijk"), 2, 11)),
        member("jobs", 3, 3, node(.number(120), 3, 11)),
        member(
          "workforce", 4, 3,
          node(
            .array([
              node(
                .object([
                  member("share", 5, 6, node(.number(0.35), 5, 15)),
                  member("origin", 5, 21, node(.string("PL"), 5, 31)),
                ]), 5, 5),
              node(.bool(true), 6, 5),
              node(.null, 7, 5),
            ]), 4, 16)),
      ]), 1, 1)),
  ValidCase(
    description: "a scalar document with surrounding whitespace",
    json: "  42 \n", expected: node(.number(42), 1, 3)),
  ValidCase(
    description: "CRLF line ends",
    json: "[\r\n  false,\r\n  \"x\"\r\n]",
    expected: node(.array([node(.bool(false), 2, 3), node(.string("x"), 3, 3)]), 1, 1)),
  ValidCase(
    description: "a lone CR ends a line too",
    json: "[\r1]", expected: node(.array([node(.number(1), 2, 1)]), 1, 1)),
  ValidCase(
    description: "columns count characters, not bytes",
    json: #"{"é": "ü", "x": [1]}"#,
    expected: node(
      .object([
        member("é", 1, 2, node(.string("ü"), 1, 7)),
        member("x", 1, 12, node(.array([node(.number(1), 1, 18)]), 1, 17)),
      ]), 1, 1)),
  ValidCase(
    description: "duplicate keys are kept, in source order",
    json: #"{"a":1,"a":2}"#,
    expected: node(
      .object([
        member("a", 1, 2, node(.number(1), 1, 6)),
        member("a", 1, 8, node(.number(2), 1, 12)),
      ]), 1, 1)),
  ValidCase(
    description: "empty containers",
    json: "[{}, [ ], {\n}]",
    expected: node(
      .array([node(.object([]), 1, 2), node(.array([]), 1, 6), node(.object([]), 1, 11)]), 1,
      1)),
  ValidCase(
    description: "tabs count as one column",
    json: "{\t\"a\":\tnull}",
    expected: node(.object([member("a", 1, 3, node(.null, 1, 8))]), 1, 1)),
]

private let stringCases: [StringCase] = [
  StringCase(json: #""plain""#, expected: "plain"),
  StringCase(json: #""""#, expected: ""),
  StringCase(json: #""\"\\\/\b\f\n\r\t""#, expected: "\"\\/\u{8}\u{C}\n\r\t"),
  StringCase(json: #""\u00e9\u20AC""#, expected: "é€"),
  StringCase(json: #""a\u0041b""#, expected: "aAb"),
  StringCase(json: #""\ud83d\ude00""#, expected: "😀"),
  StringCase(json: #""\u0000""#, expected: "\u{0}"),
  StringCase(json: #""Zoë 😀 ĳ""#, expected: "Zoë 😀 ĳ"),
  StringCase(json: #""C:\\data\\site.json""#, expected: #"C:\data\site.json"#),
]

private let numberCases: [NumberCase] = [
  NumberCase(json: "0", expected: 0),
  NumberCase(json: "-0", expected: 0),
  NumberCase(json: "12.5", expected: 12.5),
  NumberCase(json: "0.1", expected: 0.1),
  NumberCase(json: "1e3", expected: 1000),
  NumberCase(json: "1E+3", expected: 1000),
  NumberCase(json: "2.5e-3", expected: 0.0025),
  NumberCase(json: "-12", expected: -12),
  NumberCase(json: "123456789012345678901234567890", expected: 1.2345678901234568e29),
  NumberCase(json: "1.7976931348623157e308", expected: 1.7976931348623157e308),
  NumberCase(json: "1e-400", expected: 0),
]

private let syntaxCases: [SyntaxCase] = [
  SyntaxCase("empty input", "", 1, 1, "The file is empty"),
  SyntaxCase("only whitespace", "  \n  ", 2, 3, "The file contains only spaces"),
  SyntaxCase("only a byte order mark", [0xEF, 0xBB, 0xBF], 1, 1, "The file is empty"),
  SyntaxCase(
    "trailing comma in an array", "[1, 2,]", 1, 6,
    "Trailing comma before ']'; remove the ',' after the last element."),
  SyntaxCase("trailing comma in an object", "{\"a\": 1,\n}", 1, 8, "Trailing comma before '}'"),
  SyntaxCase(
    "missing comma between members", "{\n  \"name\": \"x\"\n  \"share\": 1\n}", 3, 3,
    "Expected ',' or '}' after the value of 'name' but found '\"'; is a comma missing?"),
  SyntaxCase(
    "missing colon", #"{"a" 1}"#, 1, 6, "Expected ':' after the key 'a' but found '1'."),
  SyntaxCase(
    "unquoted key", "{name: 1}", 1, 2, "Keys must be in double quotes: write \"name\""),
  SyntaxCase("single-quoted key", "{'a': 1}", 1, 2, "not single quotes"),
  SyntaxCase("single-quoted string", #"{"a": 'x'}"#, 1, 7, "not single quotes"),
  SyntaxCase("a comment", "[1, // one\n2]", 1, 5, "Comments are not allowed in JSON"),
  SyntaxCase("a comment after the document", "{} /* x */", 1, 4, "Comments are not allowed"),
  SyntaxCase("leading zero", "[012]", 1, 2, "Numbers cannot have leading zeros ('012')"),
  SyntaxCase("leading plus", "[+1]", 1, 2, "A number cannot start with '+'"),
  SyntaxCase("leading decimal point", "[.5]", 1, 2, "write a 0 before the decimal point"),
  SyntaxCase("no digit after the point", "[1.]", 1, 4, "after the decimal point in '1.'"),
  SyntaxCase("no digit in the exponent", "[1e]", 1, 4, "in the exponent of '1e'"),
  SyntaxCase("no digit in a signed exponent", "[1e+]", 1, 5, "in the exponent of '1e+'"),
  SyntaxCase("a lone minus", "[-]", 1, 3, "Expected a digit after '-' but found ']'."),
  SyntaxCase("NaN", "[NaN]", 1, 2, "'NaN' is not allowed in JSON"),
  SyntaxCase("-Infinity", "[1, -Infinity]", 1, 5, "'-Infinity' is not allowed in JSON"),
  SyntaxCase("capitalised literal", #"{"ok": True}"#, 1, 8, "'True' is not valid JSON"),
  SyntaxCase("literal with extra letters", "[truex]", 1, 2, "Unexpected word 'truex'"),
  SyntaxCase("unquoted text", #"{"type": hotel}"#, 1, 10, "text must be in double quotes"),
  SyntaxCase(
    "unclosed object", "[\n  1,\n  {\n    \"c\": 2", 4, 11,
    "Unexpected end of file: an object opened at line 3 is not closed."),
  SyntaxCase(
    "unclosed array", "[1, 2", 1, 6,
    "Unexpected end of file: an array opened at line 1 is not closed."),
  SyntaxCase(
    "end of file after a key", #"{"a""#, 1, 5, "an object opened at line 1 is not closed"),
  SyntaxCase(
    "end of file after a colon", "{\"a\":\n", 2, 1, "an object opened at line 1 is not closed"),
  SyntaxCase(
    "unclosed string", #"["abc"#, 1, 6,
    "Unexpected end of file: the string that starts at line 1, column 2 is not closed."),
  SyntaxCase(
    "end of file after a backslash", #"["ab\"#, 1, 6, "the string that starts at line 1"),
  SyntaxCase(
    "line break in a string", "[\"ab\ncd\"]", 1, 5, "not closed before the end of the line"),
  SyntaxCase("tab in a string", "[\"a\tb\"]", 1, 4, "A tab inside a string must be written"),
  SyntaxCase(
    "control character in a string", "[\"a\u{1}\"]", 1, 4,
    "Control character U+0001 is not allowed inside a string; write it as \\u0001."),
  SyntaxCase("invalid escape", #"["C:\data"]"#, 1, 5, "Invalid escape '\\d' in a string"),
  SyntaxCase(
    "short \\u escape", #"["\u12G4"]"#, 1, 3, "\\u must be followed by four hexadecimal"),
  SyntaxCase("lone high surrogate", #"["\uD83D x"]"#, 1, 3, "first half of a surrogate pair"),
  SyntaxCase(
    "high surrogate followed by a non-surrogate", #"["\uD83D\u0041"]"#, 1, 3,
    "not '\\u0041'"),
  SyntaxCase("lone low surrogate", #"["\uDE00"]"#, 1, 3, "second half of a surrogate pair"),
  SyntaxCase(
    "Latin-1 instead of UTF-8", [0x5B, 0x22, 0xE9, 0x22, 0x5D], 1, 3,
    "The file is not valid UTF-8 (byte 0xE9 here)"),
  SyntaxCase("overlong UTF-8", [0x22, 0xC0, 0xAF, 0x22], 1, 2, "not valid UTF-8 (byte 0xC0"),
  SyntaxCase("UTF-8 encoded surrogate", [0x22, 0xED, 0xA0, 0x80, 0x22], 1, 2, "not valid UTF-8"),
  SyntaxCase("truncated UTF-8", [0x22, 0xE2, 0x82], 1, 2, "not valid UTF-8"),
  SyntaxCase("invalid byte outside strings", [0x5B, 0xFF, 0x5D], 1, 2, "not valid UTF-8"),
  SyntaxCase("UTF-16", [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], 1, 1, "saved as UTF-16"),
  SyntaxCase("trailing garbage", #"{"a": 1} x"#, 1, 10, "after the end of the document"),
  SyntaxCase("two documents", "{}\n{}", 2, 1, "a JSON file holds exactly one value"),
  SyntaxCase("one bracket too many", "[1]]", 1, 4, "one closing bracket too many"),
  SyntaxCase("number too large", "[1e400]", 1, 2, "Number too large: '1e400'"),
  SyntaxCase("negative number too large", "[-2e308]", 1, 2, "Number too large"),
  SyntaxCase(
    "mismatched bracket", "[1}", 1, 3,
    "Expected ',' or ']' after an element of an array opened at line 1 but found '}'."),
  SyntaxCase(
    "decimal comma", #"{"share": 0,35}"#, 1, 13,
    "If '0,35' is one number, write it with a decimal point: 0.35."),
  SyntaxCase("a missing value", #"{"a": ,}"#, 1, 7, "Expected a value for 'a' but found ','."),
  SyntaxCase("two commas", "[1,,2]", 1, 4, "Expected a value in an array opened at line 1"),
  SyntaxCase("curly quotes", "{“a”: 1}", 1, 2, "Curly quotes (“) are not JSON quotes"),
  SyntaxCase("non-breaking space", "[1,\u{A0}2]", 1, 4, "but found a non-breaking space"),
  SyntaxCase("error column counts characters", #"{"naïve": 1 "x"}"#, 1, 13, "is a comma missing"),
  SyntaxCase("error line after CRLF", "[\r\n1,\r\n]", 2, 2, "Trailing comma"),
  SyntaxCase(
    "error column after a byte order mark", [0xEF, 0xBB, 0xBF] + Array("[1,]".utf8), 1, 3,
    "Trailing comma"),
]

// MARK: - Tests

@Suite("JSON parser")
struct JSONParserTests {
  @Test(
    "valid documents parse into the expected tree with lines and columns", arguments: validCases)
  func validDocuments(_ testCase: ValidCase) {
    #expect(parse(testCase.json) == .success(testCase.expected))
  }

  @Test("a UTF-8 byte order mark is skipped")
  func byteOrderMark() {
    let result = JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("[1]".utf8))
    #expect(result == .success(node(.array([node(.number(1), 1, 2)]), 1, 1)))
  }

  @Test("strings decode every escape, including surrogate pairs", arguments: stringCases)
  func strings(_ testCase: StringCase) {
    #expect(parse(testCase.json) == .success(node(.string(testCase.expected), 1, 1)))
  }

  @Test("numbers follow the JSON grammar and round correctly", arguments: numberCases)
  func numbers(_ testCase: NumberCase) {
    #expect(parse(testCase.json) == .success(node(.number(testCase.expected), 1, 1)))
  }

  @Test("literals parse at the top level", arguments: ["true", "false", "null"])
  func literals(_ json: String) throws {
    let expected: JSONValue = json == "null" ? .null : .bool(json == "true")
    #expect(try parse(json).get().value == expected)
  }

  @Test(
    "each syntax error is reported with its line, column and explanation", arguments: syntaxCases)
  func syntaxErrors(_ testCase: SyntaxCase) {
    let result = JSONParser.parse(testCase.bytes)
    guard case .failure(let diagnostic) = result else {
      Issue.record("Expected a failure, got \(result)")
      return
    }
    #expect(diagnostic.code == testCase.code)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.path == "")
    #expect(diagnostic.file == nil)
    #expect(diagnostic.line == testCase.line)
    #expect(diagnostic.column == testCase.column)
    #expect(
      diagnostic.message.contains(testCase.message),
      "\(diagnostic.message) does not contain \(testCase.message)")
  }

  @Test("a wrongly capitalised literal suggests the lowercase one")
  func literalSuggestion() {
    guard case .failure(let diagnostic) = parse("[False]") else {
      Issue.record("Expected a failure")
      return
    }
    #expect(diagnostic.suggestion == "false")
  }

  @Test("10,000 opening brackets give tooDeep without crashing")
  func deepArrays() {
    let result = parse(String(repeating: "[", count: 10_000))
    guard case .failure(let diagnostic) = result else {
      Issue.record("Expected a failure")
      return
    }
    #expect(diagnostic.code == .tooDeep)
    #expect(diagnostic.line == 1)
    #expect(diagnostic.column == 65)
    #expect(diagnostic.message.contains("more than 64 levels"))
  }

  @Test("deeply nested objects give tooDeep at the first object too many")
  func deepObjects() {
    let result = parse(String(repeating: #"{"a":"#, count: 10_000))
    guard case .failure(let diagnostic) = result else {
      Issue.record("Expected a failure")
      return
    }
    #expect(diagnostic.code == .tooDeep)
    #expect(diagnostic.column == 64 * 5 + 1)
  }

  @Test("exactly maxDepth levels are accepted, one more is not")
  func depthLimit() {
    let deepest = String(repeating: "[", count: 64) + String(repeating: "]", count: 64)
    #expect((try? parse(deepest).get()) != nil)
    let tooDeep = "[" + deepest + "]"
    #expect(parse(tooDeep).failureCode == .tooDeep)
    #expect(parse("[[1]]", maxDepth: 1).failureCode == .tooDeep)
    #expect((try? parse("[[1]]", maxDepth: 2).get()) != nil)
    #expect((try? parse("1", maxDepth: 0).get()) != nil)
    #expect(parse("[]", maxDepth: 0).failureCode == .tooDeep)
  }

  @Test("maxDepth is capped, so huge limits cannot exhaust the stack")
  func depthCap() {
    let depth = JSONParser.maximumSupportedDepth
    let deepest = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
    #expect((try? parse(deepest, maxDepth: .max).get()) != nil)
    #expect(parse("[" + deepest + "]", maxDepth: .max).failureCode == .tooDeep)
  }

  @Test("every proper prefix of a document is an error, and the whole is not")
  func prefixes() {
    let bytes = Array(
      #"{"a": [1, -2.5e3, true, null, "x\u00e9\n"], "b": {"c": false}}"#.utf8)
    for length in 0..<bytes.count {
      let result = JSONParser.parse(Array(bytes[0..<length]))
      #expect(result.failureCode == .malformedJSON, "prefix of length \(length)")
      expectWellFormed(result)
    }
    #expect((try? JSONParser.parse(bytes).get()) != nil)
  }

  @Test("random byte strings never crash the parser")
  func randomBytes() {
    var generator = SplitMix64(seed: 0x4A53_4F4E)
    let alphabet = Array(#"{}[]",:0123456789-+.eE tfnrulasx\/"#.utf8) + [0x0A, 0x0D, 0x09]
    for _ in 0..<5_000 {
      let length = Int.random(in: 0...48, using: &generator)
      let bytes = (0..<length).map { _ -> UInt8 in
        Bool.random(using: &generator)
          ? alphabet.randomElement(using: &generator) ?? 0
          : UInt8.random(in: 0...255, using: &generator)
      }
      expectWellFormed(JSONParser.parse(bytes))
    }
  }

  @Test("random mutations of a valid document never crash the parser")
  func randomMutations() {
    var generator = SplitMix64(seed: 2_024)
    let original = Array(
      """
      {"name": "Zoë", "jobs": [1, 2.5e-3, -0], "ok": true, "x": null,
       "s": "\\u00e9\\ud83d\\ude00 \\"q\\"", "nested": {"a": [[{}]]}}
      """.utf8)
    for _ in 0..<5_000 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...3, using: &generator) {
        guard !bytes.isEmpty else { break }
        let index = Int.random(in: 0..<bytes.count, using: &generator)
        switch Int.random(in: 0..<4, using: &generator) {
        case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
        case 1: bytes.remove(at: index)
        case 2: bytes.insert(bytes[index], at: index)
        default: bytes.removeSubrange(index...)
        }
      }
      expectWellFormed(JSONParser.parse(bytes))
    }
  }

  @Test("random trees survive being written out and parsed back")
  func roundTrip() throws {
    var generator = SplitMix64(seed: 7)
    for _ in 0..<300 {
      let value = randomValue(depth: 4, using: &generator)
      let text = serialize(value, using: &generator)
      let parsed = try parse(text).get()
      #expect(withoutLocations(parsed.value) == value, "\(text)")
    }
  }

  /// Correctness on a large input only; speed is measured by `housing-effect-bench`.
  @Test("a long single-line document of 200,000 strings parses with the right positions")
  func largeDocument() throws {
    let count = 200_000
    let text = "[" + (0..<count).map { "\"v\($0)\"" }.joined(separator: ",") + "]"
    let parsed = try parse(text).get()
    guard case .array(let elements) = parsed.value else {
      Issue.record("Expected an array")
      return
    }
    #expect(elements.count == count)
    #expect(elements.last?.column == text.count - "\"v199999\"".count)
  }

  @Test("JSONValue names its type for messages")
  func typeNames() {
    let values: [(JSONValue, String)] = [
      (.null, "null"), (.bool(true), "true/false"), (.number(1), "number"),
      (.string(""), "string"), (.array([]), "array"), (.object([]), "object"),
    ]
    for (value, name) in values {
      #expect(value.typeName == name)
      #expect(JSONNode(value).typeName == name)
    }
  }
}

// MARK: - Random documents

private func randomValue(depth: Int, using generator: inout SplitMix64) -> JSONValue {
  let kind = Int.random(in: 0..<(depth > 0 ? 6 : 4), using: &generator)
  switch kind {
  case 0: return .null
  case 1: return .bool(Bool.random(using: &generator))
  case 2:
    switch Int.random(in: 0..<3, using: &generator) {
    case 0: return .number(Double(Int.random(in: -1_000_000...1_000_000, using: &generator)))
    case 1: return .number(Double.random(in: -1e6...1e6, using: &generator))
    default:
      return .number(
        Double(
          sign: .plus, exponent: Int.random(in: -300...300, using: &generator),
          significand: Double.random(in: 1..<2, using: &generator)))
    }
  case 3: return .string(randomString(using: &generator))
  case 4:
    return .array(
      (0..<Int.random(in: 0...4, using: &generator)).map { _ in
        JSONNode(randomValue(depth: depth - 1, using: &generator))
      })
  default:
    return .object(
      (0..<Int.random(in: 0...4, using: &generator)).map { _ in
        JSONMember(
          key: randomString(using: &generator),
          value: JSONNode(randomValue(depth: depth - 1, using: &generator)))
      })
  }
}

private func randomString(using generator: inout SplitMix64) -> String {
  let pieces = ["a", "Z", " ", "é", "€", "😀", "\"", "\\", "/", "\n", "\t", "\u{1}", "\u{0}", "ĳ"]
  return (0..<Int.random(in: 0...6, using: &generator)).map { _ in
    pieces.randomElement(using: &generator) ?? ""
  }.joined()
}

private func serialize(_ value: JSONValue, using generator: inout SplitMix64) -> String {
  let spaces = ["", " ", "\n", "\t", "\r\n  "]
  func space() -> String { spaces.randomElement(using: &generator) ?? "" }
  switch value {
  case .null: return "null"
  case .bool(let flag): return flag ? "true" : "false"
  case .number(let number): return "\(number)"
  case .string(let text): return quoted(text)
  case .array(let elements):
    let inner = elements.map { space() + serialize($0.value, using: &generator) + space() }
    return "[" + space() + inner.joined(separator: ",") + "]"
  case .object(let members):
    let inner = members.map {
      space() + quoted($0.key) + space() + ":" + space()
        + serialize($0.value.value, using: &generator) + space()
    }
    return "{" + space() + inner.joined(separator: ",") + "}"
  }
}

private func quoted(_ text: String) -> String {
  var result = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\"": result += "\\\""
    case "\\": result += "\\\\"
    case "\n": result += "\\n"
    case "\t": result += "\\t"
    case "€": result += "\\u20ac"
    case "😀": result += "\\uD83D\\uDE00"
    default:
      if scalar.value < 0x20 {
        result += "\\u00" + (scalar.value < 0x10 ? "0" : "") + String(scalar.value, radix: 16)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
  }
  return result + "\""
}

extension Result where Failure == Diagnostic {
  fileprivate var failureCode: DiagnosticCode? {
    if case .failure(let diagnostic) = self { return diagnostic.code }
    return nil
  }
}
