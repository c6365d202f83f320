import Foundation
import HousingEffect

/// `--draws`, `--seed` and `--threads`: the Monte Carlo options of every command that shows
/// ranges. One list, read by the parser, the help text and the commands.
enum EnsembleArguments {
  static let draws = OptionDescriptor.option(
    "draws", value: "N",
    help: "Monte Carlo draws for the P10–P90 ranges; 0 gives point estimates only.",
    default: String(EnsembleOptions.defaultDraws))
  static let seed = OptionDescriptor.option(
    "seed", value: "S", help: "Seed of the draws: the same seed gives the same ranges.",
    default: String(EnsembleOptions.defaultSeed))
  static let threads = OptionDescriptor.option(
    "threads", value: "T",
    help: "Worker threads for the draws (default: every core); the result never depends on it.")

  static let descriptors = [draws, seed, threads]

  /// The options from the command line; threads default to the machine's cores.
  static func options(_ parsed: ParsedArguments) throws(ArgumentError) -> EnsembleOptions {
    let draws =
      try parsed.integer(
        Self.draws, in: 0...EnsembleOptions.maximumDraws,
        expected: "a whole number of draws from 0 to 1000000, e.g. 2000")
      ?? EnsembleOptions.defaultDraws
    var seed = EnsembleOptions.defaultSeed
    if let text = parsed.value(Self.seed) {
      guard let value = UInt64(text) else {
        throw .invalidNumber(
          option: Self.seed.longName, value: text,
          expected: "a whole number from 0 to 18446744073709551615, e.g. 42")
      }
      seed = value
    }
    let threads =
      try parsed.integer(
        Self.threads, in: 1...EnsembleOptions.maximumThreads,
        expected: "a whole number of threads from 1 to \(EnsembleOptions.maximumThreads), e.g. 2")
      ?? ProcessInfo.processInfo.activeProcessorCount
    return EnsembleOptions(draws: draws, seed: seed, threads: threads)
  }
}
