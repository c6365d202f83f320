import HousingEffect

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// `--draws`, `--seed` and `--threads`: the Monte Carlo options of every command that shows
/// ranges. One list, read by the parser, the help text and the commands.
enum EnsembleArguments {
  static let draws = OptionDescriptor.option(
    "draws", value: "N",
    help: "Monte Carlo draws for the P10–P90 ranges; 0 gives point estimates only.",
    nl: "Monte-Carlotrekkingen voor de P10–P90-bandbreedtes; 0 geeft alleen puntschattingen.",
    default: String(EnsembleOptions.defaultDraws))
  static let seed = OptionDescriptor.option(
    "seed", value: "S", help: "Seed of the draws: the same seed gives the same ranges.",
    nl: "Zaadgetal van de trekkingen: hetzelfde zaadgetal geeft dezelfde bandbreedtes.",
    default: String(EnsembleOptions.defaultSeed))
  static let threads = OptionDescriptor.option(
    "threads", value: "T",
    help: "Worker threads for the draws (default: every core); the result never depends on it.",
    nl: "Threads voor de trekkingen (standaard: elke kern); de uitkomst hangt er nooit van af.")

  /// `batch`'s `--draws`: ranges per row cost their draws for every row, so none by default.
  static let batchDraws = OptionDescriptor.option(
    "draws", value: "N",
    help: "Monte Carlo draws per row for P10–P90 of the headline columns; 0 (default) gives "
      + "point values only.",
    nl: "Monte-Carlotrekkingen per rij voor P10–P90 van de kernkolommen; 0 (standaard) geeft "
      + "alleen puntwaarden.",
    default: "0")

  static let descriptors = [draws, seed, threads] + RunBudget.descriptors

  /// The options from the command line; threads default to the machine's cores, draws to
  /// `defaultDraws` when `--draws` is not given.
  static func options(
    _ parsed: ParsedArguments, defaultDraws: Int = EnsembleOptions.defaultDraws
  ) throws(ArgumentError) -> EnsembleOptions {
    var draws = defaultDraws
    if let text = parsed.values(Self.draws).last {
      if let plain = ParsedArguments.withoutGrouping(text) {
        throw .groupedNumber(option: Self.draws.longName, value: text, suggestion: plain)
      }
      guard let value = Int(text), (0...EnsembleOptions.maximumDraws).contains(value) else {
        throw .invalidNumber(
          option: Self.draws.longName, value: text,
          expected: Words(
            "a whole number of draws from 0 to 1000000, e.g. 2000",
            nl: "een geheel aantal trekkingen van 0 tot en met 1000000, bijvoorbeeld 2000"))
      }
      draws = value
    }
    var seed = EnsembleOptions.defaultSeed
    if let text = parsed.value(Self.seed) {
      guard let value = UInt64(text) else {
        throw .invalidNumber(
          option: Self.seed.longName, value: text,
          expected: Words(
            "a whole number from 0 to 18446744073709551615, e.g. 42",
            nl: "een geheel getal van 0 tot en met 18446744073709551615, bijvoorbeeld 42"))
      }
      seed = value
    }
    let threads =
      try parsed.integer(
        Self.threads, in: 1...EnsembleOptions.maximumThreads,
        expected: Words(
          "a whole number of threads from 1 to \(EnsembleOptions.maximumThreads), e.g. 2",
          nl: "een geheel aantal threads van 1 tot en met \(EnsembleOptions.maximumThreads), "
            + "bijvoorbeeld 2"))
      ?? ProcessInfo.processInfo.activeProcessorCount
    return EnsembleOptions(draws: draws, seed: seed, threads: threads)
  }
}
