import Foundation
import HousingEffect
import HousingEffectReports
import Testing

/// `batch` as a screening view (issue 21, item 6): rows sorted so that the candidates that
/// matter most come first, in every format, and an English CSV that Excel reads as UTF-8.
@Suite("batch screening")
struct BatchScreeningTests {
  static let example = RepositoryPaths.root.appendingPathComponent(
    "Scenarios/batch-example.csv"
  ).path

  /// The rows of a `batch --format json` run, as dictionaries.
  static func rows(_ arguments: [String]) throws -> [[String: Any]] {
    let run = Run(["batch", example, "--format", "json"] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    return object?["rows"] as? [[String: Any]] ?? []
  }

  static func number(_ row: [String: Any], _ key: String) -> Double {
    (row[key] as? NSNumber)?.doubleValue ?? .nan
  }

  /// The lines of the unsorted rows ordered by `value`, highest first, ties by line: the order
  /// worked out here from the figures of the unsorted run.
  static func expectedOrder(
    _ unsorted: [[String: Any]], by value: ([String: Any]) -> Double
  ) -> [Int] {
    unsorted.map { (line: Int(number($0, "line")), value: value($0)) }
      .sorted { $0.value != $1.value ? $0.value > $1.value : $0.line < $1.line }.map(\.line)
  }

  static func lines(_ rows: [[String: Any]]) -> [Int] { rows.map { Int(number($0, "line")) } }

  @Test("--sort orders the JSON rows by each key, highest first, ties in input order")
  func sortedJSON() throws {
    let unsorted = try Self.rows([])
    #expect(Self.lines(unsorted) == [2, 3, 4, 5, 6])
    let shortfall = Self.expectedOrder(unsorted) {
      100 * Self.number($0, "shortfallBeds") / Self.number($0, "jobsFTE")
    }
    let migrants = Self.expectedOrder(unsorted) {
      Self.number($0, "labourMigrants") / Self.number($0, "jobsFTE")
    }
    let rating = Self.expectedOrder(unsorted) {
      1_000 * Self.number($0, "negativeRatings") + Self.number($0, "attentionRatings")
    }
    let facilities = Self.expectedOrder(unsorted) {
      max(Self.number($0, "gpPressure"), Self.number($0, "primaryPressure"))
    }
    let newcomers = Self.expectedOrder(unsorted) { Self.number($0, "migrantsPer1000") }
    // Not the input order, or the test would not see a sort.
    #expect(shortfall != [2, 3, 4, 5, 6])
    #expect(Self.lines(try Self.rows(["--sort", "shortfall"])) == shortfall)
    #expect(Self.lines(try Self.rows(["--sort", "migrants"])) == migrants)
    #expect(Self.lines(try Self.rows(["--sort", "rating"])) == rating)
    #expect(Self.lines(try Self.rows(["--sort", "facilities"])) == facilities)
    #expect(Self.lines(try Self.rows(["--sort", "newcomers"])) == newcomers)
    // The hotel (line 6): 18 beds short for 35 FTE is the most per 100 jobs of the example.
    #expect(shortfall.first == 6)
  }

  @Test("with draws, a row ranks by its headline: the P50 of the draws")
  func sortedByMedian() throws {
    let rows = try Self.rows(["--draws", "20", "--sort", "shortfall"])
    let values = rows.map { row -> Double in
      let band = (row["ranges"] as? [String: Any])?["shortfallBeds"] as? [String: Any]
      return 100 * ((band?["p50"] as? NSNumber)?.doubleValue ?? .nan)
        / Self.number(row, "jobsFTE")
    }
    #expect(values.count == 5)
    #expect(values == values.sorted(by: >))
  }

  @Test(
    "the sorted rows are the same rows, the totals unchanged, in every format",
    arguments: ["text", "markdown", "html", "csv"])
  func everyFormat(format: String) throws {
    let unsorted = Run(["batch", Self.example, "--format", format, "--lang", "en"])
    let sorted = Run([
      "batch", Self.example, "--format", format, "--lang", "en", "--sort", "shortfall",
    ])
    #expect(sorted.status == 0, "\(sorted.stderr)")
    let order = Self.expectedOrder(try Self.rows([])) {
      100 * Self.number($0, "shortfallBeds") / Self.number($0, "jobsFTE")
    }
    let names = [
      2: "Distributiecentrum Trade Port", 3: "Tomatenkwekerij Californië", 4: "Vleesverwerker",
      5: "Chipfabriek", 6: "Hotel aan de Geul",
    ]
    // Each name first appears in the rows (the totals name municipalities, not establishments).
    let positions = order.map { sorted.stdout.range(of: names[$0]!)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    if format == "csv" {
      let unsortedLines = unsorted.stdout.split(separator: "\r\n")
      let sortedLines = sorted.stdout.split(separator: "\r\n")
      #expect(Set(unsortedLines) == Set(sortedLines))
      // The totals come after the rows, in the same order.
      #expect(
        unsortedLines.filter { !$0.hasPrefix("establishment,") }
          == sortedLines.filter { !$0.hasPrefix("establishment,") })
    } else {
      #expect(sorted.stdout.contains("sorted by the temporary-bed shortfall per 100 jobs"))
      #expect(sorted.stdout.contains("shortfall per 100 jobs"))
      #expect(!unsorted.stdout.contains("shortfall per 100 jobs"))
    }
  }

  @Test("equal values keep the input order")
  func ties() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "batch-sort-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let input = folder.appendingPathComponent("in.csv")
    try
      "name,municipality,type,jobs\nA,Venlo,hospitality,10\nB,Venlo,hospitality,10\nC,Venlo,hospitality,10\nD,Venlo,hospitality,10\n"
      .write(to: input, atomically: true, encoding: .utf8)
    let run = Run(["batch", input.path, "--format", "json", "--sort", "migrants"])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let rows = object?["rows"] as? [[String: Any]] ?? []
    // Four equal establishments: every value ties.
    #expect(rows.map { $0["name"] as? String } == ["A", "B", "C", "D"])
  }

  @Test("--sort refuses an unknown key and --totals (which writes no rows)")
  func refusals() {
    let unknown = Run(["batch", "--lang", "en", Self.example, "--sort", "tekort"])
    #expect(unknown.status == 64)
    #expect(
      unknown.stderr.contains("Expected one of: shortfall, migrants, rating, facilities, newcomers")
    )
    let totals = Run([
      "batch", "--lang", "en", Self.example, "--format", "csv", "--totals", "--sort", "rating",
    ])
    #expect(totals.status == 64)
    #expect(totals.stderr.contains("--sort orders the rows, and --totals writes none"))
  }

  @Test(
    "every CSV starts with the UTF-8 byte order mark, English as well as Dutch",
    arguments: ["en", "nl"])
  func byteOrderMark(language: String) {
    let batch = Run(["batch", Self.example, "--format", "csv", "--lang", language])
    #expect(batch.stdout.unicodeScalars.first == "\u{FEFF}")
    let assess = Run([
      "assess", "--sector", "hospitality", "--jobs", "30", "--municipality", "Venlo",
      "--format", "csv", "--lang", language,
    ])
    #expect(assess.status == 0, "\(assess.stderr)")
    #expect(assess.stdout.unicodeScalars.first == "\u{FEFF}")
    // English keeps RFC 4180's comma; Dutch Excel's semicolon.
    let header = batch.stdout.dropFirst().prefix { $0 != "\r\n" }
    #expect(header.contains(language == "en" ? "," : ";"))
    #expect(header.hasPrefix(language == "en" ? "level,line" : "niveau;regel"))
  }
}
