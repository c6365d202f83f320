import Testing

@testable import HousingEffect

/// The sampler draws plain triangles in a loop of their own and the other shapes through the
/// prepared quantile without its clamp (issue 18); every drawn number must still be its
/// distribution's `quantile(_:)` of its uniform number, bit for bit.
@Suite("Sampler quantiles")
struct SamplerQuantileTests {
  @Test("every drawn value is its distribution's quantile of its own uniform, bit for bit")
  func drawnValuesAreQuantiles() {
    let day = Day(year: 2028) ?? Day.catalogueEpoch
    // No constraints, so every drawn value is the bare quantile.
    let sampler = ParameterSampler(ParameterSet(asOf: day), constraints: [])
    let shapes = Set(sampler.distributions.compactMap { $0?.shape })
    // The catalogue exercises both loops: plain triangles and other shapes.
    #expect(shapes.contains(.triangular) && shapes.count > 1)
    let base = sampler.base.values
    for draw in 0..<200 {
      let values = sampler.values(forDraw: draw, seed: 18)
      let uniforms = sampler.uniforms(forDraw: draw, seed: 18)
      for (position, distribution) in sampler.distributions.enumerated() {
        let expected = distribution?.quantile(uniforms[position]) ?? base[position]
        #expect(values[position].bitPattern == expected.bitPattern, "draw \(draw), \(position)")
      }
    }
  }

  @Test("a triangle's quantile with and without the width check and clamp agree by hand")
  func triangleByHand() {
    let prepared = TriangularDistribution.Prepared(
      TriangularDistribution(low: 60, mode: 90, high: 180))
    #expect(prepared.form == .triangle)
    // u = 0.1 < 0.25 → 60 + √(0.1 × 120 × 30); u = 0.7 → 180 − √(0.3 × 120 × 90).
    #expect(prepared.triangle.spreadQuantile(0.1) == 60 + (0.1 * 120 * 30).squareRoot())
    #expect(prepared.triangle.spreadQuantile(0.7) == 180 - ((1 - 0.7) * 120 * 90).squareRoot())
    for u in stride(from: 0.0, to: 1.0, by: 0.01) {
      #expect(prepared.triangle.spreadQuantile(u) == prepared.quantile(u))
      #expect(prepared.unitQuantile(u) == prepared.quantile(u))
    }
    // A distribution without width is not a plain triangle: it is drawn as its mode.
    #expect(
      TriangularDistribution.Prepared(TriangularDistribution(low: 5, mode: 5, high: 5)).form
        == .constant)
  }
}
