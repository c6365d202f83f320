/// The result of `project`: for every area, path, variant (without and with the study's
/// establishments), indicator and year, the central value (catalogue values) and, with draws,
/// P10/P50/P90 from the ensemble engine. See Docs/methodology.md#projection.
public struct Projection: Sendable {
  /// One area's figures.
  public struct AreaResult: Sendable {
    public var area: ProjectionArea
    public var years: [Int]
    public var paths: [GrowthPath]
    public var variants: [ProjectionVariant]
    /// Central values, indexed by ``index(path:variant:indicator:year:)``.
    public var central: [Double]
    /// The bands, same layout; `nil` without draws.
    public var bands: [Percentiles]?

    public func index(path: Int, variant: Int, indicator: ProjectionIndicator, year: Int) -> Int {
      ((path * variants.count + variant) * ProjectionIndicator.allCases.count
        + indicator.position) * years.count + year
    }

    public func value(
      path: Int, variant: ProjectionVariant = .without, _ indicator: ProjectionIndicator,
      year: Int
    ) -> Double? {
      guard let v = variants.firstIndex(of: variant), let y = years.firstIndex(of: year) else {
        return nil
      }
      return central[index(path: path, variant: v, indicator: indicator, year: y)]
    }

    public func band(
      path: Int, variant: ProjectionVariant = .without, _ indicator: ProjectionIndicator,
      year: Int
    ) -> Percentiles? {
      guard let bands, let v = variants.firstIndex(of: variant),
        let y = years.firstIndex(of: year)
      else { return nil }
      return bands[index(path: path, variant: v, indicator: indicator, year: y)]
    }

    /// Whether every value and band is a finite number.
    public var isFinite: Bool {
      central.allSatisfy(\.isFinite)
        && (bands ?? []).allSatisfy { $0.p10.isFinite && $0.p50.isFinite && $0.p90.isFinite }
    }
  }

  public var study: ProjectionStudy
  public var areas: [AreaResult]
  public var options: EnsembleOptions?
  /// The date catalogue values are read at.
  public static let referenceDay = Day.jan1(2025)

  /// Runs the study for `areas` (resolved with ``ProjectionArea/resolve(_:regions:bases:supply:)``), with `options.draws`
  /// Monte Carlo draws when given. Path and model parameters are drawn together; draw `i` uses
  /// the same stream for every area, so areas share their draws.
  public init(
    _ study: ProjectionStudy, areas: [ProjectionArea], regions: RegionData,
    options: EnsembleOptions?
  ) {
    self.study = study
    self.options = options
    var base = ParameterSet(asOf: Projection.referenceDay, overrides: study.overrides)
    base.tracing = false
    let sampler = (options?.draws ?? 0) > 0 ? ParameterSampler(base) : nil
    // Every area uses the same draws: draw them once (a few MB for 10,000 draws).
    let drawn: [ParameterSet] =
      sampler.map { sampler in
        let seed = options?.seed ?? 0
        return Ensemble.map(count: options?.draws ?? 0, threads: options?.threads ?? 1) {
          sampler.parameterSet(forDraw: $0, seed: seed)
        }
      } ?? []
    self.areas = areas.map { area in
      let run = Projection.run(study, area: area, regions: regions)
      var central = [Double](repeating: 0, count: run.width)
      central.withUnsafeMutableBufferPointer { run.run(parameters: base, into: $0) }
      var bands: [Percentiles]?
      if !drawn.isEmpty, let options {
        let matrix = Ensemble.run(draws: drawn.count, width: run.width, threads: options.threads) {
          draw, row in
          run.run(parameters: drawn[draw], into: row)
        }
        bands = matrix.percentiles(threads: options.threads)
      }
      return AreaResult(
        area: area, years: run.years, paths: run.paths, variants: run.variants, central: central,
        bands: bands)
    }
  }

  /// The model run for one area: its years, and the establishments and projects inside it.
  static func run(
    _ study: ProjectionStudy, area: ProjectionArea, regions: RegionData
  ) -> RegionalProjection {
    let members = Set(area.municipalities.map(NameKey.init))
    let inside = study.establishments.map(\.establishment).filter {
      members.contains(NameKey(regions.canonicalName($0.municipality)))
    }
    var run = RegionalProjection(
      area: area, years: Array(area.baseYear...max(area.baseYear, study.until)),
      paths: study.paths, establishments: inside,
      plannedSupply: study.plannedSupply.filter { NameKey($0.region) == NameKey(area.name) })
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
