import HousingEffect
import HousingEffectReports
import Testing

@Suite("Reports: strings")
struct ReportStringsTests {
  @Test(
    "every indicator the pipeline records has a label in both languages", arguments: Examples.all)
  func everyRecordedIndicatorHasALabel(_ example: Examples.Example) {
    let assessment = example.assessment
    var ids = Set(assessment.trace.indicators)
    ids.formUnion(Assessment.keyIndicatorIDs)
    for year in assessment.welfare.years { ids.formUnion(year.indicators.map(\.id)) }
    for language in Language.allCases {
      let strings = ReportStrings(language: language)
      let missing = ids.filter { strings.indicatorLabel($0)?.isEmpty ?? true }.sorted()
      #expect(missing.isEmpty, "\(language.rawValue): no label for \(missing)")
    }
  }

  @Test("Dutch and English labels differ where the words differ")
  func languagesDiffer() {
    let nl = ReportStrings(language: .nl)
    let en = ReportStrings(language: .en)
    #expect(nl.indicatorLabel("housing.shortStayBeds") == "Short-stay-bedden")
    #expect(en.indicatorLabel("housing.shortStayBeds") == "Short-stay beds")
    #expect(
      Welfare.Rating.allCases.map(nl.rating)
        == ["positief", "neutraal", "aandacht", "negatief", "info", "onbekend"])
    #expect(Welfare.Dimension.allCases.map(nl.dimension) == ["hier en nu", "later", "elders"])
    #expect(nl.stay(.short) == "short-stay (≤ 4 maanden)")
    #expect(en.stay(.long) == "long-stay (> 12 months)")
    for kind in ReportDocument.SectionKind.allCases {
      #expect(!nl.sectionTitle(kind).isEmpty && !en.sectionTitle(kind).isEmpty)
    }
    for contract in ContractType.allCases {
      #expect(nl.contract(contract) != en.contract(contract))
    }
    for norm in HousingNorm.allCases {
      #expect(!nl.norm(norm).isEmpty && !en.norm(norm).isEmpty)
    }
  }

  @Test("quantities carry their unit in words")
  func quantities() {
    let nl = ReportStrings(language: .nl)
    let en = ReportStrings(language: .en)
    #expect(nl.quantity(1.1, .per(.persons, .fte)) == "1,1 personen per fte")
    #expect(en.quantity(60, .per(.squareMetres, .jobs)) == "60 m² per job")
    #expect(nl.quantity(0.4, .share) == "40 %")
    #expect(
      nl.quantity(42_340, .per(.euros(priceYear: 2023), .jobs))
        == "€ 42.340 per baan (prijspeil 2023)")
    #expect(en.quantity(3, .years) == "3 years")
  }
}
