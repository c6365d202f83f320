import HousingEffect
import HousingEffectReports
import Testing

/// Issue 11, item 4: the gespreksleidraad in plain language, ordered by how much the answer
/// moves the result, covering the VNG conversation-guide topics.
@Suite("Reports: the conversation guide in plain language")
struct ConversationGuideTests {
  /// Section 8 of the Dutch text report.
  static func guide(_ example: Examples.Example) throws -> String {
    let report = TextReport(language: .nl).render(example.assessment, command: "x")
    let start = try #require(report.range(of: "8. Vragen aan het bedrijf"))
    let end = try #require(report.range(of: "9. Aannames en bronnen"))
    return String(report[start.lowerBound..<end.lowerBound])
  }

  @Test("no parameter ids in the questions", arguments: Examples.all)
  func noIds(_ example: Examples.Example) throws {
    let guide = try Self.guide(example)
    let ids = ParameterCatalog.standard.ids.filter { guide.contains($0.rawValue) }
    #expect(ids.isEmpty, "\(ids)")
  }

  @Test("the VNG topics: stay and rotation, wages and CAO, registration, housing, language")
  func topics() throws {
    let guide = try Self.guide(Examples.venlo).split(whereSeparator: \.isWhitespace)
      .joined(separator: " ")
    for topic in [
      "rotatie", "cao van de sector", "inschrijving in de BRP of de RNI",
      "Regelt het bedrijf zelf huisvesting", "taallessen", "diensten en ploegen",
    ] {
      #expect(guide.contains(topic), "missing: \(topic)")
    }
  }

  @Test("the question whose answer moves the need most comes first")
  func order() throws {
    // Venlo is sized by floor area: the jobs estimate and its m² per job move the need most.
    let swings = Examples.venlo.assessment.housingNeedSwings()
    #expect(swings.first?.id == "jobs.m2PerJob.distributionEcommerce")
    let guide = try Self.guide(Examples.venlo)
    let bullets = guide.split(separator: "\n").filter { $0.hasPrefix("- ") }
    #expect(bullets.first?.contains("Hoeveel banen (fte)") == true)
    // Wages and registration settle no figure of the model: they come last.
    #expect(bullets.suffix(2).contains { $0.contains("cao") || $0.contains("inschrijving") })
  }
}
