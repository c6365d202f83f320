import Foundation
import Testing

@testable import HousingEffect

/// `validate` on a small fixture: which outcomes are checked, inside P10–P90 and within ×1.5,
/// against the ensemble of the same quick estimate computed here.
@Suite("Reference validation")
struct ReferenceValidationTests {
  static let header = ReferenceTable.columns.joined(separator: ",")
  /// Three references: one whose jobs equal the default density's (60,000 m² ÷ 110 m² per
  /// job = 545), one whose published jobs are ten times that, one with only employer beds.
  static let fixture = """
    \(header)
    near,Near DC,Venlo,Limburg,distribution-ecommerce,floor_area_m2,60000,,m2,2024,T,P,2024,,reported,
    near,Near DC,Venlo,Limburg,distribution-ecommerce,jobs,545,,persons,2024,T,P,2024,,reported,
    far,Far DC,Venlo,Limburg,distribution-ecommerce,floor_area_m2,60000,,m2,2024,T,P,2024,,reported,
    far,Far DC,Venlo,Limburg,distribution-ecommerce,jobs,5450,,persons,2024,T,P,2024,,reported,
    beds,Beds only,Venlo,Limburg,open-field-agriculture,employer_beds,100,,beds,2024,T,P,2024,,planned,

    """

  @Test("each published outcome is set beside the draws of its quick estimate")
  func fixture() throws {
    let (references, diagnostics) = ReferenceTable.parse(Self.fixture)
    #expect(diagnostics.isEmpty)
    let options = EnsembleOptions(draws: 300, seed: 7, threads: 2)
    let validation = ReferenceValidation(references, options: options)
    #expect(validation.unchecked == ["beds"])
    #expect(validation.checks.map(\.referenceID) == ["near", "far"])
    #expect(validation.checks.allSatisfy { $0.outcome == .jobs })
    // The same quick estimate's draws, computed here: the check's range is theirs.
    let near = try #require(references.first)
    let establishment = try #require(ReferenceValidation.establishment(near, startYear: 2028))
    #expect(establishment.size == .floorArea(60_000))
    let region = ReferenceValidation.region(near)
    let year = Assessment(
      establishment, region: region, parameters: ParameterSet(asOf: establishment.referenceDay)
    ).fullOperationYear
    let ensemble = AssessmentEnsemble(
      establishment, region: region, years: [year],
      options: EnsembleOptions(draws: 300, seed: 7, threads: 1))
    let band = try #require(ensemble.ranges(year: year)?["staffing.operationFTE"])
    #expect(validation.checks[0].range == band)
    #expect(validation.checks[0].inside == band.contains(545))
    #expect(validation.checks[0].inside)
    #expect(validation.checks[0].withinFactor == (band.p50 >= 545 / 1.5 && band.p50 <= 545 * 1.5))
    #expect(!validation.checks[1].inside)
    #expect(!validation.checks[1].withinFactor)
    #expect(validation.overall.checks == 2)
    #expect(validation.overall.inside == 1)
    #expect(validation.overall.insideShare == 0.5)
    #expect(validation.sectors.map(\.type) == [.distributionEcommerce])
    #expect(validation.overall.medianSpread == (band.p90 / band.p10))
  }

  @Test("a reference sized by jobs has its jobs as the size, not as an outcome")
  func jobsAreTheSize() {
    let csv = """
      \(Self.header)
      h,Hotel,Venlo,Limburg,hospitality,jobs,100,,persons,2024,T,P,2024,,reported,
      h,Hotel,Venlo,Limburg,hospitality,peak_workforce,130,,persons,2024,T,P,2024,,reported,

      """
    let references = ReferenceTable.parse(csv).references
    #expect(references.first?.size == .jobs(100))
    #expect(ReferenceValidation.published(references[0]).map(\.0) == [.peakWorkforce])
  }

  @Test("the nearest references are of the same type, nearest in jobs on a log scale")
  func nearest() {
    let all = ReferenceEstablishment.all
    let picked = ReferenceComparison.nearest(
      type: .meatProcessing, jobs: 600, size: .jobs(600), in: all, count: 3)
    #expect(picked.allSatisfy { $0.type == .meatProcessing })
    let distances = picked.compactMap { $0.value(.jobs) }.map { abs(log($0 / 600)) }
    #expect(distances == distances.sorted())
    let others = all.filter { $0.type == .meatProcessing && !picked.contains($0) }
      .compactMap { $0.value(.jobs) }.map { abs(log($0 / 600)) }
    #expect(others.allSatisfy { $0 >= (distances.last ?? 0) })
  }
}
