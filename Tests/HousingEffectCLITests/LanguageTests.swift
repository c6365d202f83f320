import Foundation
import HousingEffect
import Testing

@testable import HousingEffectCLI

/// Issue 11, item 1: a Dutch report is Dutch throughout and an English one English, for every
/// example and every command.
///
/// A word-list check: a line is in the wrong language when it has two or more distinct
/// function words of the other language that its own language does not have ("the", "and",
/// "with" in a Dutch report; "het", "een", "niet" in an English one). Municipality names are
/// taken out first ("Horst aan de Maas"), and so are source citations and URLs: titles stay as
/// published (Docs/design-notes.md).
@Suite("Language: Dutch reports in Dutch, English reports in English")
struct LanguageTests {
  static let english: Set<String> = [
    "the", "and", "with", "which", "from", "are", "this", "that", "their", "has", "have", "were",
    "was", "it", "an", "or", "to", "be", "by", "for", "on", "at", "as", "not", "of",
  ]
  static let dutch: Set<String> = [
    "de", "het", "een", "niet", "zijn", "voor", "wordt", "worden", "dat", "die", "op", "aan",
    "bij", "naar", "uit", "ook", "als", "te", "om", "wat", "zoals", "geen", "van", "en",
  ]

  /// Lines of `text` in the wrong language for `language` ("nl" or "en").
  static func foreignLines(_ text: String, language: String) -> [String] {
    let other = language == "nl" ? english : dutch
    let own = language == "nl" ? dutch : english
    let names = RegionData.limburg.municipalities.map(\.name).sorted { $0.count > $1.count }
    var found: [String] = []
    var inCitation = false
    var citationIndent = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      let trimmed = line.drop { $0 == " " || $0 == "|" || $0 == "-" || $0 == "•" || $0 == "◦" }
      let indent = line.prefix { $0 == " " }.count
      let startsLabel =
        trimmed.first?.isUppercase == true
        && (trimmed.prefix(30).contains(": ") || trimmed.prefix(30).contains(" · "))
      if trimmed.isEmpty || startsLabel || indent < citationIndent { inCitation = false }
      for label in [
        "Bron: ", "Bronnen: ", "Source: ", "Sources: ", "bron: ", "source: ", "Cited: ",
        "Unverified: ", "Niet geverifieerd: ",
      ]
      where trimmed.hasPrefix(label) || line.contains(" " + label) {
        inCitation = true
        citationIndent = indent
      }
      // An entry of the numbered source list ("[4] CBS (2025), Komen en gaan …", issue 21
      // item 1): a citation, whose title stays as published.
      if trimmed.range(of: #"^\[[0-9]+\] "#, options: .regularExpression) != nil {
        inCitation = true
        citationIndent = indent
      }
      if inCitation || line.contains("http") { continue }
      var cleaned = line.replacingOccurrences(of: "&#39;", with: "'")
      for name in names { cleaned = cleaned.replacingOccurrences(of: name, with: "Name") }
      // Quoted titles ('Gewoon, zoals het hoort') and Dutch place names of the form "Hotel aan
      // de Geul" are names, not sentences.
      cleaned = cleaned.replacingOccurrences(
        of: "(?<![A-Za-z])'[^']*'(?![A-Za-z])|‘[^’]*’|[A-Z][a-z]+ aan de [A-Z][a-z]+", with: " ",
        options: .regularExpression)
      // A place name wrapped over two lines ("… Horst aan de" / "Maas, …").
      cleaned = cleaned.replacingOccurrences(
        of: "[A-Z][a-z]+ aan de\\s*$|^[\\s|]*aan de [A-Z][a-z]+", with: " ",
        options: .regularExpression)
      let words = Set(
        cleaned.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
      let hits = words.filter { other.contains($0) && !own.contains($0) }
      if hits.count >= 2 { found.append(line) }
    }
    return found
  }

  static func contents(_ path: String) -> String {
    (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  }
  /// Projection studies (a `projection` object) go to `project`, not `assess` or `compare`.
  static let projections = RepositoryPaths.scenarios.filter {
    contents($0).contains("\"projection\"")
  }
  static let establishments = RepositoryPaths.scenarios.filter {
    !contents($0).contains("\"alternatives\"") && !projections.contains($0)
  }
  static let studies = RepositoryPaths.scenarios.filter {
    !establishments.contains($0) && !projections.contains($0)
  }

  /// English words the word-list check cannot see, because they sit in source lines or in
  /// labels: none may appear in a Dutch output (issue 21, items 2 and 9).
  static let englishInDutch = [
    "published by", "StatLine table", "als override", "groep welfare", "(registered,",
    "(working,", "(estimate,", "baseline / ", "moderate-growth", "local-labour-first",
    "fewer-labour-migrants", "employer-housing", "with-local-labour", "regional-spreading",
    "(waterbed)", "vrije legale", "vrij legaal", "volledige bezetting",
  ]

  static func check(_ arguments: [String], _ language: String) {
    let run = Run(arguments + ["--lang", language])
    #expect(run.status == 0, "\(arguments): \(run.stderr)")
    if language == "nl" {
      let found = englishInDutch.filter { run.stdout.contains($0) }
      #expect(found.isEmpty, "\(arguments.joined(separator: " ")) --lang nl contains \(found)")
    }
    let foreign = foreignLines(run.stdout, language: language)
    #expect(
      foreign.isEmpty,
      "\(arguments.joined(separator: " ")) --lang \(language): \(foreign.count) lines in the other language, e.g. \(foreign.prefix(3))"
    )
  }

  @Test(
    "assess: every example, text, Markdown and HTML, in both languages",
    arguments: establishments, ["nl", "en"])
  func assess(_ file: String, _ language: String) {
    for format in ["text", "markdown", "html"] {
      Self.check(["assess", file, "--draws", "0", "--format", format], language)
    }
  }

  @Test(
    "compare: every study, every format but JSON, in both languages", arguments: studies,
    ["nl", "en"])
  func compare(_ file: String, _ language: String) {
    for format in ["text", "markdown", "html", "csv"] {
      Self.check(["compare", file, "--draws", "0", "--format", format], language)
    }
  }

  /// Dutch only: a projection study's title and description are one text each (the format
  /// has no `texts` with both languages yet), and the examples write them in Dutch.
  @Test(
    "project: every projection study, text and Markdown, in Dutch", arguments: projections)
  func project(_ file: String) {
    for format in ["text", "markdown", "html", "csv"] {
      Self.check(["project", file, "--draws", "0", "--format", format], "nl")
    }
  }

  @Test("explain: the headline indicators of every example", arguments: establishments)
  func explain(_ file: String) {
    for id in ["housing.shortfallBeds", "facilities.gpFTE", "welfare.wageRatio"] {
      for format in ["text", "markdown"] {
        Self.check(["explain", id, file, "--format", format], "nl")
        Self.check(["explain", id, file, "--format", format], "en")
      }
    }
  }

  @Test("params, regions, sensitivity and batch in both languages", arguments: ["nl", "en"])
  func otherCommands(_ language: String) {
    let venlo = RepositoryPaths.root.appendingPathComponent("Scenarios/venlo-ecommerce-dc.json")
      .path
    let batch = RepositoryPaths.root.appendingPathComponent("Scenarios/batch-example.csv").path
    for format in ["text", "markdown", "csv"] {
      // `params --format markdown` is Docs/parameters.md, the English reference, in any --lang.
      if format != "markdown" || language == "en" {
        Self.check(["params", "--format", format], language)
      }
      Self.check(["regions", "--format", format], language)
    }
    // The Dutch listing of every municipality shows the Dutch notes (issue 21), checked for
    // English; the English notes are the research notes as written (Dutch place names and
    // source titles in them), checked for four municipalities as before.
    let checked = ["Venlo", "Venray", "Horst aan de Maas", "Leudal"]
    for name in RegionData.limburg.municipalities.map(\.name) {
      if language == "nl" || checked.contains(name) { Self.check(["regions", name], language) }
      let notes = Run(["regions", name, "--lang", language]).stdout
      #expect(
        notes.contains(
          language == "nl"
            ? "Kanttekeningen bij de gegevens (uit het bronbestand):"
            : "Notes (from the source file):"), "\(name)")
    }
    for format in ["text", "markdown", "html", "csv"] {
      Self.check(["sensitivity", venlo, "--draws", "200", "--format", format], language)
      Self.check(["batch", batch, "--format", format], language)
    }
    Self.check(
      [
        "assess", "--sector", "tomatenkas", "--hectares", "20", "--municipality", "Venlo",
        "--draws", "0", "--format", "csv",
      ], language)
  }

  /// Words of the help pages' frame that the word-list check cannot see (headings, "One of:"),
  /// per language they must not appear in.
  static let helpFrame: [String: [String]] = [
    "nl": [
      "USAGE:", "   or: ", "COMMANDS:", "ARGUMENTS:", "OPTIONS:", "One of:", "Default:",
      "Repeatable.", "Optional.", "EXIT STATUS", "Run '", "Quick estimate", "[OPTIONS]",
    ],
    "en": [
      "GEBRUIK:", "    of: ", "OPDRACHTEN:", "ARGUMENTEN:", "OPTIES:", "Een van:", "Standaard:",
      "Herhaalbaar.", "Optioneel.", "AFSLUITSTATUS", "Snelle schatting", "[OPTIES]",
    ],
  ]

  @Test(
    "help: the overview and every command's help, --help and help COMMAND, in both languages",
    arguments: ["nl", "en"])
  func help(_ language: String) {
    var pages: [([String], String)] = [(["--help"], Run(["--help", "--lang", language]).stdout)]
    for name in CommandTable.standard.descriptors.map(\.name) {
      pages.append((["help", name], Run(["help", name, "--lang", language]).stdout))
      pages.append(([name, "--help"], Run([name, "--help", "--lang", language]).stdout))
    }
    for (arguments, page) in pages {
      let label = "\(arguments.joined(separator: " ")) --lang \(language)"
      #expect(!page.isEmpty, "\(label) printed nothing")
      let frame = (Self.helpFrame[language] ?? []).filter { page.contains($0) }
      #expect(frame.isEmpty, "\(label) contains \(frame)")
      let foreign = Self.foreignLines(page, language: language)
      #expect(
        foreign.isEmpty,
        "\(label): \(foreign.count) lines in the other language, e.g. \(foreign.prefix(3))")
    }
  }

  @Test("the check itself finds English in a Dutch line and Dutch in an English line")
  func detector() {
    #expect(
      Self.foreignLines("No published figure for e-commerce centres was found.", language: "nl")
        .count == 1)
    #expect(
      Self.foreignLines("Er is geen cijfer gevonden voor de sector.", language: "en").count == 1)
    #expect(Self.foreignLines("Horst aan de Maas is a municipality.", language: "en").isEmpty)
    #expect(
      Self.foreignLines(
        "  Bron: CBS (2025), Komen en gaan van arbeidsmigranten in de", language: "en"
      )
      .isEmpty)
  }
}
