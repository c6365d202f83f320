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
}
