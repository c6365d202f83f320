import Foundation
import HousingEffect
import HousingEffectReports
import Testing

/// The hand-written JSON (``JSONTree``, ``JSONWriter``) against Foundation's `JSONEncoder`,
/// which the command line no longer uses: the same bytes for numbers, strings, key order and
/// every document, and the result check finds what the `Encodable` walk found.
@Suite("JSON without Codable: the same bytes as JSONEncoder")
struct JSONWriterTests {
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }

  static func encoded<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try encoder().encode(value), as: UTF8.self)
  }

  /// A deterministic stream of 64-bit numbers (SplitMix64).
  struct Mixer {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  @Test("doubles: shortest round trip without `.0`, as JSONEncoder writes them")
  func doubles() throws {
    var mixer = Mixer(state: 18)
    var values: [Double] = [
      0, -0.0, 1, -1, 0.1, 0.5, 1.5, 100, 1e15, 1e16, 1e17, 1e21, 1e22, 1e-4, 1e-5, 1e-7,
      123_456_789.123, 9_007_199_254_740_993, .leastNonzeroMagnitude, .leastNormalMagnitude,
      .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1.0 / 3, 2.0 / 3, 545.5,
      0.30000000000000004,
    ]
    for _ in 0..<3000 {
      // Arbitrary bit patterns, and "human" numbers with few decimals at every scale.
      let bits = Double(bitPattern: mixer.next())
      if bits.isFinite { values.append(bits) }
      let scale = Double(Int(mixer.next() % 40) - 20)
      values.append(Double(Int64(bitPattern: mixer.next()) % 1_000_000) * pow(10, scale))
      values.append(Double(mixer.next() % 10_000) / 100)
      values.append(Double(Int64(bitPattern: mixer.next()) >> Int(mixer.next() % 64)))
    }
    let tree = JSONTree.array(values.map(\.json))
    #expect(try JSONWriter.render(tree) == Self.encoded(values))
  }

  @Test("integers, booleans, null and unsigned 64-bit numbers")
  func scalars() throws {
    let ints = [0, 1, -1, Int.max, Int.min, 2026]
    #expect(try JSONWriter.render(ints.json) == Self.encoded(ints))
    let optionals: [Bool?] = [true, nil, false]
    #expect(try JSONWriter.render(optionals.json) == Self.encoded(optionals))
    #expect(try JSONWriter.render([UInt64.max, 0].json) == Self.encoded([UInt64.max, 0]))
  }

  @Test("strings: quotes, backslashes, control characters, slashes and non-ASCII")
  func strings() throws {
    var mixer = Mixer(state: 7)
    // Every scalar below U+0100, a few beyond (combining, line separator, emoji, BOM), then
    // random mixes of them.
    var scalars = (0..<0x100).compactMap(Unicode.Scalar.init)
    scalars += [0x2028, 0x2029, 0x0301, 0x1F600, 0xFEFF, 0x20AC, 0xFFFD, 0x200D].compactMap(
      Unicode.Scalar.init)
    var texts = ["", "a/b", "\"quoted\"", "back\\slash", "tab\tnew\nline\r", "é€😀", "</script>"]
    texts += scalars.map { String(Character($0)) }
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<(mixer.next() % 12) {
        text.unicodeScalars.append(scalars[Int(mixer.next() % UInt64(scalars.count))])
      }
      texts.append(text)
    }
    #expect(try JSONWriter.render(texts.json) == Self.encoded(texts))
  }

  @Test("objects: keys sorted as JSONEncoder sorts them, empty arrays and objects")
  func keys() throws {
    let keys = [
      "p10", "p5", "p50", "Z", "a", "aB", "a_b", "ab", "é", "e", "A1", "a-b", "a.b", "_", "",
      "year", "years", "yearly", "x/y", "\"q\"",
    ]
    var dictionary: [String: [Int]] = [:]
    for (index, key) in keys.enumerated() { dictionary[key] = index % 3 == 0 ? [] : [index] }
    let tree = JSONTree.object(
      keys.reversed().map { JSONTree.Member(key: $0, value: dictionary[$0]!.json) })
    #expect(try JSONWriter.render(tree) == Self.encoded(dictionary))
    let empty: [String: Int] = [:]
    #expect(try JSONWriter.render(.object([])) == Self.encoded(empty))
    #expect(
      try JSONWriter.render(.array([.object([]), .array([])])) == "[\n  {\n\n  },\n  [\n\n  ]\n]")
  }

  @Test("a non-finite number is refused, as JSONEncoder refuses it")
  func nonFinite() {
    #expect(throws: JSONWriter.NonFiniteNumber.self) { try JSONWriter.render(.number(.nan)) }
    #expect(throws: JSONWriter.NonFiniteNumber.self) {
      try JSONWriter.render([1, Double.infinity].json)
    }
    #expect(throws: EncodingError.self) { try Self.encoded([Double.nan]) }
  }

  /// Every example establishment's assessment, plus one with every optional input set.
  static func assessments() throws -> [(String, Assessment)] {
    try ExampleGoldenTests.files.map { ($0, try ExampleGoldenTests.assess($0)) }
      + [("withEverything", OutputSchemaTests.withEverything)]
  }

  @Test("every example's assessment: its tree is its Encodable form, traces included")
  func assessmentTrees() throws {
    for (name, assessment) in try Self.assessments() {
      #expect(
        try JSONWriter.render(assessment.json) == Self.encoded(assessment), "\(name)")
    }
  }

  @Test("every example's JSON document, with and without ranges, is JSONEncoder's")
  func assessmentDocuments() throws {
    for (name, assessment) in try Self.assessments() {
      let plain = AssessmentDocument(assessment, toolVersion: "test")
      #expect(try JSONReport.render(plain) == Self.encoded(plain) + "\n", "\(name)")
      let ensemble = AssessmentEnsemble(
        assessment.establishment, region: assessment.region, years: assessment.years,
        used: assessment.parametersUsed, options: EnsembleOptions(draws: 20, threads: 1))
      let ranged = AssessmentDocument(assessment, toolVersion: "test", ensemble: ensemble)
      #expect(try JSONReport.render(ranged) == Self.encoded(ranged) + "\n", "\(name)")
    }
  }

  @Test("the result check finds a NaN or an infinity deep in a stage, with its path")
  func deepProblems() throws {
    var assessment = try ExampleGoldenTests.assess("venlo-ecommerce-dc.json")
    #expect(assessment.firstResultProblem == nil)
    var housing = assessment
    housing.housing.years[2].peak.longStayGap = .nan
    let problem = try #require(housing.firstResultProblem)
    #expect(problem.path == "housing.years[2].peak.longStayGap")
    #expect(problem.value.isNaN)
    // An earlier stage's problem comes first; an infinity in the welfare scorecard is found.
    assessment.welfare.years[1].indicators[3].value = -.infinity
    #expect(assessment.firstResultProblem?.path == "welfare.years[1].indicators[3].value")
    assessment.migration.years[0].labourMigrantsPeak.mid = 2e15
    #expect(assessment.firstResultProblem?.path == "migration.years[0].labourMigrantsPeak.mid")
    #expect(assessment.firstResultProblem?.value == 2e15)
    // A number in the trace is not a result: the check skips it.
    var traced = try ExampleGoldenTests.assess("venlo-ecommerce-dc.json")
    var trace = Trace()
    trace.record("housing.shortStayBeds", year: 2030, .nan, .beds)
    traced.housing.trace = trace
    #expect(traced.firstResultProblem == nil)
  }

  @Test("the region data, reference establishments and catalogue values: trees are Encodable forms")
  func dataTrees() throws {
    let municipalities = RegionData.limburg.municipalities
    #expect(try JSONWriter.render(municipalities.json) == Self.encoded(municipalities))
    let references = ReferenceEstablishment.all
    #expect(try JSONWriter.render(references.json) == Self.encoded(references))
    let values = ParameterCatalog.standard.parameters.flatMap(\.values)
    #expect(try JSONWriter.render(values.json) == Self.encoded(values))
  }

  @Test("the comparison document of the Venlo study, with and without ranges")
  func comparisonDocument() throws {
    let comparison = try HTMLReportTests.venloStudy()
    let plain = ComparisonDocument(comparison, toolVersion: "test")
    #expect(try JSONReport.render(plain) == Self.encoded(plain) + "\n")
    let ensemble = ComparisonEnsemble(
      comparison, region: comparison.baseline.region,
      options: EnsembleOptions(draws: 20, threads: 1))
    let ranged = ComparisonDocument(comparison, toolVersion: "test", ensemble: ensemble)
    #expect(try JSONReport.render(ranged) == Self.encoded(ranged) + "\n")
  }
}
