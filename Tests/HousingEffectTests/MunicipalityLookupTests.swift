import Testing

@testable import HousingEffect

@Suite("Batch: each municipality name resolved once, with the region data's answer")
struct MunicipalityLookupTests {
  @Test(
    "names, codes, unknown names (with their suggestion) and ambiguous names give what the region data gives, asked again or not",
    arguments: [
      "Venlo", "venlo", " Venlo ", "GM0983", "983", "Venloo", "Maastricht", "Nowhere", "",
    ])
  func sameAnswers(name: String) {
    var lookup = MunicipalityLookup(regions: .limburg)
    let direct = RegionData.limburg.municipality(named: name)
    #expect(lookup.municipality(named: name) == direct)
    // The second time comes from the cache: still the same answer.
    #expect(lookup.municipality(named: name) == direct)
  }

  @Test(
    "a name and its code resolve to the same municipality; an unknown name keeps its suggestion")
  func resolves() {
    var lookup = MunicipalityLookup(regions: .limburg)
    guard case .success(let byName) = lookup.municipality(named: "Venlo"),
      case .success(let byCode) = lookup.municipality(named: "GM0983")
    else {
      Issue.record("Venlo not found by name or by code")
      return
    }
    #expect(byName.code == "GM0983")
    #expect(byName == byCode)
    guard case .failure(let failure) = lookup.municipality(named: "Venloo") else {
      Issue.record("'Venloo' resolved")
      return
    }
    #expect(failure.suggestion == "Venlo")
  }
}
