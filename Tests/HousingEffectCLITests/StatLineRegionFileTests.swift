import Foundation
import Testing

@Suite("--region-file with a CBS StatLine export")
struct StatLineRegionFileTests {
  static let export = RepositoryPaths.root.appendingPathComponent(
    "Docs/data/statline-example-tilburg-westland.csv"
  ).path

  @Test("a quick estimate for Tilburg names the Limburg-derived values it still uses")
  func tilburg() {
    let run = Run([
      "assess", "--sector", "distribution-contract", "--jobs", "300", "--municipality",
      "Tilburg", "--region-file", Self.export,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.contains("Tilburg (GM0855)"))
    #expect(run.stdout.contains("106.200"))
    #expect(run.stdout.contains("Limburgse standaardwaarden buiten Limburg"))
    #expect(run.stdout.contains("migration.residence.outsideProvinceShare"))
    // The stay shares have a national figure that agrees; the residence share has none.
    #expect(run.stdout.contains("ruim 40 % was binnen een jaar vertrokken"))
    #expect(run.stdout.contains("geen landelijk cijfer gevonden"))
    let english = Run([
      "assess", "--sector", "distribution-contract", "--jobs", "300", "--municipality",
      "Westland", "--region-file", Self.export, "--lang", "en",
    ])
    #expect(english.status == 0, "\(english.stderr)")
    #expect(english.stdout.contains("Westland is outside Limburg"))
  }

  @Test("regions lists the imported municipalities with the built-in ones")
  func regions() {
    let run = Run(["regions", "--region-file", Self.export])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("GM0855"))
    #expect(run.stdout.contains("GM1783"))
    #expect(run.stdout.contains("GM0983"))
  }

  @Test(
    "regions: population, households and dwellings of all 31 at one date, each with its CBS table")
  func builtInTable() {
    let run = Run(["regions"])
    #expect(run.status == 0)
    let rows = run.stdout.split(separator: "\n").filter { $0.hasPrefix("GM") }
    #expect(rows.count == 31)
    #expect(rows.allSatisfy { $0.contains("2024-01-01") && $0.contains("CBS 85984NED") })
    #expect(run.stdout.contains("huishoudens"))
    #expect(run.stdout.contains("49.592"))
    #expect(!run.stdout.contains("(2021-01-01)"))
  }

  @Test("a region file that replaces a built-in municipality warns and names the change")
  func replacement() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "statline-venlo-\(UUID().uuidString).csv")
    try
      "\"Regio's\";\"Perioden\";\"Bevolking op 1 januari (aantal)\"\r\n\"Venlo\";\"2025\";\"104000\"\r\n"
      .write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let run = Run([
      "assess", "--sector", "hospitality", "--jobs", "10", "--municipality", "Venlo",
      "--region-file", file.path,
    ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.contains("[replaces-built-in-municipality]"))
    // In Dutch, the default: the warning names the change in Dutch.
    #expect(run.stderr.contains("vervangt de ingebouwde gemeente Venlo"))
    #expect(run.stderr.contains("inwoners 103789 (2024-01-01) → 104000 (2025-01-01)"))
    #expect(run.stdout.contains("104.000"))
    #expect(!run.stdout.contains("Limburgse standaardwaarden buiten Limburg"))
  }
}
