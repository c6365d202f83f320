import Foundation
import HousingEffect

/// One generated input of any kind the tool reads, with the file name it is written under.
public struct FuzzCase: Sendable {
  public enum Kind: String, Sendable, CaseIterable {
    /// A mutated example establishment file (`JSONMutator`).
    case establishment
    /// An example establishment with catalogue parameters overridden at edge values.
    case parameterEdge = "parameter-edge"
    /// A mutated example study file, or a generated chain of alternatives.
    case study
    /// A mutated region CSV.
    case region
    /// A projection study: a mutated example or a generated one (issue 22).
    case projection
    /// A batch CSV of edge values, separators and encodings (issue 22).
    case batch
    /// A command with option values at their edges (issue 22); no input file.
    case options
  }

  public var kind: Kind
  public var bytes: [UInt8]
  /// `input.json` or `input.csv`.
  public var fileName: String
  public var description: String
  /// For ``Kind/options``: the command line itself (`EXAMPLE` for an example file).
  public var arguments: [String]?
}

/// Seeded inputs of every kind (issue 10): establishment mutants, every catalogue parameter at
/// edge values, study files (mutated examples and generated chains), and region CSVs.
///
/// Input `i` of a seed depends only on the seed and `i`.
public struct FuzzGenerator: Sendable {
  public let mutator: JSONMutator
  public let studyMutator: JSONMutator
  /// The example projection studies, establishment files named by absolute path.
  public let projectionMutator: JSONMutator
  public let scenarios: String
  /// The example establishment file a region input is assessed with.
  public let regionExample: String
  /// The built-in region file, the starting point of region inputs.
  public let regionFile: String

  /// The edge values every parameter is overridden with.
  public static let edgeValues: [String] = [
    "0", "5e-324", "1e-300", "1e-9", "1e15", "1e300", "-1", "-1e-300", "-0", "0.001", "1",
    "1e-5", "2.2250738585072014e-308", "1.7976931348623157e308",
  ]

  public init(scenarios directory: String) {
    scenarios = directory
    mutator = JSONMutator(examples: JSONMutator.examples(inDirectory: directory))
    let names =
      ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
    let studies: [JSONMutator.Example] = names.compactMap { name -> JSONMutator.Example? in
      guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
        return nil
      }
      var text = String(decoding: data, as: UTF8.self)
      guard text.contains("\"alternatives\"") else { return nil }
      // Baselines are named relative to the study; the fuzz file lives elsewhere.
      text = text.replacingOccurrences(of: "\"./", with: "\"" + directory + "/")
      return JSONMutator.Example(name: name, bytes: Array(text.utf8))
    }
    studyMutator = JSONMutator(examples: studies)
    projectionMutator = JSONMutator(
      examples: names.compactMap { name -> JSONMutator.Example? in
        guard let data = FileManager.default.contents(atPath: directory + "/" + name) else {
          return nil
        }
        var text = String(decoding: data, as: UTF8.self)
        guard text.contains("\"projection\"") else { return nil }
        text = text.replacingOccurrences(of: "\"file\": \"", with: "\"file\": \"" + directory + "/")
        return JSONMutator.Example(name: name, bytes: Array(text.utf8))
      })
    regionExample = directory + "/venlo-ecommerce-dc.json"
    regionFile = RegionData.limburg.regionFile()
  }

  public func input(_ index: UInt64, seed: UInt64) -> FuzzCase {
    var rng = SplitMix64.stream(index, of: seed ^ 0x5EED_F00D)
    let kind = rng.weighted([
      (FuzzCase.Kind.establishment, 30), (.parameterEdge, 15), (.study, 12), (.region, 8),
      (.projection, 15), (.batch, 12), (.options, 8),
    ])
    switch kind {
    case .establishment:
      let mutant = mutator.mutant(index, seed: seed)
      return FuzzCase(
        kind: kind, bytes: mutant.bytes, fileName: "input.json", description: mutant.description)
    case .parameterEdge:
      return parameterEdge(index, rng: &rng)
    case .study:
      if rng.chance(0.5) {
        let mutant = studyMutator.mutant(index, seed: seed)
        return FuzzCase(
          kind: kind, bytes: mutant.bytes, fileName: "input.json",
          description: mutant.description)
      }
      return chainStudy(rng: &rng)
    case .region:
      return region(rng: &rng)
    case .projection:
      return projection(index, seed: seed, rng: &rng)
    case .batch:
      return batch(rng: &rng)
    case .options:
      return options(rng: &rng)
    }
  }

  // MARK: Parameters at edge values

  /// The parameter-edge input for catalogue parameter `index % count`, on its own.
  public func parameterEdge(_ index: UInt64, seed: UInt64) -> FuzzCase {
    var rng = SplitMix64.stream(index, of: seed ^ 0xED6E)
    return parameterEdge(index, rng: &rng)
  }

  /// Parameter `index % count` of the catalogue (so every id comes up in order), plus up to two
  /// more at random, each at an edge value.
  func parameterEdge(_ index: UInt64, rng: inout SplitMix64) -> FuzzCase {
    let ids = ParameterCatalog.standard.ids
    let example = mutator.examples[Int(rng.next() % UInt64(mutator.examples.count))]
    var chosen = [ids[Int(index % UInt64(ids.count))]]
    for _ in 0..<rng.weighted([(0, 6), (1, 3), (2, 1)]) {
      chosen.append(ids[Int(rng.next() % UInt64(ids.count))])
    }
    var overrides: [FuzzValue.Member] = []
    var notes: [String] = []
    for id in chosen where !overrides.contains(where: { $0.key == id.rawValue }) {
      let value = FuzzGenerator.edgeValues[Int(rng.next() % UInt64(FuzzGenerator.edgeValues.count))]
      overrides.append(
        FuzzValue.Member(
          id.rawValue, .object([.init("value", .number(value)), .init("reason", .string("fuzz"))])))
      notes.append("\(id.rawValue)=\(value)")
    }
    guard case .object(var members) = example.document else {
      return FuzzCase(
        kind: .parameterEdge, bytes: example.bytes, fileName: "input.json",
        description: example.name)
    }
    if let position = members.firstIndex(where: { $0.key == "overrides" }),
      case .object(let existing) = members[position].value
    {
      let kept = existing.filter { old in !overrides.contains { $0.key == old.key } }
      members[position].value = .object(kept + overrides)
    } else {
      members.append(FuzzValue.Member("overrides", .object(overrides)))
    }
    return FuzzCase(
      kind: .parameterEdge, bytes: Array(FuzzValue.object(members).json().utf8),
      fileName: "input.json",
      description: "\(example.name): overrides " + notes.joined(separator: ", "))
  }

  // MARK: Studies

  static let factors = ["0", "1e-300", "0.5", "1", "1.5", "10", "1e15", "1e300", "-1"]

  /// A study of 1–30 alternatives on an example baseline, many built on the one before, with
  /// job factors, input changes and parameter overrides at edge values.
  func chainStudy(rng: inout SplitMix64) -> FuzzCase {
    let baselines = ["venlo-ecommerce-dc.json", "horst-glasshouse-tomato.json"]
    let baseline = scenarios + "/" + baselines[Int(rng.next() % 2)]
    let count = 1 + Int(rng.next() % 30)
    let ids = ParameterCatalog.standard.ids
    var alternatives: [String] = []
    for index in 0..<count {
      var fields = [
        #""name":"a\#(index)""#, #""title":"Alternative \#(index)""#, #""rationale":"r""#,
      ]
      if index > 0, rng.chance(0.7) {
        fields.append(#""basedOn":"a\#(Int(rng.next() % UInt64(index)))""#)
      }
      var inputs: [String] = []
      if rng.chance(0.7) {
        inputs.append(
          #""jobsFactor":\#(FuzzGenerator.factors[Int(rng.next() % UInt64(FuzzGenerator.factors.count))])"#
        )
      }
      if rng.chance(0.2) {
        inputs.append(#""freeLegalBeds":\#(FuzzGenerator.factors[Int(rng.next() % 9)])"#)
      }
      if !inputs.isEmpty { fields.append(#""inputs":{"# + inputs.joined(separator: ",") + "}") }
      if rng.chance(0.4) {
        let id = ids[Int(rng.next() % UInt64(ids.count))].rawValue
        let value = FuzzGenerator.edgeValues[
          Int(rng.next() % UInt64(FuzzGenerator.edgeValues.count))]
        fields.append(#""parameters":{"\#(id)":{"value":\#(value),"reason":"fuzz"}}"#)
      }
      alternatives.append("{" + fields.joined(separator: ",") + "}")
    }
    let text =
      #"{"schemaVersion":1,"title":"Fuzz study","baseline":"\#(baseline)","alternatives":["#
      + alternatives.joined(separator: ",") + "]}"
    return FuzzCase(
      kind: .study, bytes: Array(text.utf8), fileName: "input.json",
      description: "generated study of \(count) alternatives on \(baseline)")
  }

  // MARK: Region files

  static let fieldValues: [String] = [
    "0", "-1", "-0", "9223372036854775807", "9223372036854775808", "9.2e18", "1e15",
    "1000000000000001", "0x10", "0x1p3", "1,5", "1.5", "", "nan", "inf", "-inf", "1e308",
    "5e-324", "Venloo", "Venlo", "GM0983", "\"", "\"\"", ";", "Venlo;Venlo;Venloo",
    "2024-13-01", "31-12-2024", "1899-01-01", "none", "DE;BE", "x",
  ]

  /// The built-in region file with fields replaced by edge values, rows repeated or near-miss
  /// names, re-encoded, truncated or with invalid UTF-8.
  func region(rng: inout SplitMix64) -> FuzzCase {
    var lines = regionFile.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var notes: [String] = []
    for _ in 0..<rng.weighted([(1, 5), (2, 3), (4, 2)]) {
      let choice = rng.next() % 6
      let row = 1 + Int(rng.next() % UInt64(max(lines.count - 2, 1)))
      guard row < lines.count else { continue }
      switch choice {
      case 0, 1:
        var fields = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(
          String.init)
        let column = Int(rng.next() % UInt64(fields.count))
        let value = FuzzGenerator.fieldValues[
          Int(rng.next() % UInt64(FuzzGenerator.fieldValues.count))]
        fields[column] = value
        lines[row] = fields.joined(separator: ",")
        notes.append("row \(row) column \(column) = '\(value)'")
      case 2:
        // A near-miss copy: the same row under a name one letter off, neighbours included.
        let copy = lines[row].replacingOccurrences(of: "e", with: "a")
        lines.append(copy)
        notes.append("near-miss copy of row \(row)")
      case 3:
        lines.remove(at: row)
        notes.append("row \(row) deleted")
      case 4:
        let header = lines[0].split(separator: ",").map(String.init)
        let column = Int(rng.next() % UInt64(header.count))
        lines[0] = header.enumerated().map { $0.offset == column ? $0.element + "x" : $0.element }
          .joined(separator: ",")
        notes.append("header column \(column) misspelt")
      default:
        lines[row] = String(lines[row].prefix(Int(rng.next() % 40)))
        notes.append("row \(row) truncated")
      }
    }
    var bytes = Array(lines.joined(separator: rng.chance(0.1) ? "\r\n" : "\n").utf8)
    switch rng.next() % 10 {
    case 0:
      let position = Int(rng.next() % UInt64(max(bytes.count, 1)))
      bytes.insert([0xE9, 0xFF, 0xC3, 0x80][Int(rng.next() % 4)], at: min(position, bytes.count))
      notes.append("invalid UTF-8 at byte \(position)")
    case 1:
      let text = String(decoding: bytes, as: UTF8.self)
      bytes = [UInt8](text.data(using: rng.chance(0.5) ? .utf16 : .utf32) ?? Data())
      notes.append("re-encoded")
    case 2:
      bytes = Array(bytes.prefix(Int(rng.next() % UInt64(max(bytes.count, 1)))))
      notes.append("truncated")
    default: break
    }
    return FuzzCase(
      kind: .region, bytes: bytes, fileName: "input.csv",
      description: "region file: " + notes.joined(separator: ", "))
  }
}
