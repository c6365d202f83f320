import HousingEffect
import HousingEffectReports
import Testing

@Suite("Reports: Dutch parameter labels")
struct ParameterLabelTests {
  static let catalog = ParameterCatalog.standard
  static let dutch = ReportStrings.dutchParameterLabels

  @Test("every catalogue parameter has a non-empty Dutch label")
  func everyParameterHasADutchLabel() {
    let missing = Self.catalog.ids.filter {
      Self.dutch[$0]?.allSatisfy(\.isWhitespace) ?? true
    }
    #expect(missing.isEmpty, "no Dutch label for \(missing)")
  }

  @Test("every Dutch label belongs to a catalogue parameter")
  func noStaleLabels() {
    let stale = Self.dutch.keys.filter { Self.catalog[$0] == nil }.sorted()
    #expect(stale.isEmpty, "Dutch label for unknown ids \(stale)")
  }

  @Test("no Dutch label is the English label")
  func dutchDiffersFromEnglish() {
    let same = Self.catalog.parameters.filter { Self.dutch[$0.id] == $0.label }.map(\.id)
    #expect(same.isEmpty, "Dutch label equals the English one for \(same)")
  }

  @Test("parameterLabel gives the Dutch label in Dutch and the catalogue label in English")
  func parameterLabelPicksTheLanguage() throws {
    let parameter = try #require(Self.catalog["workforce.peakFactor.logistics"])
    #expect(ReportStrings(language: .nl).parameterLabel(parameter) == "Piekfactor, logistiek")
    #expect(ReportStrings(language: .en).parameterLabel(parameter) == parameter.label)
  }

  @Test("the Dutch Venlo report lists its parameters under their Dutch labels")
  func venloReportUsesDutchLabels() throws {
    let assessment = Examples.venlo.assessment
    let report = MarkdownReport(language: .nl).render(assessment, command: nil)
    #expect(!assessment.parametersUsed.isEmpty)
    for id in assessment.parametersUsed {
      let parameter = try #require(Self.catalog[id])
      let dutch = try #require(Self.dutch[id])
      #expect(report.contains("\(dutch) (\(id))"), "\(id): Dutch label missing")
      #expect(!report.contains("\(parameter.label) (\(id))"), "\(id): English label shown")
    }
    // The conversation guide asks in plain words, without labels or ids.
    #expect(report.contains("Hoeveel meer mensen werken er in de drukste periode"))
  }

  @Test("the English Venlo report keeps the catalogue labels")
  func englishReportKeepsCatalogueLabels() throws {
    let assessment = Examples.venlo.assessment
    let report = MarkdownReport(language: .en).render(assessment, command: nil)
    for id in assessment.parametersUsed {
      let parameter = try #require(Self.catalog[id])
      #expect(report.contains("\(parameter.label) (\(id))"), "\(id): catalogue label missing")
    }
  }
}
