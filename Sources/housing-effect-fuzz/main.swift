// housing-effect-fuzz: long fuzz runs of the loaders, the pipeline, the reports and the commands.
//
//   housing-effect-fuzz [--count N] [--seed S] [--jobs J] [--scenarios DIR] [--replay INDEX]
//
// Generates seeded inputs of every kind (`FuzzGenerator`): mutated example establishments,
// every catalogue parameter overridden at edge values, study files (mutated examples and
// generated chains of alternatives) and region CSVs. Establishment inputs go through the
// loader, the assessment and the JSON and Dutch text reports (`FuzzOracle`); every input also
// goes through one command and format of the real tool, in-process (`CLIOracle`: check, assess,
// explain, compare, regions; text, Markdown, HTML, CSV, JSON), rotating so all are covered.
// Build it in release for long runs:
//
//   swift build -c release --product housing-effect-fuzz
//
// Input i depends only on the seed and i, so `--jobs` changes the speed, not the inputs. A crash
// prints the index of the input (with several jobs, the input each job was on); `--replay
// INDEX` with the same seed prints that input and runs it alone. Exit status: 0 when every invariant held, 1 when one failed, 64 for a bad
// command line.

import Foundation
import HousingEffect
import _Fuzzing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

struct Options {
  var count: UInt64 = 200_000
  var seed: UInt64 = 1
  /// The repository's `Scenarios/`, found from this source file.
  var scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Scenarios").standardizedFileURL.path
  var replay: UInt64?
  /// Worker threads; inputs are dealt out round-robin.
  var jobs = 1
}

/// Writes a line to standard output at once (unbuffered, so nothing is lost in a crash).
func say(_ text: String) {
  FileHandle.standardOutput.write(Data((text + "\n").utf8))
}

func complain(_ text: String) {
  FileHandle.standardError.write(Data(text.utf8))
}

func usage(_ message: String) -> Never {
  complain(
    "housing-effect-fuzz: \(message)\n"
      + "usage: housing-effect-fuzz [--count N] [--seed S] [--jobs J] [--scenarios DIR] "
      + "[--replay INDEX]\n")
  exit(64)
}

func parseOptions(_ arguments: [String]) -> Options {
  var options = Options()
  var iterator = arguments.makeIterator()
  while let argument = iterator.next() {
    func number() -> UInt64 {
      guard let text = iterator.next(),
        let value = UInt64(text.replacingOccurrences(of: "_", with: ""))
      else { usage("\(argument) needs a whole number") }
      return value
    }
    switch argument {
    case "--count": options.count = number()
    case "--seed": options.seed = number()
    case "--replay": options.replay = number()
    case "--jobs": options.jobs = Int(min(max(number(), 1), 64))
    case "--scenarios":
      guard let path = iterator.next() else { usage("--scenarios needs a directory") }
      options.scenarios = path
    case "-h", "--help":
      say(
        "housing-effect-fuzz: feeds seeded mutations of the example establishment files to the "
          + "loader, the pipeline and the reports.\n"
          + "usage: housing-effect-fuzz [--count N] [--seed S] [--jobs J] [--scenarios DIR] "
          + "[--replay INDEX]")
      exit(0)
    default: usage("unknown argument '\(argument)'")
    }
  }
  return options
}

// MARK: - Crash report

/// The input each job is checking, for the crash handler; set before each input.
nonisolated(unsafe) let currentIndices = UnsafeMutablePointer<UInt64>.allocate(capacity: 64)
nonisolated(unsafe) var jobCount = 1
nonisolated(unsafe) var currentSeed: UInt64 = 0
/// Allocated up front: the handler may not allocate.
nonisolated(unsafe) let crashBuffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)

/// On a trap or fault, writes "CRASH … on input INDEX of seed S" (with several jobs, each job's
/// current input) using only async-signal-safe calls, then dies of the same signal.
func installCrashHandler() {
  let handler: @convention(c) (Int32) -> Void = { number in
    var length = 0
    func append(_ text: StaticString) {
      text.withUTF8Buffer { buffer in
        for byte in buffer where length < 250 {
          crashBuffer[length] = byte
          length += 1
        }
      }
    }
    func append(_ value: UInt64) {
      var divisor: UInt64 = 1
      while value / divisor >= 10 { divisor *= 10 }
      while divisor > 0, length < 250 {
        crashBuffer[length] = UInt8(truncatingIfNeeded: 0x30 + (value / divisor) % 10)
        length += 1
        divisor /= 10
      }
    }
    append("\nhousing-effect-fuzz: CRASH (signal ")
    append(UInt64(truncatingIfNeeded: number))
    append(") on input ")
    for job in 0..<min(jobCount, 8) {
      if job > 0 { append(" or ") }
      append(currentIndices[job])
    }
    append(" of seed ")
    append(currentSeed)
    append("; replay it with --seed ")
    append(currentSeed)
    append(" --replay INDEX\n")
    _ = write(2, crashBuffer, length)
    _ = signal(number, SIG_DFL)
    _ = raise(number)
  }
  for signalNumber in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] {
    _ = signal(signalNumber, handler)
  }
}

// MARK: - Inputs

func loadExamples(from directory: String) -> [JSONMutator.Example] {
  let examples = JSONMutator.examples(inDirectory: directory)
  if examples.isEmpty { usage("no example JSON files in '\(directory)'; use --scenarios DIR") }
  return examples
}

/// The input as text a terminal can show: printable ASCII as is, everything else escaped.
func escaped(_ bytes: [UInt8], limit: Int = 4_000) -> String {
  var text = ""
  for byte in bytes.prefix(limit) {
    switch byte {
    case 0x0A: text += "\\n\n"
    case 0x5C: text += "\\\\"
    case 0x20..<0x7F: text.append(Character(Unicode.Scalar(byte)))
    default: text += String(format: "\\x%02X", byte)
    }
  }
  if bytes.count > limit { text += "… (\(bytes.count) bytes in all)" }
  return text
}

// MARK: - Run

let options = parseOptions(Array(CommandLine.arguments.dropFirst()))
_ = loadExamples(from: options.scenarios)
currentSeed = options.seed
installCrashHandler()

let generator = FuzzGenerator(scenarios: options.scenarios)
let example = options.scenarios + "/venlo-ecommerce-dc.json"

/// A directory of its own for each job's input file.
func workDirectory(_ job: Int) -> String {
  let path = NSTemporaryDirectory() + "housing-effect-fuzz-\(getpid())-\(job)"
  try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  return path
}

/// The outcome of one input: the library oracle (establishment kinds) and one command.
func run(
  _ index: UInt64, seed: UInt64, directory: String
) -> (FuzzCase, FuzzOracle.Outcome?, CLIOracle.Outcome) {
  let input = generator.input(index, seed: seed)
  var library: FuzzOracle.Outcome?
  switch input.kind {
  case .establishment, .parameterEdge:
    library = FuzzOracle.check(input.bytes, rendering: .numbersOnly)
  case .projection:
    library = ReachOracle.projection(input.bytes, file: directory + "/" + input.fileName)
  case .batch:
    library = ReachOracle.batch(input.bytes)
  default: break
  }
  let choice = Int((index / 7) % 1_000)
  let cli = CLIOracle.check(input, choice: choice, directory: directory, example: example)
  return (input, library, cli)
}

if let index = options.replay {
  currentIndices[0] = index
  let input = generator.input(index, seed: options.seed)
  say("input \(index) of seed \(options.seed) (\(input.kind.rawValue)): \(input.description)")
  say(escaped(input.bytes, limit: Int.max))
  let (_, library, cli) = run(index, seed: options.seed, directory: workDirectory(0))
  say("library: \(library.map { "\($0)" } ?? "not run")\ncommand: \(cli)")
  exit(0)
}

say(
  "housing-effect-fuzz: \(options.count) inputs from seed \(options.seed) on \(options.jobs) "
    + "job(s), from \(generator.mutator.examples.count) establishment and "
    + "\(generator.studyMutator.examples.count) study examples in \(options.scenarios)")

/// Counts shared by the jobs.
final class Tally: @unchecked Sendable {
  // @unchecked: every access goes through `lock`.
  private let lock = NSLock()
  private(set) var done = 0
  private(set) var assessed = 0
  private(set) var rejected = 0
  private(set) var violations = 0
  private(set) var hangs = 0
  private(set) var nonFinite = 0
  private(set) var errorCodes: [DiagnosticCode: Int] = [:]
  private(set) var kinds: [String: Int] = [:]
  private(set) var kindSeconds: [String: Double] = [:]
  private(set) var statuses: [Int32: Int] = [:]

  /// Records one input; returns how many violations there are and whether to print progress.
  func record(
    _ input: FuzzCase, _ outcome: FuzzOracle.Outcome?, _ cli: CLIOracle.Outcome,
    seconds: Double
  ) -> (violations: Int, progress: String?) {
    lock.withLock {
      done += 1
      kinds[input.kind.rawValue, default: 0] += 1
      kindSeconds[input.kind.rawValue, default: 0] += seconds
      switch outcome {
      case .assessed: assessed += 1
      case .rejected(let codes):
        rejected += 1
        for code in codes { errorCodes[code, default: 0] += 1 }
      case nil: break
      case .violated(let problem):
        violations += 1
        if problem.contains("nan") || problem.contains("inf") || problem.contains("finite") {
          nonFinite += 1
        }
      }
      switch cli {
      case .ok(let status): statuses[status, default: 0] += 1
      case .violated(let problem):
        violations += 1
        if problem.contains("(a hang)") { hangs += 1 }
        if problem.contains("to standard output") { nonFinite += 1 }
      }
      let progress =
        done % 10_000 == 0
        ? "\(done) inputs: \(assessed) assessed, \(rejected) rejected, \(violations) "
          + "invariant failures" : nil
      return (violations, progress)
    }
  }
}

let tally = Tally()
let start = Date()
let jobs = options.jobs
jobCount = jobs
let seed = options.seed
let count = options.count
DispatchQueue.concurrentPerform(iterations: jobs) { job in
  let directory = workDirectory(job)
  var index = UInt64(job)
  while index < count {
    currentIndices[job] = index
    let started = Date()
    let (input, outcome, cli) = run(index, seed: seed, directory: directory)
    let (violations, progress) = tally.record(
      input, outcome, cli, seconds: Date().timeIntervalSince(started))
    var problems: [String] = []
    if case .violated(let problem)? = outcome { problems.append(problem) }
    if case .violated(let problem) = cli { problems.append(problem) }
    if !problems.isEmpty, violations <= 20 {
      complain(
        "INVARIANT FAILED on input \(index) of seed \(seed): \(problems.joined(separator: "; "))\n"
          + "  made by (\(input.kind.rawValue)): \(input.description)\n"
          + "  replay: housing-effect-fuzz --seed \(seed) --replay \(index)\n"
          + "  input:\n\(escaped(input.bytes))\n\n")
    }
    if let progress {
      say(progress + ", \(Int(Date().timeIntervalSince(start))) s")
    }
    index += UInt64(jobs)
  }
  try? FileManager.default.removeItem(atPath: directory)
}

let seconds = Date().timeIntervalSince(start)
say(
  "tried \(tally.done) inputs (seed \(seed)): of the establishment inputs "
    + "\(tally.assessed) loaded and assessed, \(tally.rejected) rejected with diagnostics; "
    + "0 crashes, \(tally.hangs) hangs, "
    + "\(tally.nonFinite) non-finite outputs, \(tally.violations) invariant failures "
    + "(\(Int(seconds)) s)")
say(
  "inputs by kind: "
    + tally.kinds.sorted { $0.key < $1.key }.map {
      "\($0.key) \($0.value) (\(Int(tally.kindSeconds[$0.key] ?? 0)) s)"
    }
    .joined(separator: ", "))
say(
  "command exit statuses: "
    + tally.statuses.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
    .joined(separator: ", "))
say("rejected establishment inputs by error code (an input can have several):")
for code in DiagnosticCode.allCases where tally.errorCodes[code] != nil {
  let padded = code.rawValue.padding(toLength: 34, withPad: " ", startingAt: 0)
  say("  \(padded)\(tally.errorCodes[code] ?? 0)")
}
exit(tally.violations == 0 ? 0 : 1)
