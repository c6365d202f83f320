/// The result of `project`: for every area, path, variant (without and with the study's
/// establishments), indicator and year, the central value (catalogue values) and, with draws,
/// P10/P50/P90 from the ensemble engine. See Docs/methodology.md#projection.
public struct Projection: Sendable {
  /// One area's figures.
  public struct AreaResult: Sendable {
    /// The area.
    public var area: ProjectionArea
    /// The projected calendar years, in order.
    public var years: [Int]
    /// The growth paths, in the study's order.
    public var paths: [GrowthPath]
    /// The variants computed: without, and with the study's establishments when it has any.
    public var variants: [ProjectionVariant]
    /// Central values, indexed by ``index(path:variant:indicator:year:)``.
    public var central: [Double]
    /// The bands, same layout; `nil` without draws.
    public var bands: [Percentiles]?

    /// The position in ``central`` and ``bands`` of a figure; `path`, `variant` and `year` are
    /// positions in ``paths``, ``variants`` and ``years``, not ids or calendar years.
    public func index(path: Int, variant: Int, indicator: ProjectionIndicator, year: Int) -> Int {
      ((path * variants.count + variant) * ProjectionIndicator.allCases.count
        + indicator.position) * years.count + year
    }

    /// The central value of `indicator` on the path at position `path` in calendar year `year`;
    /// `nil` when the year or variant was not projected.
    public func value(
      path: Int, variant: ProjectionVariant = .without, _ indicator: ProjectionIndicator,
      year: Int
    ) -> Double? {
      guard let v = variants.firstIndex(of: variant), let y = years.firstIndex(of: year) else {
        return nil
      }
      return central[index(path: path, variant: v, indicator: indicator, year: y)]
    }

    /// The P10–P90 band of `indicator` on the path at position `path` in calendar year `year`;
    /// `nil` without draws, or when the year or variant was not projected.
    public func band(
      path: Int, variant: ProjectionVariant = .without, _ indicator: ProjectionIndicator,
      year: Int
    ) -> Percentiles? {
      guard let bands, let v = variants.firstIndex(of: variant),
        let y = years.firstIndex(of: year)
      else { return nil }
      return bands[index(path: path, variant: v, indicator: indicator, year: y)]
    }

    /// The first value or band end below zero (or −0): every projection figure is a count of
    /// people, households, beds or dwellings. `nil` when there is none.
    public var firstNegative: (index: Int, value: Double)? {
      func negative(_ value: Double) -> Bool { value < 0 || (value == 0 && value.sign == .minus) }
      if let index = central.firstIndex(where: negative) { return (index, central[index]) }
      for (index, band) in (bands ?? []).enumerated() {
        for value in [band.p10, band.p50, band.p90] where negative(value) { return (index, value) }
      }
      return nil
    }

    /// Whether every value and band is a finite number.
    public var isFinite: Bool {
      central.allSatisfy(\.isFinite)
        && (bands ?? []).allSatisfy { $0.p10.isFinite && $0.p50.isFinite && $0.p90.isFinite }
    }
  }

  /// The study that was projected.
  public var study: ProjectionStudy
  /// One result per area, in the study's order.
  public var areas: [AreaResult]
  /// The draws and seed of the bands; `nil` when the run made no draws.
  public var options: EnsembleOptions?
  /// The date catalogue values are read at.
  public static let referenceDay = Day.jan1(2025)

  /// Runs the study for `areas` (resolved with ``ProjectionArea/resolve(_:regions:bases:supply:)``), with `options.draws`
  /// Monte Carlo draws when given. Path and model parameters are drawn together; draw `i` uses
  /// the same stream for every area, so areas share their draws.
  public init(
    _ study: ProjectionStudy, areas: [ProjectionArea], regions: RegionData,
    options: EnsembleOptions?, progress: WorkProgress? = nil
  ) {
    self.study = study
    self.options = options
    var base = ParameterSet(asOf: Projection.referenceDay, overrides: study.overrides)
    base.tracing = false
    let runs = areas.map { Projection.run(study, area: $0, regions: regions) }
    let centrals = runs.map { run in
      var central = [Double](repeating: 0, count: run.width)
      central.withUnsafeMutableBufferPointer { run.run(parameters: base, into: $0) }
      return central
    }
    var bands = [[Percentiles]?](repeating: nil, count: runs.count)
    if let options, options.draws > 0 {
      let sampler = ParameterSampler(base)
      // One buffer for every group's columns: its pages are faulted in once (issue 18).
      let storage = ColumnStorage()
      // Areas whose draws fit in one pass together run in one ensemble: each draw's parameter
      // set is drawn once for all of them (issue 18). A column's draws, and so its bands, are
      // the same as with one ensemble per area; draw `i` is drawn again for every pass.
      for group in Projection.groups(widths: runs.map(\.width), draws: options.draws) {
        let members = group.map { runs[$0] }
        var offsets: [Int] = []
        var width = 0
        for run in members {
          offsets.append(width)
          width += run.width
        }
        let starts = offsets
        let shared = SharedAssessments(members)
        // One parameter set and one scratch per worker, reused from draw to draw.
        let sets = Ensemble.WorkerSlots(threads: options.threads) {
          sampler.base.drawn(sampler.base.values)
        }
        let scratches = Ensemble.WorkerSlots(threads: options.threads) {
          WorkerStorage(areas: members.map { $0.scratch() }, levels: ProvinceLevels())
        }
        // Columns no draw moves (planned dwellings; the supply without the establishments)
        // are not collected and selected: their band is the band of their central value in
        // every draw, made once per value below (issue 18).
        var fixed = [Bool](repeating: false, count: width)
        // Columns every draw fills as an earlier column of the same area (paths that have
        // shared their levels so far) are not selected either: they take that column's band.
        var copyOf = [Int](repeating: -1, count: width)
        for (member, run) in members.enumerated() {
          for column in run.drawIndependentColumns { fixed[offsets[member] + column] = true }
          for (column, source) in run.repeatedColumns {
            copyOf[offsets[member] + column] = offsets[member] + source
          }
        }
        let kept = (0..<width).filter { !fixed[$0] && copyOf[$0] < 0 }
        let selected = Ensemble.percentiles(
          draws: options.draws, width: width, columns: kept, threads: options.threads,
          progress: progress,
          unitsPerDraw: members.reduce(0) { $0 + $1.paths.count * $1.variantCount },
          // Every member's run writes every (path, variant) block of its part of the row.
          writesEveryNumber: true, storage: storage,
          byWorker: { worker, draw, row in
            sets.withSlot(worker) { parameters in
              sampler.redraw(&parameters, forDraw: draw, seed: options.seed)
              let assessments = shared.assessments(parameters: parameters, members: members)
              scratches.withSlot(worker) { scratch in
                // The province's path levels of this draw, shared by its areas.
                scratch.levels.reset()
                for (member, run) in members.enumerated() {
                  let start = starts[member]
                  run.run(
                    parameters: parameters,
                    into: UnsafeMutableBufferPointer(rebasing: row[start..<(start + run.width)]),
                    scratch: &scratch.areas[member], levels: &scratch.levels,
                    assessments: assessments?[member])
                }
              }
            }
          })
        var constant = ConstantBands(draws: options.draws)
        var next = selected.makeIterator()
        for (member, index) in group.enumerated() {
          let start = offsets[member]
          var made: [Percentiles] = []
          made.reserveCapacity(members[member].width)
          for column in 0..<members[member].width {
            if fixed[start + column] {
              made.append(constant.band(centrals[index][column]))
            } else if copyOf[start + column] >= 0 {
              // An earlier column of this area, so its band is made already.
              made.append(made[copyOf[start + column] - start])
            } else {
              made.append(next.next() ?? Percentiles(of: []))
            }
          }
          bands[index] = made
        }
      }
    }
    self.areas = runs.indices.map { index in
      let run = runs[index]
      return AreaResult(
        area: areas[index], years: run.years, paths: run.paths, variants: run.variants,
        central: centrals[index], bands: bands[index])
    }
  }

  /// The band of a column whose every draw is the same number: the percentiles of `draws`
  /// copies of it, through the same selection as any column (so −0, a NaN or an infinity
  /// come out as they would), made once per distinct number.
  struct ConstantBands {
    let draws: Int
    private var made: [UInt64: Percentiles] = [:]

    init(draws: Int) { self.draws = draws }

    mutating func band(_ value: Double) -> Percentiles {
      if let band = made[value.bitPattern] { return band }
      let band = Percentiles(of: [Double](repeating: value, count: draws))
      made[value.bitPattern] = band
      return band
    }
  }

  /// What one worker reuses from draw to draw: each area's scratch, and the province's path
  /// levels of the current draw (shared by the areas).
  struct WorkerStorage {
    var areas: [RegionalProjection.Scratch]
    var levels: ProvinceLevels
  }

  /// Consecutive areas, by index, whose draws together fit in one pass of the bounded
  /// ensemble (``Ensemble/storageBudget``); an area that alone needs more passes is a group of
  /// its own. Grouping never adds a pass, so ``cost(_:areas:regions:draws:)`` still holds.
  static func groups(widths: [Int], draws: Int, budget: Int = Ensemble.storageBudget) -> [[Int]] {
    let columns = max(1, budget / (max(1, draws) * MemoryLayout<Double>.stride))
    var groups: [[Int]] = []
    var current: [Int] = []
    var width = 0
    for (index, areaWidth) in widths.enumerated() {
      if !current.isEmpty, width + areaWidth > columns {
        groups.append(current)
        current = []
        width = 0
      }
      current.append(index)
      width += areaWidth
    }
    if !current.isEmpty { groups.append(current) }
    return groups
  }

  /// The establishments' assessments of one draw, made once for every area of a group that
  /// holds the same establishment in the same host through the same year (a municipality and
  /// its region in one study), instead of once per area (issue 18).
  struct SharedAssessments: Sendable {
    /// The distinct assessments to make: an area, and one of its establishments.
    let sources: [(member: Int, establishment: Int)]
    /// Per area and establishment of it, the position of its assessment in `sources`.
    let positions: [[Int]]

    init(_ members: [RegionalProjection]) {
      var sources: [(member: Int, establishment: Int)] = []
      var keys: [(study: Int, host: HostRegion, through: Int?)] = []
      positions = members.enumerated().map { member, run in
        run.establishments.indices.map { index in
          let key = (
            study: run.studyIndices[index], host: run.establishmentHost(run.establishments[index]),
            through: run.years.last
          )
          if let found = keys.firstIndex(where: {
            $0.study == key.study && $0.host == key.host && $0.through == key.through
          }) {
            return found
          }
          keys.append(key)
          sources.append((member, index))
          return sources.count - 1
        }
      }
      self.sources = sources
    }

    /// Per area, its establishments' assessments with `parameters`; `nil` when no area of the
    /// group holds one.
    func assessments(parameters: ParameterSet, members: [RegionalProjection]) -> [[Assessment?]]? {
      guard !sources.isEmpty else { return nil }
      let made = sources.map { source in
        let run = members[source.member]
        return run.establishmentAssessment(
          run.establishments[source.establishment], parameters: parameters)
      }
      return positions.map { $0.map { made[$0] } }
    }
  }

  /// What the draws of `study` over `areas` will cost (``RunCost``), before running them.
  public static func cost(
    _ study: ProjectionStudy, areas: [ProjectionArea], regions: RegionData, draws: Int
  ) -> RunCost {
    RunCost.projection(
      draws: draws,
      areas: areas.map { area in
        let run = Projection.run(study, area: area, regions: regions)
        return (run.width, run.paths.count * run.variantCount)
      })
  }

  /// The model run for one area: its years, and the establishments and projects inside it.
  static func run(
    _ study: ProjectionStudy, area: ProjectionArea, regions: RegionData
  ) -> RegionalProjection {
    let members = Set(area.municipalities.map(NameKey.init))
    let studyIndices = study.establishments.indices.filter {
      members.contains(
        NameKey(regions.canonicalName(study.establishments[$0].establishment.municipality)))
    }
    let inside = studyIndices.map { study.establishments[$0].establishment }
    var run = RegionalProjection(
      area: area, years: Array(area.baseYear...max(area.baseYear, study.until)),
      paths: study.paths, establishments: inside,
      plannedSupply: study.plannedSupply.filter { NameKey($0.region) == NameKey(area.name) },
      establishmentsInPaths: study.establishmentsInPaths)
    run.studyIndices = studyIndices
    for establishment in inside {
      if case .success(let municipality) = regions.municipality(named: establishment.municipality) {
        run.hosts[establishment.municipality] = HostRegion(municipality)
      }
    }
    return run
  }
}

extension RegionData {
  /// The data's own spelling of a municipality name (or the name itself when unknown).
  func canonicalName(_ name: String) -> String {
    if case .success(let municipality) = municipality(named: name) { return municipality.name }
    return name
  }
}
