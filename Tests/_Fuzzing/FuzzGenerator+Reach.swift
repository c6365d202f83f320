import Foundation
import HousingEffect

/// Issue 22: inputs the file fuzzer of issue 10 never reached — projection studies, batch CSVs
/// and command-line option values.
extension FuzzGenerator {
  // MARK: Projection studies

  static let areaNames = [
    "Limburg", "Noord-Limburg", "Venlo", "Venray", "venray", "Maastricht", "Leudal", "Nowhere",
    "",
  ]
  static let pathNames = [
    "trend", "expectation2030", "moderateGrowth", "fewerMigrants", "custom", "custom", "nope",
  ]
  static let projectionYears = ["2000", "2022", "2025", "2026", "2030", "2040", "2050", "2051"]
  static let counts = [
    "0", "-0", "1", "5000", "1e6", "1e15", "1e300", "-1", "1e-300", "0.5", "\"8000\"", "null",
  ]
  static let rates = ["-1", "-0.5", "0", "0.02", "1", "1e15", "-1e300", "1e-300", "\"x\""]

  /// A projection study: a mutated example, or one generated from regions, paths (a custom
  /// path with edge targets or rates), bases, supply, establishments (some pointing at a
  /// study) and overrides at edge values.
  func projection(_ index: UInt64, seed: UInt64, rng: inout SplitMix64) -> FuzzCase {
    if rng.chance(0.3), !projectionMutator.examples.isEmpty {
      let mutant = projectionMutator.mutant(index, seed: seed)
      return FuzzCase(
        kind: .projection, bytes: mutant.bytes, fileName: "input.json",
        description: "projection " + mutant.description)
    }
    func pick<T>(_ list: [T]) -> T { list[Int(rng.next() % UInt64(list.count))] }
    var notes: [String] = []
    var regions: [String] = []
    for _ in 0..<rng.weighted([(1, 6), (2, 3), (3, 1)]) { regions.append(pick(Self.areaNames)) }
    var paths: [String] = []
    for _ in 0..<rng.weighted([(1, 4), (2, 3), (4, 1)]) { paths.append(pick(Self.pathNames)) }
    var fields = [
      #""regions":[\#(regions.map { "\"\($0)\"" }.joined(separator: ","))]"#,
      #""paths":[\#(paths.map { "\"\($0)\"" }.joined(separator: ","))]"#,
    ]
    notes.append("regions \(regions), paths \(paths)")
    if rng.chance(0.6) { fields.append(#""until":\#(pick(Self.projectionYears))"#) }
    if paths.contains("custom") || rng.chance(0.1) {
      var entries: [String] = []
      let rates = rng.chance(0.4)
      for _ in 0..<rng.weighted([(0, 1), (1, 4), (3, 2)]) {
        entries.append(
          #""\#(pick(Self.projectionYears))":\#(rates ? pick(Self.rates) : pick(Self.counts))"#)
      }
      fields.append(
        #""customPath":{"title":"fuzz","\#(rates ? "growthRates" : "targets")":{\#(entries.joined(separator: ","))}}"#
      )
      notes.append("custom \(rates ? "rates" : "targets") \(entries)")
    }
    if rng.chance(0.6) {
      let region = pick(regions.isEmpty ? ["Venlo"] : regions)
      let working = pick(Self.counts)
      fields.append(
        #""bases":[{"region":"\#(region)","year":\#(pick(Self.projectionYears)),"working":\#(working),"source":"fuzz"}]"#
      )
      notes.append("base \(region)=\(working)")
    }
    if rng.chance(0.3) {
      fields.append(
        #""existingSupply":[{"region":"\#(pick(Self.areaNames))","beds":\#(pick(Self.counts)),"source":"fuzz"}]"#
      )
    }
    if rng.chance(0.4) {
      fields.append(
        #""plannedSupply":[{"region":"\#(pick(regions.isEmpty ? ["Venlo"] : regions))","year":\#(pick(Self.projectionYears)),"beds":\#(pick(Self.counts)),"dwellings":\#(pick(Self.counts))}]"#
      )
    }
    if rng.chance(0.4) {
      // An establishment file, or a study file where an establishment is expected.
      let file = pick([
        "venray-meat-processing.json", "venlo-ecommerce-dc.json", "venlo-dc-study.json",
        "missing.json", "projection-study-venray.json",
      ])
      fields.append(
        #""establishments":[{"file":"\#(scenarios)/\#(file)","startYear":\#(pick(Self.projectionYears))}]"#
      )
      notes.append("establishment \(file)")
    }
    if rng.chance(0.3) {
      let ids = ParameterCatalog.standard.ids
      let id = ids[Int(rng.next() % UInt64(ids.count))].rawValue
      let value = pick(FuzzGenerator.edgeValues)
      fields.append(#""parameters":{"\#(id)":{"value":\#(value),"reason":"fuzz"}}"#)
      notes.append("\(id)=\(value)")
    }
    let text =
      #"{"schemaVersion":1,"title":"Fuzz projection","projection":{"#
      + fields.joined(separator: ",") + "}}"
    return FuzzCase(
      kind: .projection, bytes: Array(text.utf8), fileName: "input.json",
      description: "generated projection: " + notes.joined(separator: "; "))
  }

  // MARK: Batch CSVs

  static let batchColumns = [
    "name", "municipality", "type", "jobs", "floor_area", "hectares", "start_year",
    "free_legal_beds", "employer_beds", "bogus",
  ]
  static let batchValues = [
    "Venlo", "venlo", "GM0983", "Venray", "Nowhere", "distribution-ecommerce", "meat-processing",
    "glasshouse-tomato", "data-centre", "x", "", "0", "-0", "1", "120", "1.000", "1,5", "1.5",
    "1 000", "1e15", "1e300", "-1", "nan", "inf", "0x10", "2028", "1999", "2051", "\"\"",
    "\"a,b\"", "\"a\"\"b\"", "\"open", "a\"b", "é", "\u{FEFF}", ";",
  ]

  /// A batch CSV: chosen columns, 0–150 rows of edge values (quotes, numbers with grouping or
  /// decimal commas), a comma or semicolon separator, CRLF, a byte-order mark, another
  /// encoding, invalid UTF-8 or a cut-off end.
  func batch(rng: inout SplitMix64) -> FuzzCase {
    func pick<T>(_ list: [T]) -> T { list[Int(rng.next() % UInt64(list.count))] }
    var notes: [String] = []
    let separator = rng.chance(0.3) ? ";" : ","
    var header = ["name", "municipality", "type", "jobs"]
    if rng.chance(0.3) { header = header.filter { _ in rng.chance(0.8) } }
    for _ in 0..<rng.weighted([(0, 5), (1, 3), (3, 1)]) { header.append(pick(Self.batchColumns)) }
    let rowCount = rng.weighted([(0, 1), (1, 4), (5, 4), (40, 2), (150, 1)])
    var lines = [header.joined(separator: separator)]
    for row in 0..<rowCount {
      var fields = [
        "r\(row)", pick(["Venlo", "Venray", "Horst aan de Maas", "Maastricht"]),
        pick(["distribution-ecommerce", "meat-processing", "glasshouse-tomato"]),
        pick(["80", "250", "1200"]),
      ]
      while fields.count < header.count { fields.append(pick(["", "2028", "10"])) }
      fields = Array(fields.prefix(header.count))
      for _ in 0..<rng.weighted([(0, 4), (1, 4), (3, 1)]) where !fields.isEmpty {
        fields[Int(rng.next() % UInt64(fields.count))] = pick(Self.batchValues)
      }
      if rng.chance(0.05) { fields.append("extra") }
      lines.append(fields.joined(separator: separator))
    }
    notes.append("\(rowCount) rows, separator '\(separator)', header \(header)")
    var text = lines.joined(separator: rng.chance(0.2) ? "\r\n" : "\n")
    if rng.chance(0.8) { text += "\n" }
    if rng.chance(0.05) {
      text = "\u{FEFF}" + text
      notes.append("byte-order mark")
    }
    var bytes = Array(text.utf8)
    switch rng.next() % 12 {
    case 0:
      let position = Int(rng.next() % UInt64(max(bytes.count, 1)))
      bytes.insert(pick([0xE9, 0xFF, 0xC3, 0x80] as [UInt8]), at: min(position, bytes.count))
      notes.append("invalid UTF-8")
    case 1:
      bytes = [UInt8](text.data(using: rng.chance(0.5) ? .utf16 : .isoLatin1) ?? Data())
      notes.append("re-encoded")
    case 2:
      bytes = Array(bytes.prefix(Int(rng.next() % UInt64(max(bytes.count, 1)))))
      notes.append("truncated")
    default: break
    }
    return FuzzCase(
      kind: .batch, bytes: bytes, fileName: "input.csv",
      description: "batch CSV: " + notes.joined(separator: "; "))
  }

  // MARK: Command-line option values

  static let drawValues = [
    "0", "1", "2", "3", "20", "-1", "1.5", "1,000", "1.000", "1 000", "0x10", "1e3", "", "abc",
    "0.001", "2000001", "99999999999999999999",
  ]
  static let seedValues = [
    "0", "1", "18446744073709551615", "18446744073709551616", "-1", "1.0", "0x1", "", "007",
  ]
  static let threadValues = ["1", "2", "0", "-1", "256", "257", "0.001", "1.000", "", "x"]
  static let untilValues = ["2026", "2050", "2051", "2000", "2025", "x", "2030.5", "", "-2030"]
  static let regionValues = ["Venray", "venray", "VENRAY", "Venlo", "Limburg", "Nowhere", ""]
  static let formatValues = ["text", "markdown", "html", "csv", "json", "xml", "", "JSON"]
  static let langValues = ["nl", "en", "de", "EN", ""]
  static let quickValues = ["0.001", "1.000", "1,5", "1e15", "-0", "0", "250", "1 000", "nan"]

  /// One command with option values at their edges; `FILE` is not used, `EXAMPLE` is an
  /// example establishment, `SCENARIOS/…` a shipped scenario. Draws stay small where they
  /// would be accepted, so a run takes milliseconds.
  func options(rng: inout SplitMix64) -> FuzzCase {
    func pick<T>(_ list: [T]) -> T { list[Int(rng.next() % UInt64(list.count))] }
    let draws = pick(Self.drawValues)
    var arguments: [String]
    switch rng.next() % 6 {
    case 0:
      arguments = ["assess", "EXAMPLE", "--draws", draws]
    case 1:
      arguments = [
        "assess", "--sector", pick(["distribution-ecommerce", "hospitality", "x"]),
        pick(["--jobs", "--floor-area", "--hectares"]), pick(Self.quickValues),
        "--municipality", pick(Self.regionValues), "--draws", draws,
      ]
    case 2:
      arguments = [
        "project", scenarios + "/projection-study-venray.json", "--draws",
        rng.chance(0.1) ? "1000000" : draws, "--until", pick(Self.untilValues),
      ]
      if rng.chance(0.5) { arguments += ["--region", pick(Self.regionValues)] }
    case 3:
      arguments = ["compare", scenarios + "/venlo-dc-study.json", "--draws", draws]
    case 4:
      arguments = ["sensitivity", "EXAMPLE", "--draws", draws, "--top", pick(["1", "0", "5x"])]
    default:
      arguments = [
        "batch", scenarios + "/batch-limburg-1000.csv", "--draws",
        rng.chance(0.1) ? "1000000" : pick(["0", "1", "x", "-1"]),
      ]
      if rng.chance(0.3) { arguments.append("--skip-invalid") }
    }
    if rng.chance(0.6) { arguments += ["--seed", pick(Self.seedValues)] }
    if rng.chance(0.6) { arguments += ["--threads", pick(Self.threadValues)] }
    if rng.chance(0.6) { arguments += ["--format", pick(Self.formatValues)] }
    if rng.chance(0.3) { arguments += ["--lang", pick(Self.langValues)] }
    if rng.chance(0.1) { arguments.append("--progress") }
    // A sizeable draw count for a whole batch or a projection would take minutes: the
    // 'draws' values above keep those small (1 or 20), and 10⁶ is refused by the cost check.
    var input = FuzzCase(
      kind: .options, bytes: Array(arguments.joined(separator: "\n").utf8),
      fileName: "input.txt", description: "options: " + arguments.joined(separator: " "))
    input.arguments = arguments
    return input
  }
}
