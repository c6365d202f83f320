import Foundation
import HousingEffect
import Testing
import _Fuzzing

/// One slice of the fuzz run: mutants `first..<first + count` of `seed`.
struct FuzzSlice: CustomTestStringConvertible, Sendable {
  var seed: UInt64
  var first: UInt64
  var count: UInt64
  var testDescription: String { "mutants \(first)..<\(first + count) of seed \(seed)" }
}

/// Seeded mutations of the example files through the loader, the pipeline and the reports.
///
/// Every input either loads and then gives finite, non-negative numbers and clean reports, or
/// is rejected with errors that each carry a message and a path or a line. A trap fails the
/// whole test run. For long runs use the `housing-effect-fuzz` tool in a release build.
@Suite("Fuzzing")
struct FuzzTests {
  static let seed: UInt64 = 20_260_404
  /// 12 slices of 850: 10,200 inputs, run in parallel.
  static let slices = (0..<12).map { FuzzSlice(seed: seed, first: UInt64($0) * 850, count: 850) }

  static let examples = JSONMutator.examples(
    inDirectory: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Scenarios").standardizedFileURL.path)

  static let mutator = JSONMutator(examples: examples)

  @Test("the six example files are the starting points")
  func examplesLoad() {
    #expect(Self.examples.count == 6)
    for example in Self.examples {
      #expect(FuzzOracle.check(example.bytes) == .assessed, "\(example.name)")
    }
  }

  @Test(
    "every mutant loads and assesses cleanly or is rejected with located errors", arguments: slices)
  func mutants(_ slice: FuzzSlice) {
    var assessed = 0
    var rejected = 0
    for index in slice.first..<slice.first + slice.count {
      let mutant = Self.mutator.mutant(index, seed: slice.seed)
      // The reports cost most in a debug build: render them for one input in sixteen.
      let rendering: FuzzOracle.Rendering = index % 16 == 0 ? .reports : .numbersOnly
      switch FuzzOracle.check(mutant.bytes, rendering: rendering) {
      case .assessed: assessed += 1
      case .rejected: rejected += 1
      case .violated(let problem):
        Issue.record(
          """
          Input \(index) of seed \(slice.seed) (\(mutant.description)): \(problem)
          Replay: swift run -c release housing-effect-fuzz --seed \(slice.seed) --replay \(index)
          """)
      }
    }
    // The mutations must reach both sides: valid inputs and each kind of rejection.
    #expect(assessed >= Int(slice.count) / 20, "only \(assessed) of \(slice.count) assessed")
    #expect(rejected >= Int(slice.count) / 2, "only \(rejected) of \(slice.count) rejected")
  }

  @Test("the mutants of a seed are the same on every run and differ between seeds")
  func deterministic() {
    for index: UInt64 in [0, 1, 999] {
      #expect(
        Self.mutator.mutant(index, seed: 1).bytes == Self.mutator.mutant(index, seed: 1).bytes)
    }
    let differing = (0..<50).filter {
      Self.mutator.mutant($0, seed: 1).bytes != Self.mutator.mutant($0, seed: 2).bytes
    }
    #expect(differing.count > 40)
  }

  @Test("across the run, the mutations produce every error an establishment file can have")
  func coverage() {
    var codes: Set<DiagnosticCode> = []
    let check = FuzzOracle.municipalityCheck(.limburg)
    for index: UInt64 in 0..<3_000 {
      let bytes = Self.mutator.mutant(index, seed: Self.seed).bytes
      let (_, diagnostics) = EstablishmentLoader.load(bytes, file: "fuzz.json", municipality: check)
      codes.formUnion(diagnostics.errors.map(\.code))
    }
    let expected: Set<DiagnosticCode> = [
      .malformedJSON, .duplicateKey, .tooDeep, .unsupportedSchemaVersion, .wrongType, .unknownKey,
      .missingField, .invalidValue, .shareOutOfRange, .sharesDoNotSumToOne, .negativeValue,
      .valueTooLarge, .yearOutOfRange, .yearsOutOfOrder, .contradictorySize, .missingSize,
      .unknownEstablishmentType, .unknownMunicipality, .unknownParameter, .overrideOutOfRange,
      .overrideWrongUnit,
    ]
    #expect(expected.subtracting(codes).isEmpty, "never produced: \(expected.subtracting(codes))")
  }

  // MARK: Every kind of input through every command (issue 10)

  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../Scenarios").standardizedFileURL.path
  static let generator = FuzzGenerator(scenarios: scenarios)

  /// 4 slices of 100 generated inputs; the release tool runs a million.
  static let commandSlices = (0..<4).map {
    FuzzSlice(seed: seed, first: UInt64($0) * 100, count: 100)
  }

  @Test(
    "every kind of input through every command: documented status, file named, finite output",
    arguments: commandSlices)
  func commands(_ slice: FuzzSlice) throws {
    let directory = NSTemporaryDirectory() + "housing-effect-fuzz-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    var kinds: Set<FuzzCase.Kind> = []
    for index in slice.first..<slice.first + slice.count {
      let input = Self.generator.input(index, seed: slice.seed)
      kinds.insert(input.kind)
      let outcome = CLIOracle.check(
        input, choice: Int(index), directory: directory,
        example: Self.scenarios + "/venlo-ecommerce-dc.json")
      if case .violated(let problem) = outcome {
        Issue.record(
          """
          Input \(index) of seed \(slice.seed) (\(input.kind.rawValue): \(input.description)): \(problem)
          Replay: swift run -c release housing-effect-fuzz --seed \(slice.seed) --replay \(index)
          """)
      }
    }
    #expect(kinds == Set(FuzzCase.Kind.allCases))
  }

  @Test("every catalogue parameter comes up at edge values and passes the oracle")
  func parameterEdges() {
    let ids = ParameterCatalog.standard.ids
    var seen: Set<ParameterID> = []
    for index in 0..<UInt64(ids.count) {
      let input = Self.generator.parameterEdge(index, seed: Self.seed)
      if case .violated(let problem) = FuzzOracle.check(input.bytes, rendering: .numbersOnly) {
        Issue.record("\(input.description): \(problem)")
      }
      seen.insert(ids[Int(index)])
    }
    #expect(seen.count == ids.count)
  }

  @Test("the command oracle finds nan, inf and infinity as words the input does not have")
  func nonFiniteWords() {
    #expect(CLIOracle.nonFiniteWord(in: "beds: inf", input: []) == "inf")
    #expect(CLIOracle.nonFiniteWord(in: "NaN beds", input: []) == "nan")
    #expect(CLIOracle.nonFiniteWord(in: "-Infinity;1", input: []) == "infinity")
    #expect(CLIOracle.nonFiniteWord(in: "Infos, nano, info, naNà", input: []) == nil)
    #expect(CLIOracle.nonFiniteWord(in: "name: nan", input: Array("nan".utf8)) == nil)
  }
}
