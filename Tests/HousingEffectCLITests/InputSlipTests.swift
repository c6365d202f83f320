import Foundation
import HousingEffect
import Testing

@testable import HousingEffectCLI

/// Input slips a Dutch user makes and the tool must catch (issue 21, item 5).
@Suite("input slips: small sizes, sector words, municipalities elsewhere, explain by label")
struct InputSlipTests {
  static let slip = """
    {"schemaVersion":1,"name":"T","municipality":"Venlo","type":"distribution-xxl",
     "size":{"floorAreaM2":50.000},"startYear":2028}
    """

  @Test("\"floorAreaM2\": 50.000 warns in check --strict, naming the file, the field and 50000")
  func dutchThousandsInJSON() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("slip.json")
      try Self.slip.write(to: file, atomically: true, encoding: .utf8)
      let check = Run(["check", "--lang", "en", "--strict", file.path])
      #expect(check.status == 65)
      #expect(check.stderr.contains("\(file.path): warning: at size.floorAreaM2"))
      // 50 m² ÷ 161 m² per job (jobs.m2PerJob.distributionXxl) = 0.31 FTE.
      #expect(check.stderr.contains("gives 0.31 FTE"))
      #expect(check.stderr.contains("did you mean 50000?"))
      #expect(check.stderr.contains("[size-implausibly-small]"))
      let assess = Run(["assess", "--lang", "en", file.path, "--draws", "0"])
      #expect(assess.status == 0)
      #expect(assess.stderr.contains("\(file.path): warning: at size.floorAreaM2"))
      #expect(assess.stderr.contains("did you mean 50000?"))
    }
  }

  @Test("the examples and a 50,000 m² centre draw no small-size warning")
  func plausibleSizesPass() throws {
    let run = Run([
      "assess", "--sector", "distribution-xxl", "--floor-area", "50000", "--municipality",
      "Venlo", "--draws", "0",
    ])
    #expect(run.status == 0)
    #expect(!run.stderr.contains("size-implausibly-small"))
    let examples = try FileManager.default.contentsOfDirectory(
      atPath: RepositoryPaths.root.appendingPathComponent("Scenarios").path
    ).filter { $0.hasSuffix(".json") }.map { "Scenarios/" + $0 }
    let check = Run(
      ["check"] + examples.map { RepositoryPaths.root.appendingPathComponent($0).path })
    #expect(!check.stderr.contains("size-implausibly-small"))
  }

  @Test("the warning starts below 10 jobs, also for a size in jobs")
  func threshold() {
    let small = Run([
      "assess", "--lang", "en", "--sector", "hospitality", "--jobs", "9.5", "--municipality",
      "Venlo",
      "--draws", "0",
    ])
    #expect(
      small.stderr.contains(
        "command line: warning: at --jobs: The size 9.5 jobs is implausibly small"))
    #expect(small.stderr.contains("did you mean 9500?"))
    // The same warning on a Dutch run: the command line and the number in Dutch.
    let dutch = Run([
      "assess", "--sector", "hospitality", "--jobs", "9.5", "--municipality", "Venlo",
      "--draws", "0",
    ])
    #expect(
      dutch.stderr.contains(
        "opdrachtregel: waarschuwing: bij --jobs: De omvang 9,5 banen is onwaarschijnlijk klein"))
    #expect(dutch.stderr.contains("bedoelde u 9500?"))
    let enough = Run([
      "assess", "--sector", "hospitality", "--jobs", "10", "--municipality", "Venlo",
      "--draws", "0",
    ])
    #expect(!enough.stderr.contains("size-implausibly-small"))
    // A thousand times 0.0001 jobs is still below 10: no thousands-separator guess, a check.
    for language in ["nl", "en"] {
      let tiny = Run([
        "assess", "--lang", language, "--sector", "hospitality", "--jobs", "0.0001",
        "--municipality", "Venlo", "--draws", "0",
      ])
      #expect(tiny.stderr.contains("size-implausibly-small"))
      #expect(!tiny.stderr.contains("0.1?") && !tiny.stderr.contains("JSON"), "\(tiny.stderr)")
      #expect(
        tiny.stderr.contains(
          language == "en"
            ? "Check the size and its unit." : "Controleer de omvang en de eenheid ervan."),
        "\(tiny.stderr)")
    }
  }

  @Test(
    "a Dutch or English word for one sector selects its type",
    arguments: [
      ("tomatenkas", EstablishmentType.glasshouseTomato), ("Vleesverwerker", .meatProcessing),
      ("datacenter", .dataCentre), ("glastuinbouw paprika", .glasshouseSweetPepper),
      ("distribution-xxl", .distributionXXL), ("bezorghub", .distributionHomeDelivery),
      ("Thuisbezorgcentrum", .distributionHomeDelivery),
      ("delivery-station", .distributionHomeDelivery),
    ])
  func sectorAlias(_ word: String, _ type: EstablishmentType) throws {
    #expect(try AssessCommand.sectorType(word) == type)
  }

  @Test(
    "a word for a whole sector lists its types to choose from",
    arguments: ["logistics", "distributiecentrum", "logistiek"])
  func sectorChoice(_ word: String) {
    let run = Run(["assess", "--sector", word, "--jobs", "100", "--municipality", "Venlo"])
    #expect(run.status == 64)
    for id in [
      "distribution-ecommerce", "distribution-contract", "distribution-xxl",
      "distribution-home-delivery",
    ] {
      #expect(run.stderr.contains(id))
    }
    #expect(!run.stderr.contains("glasshouse"))
  }

  @Test("a misspelt sector gets a suggestion")
  func sectorTypo() {
    let run = Run([
      "assess", "--lang", "en", "--sector", "tomatekas", "--jobs", "100", "--municipality", "Venlo",
    ])
    #expect(run.status == 64)
    #expect(run.stderr.contains("Did you mean 'glasshouse-tomato'?"))
    let choice = Run([
      "assess", "--lang", "en", "--sector", "logistcs", "--jobs", "100", "--municipality", "Venlo",
    ])
    #expect(choice.stderr.contains("Did you mean one of: distribution-ecommerce"))
  }

  @Test("regions NAME outside Limburg says the province and how to add the municipality")
  func municipalityElsewhere() {
    for name in ["Eindhoven", "GM0772"] {
      let run = Run(["regions", "--lang", "en", name])
      #expect(run.status == 64)
      #expect(run.stderr.contains("Eindhoven (GM0772) is in Noord-Brabant"))
      #expect(run.stderr.contains("--region-file"))
    }
    let assess = Run([
      "assess", "--lang", "en", "--sector", "xxl", "--jobs", "100", "--municipality", "Eindhoven",
    ])
    #expect(assess.stderr.contains("is in Noord-Brabant"))
    // A name that is no Dutch municipality keeps the plain message.
    #expect(!Run(["regions", "Atlantis"]).stderr.contains("is in"))
  }

  @Test("explain takes a quick estimate and an indicator's Dutch or English label")
  func explainByLabel() {
    let dutch = Run([
      "explain", "Tekort aan bedden", "--sector", "distribution-ecommerce", "--floor-area",
      "60000", "--municipality", "Venlo", "--start-year", "2027",
    ])
    #expect(dutch.status == 0)
    #expect(dutch.stdout.hasPrefix("housing.shortfallBeds (Tekort aan bedden) ="))
    let english = Run([
      "explain", "jobs at full operation",
      RepositoryPaths.root.appendingPathComponent("Scenarios/venlo-ecommerce-dc.json").path,
      "--lang", "en",
    ])
    #expect(english.status == 0)
    #expect(english.stdout.hasPrefix("staffing.fullOperationFTE"))
  }
}
