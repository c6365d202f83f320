import Foundation
import HousingEffect
import Testing

@testable import HousingEffectCLI

/// Command lines that used to run and mislead (issue 11, item 7).
@Suite("command-line input that cannot mislead")
struct InputPlausibilityTests {
  @Test("--floor-area 100.000 is refused with 100000 as the suggestion, not read as 100 m²")
  func dutchThousands() {
    let run = Run([
      "assess", "--lang", "en", "--sector", "distribution-ecommerce", "--floor-area", "100.000",
      "--municipality", "Venlo",
    ])
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("Did you mean '100000'?"))
  }

  @Test(
    "grouped numbers are written plainly; plain numbers pass",
    arguments: [
      ("100.000", "100000"), ("1.200.000", "1200000"), ("1,200", "1200"), ("12,5", "12.5"),
      ("-2.500", "-2500"),
    ])
  func grouping(_ typed: String, _ plain: String) {
    #expect(ParsedArguments.withoutGrouping(typed) == plain)
  }

  @Test(
    "numbers without grouping are left alone", arguments: ["100", "12.5", "1.25", "0.1", "1e3"])
  func plainNumbers(_ typed: String) {
    #expect(ParsedArguments.withoutGrouping(typed) == nil)
  }

  @Test("an option before the command says that options follow the command")
  func optionFirst() {
    let run = Run(["--format", "json", "assess", "x.json", "--lang", "en"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("comes before the command; options follow it"))
    #expect(run.stderr.contains("'housing-effect assess … --format …'"))
  }

  @Test("explain lists only the formats it writes")
  func explainFormats() {
    let run = Run([
      "explain", "--lang", "en", "housing.shortfallBeds",
      RepositoryPaths.root.appendingPathComponent("Scenarios/venlo-ecommerce-dc.json").path,
      "--format",
      "csv",
    ])
    #expect(run.status == 64)
    #expect(run.stderr.contains("use text, markdown or json."))
    #expect(!run.stderr.contains("csv or"))
  }

  @Test("English messages put 'an' before a vowel sound")
  func article() {
    #expect(EstablishmentType.distributionEcommerce.englishNameWithArticle.hasPrefix("An e-"))
    #expect(EstablishmentType.distributionXXL.englishNameWithArticle.hasPrefix("An XXL"))
    #expect(EstablishmentType.dataCentre.englishNameWithArticle == "A data centre")
    let run = Run([
      "assess", "--lang", "en", "--sector", "distribution-xxl", "--hectares", "3", "--municipality",
      "Venlo",
    ])
    #expect(run.stderr.contains("An XXL (pallet) distribution centre is sized by"))
  }

  @Test("regions NAME --format csv writes the one row in the language's dialect")
  func regionsRow() {
    let dutch = Run(["regions", "Venlo", "--format", "csv"])
    #expect(dutch.status == 0)
    let lines = dutch.stdout.split(separator: "\r\n")
    #expect(lines.count == 2)
    #expect(dutch.stdout.hasPrefix("\u{FEFF}code;name;"))
    #expect(lines.last?.hasPrefix("GM0983;Venlo;") == true)
    #expect(lines.last?.contains(";124,16;") == true)
    let english = Run(["regions", "Venlo", "--format", "csv", "--lang", "en"])
    #expect(english.stdout.hasPrefix("\u{FEFF}code,name,"))
    #expect(english.stdout.contains(",124.16,"))
  }

  @Test("newcomers above 10 % of the host population draw a warning, the report still runs")
  func newcomerShare() {
    // Hand check: 3000 FTE meat processing in Vaals (10,121 inhabitants) puts about 1,060
    // newcomers in Vaals at full operation, above 1,012 (10 %).
    let run = Run([
      "assess", "--sector", "meat-processing", "--jobs", "3000", "--municipality", "Vaals",
      "--draws", "0",
    ])
    #expect(run.status == 0)
    #expect(run.stderr.contains("[newcomers-large-for-host]"))
    let small = Run([
      "assess", "--sector", "meat-processing", "--jobs", "300", "--municipality", "Vaals",
      "--draws", "0",
    ])
    #expect(!small.stderr.contains("newcomers-large-for-host"))
  }

  @Test("a start year outside the catalogue's dates draws a warning")
  func startYear() {
    let span = ParameterCatalog.standard.datedYears
    // The oldest dated value is a 1997 CBS figure; the newest runs to 2030 and beyond.
    #expect(span.lowerBound < 2012 && span.upperBound >= 2030)
    let late = Run([
      "assess", "--sector", "hospitality", "--jobs", "10", "--municipality", "Venlo",
      "--start-year", String(span.upperBound + 1), "--draws", "0",
    ])
    #expect(late.status == 0)
    #expect(late.stderr.contains("[start-year-outside-catalogue]"))
    let inside = Run([
      "assess", "--sector", "hospitality", "--jobs", "10", "--municipality", "Venlo",
      "--start-year", "2028", "--draws", "0",
    ])
    #expect(!inside.stderr.contains("start-year-outside-catalogue"))
  }
}
