import Testing

@testable import HousingEffect

/// `JSONTree.numbers` and `.numberRecords` (issue 18, round 7) stand for an array of numbers and
/// an array of objects of numbers: the writer and the result check must treat them exactly as
/// the expanded trees.
@Suite("JSON number arrays and records: as the trees they stand for")
struct JSONNumberNodesTests {
  static let samples: [Double] = [
    0, -0.0, 1, -1, 0.1, 2.5e-7, 82895, 88814.52503839954, 1e16, -123456.789, 5e-324,
    Double.greatestFiniteMagnitude, 3.0, 17,
  ]

  static func render(_ tree: JSONTree) throws -> String { try JSONWriter.render(tree) }

  @Test("numbers and records render as their expanded trees, at any depth and key order")
  func sameBytes() throws {
    let cases: [JSONTree] = [
      .numbers([]), .numbers(Self.samples),
      .numberRecords(keys: ["p10", "p50", "p90"], values: []),
      .numberRecords(keys: ["p10", "p50", "p90"], values: Array(Self.samples.prefix(12))),
      // Keys out of order, and keys that sort differently by bytes and by number.
      .numberRecords(keys: ["p90", "p10", "p5", "Z", "a"], values: Array(Self.samples.prefix(10))),
      .numberRecords(keys: ["only"], values: Self.samples),
      // Values beyond the last whole record are not written; no keys, no records.
      .numberRecords(keys: ["a", "b"], values: [1, 2, 3]),
      .numberRecords(keys: [], values: [1, 2]),
    ]
    for tree in cases {
      #expect(try Self.render(tree) == Self.render(tree.expanded), "\(tree)")
      // Nested in an object and in an array (indentation).
      let nested = JSONTree.object([
        .init(key: "z", value: .array([tree, .numbers([1.5])])), .init(key: "a", value: tree),
      ])
      let expanded = JSONTree.object([
        .init(key: "z", value: .array([tree.expanded, JSONTree.numbers([1.5]).expanded])),
        .init(key: "a", value: tree.expanded),
      ])
      #expect(try Self.render(nested) == Self.render(expanded))
    }
    // The expanded form is what it says.
    #expect(
      JSONTree.numberRecords(keys: ["x", "y"], values: [1, 2, 3, 4]).expanded
        == .array([
          .object([.init(key: "x", value: .number(1)), .init(key: "y", value: .number(2))]),
          .object([.init(key: "x", value: .number(3)), .init(key: "y", value: .number(4))]),
        ]))
  }

  @Test("a non-finite number in them is refused, as in the expanded tree")
  func nonFinite() {
    for bad in [Double.nan, .infinity, -.infinity] {
      #expect(throws: JSONWriter.NonFiniteNumber.self) {
        try Self.render(.numbers([1, bad]))
      }
      #expect(throws: JSONWriter.NonFiniteNumber.self) {
        try Self.render(.numberRecords(keys: ["p10", "p50"], values: [1, 2, 3, bad]))
      }
    }
  }

  @Test("the result check finds the same number at the same path as in the expanded tree")
  func scanned() {
    let trees: [JSONTree] = [
      .numbers([1, 2, .nan]),
      .numberRecords(keys: ["p10", "p50", "p90"], values: [1, 2, 3, 4, -.infinity, 6]),
      .numberRecords(keys: ["p10", "p50"], values: [1, 2e15, 3, 4]),
    ]
    for tree in trees {
      for form in [tree, tree.expanded] {
        var scanner = ResultScanner()
        let clean = scanner.scan(.object([.init(key: "bands", value: form)]))
        #expect(!clean)
        var reference = ResultScanner()
        _ = reference.scan(.object([.init(key: "bands", value: tree.expanded)]))
        #expect(scanner.problem?.path == reference.problem?.path)
        #expect(scanner.problem?.path.hasPrefix("bands[") == true)
      }
    }
  }
}
