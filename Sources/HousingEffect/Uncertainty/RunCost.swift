/// What a run with draws will cost, estimated before it starts (issue 22, design-notes §40):
/// the bytes of draws it holds at once and the pipeline runs it makes.
///
/// A pipeline run is one assessment of one establishment through its timeline, or one
/// projection path of one area (without or with the study's establishments) through its years;
/// ``WorkProgress`` counts the same units, so the estimate is also the progress total. The
/// command line refuses a run above ``memoryLimit`` (never happens for the bands, which are
/// bounded by ``Ensemble/storageBudget``) and asks for confirmation above ``runLimit``.
public struct RunCost: Sendable, Hashable {
  /// Bytes of draws held at once (the storage of the bands, or the columns `sensitivity`
  /// correlates), not counting the program itself.
  public var bytes: Int
  /// Pipeline runs.
  public var runs: Int

  /// A cost of `bytes` held at once and `runs` pipeline runs.
  public init(bytes: Int, runs: Int) {
    self.bytes = bytes
    self.runs = runs
  }

  /// The memory every command stays under: 1 GiB.
  public static let memoryLimit = 1 << 30
  /// Pipeline runs above which the command line asks for `--allow-long-run`: 50 million. An
  /// assumption sized from issue 22's measurement (a batch of 1,000 rows with 1,000 draws, a
  /// million runs, took 14 s), so the limit is roughly ten to fifteen minutes on such a machine
  /// and far more on a slow one; projection runs cost more per run than assessments.
  public static let runLimit = 50_000_000

  /// Whether the run fits in ``memoryLimit``.
  public var fitsInMemory: Bool { bytes <= Self.memoryLimit }
  /// Whether the run is long enough to need confirmation.
  public var isLong: Bool { runs > Self.runLimit }

  /// Bytes of draws the bands of `columns` columns hold at once.
  static func bandBytes(draws: Int, columns: Int, budget: Int = Ensemble.storageBudget) -> Int {
    let stride = MemoryLayout<Double>.stride
    guard draws > 0, columns > 0 else { return 0 }
    let perPass = max(1, budget / (draws * stride))
    return min(columns, perPass) * draws * stride
  }

  /// `assess` (`runs` = 1) or `compare` (`runs` = the baseline and every alternative) with
  /// `years` years in the bands.
  public static func assessment(draws: Int, years: Int, runs: Int = 1) -> RunCost {
    let width = years * Assessment.keyIndicatorIDs.count * max(1, 2 * runs - 1)
    let passes = Ensemble.passes(draws: draws, columns: width)
    return RunCost(
      bytes: bandBytes(draws: draws, columns: width),
      runs: multiply(draws, passes, max(1, runs)))
  }

  /// `project` for areas of `width` numbers per run and `pathRuns` paths × variants each.
  public static func projection(draws: Int, areas: [(width: Int, pathRuns: Int)]) -> RunCost {
    var bytes = 0
    var runs = 0
    for area in areas {
      let passes = Ensemble.passes(draws: draws, columns: area.width)
      bytes = max(bytes, bandBytes(draws: draws, columns: area.width))
      runs = add(runs, multiply(draws, passes, area.pathRuns))
    }
    return RunCost(bytes: bytes, runs: runs)
  }

  /// The rows a batch assesses at once with `draws` draws on `threads` threads: each holds at
  /// least one column of its draws, so with many draws fewer rows run in parallel and together
  /// they stay within ``Ensemble/storageBudget``. The output never depends on it.
  public static func batchThreads(draws: Int, threads: Int) -> Int {
    let column = max(1, draws) * MemoryLayout<Double>.stride
    return max(1, min(threads, EnsembleOptions.maximumThreads, Ensemble.storageBudget / column))
  }

  /// The storage budget of one batch row's bands.
  public static func batchRowBudget(draws: Int, threads: Int) -> Int {
    Ensemble.storageBudget / batchThreads(draws: draws, threads: threads)
  }

  /// `batch` of `rows` rows with `draws` draws each, on `threads` threads.
  public static func batch(rows: Int, draws: Int, threads: Int) -> RunCost {
    let threads = batchThreads(draws: draws, threads: threads)
    let budget = batchRowBudget(draws: draws, threads: threads)
    let passes = Ensemble.passes(draws: draws, columns: batchBandColumns, budget: budget)
    let parallel = min(max(1, threads), max(1, rows))
    return RunCost(
      bytes: parallel * bandBytes(draws: draws, columns: batchBandColumns, budget: budget),
      runs: multiply(rows, add(1, multiply(draws, passes, 1)), 1))
  }

  /// The banded columns of a batch row.
  static let batchBandColumns = 5

  /// `sensitivity` of `indicators` indicators and `parameters` swung parameters: the draws of
  /// each indicator and parameter are kept for the rank correlations, with their ranks.
  public static func sensitivity(draws: Int, indicators: Int, parameters: Int) -> RunCost {
    let stride = MemoryLayout<Double>.stride
    // Values and ranks of each indicator, the drawn values of each parameter, and the
    // working arrays of one ranking (order, ranks, values).
    let columns = 2 * indicators + parameters + 4
    return RunCost(
      bytes: multiply(draws, columns, stride), runs: add(draws, 2 * parameters + 1))
  }

  /// `a × b × c`, saturating instead of trapping.
  static func multiply(_ a: Int, _ b: Int, _ c: Int) -> Int {
    let (ab, over) = a.multipliedReportingOverflow(by: b)
    guard !over else { return .max }
    let (abc, over2) = ab.multipliedReportingOverflow(by: c)
    return over2 ? .max : abc
  }

  static func add(_ a: Int, _ b: Int) -> Int {
    let (sum, over) = a.addingReportingOverflow(b)
    return over ? .max : sum
  }
}
