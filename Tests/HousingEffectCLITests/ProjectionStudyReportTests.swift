import Foundation
import Testing

@testable import HousingEffectCLI

/// The study report of `project` (issue 19, items 7 and 8): findings first, the paths side by
/// side, broad welfare per path, each wholly in its language; a compact comparison of many
/// municipalities with the gap map; the maps of `batch` and `assess`.
@Suite("project command: the study report")
struct ProjectionStudyReportTests {
  static let venray = RepositoryPaths.root.appendingPathComponent(
    "Scenarios/projection-study-venray.json"
  ).path
  static let limburg = RepositoryPaths.root.appendingPathComponent(
    "Scenarios/projection-study-limburg.json"
  ).path

  @Test("findings: the largest shortfall, its year and the first year, as the CSV's series says")
  func findingsByHand() throws {
    let csv = Run(["project", Self.venray, "--format", "csv", "--draws", "0", "--lang", "en"])
    #expect(csv.status == 0, "\(csv.stderr)")
    // Venray,2026,expectation2030,without,temporaryGap,beds,2153,,,
    var series: [(Int, Double)] = []
    for line in csv.stdout.split(separator: "\r\n") {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard cells.count >= 7, cells[0] == "Venray", cells[2] == "expectation2030",
        cells[3] == "without", cells[4] == "temporaryGap",
        let year = Int(cells[1]), let value = Double(cells[6])
      else { continue }
      series.append((year, value))
    }
    #expect(series.count == 2050 - 2025 + 1)
    let after = series.dropFirst()  // the largest shortfall is after the base year
    let largest = try #require(after.max { $0.1 < $1.1 })
    // Venray's licensed beds fall short in its base year already.
    #expect(try #require(series.first).1 >= 0.5)
    let text = Run(["project", Self.venray, "--draws", "0", "--lang", "en"])
    #expect(text.status == 0)
    // Whole beds with a comma per thousand: 2153 → "2,153".
    let digits = String(Int(largest.1.rounded()))
    let formatted =
      digits.count > 3 ? digits.dropLast(3) + "," + digits.suffix(3) : Substring(digits)
    // The findings' shortfall table: "2030 expectation … 2,236 in 2026 … 2026 …".
    let line = try #require(
      text.stdout.split(separator: "\n").first {
        $0.hasPrefix("2030 expectation ") && $0.contains(" in \(largest.0)")
      })
    #expect(line.contains("\(formatted) in \(largest.0)"))
    #expect(line.contains("already in 2025"))
  }

  @Test("Venray: the path fits its area, the paths side by side, broad welfare per path")
  func venrayReport() {
    let nl = Run(["project", Self.venray, "--draws", "0"])
    #expect(nl.status == 0, "\(nl.stderr)")
    let text = nl.stdout
    #expect(text.contains("1. Bevindingen"))
    #expect(text.contains("Verwachting 2030 van de provincie, geschaald naar Venray"))
    // The province's range is the province's, not Venray's.
    #expect(!text.contains("96.000–112.000"))
    #expect(text.contains("Groeipaden naast elkaar"))
    #expect(text.contains("Brede welvaart per groeipad"))
    for label in [
      "Migranten per 1.000 inwoners", "Woningdruk", "Onvervulde vraag naar tijdelijke bedden",
      "Druk op voorzieningen",
    ] {
      #expect(text.contains(label))
    }
    #expect(text.contains("▼ negatief"))
    // The short/mid split is derived from the agency stay shares (0.375, issue 19 item 6), so
    // the two rows differ and are not merged into one "each" row.
    #expect(!text.contains("Short-stay en mid-stay, elk"))
    // Wholly Dutch: none of the English words of the new parts.
    for english in [
      "Findings", "Growth path", "side by side", "with establishments", "scaled to",
      "Broad welfare", "run out", "negative", "attention", "none to",
    ] {
      #expect(!text.contains(english), "\(english) in the Dutch report")
    }
    let en = Run(["project", Self.venray, "--draws", "0", "--lang", "en", "--format", "markdown"])
    #expect(en.status == 0)
    #expect(en.stdout.contains("The province's 2030 expectation, scaled to Venray"))
    for dutch in [
      "Bevindingen", "Groeipad", "geschaald", "met vestigingen", "Brede welvaart", "negatief",
      "aandacht", "neutraal", "Woningdruk", "geen tot",
    ] {
      #expect(!en.stdout.contains(dutch), "\(dutch) in the English report")
    }
  }

  @Test("HTML: the side-by-side chart in persons; the stacked chart labels persons, not dwellings")
  func charts() {
    let run = Run(["project", Self.venray, "--format", "html", "--draws", "0"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Werkzame arbeidsmigranten per groeipad, Venray"))
    #expect(run.stdout.contains("Long-stay: arbeidsmigranten en gezinnen (personen)"))
    #expect(!run.stdout.contains("gezinnen (woningen)"))
  }

  @Test("Limburg: province and regions in full, the 31 municipalities in one table and two maps")
  func compact() throws {
    let run = Run(["project", Self.limburg, "--format", "html", "--draws", "0", "--until", "2035"])
    #expect(run.status == 0, "\(run.stderr)")
    let page = run.stdout
    #expect(page.contains("Gemeenten vergeleken"))
    #expect(page.components(separatedBy: "<figure class=\"chart map\">").count - 1 == 2)
    #expect(page.contains("Tekort tijdelijke bedden per gemeente in 2030, pad ‘Verwachting 2030’"))
    // Sections in full: the province and the three policy regions, no municipality.
    #expect(page.contains("(provincie)</h2>"))
    #expect(page.components(separatedBy: "(beleidsregio)</h2>").count - 1 == 3)
    #expect(!page.contains("(gemeente)</h2>"))
    // The comparison table: one row per municipality, each with its 2030 gap in the map key.
    let venlo = try #require(
      page.firstMatch(of: /<title>Venlo: ([0-9.]+)<\/title>/).map { String($0.1) })
    #expect(page.contains("<th scope=\"row\">Venlo</th>"))
    #expect(page.contains(venlo))

    let detail = Run([
      "project", Self.limburg, "--format", "text", "--draws", "0", "--until", "2035", "--detail",
      "venray, Beesel",
    ])
    #expect(detail.status == 0, "\(detail.stderr)")
    #expect(detail.stdout.contains(". Venray (gemeente)\n"))
    #expect(detail.stdout.contains(". Beesel (gemeente)\n"))
    #expect(!detail.stdout.contains(". Venlo (gemeente)\n"))

    let chosen = Run([
      "project", Self.limburg, "--format", "html", "--draws", "0", "--until", "2045",
      "--map-year", "2040", "--map-path", "trend",
    ])
    #expect(chosen.status == 0)
    #expect(
      chosen.stdout.contains("Tekort tijdelijke bedden per gemeente in 2040, pad ‘Recente trend’"))
  }

  @Test("--detail and --map-path name what the study has, with a suggestion")
  func badOptions() {
    let detail = Run([
      "project", "--lang", "en", Self.limburg, "--draws", "0", "--detail", "Venary",
    ])
    #expect(detail.status == 64)
    #expect(detail.stderr.contains("Unknown region 'Venary' for --detail"))
    #expect(detail.stderr.contains("Did you mean 'Venray'?"))
    let path = Run(["project", "--lang", "en", Self.limburg, "--draws", "0", "--map-path", "trnd"])
    #expect(path.status == 64)
    #expect(path.stderr.contains("Unknown path 'trnd' for --map-path"))
    #expect(path.stderr.contains("Did you mean 'trend'?"))
  }

  @Test("batch HTML maps the temporary beds per municipality of its table")
  func batchMap() throws {
    let example = RepositoryPaths.root.appendingPathComponent(
      "Scenarios/batch-limburg-1000.csv"
    ).path
    let run = Run(["batch", example, "--format", "html"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Cumulatieve belasting: tijdelijke bedden per gemeente"))
    #expect(run.stdout.components(separatedBy: "<path d=\"M").count - 1 == 31)
    #expect(run.stdout.contains("Grenzen: Kadaster / CBS, Wijk- en buurtkaart 2024"))
    let english = Run(["batch", example, "--format", "html", "--lang", "en"])
    #expect(english.stdout.contains("Cumulative load: temporary beds per municipality"))
  }

  @Test("assess HTML maps where the newcomers live; other provinces and abroad in its title")
  func assessMap() {
    let example = RepositoryPaths.root.appendingPathComponent(
      "Scenarios/venlo-ecommerce-dc.json"
    ).path
    let run = Run(["assess", example, "--format", "html"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Waar de nieuwkomers wonen: "))
    #expect(run.stdout.contains("over de grens in Duitsland"))
    #expect(run.stdout.components(separatedBy: "<figure class=\"chart map\">").count - 1 == 1)
    let text = Run(["assess", example])
    #expect(!text.stdout.contains("chart map"))
  }
}

@Suite("project command: the broad-welfare CSV")
struct ProjectionWelfareCSVTests {
  @Test("--welfare: one row per region, year, path, variant and indicator with its rating")
  func welfareCSV() throws {
    let run = Run([
      "project", ProjectionStudyReportTests.venray, "--format", "csv", "--welfare", "--draws", "0",
    ])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\r\n")
    #expect(lines.first == "\u{FEFF}regio;jaar;pad;variant;indicator;eenheid;waarde;oordeel")
    // Venray 2025–2050: 26 years × 3 paths × 2 variants × 4 indicators.
    #expect(lines.count == 1 + 26 * 3 * 2 * 4)
    let row = try #require(
      lines.first {
        $0.hasPrefix("Venray;2030;") && $0.contains(";zonder vestigingen;Migranten per 1.000")
      })
    #expect(row.hasSuffix(";negatief"))
    // The value is the report's: residents per 1,000 inhabitants, one decimal.
    let text = Run(["project", ProjectionStudyReportTests.venray, "--draws", "0"])
    let value = try #require(row.split(separator: ";").dropLast().last)
    #expect(text.stdout.contains(String(value) + " ▼ negatief"))
    for word in [";without;", ";negative;", ";attention;", ";share;"] {
      #expect(!run.stdout.contains(word), "\(word) in the Dutch CSV")
    }
    let english = Run([
      "project", ProjectionStudyReportTests.venray, "--format", "csv", "--welfare", "--draws", "0",
      "--lang", "en",
    ])
    #expect(english.stdout.contains("welfare.migrantsPer1000,\"per 1,000 inhabitants\","))
    let wrong = Run(["project", "--lang", "en", ProjectionStudyReportTests.venray, "--welfare"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("--welfare is for --format csv"))
  }
}
