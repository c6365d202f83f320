import Foundation
import Testing

@testable import HousingEffect

/// A parameter set keeps its fields behind one reference, copied on write, and the sampler
/// draws from prepared distributions (issue 18, design note 62). Sets stay values, and the
/// quantiles are the closed-form ones.
@Suite("Parameter sets copied on write; prepared quantiles")
struct ParameterSetStorageTests {
  static let day = Day(validYear: 2028)

  @Test("changing a copy of a set leaves the original as it was")
  func copiesAreValues() {
    let original = ParameterSet(asOf: Self.day)
    let id = ParameterID.householdsReunificationYears
    let before = original[id]
    var copy = original
    copy.tracing = false
    let replaced = copy.replacing(id, with: before + 3)
    #expect(original.tracing)
    #expect(!copy.tracing)
    #expect(original[id] == before)
    #expect(copy[id] == before)
    #expect(replaced[id] == before + 3)
    #expect(!replaced.tracing)
    #expect(original.values == copy.values)
    let position = original.catalog.position(of: id)!
    #expect(replaced.value(at: position) == before + 3)
    #expect(replaced.values[position] == before + 3)
  }

  @Test("redrawing a set another copy still holds leaves that copy untouched")
  func redrawSharedSet() {
    let sampler = ParameterSampler(ParameterSet(asOf: Self.day))
    var set = sampler.parameterSet(forDraw: 3, seed: 42)
    let kept = set
    sampler.redraw(&set, forDraw: 7, seed: 42)
    #expect(kept.values == sampler.values(forDraw: 3, seed: 42))
    #expect(set.values == sampler.values(forDraw: 7, seed: 42))
    #expect(set.values != kept.values)
  }

  @Test("a traced scope logs its reads; an untraced one records nothing")
  func scopes() {
    let traced = ParameterSet(asOf: Self.day).recordingReads()
    let scope = traced.scope()
    _ = scope[.householdsChildShareOfFamilyMembers]
    #expect(scope.reads.ids == [.householdsChildShareOfFamilyMembers])
    #expect(traced.reads.ids == [.householdsChildShareOfFamilyMembers])
    var untraced = ParameterSet(asOf: Self.day)
    untraced.tracing = false
    let same = untraced.scope()
    _ = same[.householdsChildShareOfFamilyMembers]
    #expect(same.reads.ids.isEmpty)
  }

  @Test("quantiles by hand: triangular, uniform, log-uniform halves, log-triangular")
  func quantilesByHand() {
    let triangle = TriangularDistribution(low: 0, mode: 1, high: 4)
    // Peak at 1/4 of the width: below it low + √(u·4·1), above it high − √((1−u)·4·3).
    #expect(abs(triangle.quantile(0.1) - 0.4.squareRoot()) < 1e-12)
    #expect(abs(triangle.quantile(0.5) - (4 - 6.0.squareRoot())) < 1e-12)
    #expect(triangle.quantile(0) == 0)
    #expect(triangle.quantile(1) == 4)
    let uniform = TriangularDistribution(low: 2, mode: 3, high: 6, shape: .uniform)
    #expect(uniform.quantile(0.25) == 3)
    let halves = TriangularDistribution(low: 1, mode: 2, high: 8, shape: .logUniformHalves)
    // Half the draws between 1 and 2, half between 2 and 8, each uniform in the logarithm.
    #expect(abs(halves.quantile(0.25) - 2.0.squareRoot()) < 1e-12)
    #expect(abs(halves.quantile(0.75) - 4) < 1e-12)
    let logTriangle = TriangularDistribution(
      low: 1, mode: M_E, high: M_E * M_E * M_E, shape: .logTriangular)
    // A triangle over 0…3 peaking at 1: below the peak exp(√(u·3·1)).
    #expect(abs(logTriangle.quantile(0.3) - exp(0.9.squareRoot())) < 1e-12)
    let point = TriangularDistribution(low: 5, mode: 5, high: 5)
    #expect(point.quantile(0.7) == 5)
  }
}
