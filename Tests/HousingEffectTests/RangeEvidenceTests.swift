import Foundation
import Testing

@testable import HousingEffect

/// The range-evidence rule (issue 20, rounds 5 and 7): catalogue ranges equal the rule applied to
/// the published sites (the prediction interval for a new site), and `validate`'s leave-one-out
/// reruns a reference on the range recomputed from the other sites.
@Suite("Range evidence")
struct RangeEvidenceTests {
  @Test("Student's t 0.9 quantiles: the table, and the expansion beyond 30 degrees of freedom")
  func studentT() {
    #expect(RangeEvidence.studentT90(degreesOfFreedom: 1) == 3.0777)
    #expect(RangeEvidence.studentT90(degreesOfFreedom: 2) == 1.8856)
    #expect(RangeEvidence.studentT90(degreesOfFreedom: 5) == 1.4759)
    #expect(RangeEvidence.studentT90(degreesOfFreedom: 30) == 1.3104)
    // Published tables: t(0.9, 40) = 1.3031, t(0.9, 60) = 1.2958, t(0.9, ∞) = z(0.9) = 1.2816.
    #expect(abs(RangeEvidence.studentT90(degreesOfFreedom: 40) - 1.3031) < 1e-4)
    #expect(abs(RangeEvidence.studentT90(degreesOfFreedom: 60) - 1.2958) < 1e-4)
    #expect(abs(RangeEvidence.studentT90(degreesOfFreedom: 100_000) - 1.2816) < 1e-4)
  }

  @Test("the prediction interval for a new site, by hand")
  func predictionInterval() throws {
    // Two sites, 50 and 200: logs ln 50 and ln 200, mean ln 100, sample sd = ln 4 / √2;
    // half-width = 3.0777 · (ln 4 / √2) · √1.5 = 3.0777 · 0.98026 · 1.22474 = 3.6949...
    let interval = try #require(RangeEvidence.predictionInterval([50, 200]))
    let half = 3.0777 * log(4) / 2.squareRoot() * 1.5.squareRoot()
    #expect(abs(interval.lowerBound - 100 * exp(-half)) < 1e-9)
    #expect(abs(interval.upperBound - 100 * exp(half)) < 1e-9)
    #expect(abs(interval.lowerBound - 2.485) < 0.001)
    // Equal sites have no spread; one site or a value ≤ 0 gives no interval.
    let flat = try #require(RangeEvidence.predictionInterval([80, 80, 80]))
    #expect(abs(flat.lowerBound - 80) < 1e-9 && abs(flat.upperBound - 80) < 1e-9)
    #expect(RangeEvidence.predictionInterval([80]) == nil)
    #expect(RangeEvidence.predictionInterval([80, 0]) == nil)
  }

  @Test("the rule puts the draws' P10 and P90 on the interval's ends, three significant figures")
  func rule() throws {
    // Data centres: 410/166, 125/20, 200/28 jobs per ha; logs −(ln 166 − ln 410) etc.
    let values = [410.0 / 166, 125.0 / 20, 200.0 / 28]
    let logs = values.map { log($0) }
    let mean = logs.reduce(0, +) / 3
    let sd = (logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 2).squareRoot()
    let half = 1.8856 * sd * (4.0 / 3).squareRoot()
    let (q10, q90) = (exp(mean - half), exp(mean + half))
    // Around the value 5: ln low = (ln q10 − 0.2 ln 5) / 0.8, ln high likewise.
    let low = exp((log(q10) - 0.2 * log(5)) / 0.8)
    let high = exp((log(q90) - 0.2 * log(5)) / 0.8)
    #expect(abs(q10 - 1.361) < 0.001 && abs(q90 - 16.895) < 0.001)
    #expect(abs(low - 0.983) < 0.001 && abs(high - 22.9) < 0.05)
    #expect(RangeEvidence.rule(values, value: 5) == 0.983...22.9)
    // The draws' P10 of log-uniform halves 0.983…5…22.9 is 0.983 · (5 / 0.983)^0.2 ≈ q10.
    let distribution = TriangularDistribution(
      low: 0.983, mode: 5, high: 22.9, shape: .logUniformHalves)
    #expect(abs(distribution.quantile(0.1) - q10) / q10 < 0.002)
    #expect(abs(distribution.quantile(0.9) - q90) / q90 < 0.002)
    // A value outside the interval (89.9–134): the interval widened to it.
    #expect(RangeEvidence.rule([100, 110, 120], value: 300) == 89.9...300)
    #expect(RangeEvidence.rule([100], value: 100) == nil)
  }

  @Test("every evidence-set catalogue range equals the rule applied to its evidence")
  func catalogueInSync() throws {
    #expect(!RangeEvidence.all.isEmpty)
    for evidence in RangeEvidence.all {
      let parameter = try #require(ParameterCatalog.standard[evidence.parameter])
      // Every listed reference exists and gives a value: no silent drop.
      #expect(evidence.values().count == evidence.references.count, "\(evidence.parameter)")
      let value = try #require(parameter.current?.value)
      let range = try #require(evidence.range(value: value))
      #expect(parameter.low == range.lowerBound, "\(evidence.parameter) low")
      #expect(parameter.high == range.upperBound, "\(evidence.parameter) high")
      #expect(parameter.shape == .logUniformHalves, "\(evidence.parameter) shape")
      #expect(range.contains(value), "\(evidence.parameter): default outside its range")
      for id in evidence.references {
        #expect(ReferenceValidation.usedForRanges[id]?.contains(evidence.parameter) == true)
      }
    }
  }

  @Test("sectors without sites of their own: the pooled spread of the others, by hand")
  func pooledSpread() throws {
    // Σ (ln x − mean of its sector)² over every evidence-set sector, ÷ Σ (n − 1).
    var squares = 0.0
    var degrees = 0
    for evidence in RangeEvidence.all {
      let logs = evidence.values().map { log($0.value) }
      let mean = logs.reduce(0, +) / Double(logs.count)
      for x in logs { squares += (x - mean) * (x - mean) }
      degrees += logs.count - 1
    }
    let (deviation, df) = RangeEvidence.pooledSpread()
    #expect(df == degrees && df >= 10)
    #expect(abs(deviation - (squares / Double(degrees)).squareRoot()) < 1e-12)
    // Sites of one sector scatter by about a factor two around their centre (one deviation).
    #expect(deviation > 0.4 && deviation < 1.0, "\(deviation)")
    // The figures the pooled parameters' rationales state (en and nl): 0.64, 12 degrees of
    // freedom, t = 1.356, a factor of about 2.4.
    #expect(abs(deviation - 0.64) < 0.005 && df == 12, "\(deviation), \(df)")
    #expect(abs(RangeEvidence.studentT90(degreesOfFreedom: df) - 1.356) < 0.0005)
    #expect(abs(exp(1.3562 * deviation) - 2.4) < 0.05, "\(exp(1.3562 * deviation))")
    // The draws' P10 and P90 of a pooled parameter are value · exp(∓ t · s), to rounding.
    let t = RangeEvidence.studentT90(degreesOfFreedom: df)
    let range = try #require(RangeEvidence.pooledRange(value: 100))
    let shape = TriangularDistribution(
      low: range.lowerBound, mode: 100, high: range.upperBound, shape: .logUniformHalves)
    #expect(abs(log(shape.quantile(0.1) / 100) + t * deviation) < 0.01)
    #expect(abs(log(shape.quantile(0.9) / 100) - t * deviation) < 0.01)
    for id in RangeEvidence.pooled {
      let parameter = try #require(ParameterCatalog.standard[id])
      let value = try #require(parameter.current?.value)
      let expected = try #require(RangeEvidence.pooledRange(value: value))
      #expect(parameter.low == expected.lowerBound, "\(id) low: \(expected)")
      #expect(parameter.high == expected.upperBound, "\(id) high: \(expected)")
      #expect(parameter.shape == .logUniformHalves, "\(id) shape")
      #expect(RangeEvidence.of(id) == nil, "\(id) has sites of its own")
    }
  }

  @Test("the XXL evidence by hand: Action 83, Jumbo 143, Primark 288 m² per job")
  func xxlByHand() throws {
    let evidence = try #require(RangeEvidence.of(.jobsM2PerJobDistributionXxl))
    let values = Dictionary(uniqueKeysWithValues: evidence.values().map { ($0.0, $0.1) })
    #expect(abs((values["zwaagdijk-action-dc"] ?? 0) - 100_000 / 1_200) < 1e-9)
    #expect(abs((values["nieuwegein-jumbo-ndc"] ?? 0) - 43_000 / 300) < 1e-9)
    // Primark: two published job counts (225 and 400), their median 312.5.
    #expect(abs((values["roosendaal-primark-dc"] ?? 0) - 90_000 / 312.5) < 1e-9)
    // Without Action: two sites (143.3 and 288), one degree of freedom (t = 3.0777), a wide
    // interval 31.6–1,305, so 21.1…2,200 around 161.
    #expect(evidence.range(value: 161, excluding: "zwaagdijk-action-dc") == 21.1...2_200)
    // All three: 39.0–584 m² per job, so 27.4…807.
    #expect(evidence.range(value: 161) == 27.4...807)
  }

  @Test("leave-one-out reruns a rule-set reference on the range recomputed without it")
  func leaveOneOut() throws {
    let ids: Set = ["zwaagdijk-action-dc", "nieuwegein-jumbo-ndc", "tynaarlo-hoorn-asparagus"]
    let references = ReferenceEstablishment.all.filter { ids.contains($0.id) }
    let options = EnsembleOptions(draws: 200, seed: 11, threads: 2)
    let validation = ReferenceValidation(references, options: options)
    #expect(validation.leaveOneOutChecks.count == validation.checks.count)
    let action = try #require(references.first { $0.id == "zwaagdijk-action-dc" })
    let rerun = ReferenceValidation.checks(
      action,
      catalog: ParameterCatalog.standard.replacingRange(
        of: .jobsM2PerJobDistributionXxl, with: 21.1...2_200),
      startYear: 2028, options: EnsembleOptions(draws: 200, seed: 11, threads: 1))
    let loo = validation.leaveOneOutChecks.filter { $0.referenceID == "zwaagdijk-action-dc" }
    #expect(loo == rerun)
    let inSample = validation.checks.filter { $0.referenceID == "zwaagdijk-action-dc" }
    #expect(loo.first?.range != inSample.first?.range)
    // Without Action (the densest site) the XXL range starts at 21.1 but reaches 2,200 m² per
    // job, so fewer jobs are drawn at P10.
    #expect((loo.first?.range.p10 ?? 0) < (inSample.first?.range.p10 ?? 0))
    // A reference set by judgement (open field) keeps its in-sample check.
    #expect(
      validation.leaveOneOutChecks.filter { $0.referenceID == "tynaarlo-hoorn-asparagus" }
        == validation.checks.filter { $0.referenceID == "tynaarlo-hoorn-asparagus" })
    #expect(validation.leaveOneOut.checks == validation.overall.checks)
  }
}
