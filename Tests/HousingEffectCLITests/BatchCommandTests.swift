import Foundation
import HousingEffect
import HousingEffectReports
import Testing

@Suite("batch command")
struct BatchCommandTests {
  static let example = RepositoryPaths.root.appendingPathComponent(
    "Scenarios/batch-limburg-1000.csv"
  ).path

  @Test(
    "the 1,000-row example exits 0 in every format",
    arguments: ["text", "markdown", "csv", "json", "html"])
  func everyFormat(format: String) throws {
    let run = Run(["batch", Self.example, "--format", format])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stderr.isEmpty)
    switch format {
    case "csv":
      // Header, 1,000 rows, then the totals of 31 municipalities and 3 regions.
      #expect(run.stdout.split(separator: "\r\n").count == 1 + 1000 + 31 + 3)
    case "json":
      let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
      #expect((object?["rows"] as? [Any])?.count == 1000)
      #expect((object?["municipalities"] as? [Any])?.count == 31)
    case "html":
      #expect(run.stdout.contains("<svg"))
    default:
      #expect(run.stdout.contains("Per gemeente"))
    }
  }

  @Test("--totals writes one CSV row per municipality and per region, with a level column")
  func totals() {
    let run = Run(["batch", Self.example, "--format", "csv", "--totals"])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\r\n")
    #expect(lines.count == 1 + 31 + 3)
    #expect(lines.filter { $0.hasPrefix("municipality;") || $0.hasPrefix("gemeente;") }.count == 31)
    #expect(lines.filter { $0.hasPrefix("region;") || $0.hasPrefix("regio;") }.count == 3)
    #expect(Run(["batch", Self.example, "--totals"]).status == 64)
  }

  @Test("an invalid row: nothing is written (exit 65), or the valid rows with --skip-invalid")
  func invalid() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "batch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.csv")
    try "name,municipality,type,jobs\nA,Venlo,hospitality,10\nB,Venloo,hospitality,10\n"
      .write(to: input, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("out.csv")
    let refused = Run([
      "batch", "--lang", "en", input.path, "--format", "csv", "--output", output.path,
    ])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("in.csv:3:"))
    #expect(refused.stderr.contains("Did you mean 'Venlo'?"))
    #expect(refused.stderr.contains("nothing was written"))
    #expect(!FileManager.default.fileExists(atPath: output.path))
    // Dutch (the default): the Dutch CSV below, and the warning in Dutch.
    let skipped = Run([
      "batch", input.path, "--format", "csv", "--output", output.path, "--skip-invalid",
    ])
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(skipped.stderr.contains("waarschuwing: 1 ongeldige rij overgeslagen (regel 3)"))
    let written = try String(contentsOf: output, encoding: .utf8)
    // The header, the one valid row, then the totals (levels municipality and region).
    #expect(written.split(separator: "\r\n").filter { $0.hasPrefix("establishment;") }.count == 1)
    #expect(
      written.split(separator: "\r\n").dropFirst().allSatisfy {
        ["establishment;", "municipality;", "region;"].contains(where: $0.hasPrefix)
      })
  }

  @Test("a folder of establishment files: one row per file, study files left out")
  func folder() {
    let scenarios = RepositoryPaths.root.appendingPathComponent("Scenarios").path
    let run = Run(["batch", scenarios, "--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let establishments = RepositoryPaths.scenarios.filter { !$0.contains("study") }.count
    let rows = run.stdout.split(separator: "\r\n").filter { $0.hasPrefix("establishment;") }
    #expect(rows.count == establishments)
    #expect(run.stdout.contains("Meat-processing plant, Venray"))
  }

  @Test("check reads a batch file as a batch file and reports its rows by line")
  func check() throws {
    let ok = Run(["check", "--lang", "en", Self.example])
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.stderr.contains("ok (1000 establishments)"))
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "batch-check-\(UUID().uuidString).csv")
    try "name,municipality,type,jobs\nA,Venloo,hospitality,10\n"
      .write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let bad = Run(["check", "--lang", "en", file.path])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains(":2: error: at municipality:"))
  }

  @Test("a list of establishment files gives one row each, in the order given; a missing one is 66")
  func listOfFiles() {
    let scenarios = RepositoryPaths.root.appendingPathComponent("Scenarios").path
    let files = [
      scenarios + "/venlo-ecommerce-dc.json", scenarios + "/horst-glasshouse-tomato.json",
    ]
    let run = Run(["batch"] + files + ["--format", "csv"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(whereSeparator: \.isNewline)
    #expect(lines.filter { $0.hasPrefix("establishment;") }.count == 2)
    #expect(lines[1].hasPrefix("establishment;1;E-commerce distribution centre, Venlo;"))
    #expect(lines[2].hasPrefix("establishment;2;Tomato glasshouse expansion, Horst aan de Maas;"))
    let missing = Run([
      "batch", "--lang", "en", files[0], "/nonexistent/site.json", "--format", "csv",
    ])
    #expect(missing.status == 66)
    #expect(missing.stdout.isEmpty)
    #expect(missing.stderr.contains("/nonexistent/site.json: error: There is no such file"))
    #expect(missing.stderr.contains("1 invalid file in"))
  }

  @Test("rows written in chunks across the spool are the document written whole, in CSV and JSON")
  func streamedAcrossChunks() throws {
    // 11,000 rows: three chunks of 5,000, so the pieces meet twice.
    let example = try String(contentsOfFile: Self.example, encoding: .utf8)
    let lines = example.split(separator: "\n")
    let text =
      lines[0] + "\n"
      + String(repeating: lines.dropFirst().joined(separator: "\n") + "\n", count: 11)
    try withTemporaryDirectory { directory in
      let input = directory.appendingPathComponent("big.csv")
      try text.write(to: input, atomically: true, encoding: .utf8)
      let loaded = BatchFile.load(text: text, regions: .limburg)
      #expect(loaded.rows.count == 11_000)
      let whole = BatchReport(BatchResult(loaded.rows, regions: .limburg), language: .nl)
      let json = Run(["batch", input.path, "--format", "json"])
      #expect(json.status == 0, "\(json.stderr)")
      #expect(json.stdout == (try whole.json()))
      let output = directory.appendingPathComponent("out.csv")
      let csv = Run(["batch", input.path, "--format", "csv", "--output", output.path])
      #expect(csv.status == 0, "\(csv.stderr)")
      #expect(try Data(contentsOf: output) == Data(whole.csv().utf8))
    }
  }
}
