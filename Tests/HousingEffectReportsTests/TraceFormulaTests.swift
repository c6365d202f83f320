import HousingEffect
import HousingEffectReports
import Testing

/// Every formula key the model records has an English and a Dutch wording (issue 18, item 4).
@Suite("Trace formulas")
struct TraceFormulaTests {
  /// The formula keys of every example, at every housing norm, with the size stated as jobs,
  /// floor area and hectares, with dwellings available to newcomers, and with a construction
  /// crew stated and estimated: every variant the stages record.
  static var recordedKeys: Set<FormulaKey> {
    var keys: Set<FormulaKey> = []
    for example in Examples.all {
      var variants = [example.establishment]
      for norm in HousingNorm.allCases {
        var establishment = example.establishment
        establishment.housingNorm = norm
        variants.append(establishment)
      }
      for size in [EstablishmentSize.jobs(300), .floorArea(20_000), .hectares(10)] {
        var establishment = example.establishment
        establishment.size = size
        variants.append(establishment)
      }
      var dwellings = example.establishment
      dwellings.availableDwellings = [AvailableDwellings(year: dwellings.startYear, dwellings: 10)]
      variants.append(dwellings)
      if var crew = example.establishment.construction {
        var establishment = example.establishment
        crew.workers = crew.workers == nil ? 100 : nil
        establishment.construction = crew
        establishment.size = .floorArea(20_000)
        variants.append(establishment)
      }
      for establishment in variants {
        let assessment = Assessment(
          establishment, region: example.region,
          parameters: ParameterSet(asOf: establishment.referenceDay))
        keys.formUnion(assessment.trace.entries.map(\.formula))
      }
    }
    return keys
  }

  @Test("every recorded formula key has an English and a Dutch wording, and they differ")
  func everyKeyHasBothWordings() {
    let keys = Self.recordedKeys
    #expect(keys.count > 60)
    for key in keys.sorted() {
      let english = TraceFormulas.wording(key, in: .en)
      let dutch = TraceFormulas.wording(key, in: .nl)
      #expect(english != nil, "no English wording for \(key)")
      #expect(dutch != nil, "no Dutch wording for \(key)")
      #expect(english != dutch, "the Dutch wording of \(key) is the English one")
    }
  }

  @Test("the two tables word the same keys, and every variant was recorded")
  func tablesMatch() {
    #expect(Set(TraceFormulas.english.keys) == Set(TraceFormulas.dutch.keys))
    let recorded = Self.recordedKeys.filter { $0.indicator != "housing.floorArea" }
    #expect(Set(TraceFormulas.english.keys).subtracting(recorded).sorted() == [])
  }
}
