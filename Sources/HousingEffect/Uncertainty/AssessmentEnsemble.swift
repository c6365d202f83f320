/// Monte Carlo ranges for one establishment: P10, P50 and P90 of every key indicator in every
/// year of the timeline.
///
/// Each draw runs the same pipeline stages as the traced assessment (``Assessment``), with a
/// drawn ``ParameterSet`` and no trace. See Docs/methodology.md#uncertainty.
public struct AssessmentEnsemble: Sendable {
  /// The ranges of one calendar year, in ``Assessment/keyIndicatorIDs`` order.
  public struct Year: Sendable, Hashable {
    /// The calendar year.
    public var year: Int
    /// P10, P50 and P90 of every key indicator, in ``Assessment/keyIndicatorIDs`` order.
    public var ranges: [Percentiles]
  }

  /// A parameter that did not vary, and why.
  public struct FixedParameter: Sendable, Hashable, Codable {
    /// The parameter.
    public var id: ParameterID
    /// Why it stayed fixed: no range, an override without one, or a policy choice.
    public var reason: ParameterSampler.FixedReason
  }

  /// The draws, seed and threads of the run.
  public let options: EnsembleOptions
  /// The ranges per calendar year, in the order of the years asked.
  public let years: [Year]
  /// The parameters drawn from a distribution, in catalogue order.
  public let drawnParameters: [ParameterID]
  /// The parameters the assessment uses that stayed fixed in every draw.
  public let fixedParameters: [FixedParameter]
  /// Drawn parameters the assessment uses whose value sits at an end of its range (see
  /// ``ParameterSampler/oneSidedParameters``).
  public let oneSidedParameters: [ParameterID]
  /// ``years`` by calendar year and indicator, built once: reports look bands up per cell.
  private let byYear: [Int: [IndicatorID: Percentiles]]

  /// Runs `options.draws` draws of `establishment` and summarises every year in `years`.
  public init(
    _ establishment: Establishment, region: HostRegion, catalog: ParameterCatalog = .standard,
    years: [Int], used: [ParameterID] = [], options: EnsembleOptions,
    progress: WorkProgress? = nil
  ) {
    let run = AssessmentEnsemble.Run(
      establishment, region: region, catalog: catalog, years: years)
    let percentiles = run.percentiles(options, progress: progress)
    let width = Assessment.keyIndicatorIDs.count
    self.options = options
    self.years = years.enumerated().map { index, year in
      Year(year: year, ranges: Array(percentiles[index * width..<(index + 1) * width]))
    }
    byYear = Dictionary(
      self.years.map { entry in
        (
          entry.year,
          Dictionary(
            zip(Assessment.keyIndicatorIDs, entry.ranges).map { ($0, $1) },
            uniquingKeysWith: { first, _ in first })
        )
      }, uniquingKeysWith: { first, _ in first })
    drawnParameters = run.sampler.drawnParameters
    let usedSet = Set(used)
    fixedParameters = run.sampler.fixedParameters
      .filter { usedSet.isEmpty || usedSet.contains($0.id) }
      .map { FixedParameter(id: $0.id, reason: $0.reason) }
    oneSidedParameters = run.sampler.oneSidedParameters.filter {
      usedSet.isEmpty || usedSet.contains($0)
    }
  }

  /// The ranges of `year`, by indicator; `nil` off the summarised years.
  public func ranges(year: Int) -> [IndicatorID: Percentiles]? { byYear[year] }

  /// One establishment set up for drawing: the sampler over its overrides and the years to keep.
  ///
  /// A row of the matrix holds the key indicators of every year in `years`, year after year.
  public struct Run: Sendable {
    /// The establishment as given, overrides included.
    public let establishment: Establishment
    /// The host municipality.
    public let region: HostRegion
    /// The calendar years whose key indicators a row holds, in order.
    public let years: [Int]
    /// Draws the parameter sets: the catalogue at the establishment's date with its overrides.
    public let sampler: ParameterSampler
    /// The establishment without its overrides (the sampler holds them, drawn or fixed) and
    /// without the texts only reports show (name, description, sources): no stage reads them,
    /// and every draw's assessment copies and frees the establishment several times, each
    /// text a reference count to move (issue 18).
    private let bare: Establishment

    /// A run of `establishment` in `region` that keeps the key indicators of `years`.
    public init(
      _ establishment: Establishment, region: HostRegion, catalog: ParameterCatalog = .standard,
      years: [Int]
    ) {
      self.establishment = establishment
      self.region = region
      self.years = years
      sampler = ParameterSampler(
        ParameterSet(
          catalog: catalog, asOf: establishment.referenceDay, overrides: establishment.overrides))
      var bare = establishment
      bare.overrides = []
      bare.name = ""
      bare.description = nil
      bare.sources = []
      bare.texts = nil
      self.bare = bare
    }

    /// Numbers per row: every key indicator for every year.
    public var width: Int { years.count * Assessment.keyIndicatorIDs.count }

    /// The untraced assessment with the parameters `parameters` (all of them, overrides
    /// included), its timeline reaching the last year kept. It computes what the key
    /// indicators read (``fill(_:from:)``) and no more: its scorecard years are empty, and its
    /// establishment has no overrides, name, description, sources or texts.
    public func assessment(_ parameters: ParameterSet) -> Assessment {
      Assessment(
        bare, region: region, parameters: parameters, through: years.last, scope: .keyIndicators)
    }

    /// Writes the key indicators of `assessment` for every year into `row`.
    public func fill(_ row: UnsafeMutableBufferPointer<Double>, from assessment: Assessment) {
      write(row, from: assessment)
    }

    /// Writes the key indicators of `source` (an assessment, or a draw's stages) for every
    /// year into `row`, zeros for a year off its timeline.
    private func write<Source: KeyIndicatorSource>(
      _ row: UnsafeMutableBufferPointer<Double>, from source: borrowing Source
    ) {
      let count = Assessment.KeyIndicatorColumn.allCases.count
      for (slot, year) in years.enumerated() {
        let columns = UnsafeMutableBufferPointer(rebasing: row[slot * count..<(slot + 1) * count])
        guard let index = source.index(of: year) else {
          columns.update(repeating: 0)
          continue
        }
        source.writeKeyIndicators(at: index, into: columns)
      }
    }

    /// The bands of the columns `columns` (every column when `nil`) over the draws of
    /// `options`, from bounded memory (``Ensemble/percentiles(draws:width:columns:threads:budget:progress:unitsPerDraw:writesEveryNumber:_:)``).
    public func percentiles(
      _ options: EnsembleOptions, columns: [Int]? = nil, budget: Int = Ensemble.storageBudget,
      progress: WorkProgress? = nil
    ) -> [Percentiles] {
      // One parameter set and stage storage per worker, reused for each of its draws.
      let workers = Ensemble.WorkerSlots(threads: options.threads) { worker() }
      return Ensemble.percentiles(
        draws: options.draws, width: width, columns: columns, threads: options.threads,
        // `write(_:from:)` sets every key indicator of every kept year, 0 off the timeline.
        budget: budget, progress: progress, writesEveryNumber: true,
        byWorker: { index, draw, row in
          workers.withSlot(index) { fill(row, draw: draw, seed: options.seed, reusing: &$0) }
        })
    }

    /// A parameter set for one worker to redraw in place (`fill(_:draw:seed:reusing:)`).
    public func workerSet() -> ParameterSet { sampler.base.drawn(sampler.base.values) }

    /// What one worker reuses from draw to draw: its parameter set, redrawn in place, and the
    /// stages' year arrays, written again (issue 18). Holds no figure a later draw reads.
    public struct Worker: Sendable {
      var set: ParameterSet
      var storage = Assessment.Storage()
    }

    /// A worker's reusable state for this run (`fill(_:draw:seed:reusing:)`).
    public func worker() -> Worker { Worker(set: workerSet()) }

    /// Writes the key indicators of draw `draw` of `seed` into `row`, drawing its parameters
    /// into `worker`'s set and running the stages in `worker`'s year arrays: no allocation
    /// once the worker has run a draw as long. The same numbers as ``fill(_:from:)`` of the
    /// ``assessment(_:)`` of `sampler.parameterSet(forDraw: draw, seed: seed)`.
    public func fill(
      _ row: UnsafeMutableBufferPointer<Double>, draw: Int, seed: UInt64,
      reusing worker: inout Worker
    ) {
      sampler.redraw(&worker.set, forDraw: draw, seed: seed)
      fill(row, parameters: worker.set, reusing: &worker.storage)
    }

    /// Writes the key indicators of the ``assessment(_:)`` of `parameters` into `row`, running
    /// the stages in `storage`'s year arrays: a draw, or a sensitivity swing (issue 18). The
    /// stages alone: no assessment, so no copy of the establishment and the region.
    func fill(
      _ row: UnsafeMutableBufferPointer<Double>, parameters: borrowing ParameterSet,
      reusing storage: inout Assessment.Storage
    ) {
      var stages = Assessment.Stages(
        bare, region: region, parameters: parameters, through: years.last, scope: .keyIndicators,
        reusing: &storage)
      write(row, from: stages)
      stages.moveStorage(into: &storage)
    }

    /// Writes the key indicators of draw `draw` of `seed` into `row`, drawing its parameters
    /// into `set` (a ``workerSet()`` of this run, reused from draw to draw: no allocation).
    /// The same numbers as ``fill(_:from:)`` of the ``assessment(_:)`` of
    /// `sampler.parameterSet(forDraw: draw, seed: seed)`.
    public func fill(
      _ row: UnsafeMutableBufferPointer<Double>, draw: Int, seed: UInt64,
      reusing set: inout ParameterSet
    ) {
      sampler.redraw(&set, forDraw: draw, seed: seed)
      fill(row, from: assessment(set))
    }

    /// Every draw of `options`, one row each.
    public func matrix(_ options: EnsembleOptions) -> EnsembleMatrix {
      let workers = Ensemble.WorkerSlots(threads: options.threads) { worker() }
      return Ensemble.run(
        draws: options.draws, width: width, threads: options.threads,
        byWorker: { index, draw, row in
          workers.withSlot(index) { fill(row, draw: draw, seed: options.seed, reusing: &$0) }
        })
    }
  }
}
