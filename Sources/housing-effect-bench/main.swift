// housing-effect-bench: how fast the model and the loaders run, measured in a release build.
//
//   swift run -c release housing-effect-bench [--scenarios DIR] [--repeat N] [--projection]
//   swift run -c release housing-effect-bench --process .build/release/housing-effect
//   swift run -c release housing-effect-bench --instructions .build/release/housing-effect
//
// --projection runs only the projection case: 10,000 draws × 31 municipalities × every year
// from 2022 to 2050 on one path, on one thread and on every core; --instructions counts it
// through `project` with 20 and 220 draws and scales the difference to 10,000 draws.
//
// Prints, per example establishment, the time to load and assess it, to render the Dutch text
// report and the JSON document, and the throughput of the JSON parser on a large document.
// With --process, it times the whole process instead: `housing-effect assess` of the Venlo
// example in every format (point values, --draws 0) against a floor, this executable started
// as a Foundation program that only parses a small JSON file, and prints the ratio (issue 11:
// at most 1.5).
// With --instructions, it counts the instructions of the same whole-process cases under
// valgrind's callgrind (`apt-get install valgrind`): counts do not depend on machine load, so a
// regression shows on a busy machine too (issue 18's table; Docs/design-notes.md §33).
// Timing lives here, never in tests (see Docs/design-notes.md).
import Foundation
import HousingEffect
import HousingEffectReports

struct Options {
  var scenarios = "Scenarios"
  var repetitions = 200
  /// The `housing-effect` binary to time whole-process, or `nil` for the in-process benchmark.
  var process: String?
  var projectionOnly = false
  /// The `housing-effect` binary whose instructions to count under callgrind, or `nil`.
  var instructions: String?
}

func parseOptions() -> Options {
  var options = Options()
  var arguments = CommandLine.arguments.dropFirst().makeIterator()
  while let argument = arguments.next() {
    switch argument {
    case "--scenarios":
      options.scenarios = arguments.next() ?? options.scenarios
    case "--repeat":
      options.repetitions =
        arguments.next().flatMap(Int.init).map { max(1, $0) } ?? options.repetitions
    case "--process":
      options.process = arguments.next()
    case "--hello":
      // The floor of --process: start, read and parse a small JSON file, write a line, exit.
      let path = arguments.next() ?? ""
      let data = FileManager.default.contents(atPath: path) ?? Data("{}".utf8)
      let object = try? JSONSerialization.jsonObject(with: data)
      print(object == nil ? "hello: not JSON" : "hello")
      exit(0)
    case "--projection":
      options.projectionOnly = true
    case "--instructions":
      options.instructions = arguments.next()
    case "-h", "--help":
      print(
        "usage: housing-effect-bench [--scenarios DIR] [--repeat N] [--process BINARY] [--instructions BINARY] [--projection]"
      )
      exit(0)
    default:
      FileHandle.standardError.write(
        Data("housing-effect-bench: unknown argument '\(argument)'\n".utf8))
      exit(64)
    }
  }
  return options
}

/// Median wall time of `repetitions` runs of `body`, in microseconds.
func measure(_ repetitions: Int, _ body: () -> Void) -> Double {
  var samples: [Double] = []
  samples.reserveCapacity(repetitions)
  let clock = ContinuousClock()
  for _ in 0..<repetitions {
    let elapsed = clock.measure(body)
    let (seconds, attoseconds) = elapsed.components
    samples.append(Double(seconds) * 1e6 + Double(attoseconds) / 1e12)
  }
  samples.sort()
  return samples[samples.count / 2]
}

func column(_ text: String, _ width: Int) -> String {
  text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func microseconds(_ value: Double) -> String {
  let rounded = (value * 10).rounded() / 10
  return String(rounded) + " µs"
}

let options = parseOptions()

/// A program started with `posix_spawn` and its output sent to /dev/null: the argument vector
/// and file actions are set up once, so repeated runs measure the program, not the set-up.
/// `posix_spawn` and `waitpid`, not `Process`, whose `waitUntilExit` polls a run loop and
/// rounds every run up to its interval.
final class QuietProcess {
  let path: String
  private let argv: [UnsafeMutablePointer<CChar>?]
  private var actions = posix_spawn_file_actions_t()

  init(_ path: String, _ arguments: [String]) {
    self.path = path
    argv = ([path] + arguments).map { strdup($0) } + [nil]
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  }

  deinit {
    posix_spawn_file_actions_destroy(&actions)
    for pointer in argv { free(pointer) }
  }

  /// Runs the program to its end; `false` when it could not be started.
  func run() -> Bool {
    var pid: pid_t = 0
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return false }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return true
  }
}

/// Median wall time of `repetitions` runs of the program at `path` with `arguments`, in
/// microseconds.
func measureProcess(_ repetitions: Int, _ path: String, _ arguments: [String]) -> Double {
  let process = QuietProcess(path, arguments)
  return measure(repetitions) {
    guard process.run() else {
      FileHandle.standardError.write(Data("housing-effect-bench: cannot run \(path)\n".utf8))
      exit(66)
    }
  }
}

if let binary = options.process {
  let venlo = options.scenarios + "/venlo-ecommerce-dc.json"
  let repetitions = max(5, min(options.repetitions, 50))
  let bench = URL(fileURLWithPath: CommandLine.arguments[0]).path
  let floor = measureProcess(repetitions, bench, ["--hello", venlo])
  print("housing-effect-bench --process: median of \(repetitions) whole-process runs")
  print(column("command", 44) + column("time", 14) + "× floor")
  print(column("floor: Foundation, parse a small JSON file", 44) + microseconds(floor))
  var worst = 0.0
  for format in ["text", "markdown", "html", "csv", "json"] {
    let time = measureProcess(
      repetitions, binary, ["assess", venlo, "--draws", "0", "--format", format])
    worst = max(worst, time / floor)
    print(
      column("assess --draws 0 --format \(format)", 44) + column(microseconds(time), 14)
        + String(format: "%.2f", time / floor))
  }
  print(String(format: "worst ratio %.2f (target ≤ 1.5)", worst))
  exit(0)
}

/// The instructions one run of `path` with `arguments` executes under callgrind, or `nil` when
/// valgrind is missing or the run fails. Output goes to /dev/null; the count is read from
/// callgrind's "Collected" line on standard error.
func countInstructions(_ path: String, _ arguments: [String]) -> Double? {
  let valgrind = ["/usr/bin/valgrind", "/usr/local/bin/valgrind"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  guard let valgrind else { return nil }
  let log = FileManager.default.temporaryDirectory.appendingPathComponent(
    "housing-effect-bench-callgrind-\(getpid()).log")
  defer { try? FileManager.default.removeItem(at: log) }
  let callgrind = QuietProcess(
    valgrind,
    ["--tool=callgrind", "--callgrind-out-file=/dev/null", "--log-file=" + log.path, path]
      + arguments)
  guard callgrind.run() else { return nil }
  guard let text = try? String(contentsOf: log, encoding: .utf8) else { return nil }
  for line in text.split(separator: "\n") where line.contains("Collected :") {
    let digits = line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? ""
    return Double(digits)
  }
  return nil
}

if let binary = options.instructions {
  let venlo = options.scenarios + "/venlo-ecommerce-dc.json"
  let limburg = options.scenarios + "/projection-study-limburg.json"
  let bench = URL(fileURLWithPath: CommandLine.arguments[0]).path
  func millions(_ value: Double?) -> String {
    guard let value else { return "n/a" }
    return String(format: "%.1f M", value / 1e6)
  }
  // A projection draw is a fraction of a million: three decimals show a round's progress.
  func fineMillions(_ value: Double?) -> String {
    guard let value else { return "n/a" }
    return String(format: "%.3f M", value / 1e6)
  }
  func thousands(_ value: Double?) -> String {
    guard let value else { return "n/a" }
    return String(format: "%.1f k", value / 1e3)
  }
  guard let floor = countInstructions(bench, ["--hello", venlo]) else {
    FileHandle.standardError.write(
      Data("housing-effect-bench: valgrind not found (apt-get install valgrind)\n".utf8))
    exit(69)
  }
  print("housing-effect-bench --instructions: instructions counted by valgrind's callgrind")
  print(column("case", 64) + column("instructions", 16) + "target")
  print(column("floor: Foundation, parse a small JSON file", 64) + millions(floor))
  let rows: [(String, [String], String)] = [
    (
      "assess venlo --draws 0 --format json",
      ["assess", venlo, "--draws", "0", "--format", "json"], "≤ 30 M"
    ),
    ("assess venlo (2,000 draws, text)", ["assess", venlo], "≤ 60 M"),
    ("sensitivity venlo --format json", ["sensitivity", venlo, "--format", "json"], "≤ 60 M"),
  ]
  for (label, arguments, target) in rows {
    print(column(label, 64) + column(millions(countInstructions(binary, arguments)), 16) + target)
  }
  let json = ["--format", "json", "--threads", "1"]
  let assessZero = countInstructions(binary, ["assess", venlo, "--draws", "0"] + json)
  let assessMany = countInstructions(binary, ["assess", venlo, "--draws", "10000"] + json)
  if let assessZero, let assessMany {
    print(
      column("one assess draw: (--draws 10000 − --draws 0) ÷ 10,000", 64)
        + column(thousands((assessMany - assessZero) / 10_000), 16) + "≤ 25 k")
  }
  let projectZero = countInstructions(
    binary, ["project", limburg, "--region", "Limburg", "--draws", "0"] + json)
  let projectMany = countInstructions(
    binary, ["project", limburg, "--region", "Limburg", "--draws", "100"] + json)
  if let projectZero, let projectMany {
    print(
      column("one projection draw, Limburg study: (--draws 100 − 0) ÷ 100", 64)
        + column(fineMillions((projectMany - projectZero) / 100), 16) + "≤ 0.4 M")
  }
  // The --projection case through the command line: its study written to a file, the draws'
  // marginal count scaled to its 10,000 draws (the bands' CSV is written at both counts).
  let study = FileManager.default.temporaryDirectory.appendingPathComponent(
    "housing-effect-bench-projection-\(getpid()).json")
  defer { try? FileManager.default.removeItem(at: study) }
  if (try? benchStudyJSON().write(to: study)) != nil {
    let csv = ["--format", "csv", "--threads", "1"]
    let few = countInstructions(binary, ["project", study.path, "--draws", "20"] + csv)
    let many = countInstructions(binary, ["project", study.path, "--draws", "220"] + csv)
    if let few, let many {
      print(
        column("projection case, one draw: (--draws 220 − 20) ÷ 200", 64)
          + column(fineMillions((many - few) / 200), 16))
      print(
        column("projection case, 10,000 draws (one draw × 10,000)", 64)
          + column(String(format: "%.1f G", (many - few) / 200 * 10_000 / 1e9), 16))
    }
  }
  exit(0)
}

/// The municipal bases of the projection case: the province total shared by population.
func benchBases() -> [ProjectionStudy.Base] {
  let municipalities = RegionData.limburg.municipalities.filter(\.isInLimburg)
  let population = municipalities.reduce(0) { $0 + Double($1.population.value) }
  return municipalities.map {
    ProjectionStudy.Base(
      region: $0.name, year: 2022, working: 82895 * Double($0.population.value) / population,
      source: "benchmark input")
  }
}

/// The projection case as a study file for `housing-effect project`.
func benchStudyJSON() throws -> Data {
  let bases = benchBases()
  let study: [String: Any] = [
    "schemaVersion": 1, "title": "bench",
    "projection": [
      "regions": bases.map(\.region), "until": 2050, "paths": ["expectation2030"],
      "bases": bases.map {
        ["region": $0.region, "year": $0.year, "working": $0.working, "source": $0.source]
      },
    ],
  ]
  return try JSONSerialization.data(withJSONObject: study)
}

/// The projection case: every Limburg municipality from 2022 to 2050 along the 2030-expectation
/// path with 10,000 draws (sampling, stock-flow, households, housing, facilities, percentiles).
/// The municipal bases are a benchmark input (the province total shared by population), not
/// data: no source gives them, which is why `project` asks a study for them.
func projectionCase() {
  let bases = benchBases()
  let areas = bases.compactMap {
    try? ProjectionArea.resolve($0.region, regions: .limburg, bases: bases, supply: []).get()
  }
  let study = ProjectionStudy(
    title: "bench", regions: areas.map(\.name), paths: [.expectation2030], until: 2050,
    bases: bases)
  let cores = ProcessInfo.processInfo.activeProcessorCount
  // One run each: a run takes seconds, and the machine is shared.
  func run(_ threads: Int) -> Double {
    measure(1) {
      _ = Projection(
        study, areas: areas, regions: .limburg,
        options: EnsembleOptions(draws: 10_000, seed: 7, threads: threads))
    }
  }
  let one = run(1)
  let all = run(cores)
  print(
    column("projection: 10,000 draws × \(areas.count) municipalities × 2022–2050", 64)
      + column(String(format: "1 thread %.0f ms", one / 1000), 20)
      + column(String(format: "%d threads %.0f ms", cores, all / 1000), 22)
      + String(format: "%.2f×", one / all))
}

if options.projectionOnly {
  projectionCase()
  exit(0)
}
let names = ((try? FileManager.default.contentsOfDirectory(atPath: options.scenarios)) ?? [])
  .filter { $0.hasSuffix(".json") }.sorted()
let regions = RegionData.limburg
let check: EstablishmentLoader.MunicipalityCheck = { name in
  switch RegionData.limburg.municipality(named: name) {
  case .success: .found
  case .failure(let failure): .unknown(suggestion: failure.suggestion)
  }
}

print("housing-effect-bench: median of \(options.repetitions) runs, release build expected")
print(
  column("example", 36) + column("load", 14) + column("assess", 14) + column("draw", 14)
    + column("text", 14) + "json")
var drawRuns: [(String, AssessmentEnsemble.Run)] = []
var measured = 0
for name in names {
  guard let data = FileManager.default.contents(atPath: options.scenarios + "/" + name) else {
    continue
  }
  let bytes = [UInt8](data)
  guard case (let loaded?, _) = EstablishmentLoader.load(bytes, file: name, municipality: check),
    case .success(let municipality) = regions.municipality(named: loaded.municipality)
  else { continue }  // studies and files that do not load are not benchmarked here
  let region = HostRegion(municipality)
  let parameters = ParameterSet(asOf: loaded.referenceDay)
  let assessment = Assessment(loaded, region: region, parameters: parameters)
  let load = measure(options.repetitions) {
    _ = EstablishmentLoader.load(bytes, file: name, municipality: check)
  }
  let assess = measure(options.repetitions) {
    _ = Assessment(loaded, region: region, parameters: parameters)
  }
  let run = AssessmentEnsemble.Run(loaded, region: region, years: assessment.years)
  drawRuns.append((name, run))
  let drawn = run.sampler.parameterSet(forDraw: 1, seed: 1)
  let draw = measure(options.repetitions) {
    var row = [Double](repeating: 0, count: run.width)
    row.withUnsafeMutableBufferPointer { run.fill($0, from: run.assessment(drawn)) }
  }
  let text = measure(max(1, options.repetitions / 10)) {
    _ = TextReport(language: .nl).render(assessment, command: nil)
  }
  let json = measure(max(1, options.repetitions / 10)) {
    _ = try? JSONReport.render(AssessmentDocument(assessment, toolVersion: "bench"))
  }
  print(
    column(name, 36) + column(microseconds(load), 14) + column(microseconds(assess), 14)
      + column(microseconds(draw), 14) + column(microseconds(text), 14) + microseconds(json))
  measured += 1
}

// Monte Carlo: 10,000 draws per example (sampling, pipeline, key indicators, percentiles), on
// one thread and on every core; the thread count never changes the result.
let cores = ProcessInfo.processInfo.activeProcessorCount
print("")
print(
  column("10,000 draws", 36) + column("1 thread", 14) + column("\(cores) threads", 14) + "speed-up")
for (name, run) in drawRuns {
  func ensemble(_ threads: Int) -> Double {
    measure(3) {
      let matrix = run.matrix(EnsembleOptions(draws: 10_000, seed: 7, threads: threads))
      _ = matrix.percentiles(threads: threads)
    }
  }
  let one = ensemble(1)
  let all = ensemble(cores)
  print(
    column(name, 36) + column(String(format: "%.1f ms", one / 1000), 14)
      + column(String(format: "%.1f ms", all / 1000), 14) + String(format: "%.2f×", one / all))
}

// Batch: 100,000 establishments (the 1,000-row example a hundred times), read, assessed and
// written as CSV chunk by chunk as `batch` does; in this process, and as a whole `housing-effect`
// process (the binary next to this one) whose target is 1.5 s wall on two cores (issue 18).
if let example = FileManager.default.contents(
  atPath: options.scenarios + "/batch-limburg-1000.csv")
{
  let lines = String(decoding: example, as: UTF8.self).split(separator: "\n")
  let body = lines.dropFirst().joined(separator: "\n") + "\n"
  let text = String(lines[0]) + "\n" + String(repeating: body, count: 100)
  let rows = (lines.count - 1) * 100
  print("")
  print(column("batch, \(rows) rows (csv)", 36) + column("1 thread", 14) + "\(cores) threads")
  func batch(_ threads: Int) -> Double {
    measure(1) {
      var reader = BatchReader(text: text, regions: regions)
      reader.threads = threads
      var run = BatchRun(regions: regions, options: EnsembleOptions(draws: 0, threads: threads))
      let stream = BatchStream(language: .nl, ranged: false)
      var written = 0
      while !reader.isFinished {
        let rows = run.assess(reader.next(BatchResult.chunkRows(draws: 0)))
        written += stream.csvBytes(rows, threads: threads).count
      }
      _ = run.totals()
      precondition(written > 0)
    }
  }
  print(
    column("in process", 36) + column(String(format: "%.2f s", batch(1) / 1e6), 14)
      + String(format: "%.2f s", batch(cores) / 1e6))
  let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    .appendingPathComponent("housing-effect")
  let input = FileManager.default.temporaryDirectory.appendingPathComponent(
    "housing-effect-bench-\(rows).csv")
  if FileManager.default.isExecutableFile(atPath: binary.path),
    (try? Data(text.utf8).write(to: input)) != nil
  {
    defer { try? FileManager.default.removeItem(at: input) }
    func process(_ threads: Int) -> Double {
      measure(3) {
        let child = Process()
        child.executableURL = binary
        child.arguments = [
          "batch", input.path, "--format", "csv", "--threads", String(threads), "--output",
          "/dev/null",
        ]
        try? child.run()
        child.waitUntilExit()
      }
    }
    print(
      column("whole process (target ≤ 1.5 s)", 36)
        + column(String(format: "%.2f s", process(1) / 1e6), 14)
        + String(format: "%.2f s", process(cores) / 1e6))
  }
}

print("")
projectionCase()

let count = 200_000
let document = Array(
  ("[" + (0..<count).map { "{\"v\": \($0), \"s\": \"x\($0)\"}" }.joined(separator: ",") + "]").utf8)
let parse = measure(5) { _ = JSONParser.parse(document) }
let megabytes = Double(document.count) / 1_000_000
print(
  "JSON parser: \(megabytes.rounded()) MB in \(microseconds(parse)), \((megabytes / (parse / 1e6)).rounded()) MB/s"
)
if measured == 0 {
  FileHandle.standardError.write(
    Data("housing-effect-bench: no establishment in '\(options.scenarios)'\n".utf8))
  exit(66)
}
