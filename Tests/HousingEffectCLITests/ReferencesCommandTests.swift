import Foundation
import Testing

@testable import HousingEffect

/// `references` and `validate` on the command line.
@Suite("references and validate commands")
struct ReferencesCommandTests {
  @Test("references filters by type, writes its own CSV columns, and finds one by id")
  func listAndDetail() {
    let run = Run(["references", "--type", "meat-processing", "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(whereSeparator: \.isNewline)
    #expect(lines.first.map(String.init) == ReferenceTable.columns.joined(separator: ","))
    let meat = ReferenceEstablishment.all.filter { $0.type == .meatProcessing }
    #expect(lines.count == 1 + meat.map(\.figures.count).reduce(0, +))
    let id = meat[0].id
    let detail = Run(["references", id, "--lang", "en"])
    #expect(detail.status == 0)
    #expect(detail.stdout.contains(meat[0].name))
    let typo = Run(["references", "--lang", "en", String(id.dropLast())])
    #expect(typo.status == 64)
    #expect(typo.stderr.contains("Did you mean '\(id)'?"))
    let none = Run(["references", "--search", "no such text anywhere"])
    #expect(none.status == 1)
  }

  @Test("an automation level is recorded as 1, 2 or 3, shown in words and never checked")
  func automationLevel() throws {
    let header = ReferenceTable.columns.joined(separator: ",")
    let csv = """
      \(header)
      a,A,Venlo,Limburg,distribution-xxl,automation,2,3,level,2020,T,P,2020,,reported,
      a,A,Venlo,Limburg,distribution-xxl,automation,4,,level,2020,T,P,2020,,reported,
      a,A,Venlo,Limburg,distribution-xxl,automation,1.5,,level,2020,T,P,2020,,reported,

      """
    let (references, diagnostics) = ReferenceTable.parse(csv, file: "refs.csv")
    #expect(diagnostics.map(\.path) == ["line 3.value", "line 4.value"])
    let figures = try #require(references.first?.figures)
    #expect(figures.count == 1)
    #expect(figures[0].automationLevels == [.medium, .high])
    // Only an automation figure has levels, whatever its value.
    var jobs = figures[0]
    jobs.field = .jobs
    #expect(jobs.automationLevels.isEmpty)
    #expect(
      ReferenceEstablishment.all[0].figures.allSatisfy {
        $0.field == .automation || $0.automationLevels.isEmpty
      })
    // The built-in table records the Jumbo centre as automated (Levensmiddelenkrant 2020).
    let jumbo = try #require(ReferenceEstablishment.all.first { $0.id == "nieuwegein-jumbo-ndc" })
    #expect(jumbo.figures(.automation).flatMap(\.automationLevels) == [.high])
    let english = Run(["references", "nieuwegein-jumbo-ndc", "--lang", "en"])
    #expect(english.status == 0, "\(english.stderr)")
    #expect(english.stdout.contains("degree of automation"))
    #expect(english.stdout.contains("high (automated)"))
    let dutch = Run(["references", "waalwijk-bolcom-dc", "--lang", "nl"])
    #expect(dutch.stdout.contains("automatiseringsgraad"))
    #expect(dutch.stdout.contains("middel (gemechaniseerd)"))
    #expect(dutch.stdout.contains("hoog (geautomatiseerd)"))
    // A recorded level adds no validation check: no model input reads it.
    var without = jumbo
    without.figures.removeAll { $0.field == .automation }
    #expect(without.figures.count == jumbo.figures.count - 1)
    #expect(
      ReferenceValidation.published(jumbo).map(\.1)
        == ReferenceValidation.published(without).map(\.1))
  }

  @Test("validate reads a reference file and reports its checks as JSON")
  func validateFixture() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("refs.csv")
      let header = ReferenceTable.columns.joined(separator: ",")
      try """
      \(header)
      a,A,Venlo,Limburg,distribution-ecommerce,floor_area_m2,60000,,m2,2024,T,P,2024,,reported,
      a,A,Venlo,Limburg,distribution-ecommerce,jobs,545,,persons,2024,T,P,2024,,reported,

      """.write(to: file, atomically: true, encoding: .utf8)
      let run = Run([
        "validate", "--references", file.path, "--draws", "100", "--threads", "1", "--format",
        "json",
      ])
      #expect(run.status == 0, "\(run.stderr)")
      let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
      let overall = try #require(object?["overall"] as? [String: Any])
      #expect(overall["checks"] as? Int == 1)
      #expect(overall["inside"] as? Int == 1)
      // The text names every in-sample reference beside the range it informed (issue 20:
      // leave-one-out is not computable, so the report says which references set which range).
      let text = Run([
        "validate", "--references", file.path, "--draws", "20", "--threads", "1", "--lang", "en",
      ])
      #expect(text.status == 0, "\(text.stderr)")
      let flat = text.stdout.replacingOccurrences(of: "\n", with: " ")
      for (id, parameters) in ReferenceValidation.usedForRanges {
        #expect(flat.contains(id), "\(id) not named")
        for parameter in parameters {
          let label = try #require(ParameterCatalog.standard[parameter]?.label)
          #expect(flat.contains(label), "\(label) not named")
        }
      }
      let bad = directory.appendingPathComponent("bad.csv")
      try "\(header)\na,A,Venlo,Limburg,warehouse,jobs,1,,persons,2024,T,P,2024,,reported,\n"
        .write(to: bad, atomically: true, encoding: .utf8)
      let refused = Run(["validate", "--references", bad.path, "--draws", "10"])
      #expect(refused.status == 65)
      #expect(refused.stderr.contains("line 2.type"))
    }
  }
}
