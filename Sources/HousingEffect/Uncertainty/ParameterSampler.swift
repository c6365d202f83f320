/// Draws whole parameter sets for Monte Carlo runs: every parameter with a range from its
/// distribution (triangular unless the catalogue declares another `DrawShape`), the rest fixed, and the draw constraints applied.
///
/// Draw `i` of seed `s` takes one number from its own generator, `SplitMix64.stream(i, of: s)`,
/// and each parameter's uniform number is that number mixed with a key hashed from the
/// parameter's id (``streamKey(_:)``). So a draw does not depend on which thread made it or on
/// how many draws came before; two runs that differ only in their overrides (a study's baseline
/// and alternatives) see the same uniform number for the same parameter in the same draw
/// (common random numbers); and adding, removing or renaming one parameter leaves every other
/// parameter's draws as they were, because no uniform depends on a catalogue position.
public struct ParameterSampler: Sendable {
  /// Why a parameter is not drawn.
  public enum FixedReason: String, Sendable, Hashable, Codable {
    /// The user overrode it without a `low`/`high` range.
    case overriddenWithoutRange
    /// The catalogue gives no range (`low == high`).
    case noRange
    /// A norm or a rating threshold: a policy choice, not an uncertain quantity. Its range
    /// says which other norms exist; comparing them is a study's job (`compare`), not noise.
    case normative
  }

  /// Whether `id` is a policy choice that Monte Carlo keeps fixed: the housing norms' criteria,
  /// the municipal cap on migrants per regular dwelling, and the scorecard's thresholds.
  public static func isNormative(_ id: ParameterID) -> Bool {
    let raw = id.rawValue
    return raw.hasPrefix("housing.norm.") || raw.hasPrefix("welfare.threshold.")
      || raw == ParameterID.housingMaxMigrantsPerRegularDwelling.rawValue
  }

  /// The set the draws vary: the catalogue at the run's date with the user's overrides.
  public let base: ParameterSet
  /// Per catalogue parameter, the distribution it is drawn from, or `nil` when fixed.
  public let distributions: [TriangularDistribution?]
  /// The rules applied after each draw so that related parameters stay consistent.
  public let constraints: [DrawConstraint]
  /// Per catalogue position, the key of that parameter's stream (``streamKey(_:)`` of its id).
  private let streamKeys: [UInt64]
  /// A `sharesAtMostOne` rule's catalogue positions, fixed and drawn apart, each in the rule's
  /// order: a draw sums and scales them without asking which are drawn (issue 18).
  private struct ShareGroup: Sendable {
    var fixed: [Int]
    var drawn: [Int]
  }
  /// An `ordered` rule's catalogue positions and whether each is drawn.
  private struct OrderedPair: Sendable {
    var first: Int
    var second: Int
    var firstDrawn: Bool
    var secondDrawn: Bool
  }
  private let shareGroups: [ShareGroup]
  private let orderedPairs: [OrderedPair]
  /// A drawn parameter: its catalogue position, stream key and prepared distribution.
  private struct Drawn: Sendable {
    var position: Int
    var key: UInt64
    var distribution: TriangularDistribution.Prepared
  }
  /// A drawn parameter of the plain triangular shape with a width (most of them): its
  /// catalogue position, stream key and triangle.
  private struct DrawnTriangle: Sendable {
    var position: Int
    var key: UInt64
    var triangle: TriangularDistribution.Prepared.Triangle
  }
  /// The drawn parameters that are plain triangles, in catalogue order: a draw computes
  /// their quantiles with no dispatch on the shape (issue 18).
  private let triangles: [DrawnTriangle]
  /// The other drawn parameters (other shapes, or no width), in catalogue order. A draw walks
  /// these two lists instead of every catalogue parameter; each parameter writes only its own
  /// position, so the order of the two walks changes no number.
  private let drawn: [Drawn]

  /// A sampler over `base`: every parameter with a range (and every override with its own) is
  /// drawn from a triangular distribution over it, except the normative ones (norms and rating
  /// thresholds, fixed); `constraints` `nil` uses the standard rules.
  public init(_ base: ParameterSet, constraints: [DrawConstraint]? = nil) {
    self.base = base
    let catalog = base.catalog
    let values = base.values
    let distributions: [TriangularDistribution?] = catalog.parameters.enumerated().map {
      position, parameter in
      let value = values[position]
      if let override = base.overrides[parameter.id] {
        guard let range = override.range else { return nil }
        return TriangularDistribution(
          low: range.lowerBound, mode: value, high: range.upperBound, shape: parameter.shape)
      }
      guard parameter.low < parameter.high, !ParameterSampler.isNormative(parameter.id) else {
        return nil
      }
      return TriangularDistribution(
        low: parameter.low, mode: value, high: parameter.high, shape: parameter.shape)
    }
    self.distributions = distributions
    let keys = catalog.parameters.map { ParameterSampler.streamKey($0.id) }
    streamKeys = keys
    var triangles: [DrawnTriangle] = []
    var drawn: [Drawn] = []
    for (position, distribution) in distributions.enumerated() {
      guard let distribution else { continue }
      let prepared = TriangularDistribution.Prepared(distribution)
      if prepared.form == .triangle {
        triangles.append(
          DrawnTriangle(position: position, key: keys[position], triangle: prepared.triangle))
      } else {
        drawn.append(Drawn(position: position, key: keys[position], distribution: prepared))
      }
    }
    self.triangles = triangles
    self.drawn = drawn
    let constraints = constraints ?? DrawConstraint.standard(for: catalog)
    self.constraints = constraints
    var groups: [ShareGroup] = []
    var pairs: [OrderedPair] = []
    for rule in constraints {
      switch rule {
      case .sharesAtMostOne(let ids, _):
        let positions = ids.compactMap { catalog.position(of: $0) }
        groups.append(
          ShareGroup(
            fixed: positions.filter { distributions[$0] == nil },
            drawn: positions.filter { distributions[$0] != nil }))
      case .ordered(let first, let second):
        if let a = catalog.position(of: first), let b = catalog.position(of: second) {
          pairs.append(
            OrderedPair(
              first: a, second: b, firstDrawn: distributions[a] != nil,
              secondDrawn: distributions[b] != nil))
        }
      }
    }
    shareGroups = groups
    orderedPairs = pairs
  }

  /// The catalogue parameters that are drawn, in catalogue order.
  public var drawnParameters: [ParameterID] {
    zip(base.catalog.parameters, distributions).compactMap { $1 == nil ? nil : $0.id }
  }

  /// The parameters that stay fixed in every draw, and why, in catalogue order.
  public var fixedParameters: [(id: ParameterID, reason: FixedReason)] {
    zip(base.catalog.parameters, distributions).compactMap { parameter, distribution in
      guard distribution == nil else { return nil }
      let reason: FixedReason =
        base.isOverridden(parameter.id)
        ? .overriddenWithoutRange
        : (ParameterSampler.isNormative(parameter.id) ? .normative : .noRange)
      return (parameter.id, reason)
    }
  }

  /// The key of a parameter's random stream: the 64-bit FNV-1a hash of its id's UTF-8 bytes
  /// (``ParameterID/key``, computed when the id is made), the same on every platform and
  /// independent of the catalogue's other entries.
  public static func streamKey(_ id: ParameterID) -> UInt64 { id.key }

  /// The number draw `index` of `seed` starts from; each parameter mixes its key into it.
  private static func drawBase(_ index: Int, seed: UInt64) -> UInt64 {
    var generator = SplitMix64.stream(UInt64(index), of: seed)
    return generator.next()
  }

  /// The uniform number in [0, 1) of the parameter at `position` for a draw's base number: one
  /// SplitMix64 step from the base mixed with the parameter's key.
  private func uniform(at position: Int, base: UInt64) -> Double {
    var generator = SplitMix64(seed: base ^ streamKeys[position])
    return generator.nextUnitInterval()
  }

  /// The uniform numbers of draw `index`: one per catalogue parameter, in catalogue order.
  public func uniforms(forDraw index: Int, seed: UInt64) -> [Double] {
    let base = ParameterSampler.drawBase(index, seed: seed)
    return streamKeys.indices.map { uniform(at: $0, base: base) }
  }

  /// Every parameter's value in draw `index` of `seed`, in catalogue order.
  public func values(forDraw index: Int, seed: UInt64) -> [Double] {
    var values = base.values
    values.withUnsafeMutableBufferPointer { draw(index, seed: seed, into: $0) }
    return values
  }

  /// Writes draw `index` of `seed` into `values`, which holds the base values at every fixed
  /// position (``base``'s values or an earlier draw's): only drawn positions are written.
  private func draw(_ index: Int, seed: UInt64, into values: UnsafeMutableBufferPointer<Double>) {
    let drawBase = ParameterSampler.drawBase(index, seed: seed)
    // `nextUnitInterval()` lies in [0, 1), where `quantile(_:)`'s clamp changes nothing, and a
    // `.triangle` form has a width: the same numbers as `distribution.quantile(u)`.
    triangles.withUnsafeBufferPointer { triangles in
      for parameter in triangles {
        var generator = SplitMix64(seed: drawBase ^ parameter.key)
        values[parameter.position] = parameter.triangle.spreadQuantile(
          generator.nextUnitInterval())
      }
    }
    drawn.withUnsafeBufferPointer { drawn in
      for parameter in drawn {
        var generator = SplitMix64(seed: drawBase ^ parameter.key)
        values[parameter.position] = parameter.distribution.unitQuantile(
          generator.nextUnitInterval())
      }
    }
    applyConstraints(values)
  }

  /// Makes `set` (a set this sampler made, ``parameterSet(forDraw:seed:)``) draw `index` of
  /// `seed`, reusing its storage: a worker drawing many sets allocates none.
  public func redraw(_ set: inout ParameterSet, forDraw index: Int, seed: UInt64) {
    set.withDrawnValues { draw(index, seed: seed, into: $0) }
  }

  /// Scales overshooting share groups down and restores broken orders; fixed values stay.
  private func applyConstraints(_ values: UnsafeMutableBufferPointer<Double>) {
    for group in shareGroups {
      var fixed = 0.0
      var drawn = 0.0
      for position in group.fixed { fixed += values[position] }
      for position in group.drawn { drawn += values[position] }
      guard fixed + drawn > 1, drawn > 0 else { continue }
      let scale = max(0, 1 - fixed) / drawn
      for position in group.drawn { values[position] *= scale }
    }
    for pair in orderedPairs where values[pair.first] > values[pair.second] {
      if pair.secondDrawn {
        values[pair.second] = values[pair.first]
      } else if pair.firstDrawn {
        values[pair.first] = values[pair.second]
      }
    }
  }

  /// Drawn parameters whose value sits at an end of its range: every draw lies on one side of
  /// the value, so the point estimate can fall outside P10–P90 (a bound rather than a centre).
  public var oneSidedParameters: [ParameterID] {
    zip(base.catalog.parameters, distributions).compactMap { parameter, distribution in
      guard let distribution else { return nil }
      return distribution.mode <= distribution.low || distribution.mode >= distribution.high
        ? parameter.id : nil
    }
  }

  /// The parameter set of draw `index`: the drawn values, no trace.
  public func parameterSet(forDraw index: Int, seed: UInt64) -> ParameterSet {
    base.drawn(values(forDraw: index, seed: seed))
  }
}
