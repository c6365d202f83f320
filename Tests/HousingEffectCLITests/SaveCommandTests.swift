import Foundation
import HousingEffect
import Testing

@testable import HousingEffectCLI

/// `assess --save FILE` (issue 21, item 7): the establishment as an editable file that gives
/// the same numbers when run again.
@Suite("assess --save")
struct SaveCommandTests {
  /// The JSON report without its `command` line, which names the input.
  static func figures(_ json: String) -> String {
    json.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.contains("housing-effect assess") }.joined(separator: "\n")
  }

  @Test("a quick estimate saved and run again gives the same JSON, ranges included; check passes")
  func quickEstimateRoundTrip() throws {
    try withTemporaryDirectory { directory in
      let saved = directory.appendingPathComponent("venray-dc.json").path
      let first = Run([
        "assess", "--sector", "distribution-xxl", "--floor-area", "100000", "--municipality",
        "Venray", "--employer-beds", "40", "--vacant-beds", "25", "--save", saved, "--format",
        "json", "--draws", "200",
      ])
      #expect(first.status == 0)
      let again = Run(["assess", saved, "--format", "json", "--draws", "200"])
      #expect(again.status == 0)
      #expect(!first.stdout.isEmpty)
      #expect(Self.figures(first.stdout) == Self.figures(again.stdout))
      let check = Run(["check", "--lang", "en", saved])
      #expect(check.status == 0, "\(check.stderr)")
      #expect(check.stderr.contains("\(saved): ok") || check.stderr.contains("warning"))

      let text = try String(contentsOfFile: saved, encoding: .utf8)
      // The given beds are fields; the defaulted values are under `defaults` with parameters.
      #expect(text.contains("\"employerHousing\": {\n    \"beds\": 40\n  }"))
      #expect(text.contains("\"freeLegalBeds\": 25"))
      #expect(text.contains("\"size.jobs\": {"))
      #expect(text.contains("\"jobs.m2PerJob.distributionXxl\""))
      #expect(text.contains("\"rampUp\": {\n      \"value\": [0.5, 0.8, 1]"))
      #expect(!text.contains("\"freeLegalBeds\": {"))
    }
  }

  @Test("a value moved from defaults to the top level counts as the company's answer")
  func editedValueCounts() throws {
    try withTemporaryDirectory { directory in
      let saved = directory.appendingPathComponent("dc.json").path
      let base = Run([
        "assess", "--sector", "distribution-ecommerce", "--jobs", "400", "--municipality",
        "Venlo", "--save", saved, "--format", "json", "--draws", "0",
      ])
      #expect(base.status == 0)
      var text = try String(contentsOfFile: saved, encoding: .utf8)
      // Full operation from the first year instead of the default ramp-up 0.5, 0.8, 1.
      text = text.replacingOccurrences(
        of: "\"startYear\": 2028,", with: "\"startYear\": 2028,\n  \"rampUp\": [1],")
      try text.write(toFile: saved, atomically: true, encoding: .utf8)
      let edited = Run(["assess", saved, "--format", "json", "--draws", "0", "--year", "2028"])
      #expect(edited.status == 0, "\(edited.stderr)")
      // 400 FTE in 2028 at ramp-up share 1, against 200 at the default 0.5.
      #expect(edited.stdout.contains("\"staffing.operationFTE\""))
      let defaulted = Run([
        "assess", "--sector", "distribution-ecommerce", "--jobs", "400",
        "--municipality", "Venlo", "--format", "json", "--draws", "0", "--year", "2028",
      ])
      #expect(Self.figures(edited.stdout) != Self.figures(defaulted.stdout))
    }
  }

  @Test("every example establishment saved and run again gives the same JSON")
  func examplesRoundTrip() throws {
    let folder = RepositoryPaths.root.appendingPathComponent("Scenarios")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
      .filter { $0.hasSuffix(".json") }
      .map { folder.appendingPathComponent($0).path }
      .filter {
        let text = (try? String(contentsOfFile: $0, encoding: .utf8)) ?? ""
        return !text.contains("\"alternatives\"") && !text.contains("\"projection\"")
      }
    #expect(files.count >= 6)
    try withTemporaryDirectory { directory in
      for file in files {
        let saved = directory.appendingPathComponent("saved.json").path
        let first = Run(["assess", file, "--save", saved, "--format", "json", "--draws", "100"])
        let again = Run(["assess", saved, "--format", "json", "--draws", "100"])
        #expect(first.status == 0 && again.status == 0, "\(file)")
        #expect(Self.figures(first.stdout) == Self.figures(again.stdout), "\(file)")
      }
    }
  }

  @Test("--save never overwrites the input file, and is checked before any work")
  func protectsInput() throws {
    try withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("in.json").path
      try FileManager.default.copyItem(
        atPath: RepositoryPaths.root.appendingPathComponent("Scenarios/venlo-ecommerce-dc.json")
          .path, toPath: input)
      let before = try String(contentsOfFile: input, encoding: .utf8)
      let run = Run(["assess", input, "--save", input])
      #expect(run.status != 0)
      #expect(run.stdout.isEmpty)
      #expect(try String(contentsOfFile: input, encoding: .utf8) == before)
    }
  }
}
