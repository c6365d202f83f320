import Foundation
import HousingEffect
import HousingEffectReports
import Testing

@Suite("assess command")
struct AssessCommandTests {
  /// The size option a quick estimate of `type` takes.
  static func sizeArguments(_ type: EstablishmentType) -> [String] {
    switch type.physicalSizeBasis {
    case .hectares: ["--hectares", "12"]
    case .floorArea: ["--floor-area", "40000"]
    default: ["--jobs", "250"]
    }
  }

  @Test(
    "a quick estimate works for every establishment type, in text and JSON",
    arguments: EstablishmentType.allCases)
  func quickEstimate(_ type: EstablishmentType) throws {
    let base =
      ["assess", "--sector", type.rawValue, "--municipality", "Venray"] + Self.sizeArguments(type)
    let text = Run(base)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("Huisvestingseffectrapportage"))
    #expect(text.stdout.contains("Niet opgegeven, standaardwaarde gebruikt"))
    let json = Run(base + ["--format", "json"])
    #expect(json.status == 0)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["schemaVersion"] as? Int == AssessmentDocument.schemaVersion)
    #expect((object?["defaulted"] as? [Any])?.isEmpty == false)
  }

  @Test("a size the type has no density for is a usage error that says what to give")
  func wrongSizeBasis() {
    let run = Run([
      "assess", "--sector", "glasshouse-tomato", "--floor-area", "5000", "--municipality", "Venlo",
    ])
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("--hectares"))
  }

  @Test("a file and quick-estimate options together are refused")
  func fileAndQuick() {
    let run = Run(["assess", "--lang", "en", "x.json", "--sector", "hospitality"])
    #expect(run.status == 64)
    #expect(run.stderr.contains("either an establishment file or"))
  }

  @Test("--year before the timeline names where it starts")
  func yearBefore() {
    let run = Run([
      "assess", "--lang", "en", "--sector", "hospitality", "--jobs", "10", "--municipality",
      "Venlo", "--year",
      "2020", "--draws", "0",
    ])
    #expect(run.status == 64)
    #expect(run.stderr.contains("before this establishment's timeline, starting in 2028"))
  }

  @Test("--year past the timeline is the steady state, as in compare --year")
  func yearPastTimeline() throws {
    let base = [
      "assess", "--sector", "hospitality", "--jobs", "10", "--municipality", "Venlo",
      "--draws", "0", "--format", "json",
    ]
    let later = Run(base + ["--year", "2050"])
    #expect(later.status == 0, "\(later.stderr)")
    let plain = Run(base)
    // Same figures in every year the plain run has; the later run adds years up to 2050 that
    // repeat the full-operation year.
    func years(_ text: String) throws -> [[String: Any]] {
      let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
      return try #require(object?["years"] as? [[String: Any]])
    }
    let extended = try years(later.stdout)
    let original = try years(plain.stdout)
    #expect(extended.count > original.count)
    #expect((extended.last?["year"] as? Int) == 2050)
    let lastPlain = try #require(original.last)
    let last = try #require(extended.last)
    func bytes(_ value: Any?) throws -> Data {
      try JSONSerialization.data(withJSONObject: [value ?? NSNull()], options: [.sortedKeys])
    }
    // Stocks hold in the steady state (arrivals and registrations are flows that settle).
    for stage in ["workforce", "housing"] {
      var before = try #require(lastPlain[stage] as? [String: Any])
      var after = try #require(last[stage] as? [String: Any])
      before["year"] = nil
      after["year"] = nil
      #expect(try bytes(before) == bytes(after), "\(stage) differs in the steady state")
    }
  }

  @Test("the English report is in English")
  func english() {
    let run = Run([
      "assess", "--sector", "hospitality", "--jobs", "10", "--municipality", "Venlo", "--lang",
      "en",
    ])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Housing effect report"))
    #expect(!run.stdout.contains("Huisvestingseffectrapportage"))
  }
}

@Suite("the wrong kind of file")
struct WrongKindOfFileTests {
  static func scenario(_ name: String) -> String {
    RepositoryPaths.root.appendingPathComponent("Scenarios/\(name)").path
  }

  @Test("a study given to assess or explain points to compare")
  func studyToAssess() {
    let study = Self.scenario("venlo-dc-study.json")
    for arguments in [["assess", study], ["explain", "housing.shortStayBeds", study]] {
      let run = Run(arguments + ["--lang", "en"])
      #expect(run.status == 64)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.contains("is a study file"))
      #expect(run.stderr.contains("housing-effect compare"))
    }
  }

  @Test("an establishment given to compare points to assess")
  func establishmentToCompare() {
    let run = Run(["compare", "--lang", "en", Self.scenario("venlo-ecommerce-dc.json")])
    #expect(run.status == 64)
    #expect(run.stderr.contains("is not a study file"))
    #expect(run.stderr.contains("housing-effect assess"))
  }
}

@Suite("quick estimate: what was assumed")
struct QuickEstimateSourcesTests {
  @Test("an assumed start year is said in the report, a given one is not called assumed")
  func startYear() {
    let base = ["assess", "--sector", "hospitality", "--jobs", "10", "--municipality", "Venlo"]
    let assumed = Run(base + ["--lang", "en"])
    #expect(assumed.status == 0)
    #expect(assumed.stdout.contains("Start year not given (--start-year): 2028 assumed"))
    let given = Run(base + ["--start-year", "2030"])
    #expect(given.status == 0)
    #expect(!given.stdout.contains("Start year not given"))
    #expect(given.stdout.contains("Snelle schatting vanaf de opdrachtregel"))
  }
}
