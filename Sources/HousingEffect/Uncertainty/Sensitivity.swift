/// Which parameters move the headline results most: one-at-a-time swings of every parameter
/// with a range (the tornado), and each parameter's share of the Monte Carlo variance.
///
/// A swing sets one parameter to the low and then the high end of its range, everything else
/// at its value, and runs the untraced pipeline for the same calendar year. `check`'s
/// "assumption drives the result" warnings read the same swings
/// (``Assessment/housingNeedSwings(catalog:used:)``). See Docs/methodology.md#sensitivity.
public struct Sensitivity: Sendable {
  /// A headline figure the tornado ranks parameters for: one key indicator or a sum of them.
  public struct Indicator: Sendable, Hashable, Codable {
    /// The indicator's id: a key indicator's, or a sum's own (`housing.need`).
    public var id: IndicatorID
    /// The key indicators added up, from ``Assessment/keyIndicatorIDs``.
    public var parts: [IndicatorID]
    /// The unit of the figure; `count` for a sum of unlike units.
    public var unit: Unit

    /// Short-stay beds + mid-stay rooms + long-stay dwellings at the peak: the housing need
    /// `check` ranks assumptions by (a sum of unlike units, for ranking only).
    public static let housingNeed = Indicator(
      id: "housing.need",
      parts: ["housing.shortStayBeds", "housing.midStayRooms", "housing.longStayDwellings"],
      unit: .count)
    /// Short-stay beds + mid-stay rooms at the peak: the temporary places needed.
    public static let temporaryNeed = Indicator(
      id: "housing.temporaryNeed", parts: ["housing.shortStayBeds", "housing.midStayRooms"],
      unit: .beds)
    /// Long-stay dwellings at the peak.
    public static let longStayDwellings = Indicator(
      id: "housing.longStayDwellings", parts: ["housing.longStayDwellings"], unit: .dwellings)
    /// The shortfall of temporary beds at the peak (`housing.shortfallBeds`).
    public static let shortfall = Indicator(
      id: "housing.shortfallBeds", parts: ["housing.shortfallBeds"], unit: .beds)
    /// Labour migrants present on an average day.
    public static let labourMigrants = Indicator(
      id: "migration.labourMigrants", parts: ["migration.labourMigrants"], unit: .persons)

    /// The tornado's indicators, in report order.
    public static let headline = [
      housingNeed, temporaryNeed, longStayDwellings, shortfall, labourMigrants,
    ]

    /// The indicator with `id`, among the headline ones or any single key indicator.
    public static func named(_ id: String) -> Indicator? {
      if let found = headline.first(where: { $0.id.rawValue == id }) { return found }
      guard let position = Assessment.keyIndicatorIDs.firstIndex(of: IndicatorID(id)) else {
        return nil
      }
      return Indicator(
        id: IndicatorID(id), parts: [IndicatorID(id)], unit: Assessment.keyIndicatorUnits[position])
    }

    /// Every id `named(_:)` accepts.
    public static var allIDs: [String] {
      headline.map(\.id.rawValue)
        + Assessment.keyIndicatorIDs.map(\.rawValue).filter { id in
          !headline.contains { $0.id.rawValue == id }
        }
    }

    /// The columns of ``parts`` in a key-indicator row.
    var columns: [Int] { parts.compactMap { Assessment.keyIndicatorIDs.firstIndex(of: $0) } }

    func value(_ row: [Double]) -> Double { columns.reduce(0) { $0 + row[$1] } }
  }

  /// One parameter's effect on one indicator.
  public struct Swing: Sendable, Hashable, Codable {
    /// The parameter swung.
    public var parameter: ParameterID
    /// The ends of the range swung over: the override's own range, else the catalogue's.
    public var low: Double
    /// The high end of the range swung over.
    public var high: Double
    /// The indicator with the parameter at `low` and at `high`.
    public var atLow: Double
    /// The indicator with the parameter at `high`.
    public var atHigh: Double
    /// Whether the value in force is an assumption (no published source).
    public var isAssumption: Bool
    /// The squared Spearman rank correlation of the parameter with the indicator over the Monte
    /// Carlo draws: roughly its share of the variance. `nil` without draws.
    public var varianceShare: Double?

    /// The size of the change from low to high.
    public var size: Double { abs(atHigh - atLow) }
  }

  /// The tornado of one indicator.
  public struct Result: Sendable, Hashable {
    /// The indicator ranked for.
    public var indicator: Indicator
    /// The indicator with every parameter at its value.
    public var base: Double
    /// Largest swing first (ties by parameter id).
    public var swings: [Swing]
  }

  /// The calendar year the indicators are read in.
  public let year: Int
  /// One tornado per indicator asked for, in the order asked.
  public let results: [Result]
  /// The draws behind ``Swing/varianceShare``; `nil` when none were made.
  public let options: EnsembleOptions?

  /// Swings every parameter `assessment` uses that has a range (overrides without one are
  /// fixed), for `indicators` in `year` (default: the full-operation year); with `options`,
  /// also the rank correlations over that many draws. `used`, when given, is the assessment's
  /// ``Assessment/parametersUsed`` gathered already.
  public init(
    _ assessment: Assessment, catalog: ParameterCatalog = .standard,
    indicators: [Indicator] = Indicator.headline, year: Int? = nil,
    options: EnsembleOptions? = nil, used: [ParameterID]? = nil
  ) {
    let year = year ?? assessment.fullOperationYear
    let run = AssessmentEnsemble.Run(
      assessment.establishment, region: assessment.region, catalog: catalog, years: [year])
    var base = run.sampler.base
    base.tracing = false
    // The key-indicator columns of each indicator, found once: by id they cost a search of the
    // key indicators' names per draw and per swing (issue 18).
    let columns = indicators.map(\.columns)
    // The swings run the stages in one storage, reused from run to run as a draw's worker
    // does (§70), and keep only the indicators' values.
    var storage = Assessment.Storage()
    var row = [Double](repeating: 0, count: run.width)
    func values(_ parameters: ParameterSet) -> [Double] {
      row.withUnsafeMutableBufferPointer {
        run.fill($0, parameters: parameters, reusing: &storage)
      }
      return columns.map { $0.reduce(0) { $0 + row[$1] } }
    }
    let baseValues = values(base)

    // One-at-a-time swings, over the parameters the traced run used.
    var swung: [(id: ParameterID, low: Double, high: Double, values: ([Double], [Double]))] = []
    for id in used ?? assessment.parametersUsed {
      guard let position = catalog.position(of: id),
        let distribution = run.sampler.distributions[position]
      else { continue }
      swung.append(
        (
          id, distribution.low, distribution.high,
          (
            values(base.replacing(id, with: distribution.low)),
            values(base.replacing(id, with: distribution.high))
          )
        ))
    }

    // Rank correlations over the draws.
    var shares: [ParameterID: [Double]] = [:]
    if let options, options.draws >= Sensitivity.minimumDrawsForShares {
      // Per draw only the indicators' values are kept, not every key indicator, and beside
      // them the drawn value of every swung parameter. Per worker, a parameter set redrawn in
      // place with the stages' year arrays (`AssessmentEnsemble.Run.Worker`) and a row of key
      // indicators, reused from draw to draw.
      let positions = swung.compactMap { catalog.position(of: $0.id) }
      let scratch = Ensemble.WorkerSlots(threads: options.threads) {
        (run.worker(), [Double](repeating: 0, count: run.width))
      }
      let sums = Ensemble.run(
        draws: options.draws, width: indicators.count + positions.count,
        threads: options.threads,
        byWorker: { worker, draw, row in
          scratch.withSlot(worker) { scratch in
            scratch.1.withUnsafeMutableBufferPointer {
              run.fill($0, draw: draw, seed: options.seed, reusing: &scratch.0)
            }
            for (slot, parts) in columns.enumerated() {
              row[slot] = parts.reduce(0) { $0 + scratch.1[$1] }
            }
            for (slot, position) in positions.enumerated() {
              row[indicators.count + slot] = scratch.0.set.value(at: position)
            }
          }
        })
      let outcomes = indicators.indices.map { Deviations(Sensitivity.ranks(sums.column($0))) }
      for (slot, swing) in swung.enumerated() {
        let ranks = Deviations(Sensitivity.ranks(sums.column(indicators.count + slot)))
        shares[swing.id] = outcomes.map { outcome in
          let rho = Sensitivity.correlation(ranks, outcome)
          return rho * rho
        }
      }
    }

    self.year = year
    self.options = options
    results = indicators.enumerated().map { index, indicator in
      let swings = swung.map { swing in
        let parameter = catalog[swing.id]
        let provenance = parameter.flatMap {
          ($0.entry(on: assessment.asOf) ?? $0.values.first)?.provenance
        }
        return Swing(
          parameter: swing.id, low: swing.low, high: swing.high,
          atLow: swing.values.0[index], atHigh: swing.values.1[index],
          isAssumption: !(run.sampler.base.isOverridden(swing.id))
            && (provenance?.isAssumption ?? false),
          varianceShare: shares[swing.id]?[index])
      }
      return Result(
        indicator: indicator, base: baseValues[index],
        swings: swings.sorted { ($0.size, $1.parameter) > ($1.size, $0.parameter) })
    }
  }

  /// The fewest draws variance shares are computed from: 100. With a handful of draws a rank
  /// correlation is ±1 or ±0.5 by chance (`--draws 3` gave shares adding up to 2,475 %); from
  /// 100 draws its standard error, about 1/√(n − 1), is 0.1. An assumption (issue 22): below it
  /// the shares are left out and the report says why.
  public static let minimumDrawsForShares = 100

  /// Whether the variance shares were computed (enough draws were made).
  public var hasShares: Bool { (options?.draws ?? 0) >= Self.minimumDrawsForShares }

  /// Ranks from 1, ties sharing their average rank.
  static func ranks(_ values: [Double]) -> [Double] {
    let order = increasingOrder(values)
    let count = values.count
    // Through the buffers: the array subscripts' bounds checks were most of this pass (issue 18).
    // `order` is a permutation of the positions, so every rank is written.
    return [Double](unsafeUninitializedCapacity: count) { ranks, initialized in
      values.withUnsafeBufferPointer { values in
        order.withUnsafeBufferPointer { order in
          var start = 0
          while start < count {
            let value = values[order[start]]
            var end = start
            while end + 1 < count, values[order[end + 1]] == value { end += 1 }
            let average = Double(start + end) / 2 + 1
            for index in start...end { ranks[order[index]] = average }
            start = end + 1
          }
        }
      }
      initialized = count
    }
  }

  /// The positions of `values` in increasing order of value, equal values side by side.
  ///
  /// Sorting positions with a closure that reads `values` took a quarter of a sensitivity run
  /// (issue 18). Draws spread over their range, so positions are first dealt into as many
  /// buckets as values by where their value lies between the smallest and the largest (a
  /// mapping that never decreases with the value, so a bucket holds only values between
  /// those of its neighbours), and then each bucket is put in order: by insertion when it
  /// is small, by the standard sort otherwise. Without a finite spread and scale, the standard
  /// sort.
  static func increasingOrder(_ values: [Double]) -> [Int] {
    let count = values.count
    guard count > 1 else { return Array(0..<count) }
    // The smallest and the largest as `min()` and `max()` find them (the first of equals,
    // NaN compared by `<`), and whether there is a NaN, in one pass instead of three.
    var low = values[0]
    var high = values[0]
    var hasNaN = low.isNaN
    values.withUnsafeBufferPointer { values in
      for position in 1..<count {
        let value = values[position]
        if value < low { low = value }
        if high < value { high = value }
        if value.isNaN { hasNaN = true }
      }
    }
    let spread = high - low
    let scale = Double(count) / spread
    // A spread of a few subnormals gives no finite scale (and 0 × ∞ no bucket).
    guard spread.isFinite, spread > 0, scale.isFinite, !hasNaN else {
      var order = Array(0..<count)
      if spread != 0 || hasNaN { order.sort { values[$0] < values[$1] } }
      return order
    }
    // Only the counts start at zero: the buckets and the order are written before they are
    // read, so they are not filled first, and the order is dealt without a copy of the starts
    // (issue 18).
    let buckets = UnsafeMutableBufferPointer<Int>.allocate(capacity: count)
    defer { buckets.deallocate() }
    // `edges[b + 1]`: bucket `b`'s size, then its end, then (once dealt) its start.
    let edges = UnsafeMutableBufferPointer<Int>.allocate(capacity: count + 2)
    defer { edges.deallocate() }
    edges.initialize(repeating: 0)
    return [Int](unsafeUninitializedCapacity: count) { order, initialized in
      values.withUnsafeBufferPointer { values in
        for position in 0..<count {
          let bucket = min(count - 1, Int((values[position] - low) * scale))
          buckets[position] = bucket
          edges[bucket + 1] += 1
        }
        for bucket in 0..<count { edges[bucket + 1] += edges[bucket] }
        // The last position first, each to the end of its bucket's free part: every bucket
        // holds its positions in increasing order, as dealing them first to last would.
        var position = count
        while position > 0 {
          position -= 1
          let bucket = buckets[position]
          edges[bucket + 1] -= 1
          order[edges[bucket + 1]] = position
        }
        edges[count + 1] = count
        for bucket in 0..<count where edges[bucket + 2] - edges[bucket + 1] > 1 {
          let range = edges[bucket + 1]..<edges[bucket + 2]
          if range.count > 16 {
            order[range].sort { values[$0] < values[$1] }
            continue
          }
          for index in range.dropFirst() {
            let position = order[index]
            var slot = index
            while slot > range.lowerBound, values[order[slot - 1]] > values[position] {
              order[slot] = order[slot - 1]
              slot -= 1
            }
            order[slot] = position
          }
        }
      }
      initialized = count
    }
  }

  /// A series' deviations from its mean and their sum of squares: the parts of a Pearson
  /// correlation that depend on one side, computed once per series rather than once per pair.
  struct Deviations {
    var values: [Double]
    var squares: Double

    init(_ series: [Double]) {
      let mean = series.reduce(0, +) / Double(series.count)
      values = series.map { $0 - mean }
      squares = values.reduce(0) { $0 + $1 * $1 }
    }
  }

  /// Pearson correlation; 0 when either side does not vary.
  static func correlation(_ a: Deviations, _ b: Deviations) -> Double {
    guard a.values.count > 1 else { return 0 }
    var covariance = 0.0
    for index in a.values.indices { covariance += a.values[index] * b.values[index] }
    guard a.squares > 0, b.squares > 0 else { return 0 }
    return covariance / (a.squares * b.squares).squareRoot()
  }
}
