import HousingEffect
import HousingEffectReports
import Testing

/// Issue 11, item 1: every catalogue parameter has its Dutch description and, where its value
/// has one, its Dutch rationale, derivation or note; every source locator has its Dutch wording.
@Suite("Reports: Dutch texts of the catalogue")
struct DutchParameterTextTests {
  @Test("every parameter of the catalogue has a Dutch description")
  func descriptions() {
    let missing = ParameterCatalog.standard.parameters.filter {
      DutchParameterText.all[$0.id] == nil
    }
    #expect(missing.isEmpty, "no Dutch text for \(missing.map(\.id.rawValue))")
  }

  @Test("every rationale, derivation and note has its Dutch text")
  func explanations() {
    for parameter in ParameterCatalog.standard.parameters {
      for dated in parameter.values {
        let needsText: Bool
        switch dated.provenance {
        case .cited: needsText = false
        case .derived, .assumption, .unverified: needsText = true
        }
        guard needsText else { continue }
        #expect(
          DutchParameterText.all[parameter.id]?.explanation != nil,
          "no Dutch explanation for \(parameter.id)")
      }
    }
  }

  @Test("no Dutch text for a parameter the catalogue does not have")
  func noStrays() {
    let ids = Set(ParameterCatalog.standard.ids)
    let strays = DutchParameterText.all.keys.filter { !ids.contains($0) }
    #expect(strays.isEmpty, "\(strays)")
  }

  @Test("every source locator has its Dutch wording")
  func locators() {
    var sources: [Source] = []
    for parameter in ParameterCatalog.standard.parameters {
      for dated in parameter.values {
        switch dated.provenance {
        case .cited(let source): sources.append(source)
        case .derived(_, _, let cited): sources += cited
        case .unverified(let source, _): sources.append(source)
        case .assumption: break
        }
      }
    }
    let missing = Set(sources.compactMap(\.locator)).filter {
      DutchParameterText.locators[$0] == nil
    }
    #expect(missing.isEmpty, "\(missing.sorted())")
  }

  @Test("the Dutch report shows the Dutch rationale, the English report the catalogue's")
  func inReports() throws {
    let assessment = Examples.venlo.assessment
    let dutch = TextReport(language: .nl).render(assessment, command: "x")
    let english = TextReport(language: .en).render(assessment, command: "x")
    let rationale = try #require(
      DutchParameterText.all["jobs.m2PerJob.distributionEcommerce"]?.explanation)
    let words = rationale.split(separator: " ").prefix(6).joined(separator: " ")
    #expect(dutch.replacingOccurrences(of: "\n", with: " ").contains(words))
    #expect(english.contains("No sector figure for e-commerce centres was found."))
  }
}
