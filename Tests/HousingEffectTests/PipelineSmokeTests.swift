import HousingEffect
import Testing

@Suite("Pipeline smoke")
struct PipelineSmokeTests {
  @Test("an e-commerce centre in Venlo gives plausible figures")
  func venlo() throws {
    let establishment = Establishment(
      name: "DC", municipality: "Venlo", type: .distributionEcommerce, size: .floorArea(60_000),
      startYear: 2028)
    let region = HostRegion(
      name: "Venlo", province: .noordLimburg, population: 103_785, dwellings: 48_986)
    let assessment = Assessment(
      establishment, region: region,
      parameters: ParameterSet(asOf: establishment.referenceDay))
    for indicator in assessment.keyIndicators(year: assessment.fullOperationYear) {
      print(indicator.id, indicator.value, indicator.unit.symbol)
    }
    #expect(assessment.fullOperationYear == 2030)
  }
}
