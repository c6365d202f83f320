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
    public var years: [Int]
    public var values: [[Percentiles]]

    /// The band of `id` in `year`.
    public func band(_ id: IndicatorID, year: Int) -> Percentiles? {
      guard let slot = years.firstIndex(of: year),
        let column = Assessment.keyIndicatorIDs.firstIndex(of: id)
      else { return nil }
      return values[slot][column]
    }
  }

  public let options: EnsembleOptions
  public let baseline: Bands
  /// Per alternative, in ``Comparison/alternatives`` order.
  public let alternatives: [Bands]
  /// Per alternative: the bands of `alternative − baseline`, draw by draw.
  public let deltas: [Bands]

  public init(
    _ comparison: Comparison, region: HostRegion, catalog: ParameterCatalog = .standard,
    options: EnsembleOptions
  ) {
    let years = comparison.years.map(\.year)
    func matrix(_ establishment: Establishment) -> EnsembleMatrix {
      AssessmentEnsemble.Run(establishment, region: region, catalog: catalog, years: years)
        .matrix(options)
    }
    func bands(_ matrix: EnsembleMatrix) -> Bands {
      let percentiles = matrix.percentiles(threads: options.threads)
      let width = Assessment.keyIndicatorIDs.count
      return Bands(
        years: years,
        values: years.indices.map { Array(percentiles[$0 * width..<($0 + 1) * width]) })
    }
    let base = matrix(comparison.study.baseline)
    var alternatives: [Bands] = []
    var deltas: [Bands] = []
    for alternative in comparison.alternatives {
      let other = matrix(alternative.establishment)
      alternatives.append(bands(other))
      let difference = zip(other.storage, base.storage).map { $0 - $1 }
      deltas.append(
        bands(EnsembleMatrix(rows: base.rows, columns: base.columns, storage: difference)))
    }
    self.options = options
    baseline = bands(base)
    self.alternatives = alternatives
    self.deltas = deltas
  }
}
