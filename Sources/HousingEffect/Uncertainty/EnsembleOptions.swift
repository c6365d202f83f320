/// How many Monte Carlo draws to make, from which seed, on how many threads.
///
/// The thread count never changes a result: each draw has its own seeded stream and writes
/// its own row (see ``Ensemble``).
public struct EnsembleOptions: Sendable, Hashable, Codable {
  /// Number of draws; 0 means point estimates only.
  public var draws: Int
  /// The seed of the random streams; the same seed gives the same ranges, on any thread count.
  public var seed: UInt64
  /// Worker threads; the command line uses every core unless told otherwise.
  public var threads: Int

  /// The draws reports use unless told otherwise: 200 draws on each side of P10 and P90. Rerunning
  /// Venlo with five other seeds moved those ends by a few percent (methodology.md,
  /// "Draws, seeds and threads"); `--draws 10000` when the last digit matters.
  public static let defaultDraws = 2_000
  /// The seed reports use unless told otherwise, so the same file gives the same ranges.
  public static let defaultSeed: UInt64 = 20_260_401
  /// The largest accepted `--draws`. The bands come from bounded storage at any count
  /// (``Ensemble/storageBudget``); the command line asks for `--allow-long-run` when the
  /// draws make a run long (``RunCost``).
  public static let maximumDraws = 1_000_000
  /// The largest accepted `--threads`.
  public static let maximumThreads = 256

  /// Options; the defaults are those of the reports (2,000 draws, the fixed seed) on one thread.
  public init(
    draws: Int = EnsembleOptions.defaultDraws, seed: UInt64 = EnsembleOptions.defaultSeed,
    threads: Int = 1
  ) {
    self.draws = draws
    self.seed = seed
    self.threads = threads
  }
}
