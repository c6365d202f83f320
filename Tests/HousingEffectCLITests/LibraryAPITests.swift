import Foundation
import HousingEffect
import HousingEffectReports
import Testing

@testable import HousingEffectCLI

/// The one-call library API gives what the command line gives (issue 21, item 8).
@Suite("library: EstablishmentReport")
struct LibraryAPITests {
  static let venlo = RepositoryPaths.root.appendingPathComponent(
    "Scenarios/venlo-ecommerce-dc.json"
  ).path

  static func withoutCommand(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("housing-effect assess") }.joined(separator: "\n")
  }

  @Test("a file gives the JSON, the CSV and the Dutch text of 'assess', ranges included")
  func sameAsCommandLine() throws {
    let report = try EstablishmentReport(file: Self.venlo, options: EnsembleOptions(draws: 300))
    for (format, name) in [(ReportFormat.json, "json"), (.csv, "csv")] {
      let run = Run(["assess", Self.venlo, "--format", name, "--draws", "300"])
      #expect(Self.withoutCommand(report.text(format: format)) == Self.withoutCommand(run.stdout))
    }
    let text = Run(["assess", Self.venlo, "--draws", "300"])
    let command = "housing-effect assess \(Self.venlo) --draws 300"
    #expect(report.text(language: .nl, command: command) == text.stdout)
  }

  @Test("value and range read the headline year; a value in code gives the quick estimate")
  func valuesAndRanges() throws {
    let dc = Establishment(
      name: "XXL DC", municipality: "Venray", type: .distributionXXL,
      size: .floorArea(100_000), startYear: 2028)
    let report = try EstablishmentReport(dc, options: EnsembleOptions(draws: 200))
    // 100,000 m² ÷ 161 m² per job (jobs.m2PerJob.distributionXxl) = 621.1 FTE in the
    // headline year 2030 (ramp-up 0.5, 0.8, 1 from 2028), half of it in 2028.
    #expect(report.headlineYear == 2030)
    let fte = report.value("staffing.operationFTE") ?? 0
    #expect(abs(fte - 100_000 / 161) < 1e-9)
    let first = report.value("staffing.operationFTE", year: 2028) ?? 0
    #expect(abs(first - 0.5 * 100_000 / 161) < 1e-9)
    let range = try #require(report.range("housing.shortfallBeds"))
    #expect(range.p10 <= range.p50 && range.p50 <= range.p90)
    #expect(report.value("no.such.indicator") == nil)
    #expect(
      try EstablishmentReport(dc, options: EnsembleOptions(draws: 0)).range(
        "housing.shortfallBeds") == nil)
  }

  @Test("a home-delivery centre takes its own floor area per job, not the e-commerce one")
  func homeDeliveryDensity() throws {
    let hub = Establishment(
      name: "Hub", municipality: "Venlo", type: .distributionHomeDelivery,
      size: .floorArea(9_000), startYear: 2028)
    let report = try EstablishmentReport(hub, options: EnsembleOptions(draws: 0))
    // 9,000 m² ÷ 45 m² per job (jobs.m2PerJob.distributionHomeDelivery) = 200 FTE in 2030;
    // the same floor area as an e-commerce centre: 9,000 ÷ 110 = 81.8 FTE.
    #expect(abs((report.value("staffing.operationFTE") ?? 0) - 200) < 1e-9)
    var ecommerce = hub
    ecommerce.type = .distributionEcommerce
    let other = try EstablishmentReport(ecommerce, options: EnsembleOptions(draws: 0))
    #expect(abs((other.value("staffing.operationFTE") ?? 0) - 9_000 / 110) < 1e-9)
    #expect(EstablishmentType.distributionHomeDelivery.sectorGroup == .logistics)
  }

  @Test("errors carry the command line's messages")
  func failures() {
    #expect(throws: EstablishmentReport.Failure.self) {
      try EstablishmentReport(file: "/no/such/file.json")
    }
    let elsewhere = Establishment(
      name: "X", municipality: "Eindhoven", type: .distributionXXL, size: .jobs(100),
      startYear: 2028)
    do {
      _ = try EstablishmentReport(elsewhere, options: EnsembleOptions(draws: 0))
      Issue.record("Eindhoven is not in the built-in data")
    } catch {
      #expect(error.description.contains("Noord-Brabant"))
    }
  }
}
