import Foundation
import HousingEffect
import HousingEffectReports
import Testing
import _TestSupport

/// Golden JSON and Dutch text for every establishment file in `Scenarios/`, loaded through the
/// same loader as the command line. Re-record with `RECORD_SNAPSHOTS=1 swift test`; see
/// `Scenarios/README.md`.
@Suite("Example establishments: golden output")
struct ExampleGoldenTests {
  static let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Scenarios")

  /// Establishment files (not studies) in `Scenarios/`, sorted.
  static let files: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: scenarios.path)) ?? []
    return names.filter { name in
      guard name.hasSuffix(".json"),
        let data = FileManager.default.contents(
          atPath: scenarios.appendingPathComponent(name).path),
        let text = String(data: data, encoding: .utf8)
      else { return false }
      return text.contains("\"type\"") && !text.contains("\"alternatives\"")
    }.sorted()
  }()

  static func assess(_ name: String) throws -> Assessment {
    let path = scenarios.appendingPathComponent(name).path
    let bytes = try #require(FileManager.default.contents(atPath: path))
    let (establishment, diagnostics) = EstablishmentLoader.load(
      [UInt8](bytes), file: name,
      municipality: {
        RegionData.limburg.municipality(named: $0).isFound ? .found : .unknown(suggestion: nil)
      })
    #expect(diagnostics.errors.isEmpty, "\(diagnostics)")
    let loaded = try #require(establishment)
    let municipality = try RegionData.limburg.municipality(named: loaded.municipality).get()
    return Assessment(
      loaded, region: HostRegion(municipality), parameters: ParameterSet(asOf: loaded.referenceDay))
  }

  @Test("Scenarios/ holds at least six establishment examples")
  func enoughExamples() {
    #expect(Self.files.count >= 6)
  }

  /// The examples' ranges: fewer draws than the command line's default keep the debug-build
  /// tests quick; two threads exercise the parallel path (the result does not depend on it).
  static func ranges(_ name: String, _ assessment: Assessment) throws -> AssessmentEnsemble {
    let path = scenarios.appendingPathComponent(name).path
    let bytes = try #require(FileManager.default.contents(atPath: path))
    let loaded = try #require(
      EstablishmentLoader.load([UInt8](bytes), file: name, municipality: { _ in .found }).0)
    return AssessmentEnsemble(
      loaded, region: assessment.region, years: assessment.years,
      used: assessment.parametersUsed, options: EnsembleOptions(draws: 200, threads: 2))
  }

  @Test("the JSON output of each example matches its golden file", arguments: files)
  func json(_ name: String) throws {
    let assessment = try Self.assess(name)
    let document = AssessmentDocument(
      assessment, toolVersion: "golden", ensemble: try Self.ranges(name, assessment))
    let text = try JSONReport.render(document)
    if let failure = Snapshot.verify(text, named: "example-" + name) { Issue.record("\(failure)") }
  }

  @Test("the Dutch text report of each example matches its golden file", arguments: files)
  func dutchText(_ name: String) throws {
    let assessment = try Self.assess(name)
    let text = TextReport(language: .nl).render(
      assessment, command: "housing-effect assess Scenarios/\(name) --draws 200",
      ensemble: try Self.ranges(name, assessment))
    if let failure = Snapshot.verify(
      text, named: "example-" + name.replacingOccurrences(of: ".json", with: ".nl.txt"))
    {
      Issue.record("\(failure)")
    }
  }
}

extension Result {
  var isFound: Bool {
    if case .success = self { return true }
    return false
  }
}
