import Foundation
import HousingEffect
import Testing

/// `--row N`: one row of a batch CSV in `assess`, `explain` and `sensitivity` (issue 21, item 6).
/// N is the row's line in the file, as the batch output's `line` column shows it.
@Suite("batch rows in assess, explain and sensitivity")
struct BatchRowTests {
  static let example = RepositoryPaths.root.appendingPathComponent(
    "Scenarios/batch-example.csv"
  ).path

  static func json(_ text: String) throws -> [String: Any] {
    try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
  }

  @Test("assess --row gives the batch row's shortfall, for every row of the example")
  func assessRow() throws {
    let batch = Run(["batch", Self.example, "--format", "json"])
    #expect(batch.status == 0)
    let rows = try Self.json(batch.stdout)["rows"] as? [[String: Any]] ?? []
    #expect(rows.count == 5)
    for row in rows {
      let line = (row["line"] as? NSNumber)?.intValue ?? 0
      let run = Run(["assess", Self.example, "--row", String(line), "--format", "json"])
      #expect(run.status == 0, "\(run.stderr)")
      let object = try Self.json(run.stdout)
      let establishment = object["establishment"] as? [String: Any]
      #expect(establishment?["name"] as? String == row["name"] as? String)
      let peak =
        ((object["fullOperation"] as? [String: Any])?["housing"] as? [String: Any])?["peak"]
        as? [String: Any]
      let assessed = (peak?["shortfallBeds"] as? NSNumber)?.doubleValue
      let batched = (row["shortfallBeds"] as? NSNumber)?.doubleValue
      #expect(assessed != nil)
      #expect(assessed == batched, "line \(line)")
    }
  }

  @Test("explain and sensitivity take a row: line 4 is the meat processor in Venray")
  func explainAndSensitivity() {
    let explain = Run([
      "explain", "housing.shortfallBeds", Self.example, "--row", "4", "--lang", "en",
    ])
    #expect(explain.status == 0, "\(explain.stderr)")
    // Line 4 has only quick-estimate fields: its trace is the quick estimate's.
    let quick = Run([
      "explain", "housing.shortfallBeds", "--sector", "meat-processing", "--jobs", "650",
      "--municipality", "Venray", "--start-year", "2028", "--lang", "en",
    ])
    #expect(explain.stdout == quick.stdout)
    #expect(explain.stdout.contains("housing.shortfallBeds (Shortfall of beds) = "))
    let sensitivity = Run([
      "sensitivity", Self.example, "--row", "4", "--lang", "en", "--top", "3",
    ])
    #expect(sensitivity.status == 0, "\(sensitivity.stderr)")
    #expect(sensitivity.stdout.contains("Vleesverwerker"))
    // The same row read twice gives the same report; another row another one.
    let again = Run(["sensitivity", Self.example, "--row", "4", "--lang", "en", "--top", "3"])
    #expect(again.stdout == sensitivity.stdout)
    let other = Run(["sensitivity", Self.example, "--row", "5", "--lang", "en", "--top", "3"])
    #expect(other.stdout.contains("Chipfabriek"))
  }

  @Test("a line without a row, the header line, a JSON file or no file: a usage error")
  func refusals() {
    let missing = Run([
      "explain", "--lang", "en", "housing.shortfallBeds", Self.example, "--row", "40",
    ])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("has no establishment on line 40"))
    #expect(missing.stderr.contains("from line 2 to line 6"))
    let header = Run(["sensitivity", "--lang", "en", Self.example, "--row", "1"])
    #expect(header.status == 64)
    #expect(header.stderr.contains("line 1 is the header"))
    let json = RepositoryPaths.root.appendingPathComponent("Scenarios/venlo-ecommerce-dc.json")
      .path
    let file = Run(["sensitivity", "--lang", "en", json, "--row", "2"])
    #expect(file.status == 64)
    #expect(file.stderr.contains("is an establishment file"))
    let none = Run(["explain", "housing.shortfallBeds", "--row", "2"])
    #expect(none.status == 64)
  }

  @Test("an invalid row is reported with its line and nothing else")
  func invalidRow() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "batch-row-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.csv")
    try "name,municipality,type,jobs\nA,Venlo,hospitality,10\nB,Venloo,hospitality,10\n"
      .write(to: input, atomically: true, encoding: .utf8)
    let bad = Run(["sensitivity", input.path, "--row", "3"])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("in.csv:3:"))
    // Line 2 is valid: the invalid line 3 does not stop it.
    let good = Run(["sensitivity", input.path, "--row", "2", "--top", "2"])
    #expect(good.status == 0, "\(good.stderr)")
    #expect(!good.stderr.contains("Venloo"))
  }
}
