import Foundation
import Testing

@testable import HousingEffect

/// The range-evidence rule (issue 20, round 5): catalogue ranges equal the rule applied to the
/// published sites, and `validate`'s leave-one-out reruns a reference on the range recomputed
/// without it.
@Suite("Range evidence")
struct RangeEvidenceTests {
  @Test("the rule runs from the lowest ÷ 1.5 to the highest × 1.5, three significant figures")
  func rule() throws {
    // 40 / 1.5 = 26.67 → 26.7; 500 × 1.5 = 750.
    #expect(RangeEvidence.rule([140, 40, 500, 110]) == 26.7...750)
    // 2.4699 / 1.5 = 1.6466 → 1.65; 7.1429 × 1.5 = 10.714 → 10.7.
    #expect(RangeEvidence.rule([410 / 166, 125 / 20, 200 / 28]) == 1.65...10.7)
    #expect(RangeEvidence.rule([]) == nil)
  }

  @Test("every evidence-set catalogue range equals the rule applied to its evidence")
  func catalogueInSync() throws {
    #expect(!RangeEvidence.all.isEmpty)
    for evidence in RangeEvidence.all {
      let parameter = try #require(ParameterCatalog.standard[evidence.parameter])
      // Every listed reference exists and gives a value: no silent drop.
      #expect(evidence.values().count == evidence.references.count, "\(evidence.parameter)")
      let range = try #require(evidence.range())
      #expect(parameter.low == range.lowerBound, "\(evidence.parameter) low")
      #expect(parameter.high == range.upperBound, "\(evidence.parameter) high")
      #expect(parameter.shape == .logUniformHalves, "\(evidence.parameter) shape")
      let value = try #require(parameter.current?.value)
      #expect(range.contains(value), "\(evidence.parameter): default outside its range")
      for id in evidence.references {
        #expect(ReferenceValidation.usedForRanges[id]?.contains(evidence.parameter) == true)
      }
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
    // Without Action: 143.33 / 1.5 = 95.6; 288 × 1.5 = 432.
    #expect(evidence.range(excluding: "zwaagdijk-action-dc") == 95.6...432)
  }

  @Test("leave-one-out reruns a rule-set reference on the range recomputed without it")
  func leaveOneOut() throws {
    let ids: Set = ["zwaagdijk-action-dc", "nieuwegein-jumbo-ndc", "bleiswijk-zalando-dc"]
    let references = ReferenceEstablishment.all.filter { ids.contains($0.id) }
    let options = EnsembleOptions(draws: 200, seed: 11, threads: 2)
    let validation = ReferenceValidation(references, options: options)
    #expect(validation.leaveOneOutChecks.count == validation.checks.count)
    let action = try #require(references.first { $0.id == "zwaagdijk-action-dc" })
    let rerun = ReferenceValidation.checks(
      action,
      catalog: ParameterCatalog.standard.replacingRange(
        of: .jobsM2PerJobDistributionXxl, with: 95.6...432),
      startYear: 2028, options: EnsembleOptions(draws: 200, seed: 11, threads: 1))
    let loo = validation.leaveOneOutChecks.filter { $0.referenceID == "zwaagdijk-action-dc" }
    #expect(loo == rerun)
    let inSample = validation.checks.filter { $0.referenceID == "zwaagdijk-action-dc" }
    #expect(loo.first?.range != inSample.first?.range)
    // Without Action the XXL range starts at 95.6 m² per job, so fewer jobs are drawn.
    #expect((loo.first?.range.p90 ?? 0) < (inSample.first?.range.p90 ?? 0))
    // A reference set by judgement (e-commerce) keeps its in-sample check.
    #expect(
      validation.leaveOneOutChecks.filter { $0.referenceID == "bleiswijk-zalando-dc" }
        == validation.checks.filter { $0.referenceID == "bleiswijk-zalando-dc" })
    #expect(validation.leaveOneOut.checks == validation.overall.checks)
  }
}
