import Foundation
import HousingEffect

/// Makes seeded mutations of example establishment files, for fuzzing the loader and the
/// pipeline behind it.
///
/// Mutant `index` of `seed` depends on nothing else, so any one input of a long run can be
/// made again from the two numbers (`housing-effect-fuzz --seed S --replay INDEX`).
///
/// Each mutant applies one to three edits to the parsed document (delete, duplicate or misspell
/// a key, another JSON type, extreme numbers, numbers as strings, empty or grown containers,
/// unicode, near-miss names, extreme but valid field values, extra overrides) and then, for a
/// fifth of the mutants, one edit to the bytes (truncation, random bytes, deep nesting, a
/// byte order mark, a splice of two files). A tenth of the mutants are byte edits only.
public struct JSONMutator: Sendable {
  /// One example file: the mutants start from it.
  public struct Example: Sendable {
    public var name: String
    public var bytes: [UInt8]
    public var document: FuzzValue

    /// The example, or `nil` when `bytes` is not valid JSON.
    public init?(name: String, bytes: [UInt8]) {
      guard case .success(let node) = JSONParser.parse(bytes) else { return nil }
      self.name = name
      self.bytes = bytes
      self.document = FuzzValue(node)
    }
  }

  /// A generated input and how it was made.
  public struct Mutant: Sendable {
    public var bytes: [UInt8]
    /// The example it started from and the edits, as in `venlo.json: deleteMember 'jobs'`.
    public var description: String
  }

  /// The kinds of edit, for statistics and descriptions.
  public enum Edit: String, Sendable, CaseIterable {
    case deleteMember, duplicateMember, misspellKey, otherType, extremeNumber, numberAsString
    case emptyContainer, growArray, unicodeString, nearMissName, extremeField, addOverride
    case truncate, randomBytes, insertBytes, deleteBytes, deepNesting, byteOrderMark, splice
  }

  public let examples: [Example]
  let catalog: ParameterCatalog

  /// The establishment files in `directory` (JSON files that are not studies), sorted by name.
  public static func examples(inDirectory directory: String) -> [Example] {
    let names =
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
    return names.compactMap { name in
      guard let data = FileManager.default.contents(atPath: directory + "/" + name),
        !String(decoding: data, as: UTF8.self).contains("\"alternatives\""),
        !String(decoding: data, as: UTF8.self).contains("\"projection\"")
      else { return nil }
      return Example(name: name, bytes: [UInt8](data))
    }
  }

  public init(examples: [Example], catalog: ParameterCatalog = .standard) {
    self.examples = examples
    self.catalog = catalog
  }

  /// Mutant `index` of the run with `seed`.
  public func mutant(_ index: UInt64, seed: UInt64) -> Mutant {
    var rng = SplitMix64.stream(index, of: seed)
    guard let example = examples.randomElement(using: &rng) else {
      return Mutant(bytes: [], description: "no examples")
    }
    var notes: [String] = [example.name + ":"]
    var bytes: [UInt8]
    if rng.chance(0.1) {
      bytes = example.bytes
    } else {
      var document = example.document
      for _ in 0..<rng.weighted([(1, 6), (2, 3), (3, 1)]) {
        let (changed, note) = edit(document, rng: &rng)
        document = changed
        notes.append(note)
      }
      var text = document.json(indented: rng.chance(0.8))
      if rng.chance(0.1) { text = text.replacingNewlines(with: "\r\n") }
      bytes = Array(text.utf8)
    }
    if notes.count == 1 || rng.chance(0.2) {
      let (changed, note) = byteEdit(bytes, rng: &rng)
      bytes = changed
      notes.append(note)
    }
    return Mutant(bytes: bytes, description: notes.joined(separator: " "))
  }

  // MARK: - Edits of the document

  private func edit(_ document: FuzzValue, rng: inout SplitMix64) -> (FuzzValue, String) {
    let kinds: [(Edit, Int)] = [
      (.deleteMember, 8), (.duplicateMember, 5), (.misspellKey, 5), (.otherType, 8),
      (.extremeNumber, 12), (.numberAsString, 4), (.emptyContainer, 3), (.growArray, 3),
      (.unicodeString, 4), (.nearMissName, 5), (.extremeField, 14), (.addOverride, 10),
    ]
    let kind = rng.weighted(kinds)
    let paths = document.paths
    func pick(_ filter: (FuzzValue) -> Bool) -> [FuzzValue.Step]? {
      let candidates = paths.filter { document[$0].map(filter) ?? false }
      return candidates.randomElement(using: &rng)
    }
    let isObject: (FuzzValue) -> Bool = {
      if case .object(let members) = $0 { return !members.isEmpty }
      return false
    }
    switch kind {
    case .deleteMember, .duplicateMember, .misspellKey:
      guard let path = pick(isObject), case .object(let members)? = document[path] else {
        return (document, "no object")
      }
      let index = Int.random(in: members.indices, using: &rng)
      let key = members[index].key
      let changed = document.updating(path) { value in
        guard case .object(var members) = value else { return value }
        switch kind {
        case .deleteMember:
          members.remove(at: index)
        case .duplicateMember:
          var copy = members[index]
          if rng.chance(0.5) { copy.value = randomValue(rng: &rng) }
          members.insert(copy, at: Int.random(in: 0...members.count, using: &rng))
        default:
          members[index].key = misspelt(key, rng: &rng)
        }
        return .object(members)
      }
      return (changed, "\(kind.rawValue) '\(key)'")
    case .otherType:
      guard let path = paths.randomElement(using: &rng) else { return (document, "empty") }
      return (document.updating(path) { _ in randomValue(rng: &rng) }, "otherType")
    case .extremeNumber, .numberAsString:
      guard
        let path = pick({
          if case .number = $0 { return true }
          return false
        })
      else { return (document, "no number") }
      let changed = document.updating(path) { value in
        guard kind == .numberAsString else { return .number(extremeNumber(rng: &rng)) }
        guard case .number(let text) = value else { return value }
        let variants = [
          text, text.replacingOccurrences(of: ".", with: ","), text + "%", " \(text)",
        ]
        return .string(variants.randomElement(using: &rng) ?? text)
      }
      return (changed, kind.rawValue)
    case .emptyContainer:
      guard
        let path = pick({
          switch $0 {
          case .array, .object: return true
          default: return false
          }
        })
      else { return (document, "no container") }
      return (
        document.updating(path) {
          if case .array = $0 { return .array([]) }
          return .object([])
        }, "emptyContainer"
      )
    case .growArray:
      guard
        let path = pick({
          if case .array(let elements) = $0 { return !elements.isEmpty }
          return false
        })
      else { return (document, "no array") }
      let count = [2, 10, 50, 61, 500].randomElement(using: &rng) ?? 2
      return (
        document.updating(path) { value in
          guard case .array(let elements) = value else { return value }
          return .array((0..<count).map { elements[$0 % elements.count] })
        }, "growArray ×\(count)"
      )
    case .unicodeString:
      guard
        let path = pick({
          if case .string = $0 { return true }
          return false
        })
      else { return (document, "no string") }
      let text = JSONMutator.unicodeSamples.randomElement(using: &rng) ?? ""
      return (document.updating(path) { _ in .string(text) }, "unicodeString")
    case .nearMissName:
      let names = ["type", "municipality", "contract", "housingNorm", "skill", "norm"]
      guard
        let path = paths.filter({ path in
          guard case .member(let index)? = path.last,
            case .object(let members)? = document[Array(path.dropLast())],
            case .string = members[index].value
          else { return false }
          return names.contains(members[index].key)
        }).randomElement(using: &rng)
      else { return (document, "no name") }
      return (
        document.updating(path) { value in
          guard case .string(let text) = value else { return value }
          let variants = [
            misspelt(text, rng: &rng), text.uppercased(), text.lowercased(), " " + text,
            text.replacingOccurrences(of: "-", with: " "), String(text.prefix(3)),
          ]
          return .string(variants.randomElement(using: &rng) ?? text)
        }, "nearMissName"
      )
    case .extremeField:
      return extremeField(document, rng: &rng)
    case .addOverride:
      return addOverride(document, rng: &rng)
    default:
      return (document, "none")
    }
  }

  /// Sets one establishment field to an extreme value that may well be valid.
  private func extremeField(_ document: FuzzValue, rng: inout SplitMix64) -> (FuzzValue, String) {
    let share: () -> FuzzValue = { .number("1") }
    let choices: [(String, FuzzValue)] = [
      ("size", .object([.init("jobs", .number("0"))])),
      ("size", .object([.init("jobs", .number("10000000"))])),
      ("size", .object([.init("jobs", .number("100000000"))])),
      ("size", .object([.init("jobs", .number("0.001"))])),
      ("size", .object([.init("floorAreaM2", .number("0"))])),
      ("size", .object([.init("hectares", .number("100000"))])),
      ("size", .object([.init("jobs", .number("10")), .init("hectares", .number("3"))])),
      ("size", .object([])),
      ("startYear", .number("1990")), ("startYear", .number("2100")),
      ("startYear", .number("1989")), ("startYear", .number("2101")),
      ("startYear", .number("-2028")), ("startYear", .number("2028.5")),
      ("asOf", .string("1900-01-01")), ("asOf", .string("2999-12-31")),
      ("asOf", .string("2024-02-30")), ("asOf", .string("0000-01-01")),
      ("rampUp", .array(Array(repeating: .number("0.02"), count: 49) + [share()])),
      ("rampUp", .array(Array(repeating: .number("1"), count: 60))),
      ("rampUp", .array(Array(repeating: .number("0"), count: 60))),
      ("rampUp", .array([.number("0")])),
      (
        "construction",
        .object([
          .init("workers", .number("5000")), .init("startYear", .number("2000")),
          .init("durationMonths", .number("600")),
        ])
      ),
      (
        "construction",
        .object([
          .init("workers", .number("0")), .init("startYear", .number("1990")),
          .init("startMonth", .number("12")), .init("durationMonths", .number("1")),
        ])
      ),
      (
        "construction",
        .object([
          .init("workers", .number("100")), .init("startYear", .number("2100")),
          .init("durationMonths", .number("600")),
        ])
      ),
      (
        "workforce",
        .array([
          .object([
            .init("share", share()), .init("contract", .string("seasonal")),
            .init("origin", .object([.init("euMigrant", share())])),
          ])
        ])
      ),
      (
        "workforce",
        .array([
          .object([
            .init("share", share()), .init("contract", .string("agency")),
            .init(
              "origin",
              .object([
                .init("nonEuMigrant", .number("0.5")), .init("knowledgeMigrant", .number("0.5")),
              ])),
          ])
        ])
      ),
      (
        "workforce",
        .array([
          .object([
            .init("share", share()), .init("contract", .string("permanent")),
            .init("origin", .object([.init("localReserve", share())])),
          ])
        ])
      ),
      (
        "workforce",
        .array(
          Array(
            repeating: .object([
              .init("share", .number("0.001")), .init("contract", .string("flex")),
            ]), count: 1000))
      ),
      ("peakFactor", .number("1")), ("peakFactor", .number("10")), ("peakFactor", .number("10.01")),
      ("employerHousing", .object([.init("beds", .number("100000000"))])),
      (
        "employerHousing",
        .object([
          .init("beds", .number("10")), .init("floorAreaM2", .number("0")),
          .init("bedrooms", .number("0")), .init("toilets", .number("0")),
          .init("showers", .number("0")),
        ])
      ),
      ("employerHousing", .object([.init("beds", .number("0")), .init("bedrooms", .number("5"))])),
      ("freeLegalBeds", .number("1000000000000000")), ("freeLegalBeds", .number("0")),
      ("schemaVersion", .number("99")), ("schemaVersion", .number("0")),
      ("schemaVersion", .number("1.5")), ("schemaVersion", .string("1")),
      ("municipality", .string("GM0983")), ("municipality", .string("Bergen")),
      ("municipality", .string("Amsterdam")), ("municipality", .string("")),
      ("name", .string("   ")), ("name", .string(String(repeating: "x", count: 5000))),
    ]
    guard case .object(var members) = document,
      let (key, value) = choices.randomElement(using: &rng)
    else { return (document, "extremeField on a non-object") }
    if let index = members.lastIndex(where: { $0.key == key }) {
      members[index].value = value
    } else {
      members.append(.init(key, value))
    }
    return (.object(members), "extremeField \(key)=\(value.json(indented: false).prefix(60))")
  }

  /// Adds an override of a catalogue parameter with an extreme value, a reason or not, and
  /// sometimes a unit or an unknown id.
  private func addOverride(_ document: FuzzValue, rng: inout SplitMix64) -> (FuzzValue, String) {
    guard case .object(var members) = document,
      let parameter = catalog.parameters.randomElement(using: &rng)
    else { return (document, "addOverride on a non-object") }
    let current = parameter.values.last?.value ?? 0
    let candidates: [Double] = [
      parameter.low, parameter.high, current, 0, -1, 1, 1e15, 1e-9,
      parameter.minimum ?? -1e15, parameter.maximum ?? 1e15,
      (parameter.maximum ?? 1e6) + 1, parameter.high * 10, parameter.low / 10,
      Double.random(in: parameter.low...max(parameter.low, parameter.high), using: &rng),
    ]
    let value = candidates.randomElement(using: &rng) ?? 0
    var id = parameter.id.rawValue
    if rng.chance(0.1) { id = misspelt(id, rng: &rng) }
    var entry: [FuzzValue.Member] = [.init("value", .number(FuzzValue.text(of: value)))]
    if rng.chance(0.7) { entry.append(.init("reason", .string("fuzz"))) }
    if rng.chance(0.15) {
      entry.append(.init("unit", .string(rng.chance(0.5) ? parameter.unit.symbol : "%")))
    }
    let override = FuzzValue.Member(id, .object(entry))
    if let index = members.lastIndex(where: { $0.key == "overrides" }),
      case .object(var overrides) = members[index].value
    {
      overrides.append(override)
      members[index].value = .object(overrides)
    } else {
      members.append(.init("overrides", .object([override])))
    }
    return (.object(members), "addOverride \(id)=\(FuzzValue.text(of: value))")
  }

  // MARK: - Edits of the bytes

  private func byteEdit(_ bytes: [UInt8], rng: inout SplitMix64) -> ([UInt8], String) {
    let kinds: [(Edit, Int)] = [
      (.truncate, 5), (.randomBytes, 5), (.insertBytes, 5), (.deleteBytes, 3), (.deepNesting, 3),
      (.byteOrderMark, 1), (.splice, 2),
    ]
    var bytes = bytes
    let kind = rng.weighted(kinds)
    switch kind {
    case .truncate:
      let end = bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &rng)
      return (Array(bytes[..<end]), "truncate at \(end)")
    case .randomBytes:
      guard !bytes.isEmpty else { return (bytes, "randomBytes on nothing") }
      let count = Int.random(in: 1...8, using: &rng)
      for _ in 0..<count {
        bytes[Int.random(in: bytes.indices, using: &rng)] = randomByte(rng: &rng)
      }
      return (bytes, "randomBytes ×\(count)")
    case .insertBytes:
      let count = Int.random(in: 1...8, using: &rng)
      for _ in 0..<count {
        bytes.insert(randomByte(rng: &rng), at: Int.random(in: 0...bytes.count, using: &rng))
      }
      return (bytes, "insertBytes ×\(count)")
    case .deleteBytes:
      guard !bytes.isEmpty else { return (bytes, "deleteBytes on nothing") }
      let start = Int.random(in: bytes.indices, using: &rng)
      let end = min(bytes.count, start + Int.random(in: 1...64, using: &rng))
      bytes.removeSubrange(start..<end)
      return (bytes, "deleteBytes \(start)..<\(end)")
    case .deepNesting:
      let depth = [10, 63, 64, 65, 200, 999, 1_000, 1_001, 5_000].randomElement(using: &rng) ?? 65
      let open = rng.chance(0.5) ? Array("[".utf8) : Array("{\"a\":".utf8)
      let close = open.first == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
      // Wrap the whole document, or open many containers at a random place and never close
      // them.
      if rng.chance(0.5) {
        var nested = Array(repeating: open, count: depth).flatMap { $0 }
        nested += bytes
        nested += Array(repeating: close, count: depth)
        return (nested, "deepNesting ×\(depth)")
      }
      let at = Int.random(in: 0...bytes.count, using: &rng)
      bytes.insert(contentsOf: Array(repeating: open, count: depth).flatMap { $0 }, at: at)
      return (bytes, "deepNesting ×\(depth) unclosed at \(at)")
    case .byteOrderMark:
      let marks: [[UInt8]] = [[0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB]]
      return ((marks.randomElement(using: &rng) ?? []) + bytes, "byteOrderMark")
    case .splice:
      guard let other = examples.randomElement(using: &rng), !other.bytes.isEmpty,
        !bytes.isEmpty
      else { return (bytes, "splice of nothing") }
      let cut = Int.random(in: 0..<bytes.count, using: &rng)
      let from = Int.random(in: 0..<other.bytes.count, using: &rng)
      return (Array(bytes[..<cut] + other.bytes[from...]), "splice \(other.name) at \(cut)")
    default:
      return (bytes, "none")
    }
  }

  private func randomByte(rng: inout SplitMix64) -> UInt8 {
    let significant = Array("{}[]:,\"\\-+.eE0123456789tfn \n\t".utf8) + [0x00, 0x80, 0xC3, 0xFF]
    if rng.chance(0.6), let byte = significant.randomElement(using: &rng) { return byte }
    return UInt8.random(in: 0...255, using: &rng)
  }

  // MARK: - Values

  private func randomValue(rng: inout SplitMix64) -> FuzzValue {
    switch Int.random(in: 0..<7, using: &rng) {
    case 0: return .null
    case 1: return .bool(rng.chance(0.5))
    case 2: return .number(extremeNumber(rng: &rng))
    case 3: return .string(JSONMutator.unicodeSamples.randomElement(using: &rng) ?? "")
    case 4: return .array([.number("1"), .string("x")])
    case 5: return .object([.init("x", .number("1"))])
    default: return .array([])
    }
  }

  /// Numbers at and beyond every limit, written as text so `-0` and `1E400` stay as written.
  private func extremeNumber(rng: inout SplitMix64) -> String {
    let samples = [
      "0", "-0", "-0.0", "0e0", "-1", "1", "0.5", "0.999999", "1.0000001", "2", "99", "100",
      "101", "1989", "1990", "2100", "2101", "1e308", "-1e308", "1E400", "-1e400", "1e-400",
      "5e-324", "1e15", "1e16", "-1e15", "999999999999999.5", "10000000", "100000000",
      "1000000000", "0.0000001", "9007199254740993", "9223372036854775807",
      "18446744073709551616", "1e20", "123456789.123456789", "0.1", "0.35", "12", "600", "601",
    ]
    if rng.chance(0.2) {
      return FuzzValue.text(of: Double.random(in: -1e6...1e6, using: &rng))
    }
    return samples.randomElement(using: &rng) ?? "0"
  }

  /// `text` with one character dropped, doubled, swapped or replaced.
  private func misspelt(_ text: String, rng: inout SplitMix64) -> String {
    var characters = Array(text)
    guard !characters.isEmpty else { return "x" }
    let index = Int.random(in: characters.indices, using: &rng)
    switch Int.random(in: 0..<4, using: &rng) {
    case 0: characters.remove(at: index)
    case 1: characters.insert(characters[index], at: index)
    case 2:
      if index + 1 < characters.count { characters.swapAt(index, index + 1) }
    default: characters[index] = "x"
    }
    return String(characters)
  }

  /// Strings that have tripped up text handling somewhere.
  public static let unicodeSamples: [String] = [
    "", " ", "Venlo", "venlo", "VENLO", "Venlo\u{301}", "Ve\u{301}nlo", "Sittard-Geleen",
    "Sittard Geleen", "'s-Hertogenbosch", "Bergen", "Bergen (L.)", "GM0983", "0983", "983",
    "Ｖｅｎｌｏ", "🏭 fabriek", "\u{0}", "\u{FEFF}Venlo", "\u{202E}olneV", "Venlo\u{200B}",
    "Venlo\u{A0}", "\u{1F1F3}\u{1F1F1}", "Ĳsselstein", "ümlaut", "日本語", "\\", "\"",
    String(repeating: "ab", count: 3_000), "nan", "inf", "-inf", "1e308", "null", "true",
  ]
}

extension SplitMix64 {
  /// True with probability `p`.
  mutating func chance(_ p: Double) -> Bool {
    nextUnitInterval() < p
  }

  /// One of `choices`, each with probability proportional to its weight.
  mutating func weighted<T>(_ choices: [(T, Int)]) -> T {
    precondition(!choices.isEmpty, "weighted(_:) needs at least one choice")
    let total = choices.reduce(0) { $0 + $1.1 }
    var pick = Int.random(in: 0..<max(total, 1), using: &self)
    for (choice, weight) in choices {
      if pick < weight { return choice }
      pick -= weight
    }
    return choices[0].0
  }
}

extension String {
  func replacingNewlines(with separator: String) -> String {
    split(separator: "\n", omittingEmptySubsequences: false).joined(separator: separator)
  }
}
