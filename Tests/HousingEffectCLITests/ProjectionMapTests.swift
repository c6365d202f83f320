import Foundation
import Testing

@testable import HousingEffectCLI

/// The map in `project --format html`: drawn when a study projects two or more Limburg
/// municipalities, absent otherwise, and never in text or Markdown.
@Suite("project command: the map")
struct ProjectionMapTests {
  /// Venray has a sourced count of working labour migrants from 2025 in the region data;
  /// Leudal's is from 2018, before the paths' base year, so the study gives one (issue 19).
  static let study = """
    {
      "schemaVersion": 1,
      "title": "Venray en Leudal",
      "projection": { "regions": ["Venray", "Leudal"], "until": 2035, "paths": ["expectation2030"],
        "bases": [{"region": "Leudal", "year": 2024, "working": 4000, "source": "illustratief"}] }
    }
    """

  @Test("two municipalities: maps of all 31, the two shaded with the table's 2030 values")
  func twoMunicipalities() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("study.json")
      try Self.study.write(to: file, atomically: true, encoding: .utf8)
      let html = Run(["project", file.path, "--format", "html", "--draws", "0"])
      #expect(html.status == 0, "\(html.stderr)")
      let page = html.stdout
      // Two maps: the shortfall of temporary beds and the working labour migrants.
      #expect(page.components(separatedBy: "<figure class=\"chart map\">").count - 1 == 2)
      #expect(page.contains("Werkzame arbeidsmigranten per gemeente in 2030"))
      #expect(page.contains("Tekort tijdelijke bedden per gemeente in 2030"))
      #expect(page.components(separatedBy: "<path d=\"M").count - 1 == 2 * 31)
      // 29 municipalities are not in the study; the two that are carry their value.
      #expect(page.components(separatedBy: ": niet in de studie</title>").count - 1 == 2 * 29)
      #expect(page.contains(">Grenzen: Kadaster / CBS, Wijk- en buurtkaart 2024</text>"))
      // The map's label for Venray is the value the Venray table prints for 2030.
      let text = Run(["project", file.path, "--draws", "0"])
      #expect(text.status == 0)
      let label = try #require(
        page.firstMatch(of: /<title>Venray: ([0-9.]+)<\/title>/).map { String($0.1) })
      #expect(text.stdout.contains(label))
      #expect(!text.stdout.contains("niet in de studie"))

      let english = Run(["project", file.path, "--format", "html", "--draws", "0", "--lang", "en"])
      #expect(english.stdout.contains("Working labour migrants per municipality in 2030"))
      #expect(english.stdout.contains(": not in the study</title>"))
    }
  }

  @Test("a study of one area has no map")
  func oneArea() throws {
    let study = try #require(
      ProjectCommandTests.studies.first { $0.hasSuffix("projection-study-venray.json") })
    let run = Run(["project", study, "--format", "html", "--draws", "0"])
    #expect(run.status == 0)
    #expect(!run.stdout.contains("chart map"))
  }
}
