/// Monte Carlo ranges for a study: the baseline, each alternative, and each difference
/// (alternative − baseline), for every key indicator in every compared year.
///
/// Every run uses the same seed, so draw `d` of an alternative sees the same uniform numbers
/// as draw `d` of the baseline for every parameter the two share (common random numbers; see
/// ``ParameterSampler``). A difference is taken draw by draw before its percentiles, so it
/// reflects what the alternative changes, not the uncertainty both share: its band is tight
/// where the runs move together.
public struct ComparisonEnsemble: Sendable {
  /// The bands of one run, per compared year, in ``Assessment/keyIndicatorIDs`` order.
  public struct Bands: Sendable, Hashable {
    /// The compared calendar years, in order.
    public var years: [Int]
    /// Per year (outer) the band of every key indicator (inner).
    public var values: [[Percentiles]]

    /// The band of `id` in `year`.
    public func band(_ id: IndicatorID, year: Int) -> Percentiles? {
      guard let slot = years.firstIndex(of: year),
        let column = Assessment.keyIndicatorIDs.firstIndex(of: id)
      else { return nil }
      return values[slot][column]
    }
  }

  /// The draws, seed and threads of the runs.
  public let options: EnsembleOptions
  /// The baseline's bands.
  public let baseline: Bands
  /// Per alternative, in ``Comparison/alternatives`` order.
  public let alternatives: [Bands]
  /// Per alternative: the bands of `alternative − baseline`, draw by draw.
  public let deltas: [Bands]

  /// Runs `options.draws` draws of the baseline and of every alternative of `comparison`, all
  /// with the same seed, and summarises every compared year; `progress` counts the runs.
  public init(
    _ comparison: Comparison, region: HostRegion, catalog: ParameterCatalog = .standard,
    options: EnsembleOptions, progress: WorkProgress? = nil
  ) {
    let years = comparison.years.map(\.year)
    let runs = ([comparison.study.baseline] + comparison.alternatives.map(\.establishment)).map {
      AssessmentEnsemble.Run($0, region: region, catalog: catalog, years: years)
    }
    // One row per draw: the baseline, then per alternative its numbers and its difference
    // from the baseline, so the bands come from bounded memory in one call.
    let width = runs[0].width
    // Per worker and run, a parameter set redrawn in place and the stages' year arrays
    // written again for each draw (`AssessmentEnsemble.Run.Worker`).
    let sets = Ensemble.WorkerSlots(threads: options.threads) { runs.map { $0.worker() } }
    let percentiles = Ensemble.percentiles(
      draws: options.draws, width: width * (2 * runs.count - 1), threads: options.threads,
      progress: progress, unitsPerDraw: runs.count,
      byWorker: { worker, draw, row in
        sets.withSlot(worker) { sets in
          for (slot, run) in runs.enumerated() {
            let start = slot == 0 ? 0 : width * (2 * slot - 1)
            let part = UnsafeMutableBufferPointer(rebasing: row[start..<start + width])
            run.fill(part, draw: draw, seed: options.seed, reusing: &sets[slot])
            if slot > 0 {
              for column in 0..<width { row[start + width + column] = part[column] - row[column] }
            }
          }
        }
      })
    func bands(_ part: Int) -> Bands {
      let columns = Assessment.keyIndicatorIDs.count
      let offset = part * width
      return Bands(
        years: years,
        values: years.indices.map {
          Array(percentiles[offset + $0 * columns..<offset + ($0 + 1) * columns])
        })
    }
    self.options = options
    baseline = bands(0)
    alternatives = runs.indices.dropFirst().map { bands(2 * $0 - 1) }
    deltas = runs.indices.dropFirst().map { bands(2 * $0) }
  }
}
