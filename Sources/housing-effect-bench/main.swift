// housing-effect-bench: how fast the model and the loaders run, measured in a release build.
//
//   swift run -c release housing-effect-bench [--scenarios DIR] [--repeat N] [--projection]
//
// --projection runs only the projection case: 10,000 draws × 31 municipalities × every year
// from 2022 to 2050 on one path, on one thread and on every core.
//
// Prints, per example establishment, the time to load and assess it, to render the Dutch text
// report and the JSON document, and the throughput of the JSON parser on a large document.
// Timing lives here, never in tests (see Docs/design-notes.md).
import Foundation
import HousingEffect
import HousingEffectReports

struct Options {
  var scenarios = "Scenarios"
  var repetitions = 200
  var projectionOnly = false
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
    case "--projection":
      options.projectionOnly = true
    case "-h", "--help":
      print("usage: housing-effect-bench [--scenarios DIR] [--repeat N] [--projection]")
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

/// The projection case: every Limburg municipality from 2022 to 2050 along the 2030-expectation
/// path with 10,000 draws (sampling, stock-flow, households, housing, facilities, percentiles).
/// The municipal bases are a benchmark input (the province total shared by population), not
/// data: no source gives them, which is why `project` asks a study for them.
func projectionCase() {
  let municipalities = RegionData.limburg.municipalities.filter(\.isInLimburg)
  let population = municipalities.reduce(0) { $0 + Double($1.population.value) }
  let bases = municipalities.map {
    ProjectionStudy.Base(
      region: $0.name, year: 2022, working: 82895 * Double($0.population.value) / population,
      source: "benchmark input")
  }
  let areas = municipalities.compactMap {
    try? ProjectionArea.resolve($0.name, regions: .limburg, bases: bases, supply: []).get()
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
