import Foundation
import HousingEffect
import Testing

@testable import HousingEffectCLI
@testable import HousingEffectReports

/// Issue 21 (plain Dutch everywhere): every message on standard error, of every command and of
/// the command-line parser, is in the report language: Dutch by default, English with
/// `--lang en`. Codes, file names, line numbers and field paths stay as they are.
@Suite("Diagnostics of every command in Dutch and English")
struct DiagnosticLanguageTests {
  /// Frame words that give English away in a Dutch line.
  static let englishFrames = [
    ": error: ", ": warning: ", " at ", "Did you mean", "Run '", "Cannot ", "Unknown ",
    "Invalid value", "Missing ", "Expected ", "melding in het Engels",
  ]
  /// Frame words that give Dutch away in an English line.
  static let dutchFrames = [
    ": fout: ", ": waarschuwing: ", " bij ", "Bedoelde u", "Typ '", "Kan '", "Onbekende ",
    "Ongeldige waarde", "ontbreekt", "Verwacht",
  ]

  /// `[code]` at the end of every diagnostic line, in order.
  static func codes(_ stderr: String) -> [String] { CheckLanguageTests.codes(stderr) }

  /// Checks one run in both languages: same status, same codes, each wholly in its language.
  static func expectBothLanguages(_ arguments: [String], names: [String] = []) {
    let dutch = Run(arguments)
    let english = Run(arguments + ["--lang", "en"])
    #expect(dutch.status == english.status, "\(arguments)")
    #expect(!dutch.stderr.isEmpty, "no message for \(arguments)")
    #expect(codes(dutch.stderr) == codes(english.stderr), "\(arguments)")
    // File names, codes and quoted values are ids, not sentences.
    func sentences(_ text: String) -> String {
      var text = text
      for name in names { text = text.replacingOccurrences(of: name, with: "FILE") }
      return text.replacingOccurrences(of: #"\[[a-z-]+\]"#, with: "", options: .regularExpression)
        .replacingOccurrences(of: #"'[^']*'"#, with: "'x'", options: .regularExpression)
    }
    for word in englishFrames {
      #expect(!sentences(dutch.stderr).contains(word), "'\(word)' in Dutch: \(dutch.stderr)")
    }
    for word in dutchFrames {
      #expect(!sentences(english.stderr).contains(word), "'\(word)' in English: \(english.stderr)")
    }
    let foreign = LanguageTests.foreignLines(sentences(dutch.stderr), language: "nl")
    #expect(foreign.isEmpty, "English in Dutch stderr of \(arguments): \(foreign)")
    let dutchFound = LanguageTests.foreignLines(sentences(english.stderr), language: "en")
    #expect(dutchFound.isEmpty, "Dutch in English stderr of \(arguments): \(dutchFound)")
  }

  static let fixtures = CheckLanguageTests.fixtures

  @Test(
    "assess of every invalid establishment fixture, and check of every invalid region file",
    arguments: fixtures)
  func fixture(_ file: String) {
    if file.hasSuffix(".csv") {
      Self.expectBothLanguages(["regions", "--region-file", file], names: [file])
    } else {
      Self.expectBothLanguages(["assess", file, "--draws", "0"], names: [file])
    }
  }

  /// Command lines that are wrong, one per kind of mistake the parser and the commands catch.
  static let commandLines: [[String]] = [
    ["asess"],
    ["assess", "--fromat", "json"],
    ["--format", "json", "assess", "x.json"],
    ["--versoin"],
    ["assess", "Scenarios/venlo-ecommerce-dc.json", "--year"],
    ["assess", "Scenarios/venlo-ecommerce-dc.json", "--year", "20x0"],
    ["assess", "--sector", "distribution-xl", "--jobs", "100.000", "--municipality", "Venlo"],
    ["assess", "--sector", "distrbution-xl", "--jobs", "100", "--municipality", "Venlo"],
    ["assess", "--sector", "logistics", "--jobs", "100", "--municipality", "Venlo"],
    ["assess", "--sector", "distribution-xl", "--jobs", "100"],
    ["assess", "--sector", "distribution-xl", "--municipality", "Venlo"],
    ["assess", "--sector", "distribution-xl", "--jobs", "100", "--municipality", "Venloo"],
    ["assess", "--sector", "distribution-xl", "--jobs", "100", "--municipality", "Eindhoven"],
    ["assess", "Scenarios/venlo-ecommerce-dc.json", "--year", "2999"],
    ["assess", "Scenarios/venlo-ecommerce-dc.json", "--output", "/nonexistent-dir/r.txt"],
    [
      "assess", "Scenarios/venlo-ecommerce-dc.json", "--output",
      "Scenarios/venlo-ecommerce-dc.json",
    ],
    ["assess", "Scenarios/venlo-ecommerce-dc.json", "--annex", "a.txt", "--format", "json"],
    ["assess", "Scenarios/does-not-exist.json"],
    ["assess", "Scenarios/venlo-dc-study.json"],
    ["assess", "Scenarios/venlo-ecommerce-dc.json", "--strict=yes"],
    ["assess", "Scenarios/venlo-ecommerce-dc.json", "extra"],
    ["compare", "Scenarios/venlo-ecommerce-dc.json"],
    ["compare", "Scenarios/venlo-dc-study.json", "--alternative", "nonexistent"],
    ["compare", "Scenarios/venlo-dc-study.json", "--year", "2999"],
    ["project", "Scenarios/venlo-dc-study.json"],
    ["project", "Scenarios/projection-study-venray.json", "--region", "Venary"],
    ["project", "Scenarios/projection-study-venray.json", "--year", "2030"],
    ["project", "Scenarios/projection-study-venray.json", "--welfare"],
    ["batch", "Scenarios/batch-example.csv", "--totals"],
    ["regions", "Venloo"],
    ["regions", "Eindhoven"],
    ["regions", "--format", "html"],
    ["references", "nonexistent-id"],
    ["params", "--search", "zzzzzz"],
    ["explain", "Scenarios/venlo-ecommerce-dc.json", "housing.shortStayBedz"],
    ["explain", "Scenarios/venlo-ecommerce-dc.json", "housing.shortStayBeds", "--year", "2090"],
    ["sensitivity", "Scenarios/venlo-ecommerce-dc.json", "--top", "0"],
    ["validate", "--draws", "0"],
    ["check", "Scenarios/venlo-ecommerce-dc.json", "--output", "x.txt"],
  ]

  @Test("every kind of command-line mistake", arguments: commandLines)
  func commandLine(_ arguments: [String]) {
    let root = RepositoryPaths.root.path + "/"
    let absolute = arguments.map { $0.hasPrefix("Scenarios/") ? root + $0 : $0 }
    Self.expectBothLanguages(absolute, names: [root])
  }

  @Test("without a readable --lang the parser's messages are Dutch; '--lang en' anywhere wins")
  func languageBeforeParsing() {
    let dutch = Run(["assess", "--fromat", "json"])
    #expect(dutch.stderr.hasPrefix("housing-effect: fout: Onbekende optie '--fromat'."))
    #expect(dutch.stderr.contains("Typ 'housing-effect help assess'"))
    let english = Run(["assess", "--lang", "en", "--fromat", "json"])
    #expect(english.stderr.hasPrefix("housing-effect: error: Unknown option '--fromat'."))
    let unknown = Run(["assess", "x.json", "--lang", "fr"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("Ongeldige waarde 'fr' voor '--lang'."))
  }

  /// A batch file with one mistake per row (and one good row), every column the reader checks.
  static let badBatch = """
    municipality,type,jobs,floor_area,hectares,start_year,employer_norm,employer_beds,agency_share
    Venlo,distribution-xl,500,,,2028,,,
    Venloo,distribution-xl,500,,,2028,,,
    Venlo,distributie,500,,,2028,,,
    Venlo,distribution-xl,,,,2028,,,
    Venlo,distribution-xl,500,80000,,2028,,,
    Venlo,distribution-xl,-5,,,2028,,,
    Venlo,distribution-xl,abc,,,2028,,,
    Venlo,distribution-xl,500,,,1800,,,
    Venlo,distribution-xl,500,,,2028,sgeen,,
    Venlo,distribution-xl,500,,,2028,sne,,
    Venlo,distribution-xl,500,,,2028,,12.5,
    Venlo,distribution-xl,500,,,2028,,,1.5
    ,distribution-xl,500,,,2028,,,
    Venlo,,500,,,2028,,,
    Venlo,data-centre,,,12,2028,,,
    """

  @Test("batch: every row mistake, refused and skipped, in both languages")
  func batch() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("bad.csv").path
      try Self.badBatch.write(toFile: file, atomically: true, encoding: .utf8)
      Self.expectBothLanguages(["batch", file], names: [file])
      Self.expectBothLanguages(["batch", file, "--skip-invalid", "--draws", "0"], names: [file])
    }
  }

  /// Studies with the mistakes the study and projection loaders report.
  static let badStudies: [String: String] = [
    "template.json": """
    {"title": "T", "baseline": "venlo.json", "alternatives": [
      {"name": "a", "title": "A", "rationale": "R", "template": "moderat-growth"},
      {"name": "b", "title": "", "rationale": "R", "basedOn": "c"},
      {"name": "c", "title": "C", "rationale": "R", "basedOn": "b"},
      {"name": "baseline", "title": "C", "rationale": "R"}]}
    """,
    "empty.json": """
    {"title": "", "baseline": "", "alternatives": []}
    """,
    "projection.json": """
    {"title": "P", "projection": {"regions": ["Venary", "Limburg", "Limburg"],
      "paths": ["trend", "tred", "custom"], "establishmentsInPaths": "maybe",
      "distributionKey": "populaton", "until": 2040}}
    """,
    // A base above the plausible share of the population and paths above their bound: warnings
    // with counts, shares and a bound, each in the language's own number format.
    "projection-leudal.json": """
    {"schemaVersion": 1, "title": "P", "projection": {"regions": ["Leudal"], "until": 2040,
      "paths": ["expectation2030", "custom"], "customPath": {"targets": {"2030": 10000}},
      "bases": [{"region": "Leudal", "year": 2024, "working": 13415, "source": "x"}]}}
    """,
    "broken.json": "{\"title\": 'T', }",
    "trailing.json": "{\"title\": \"T\", \"baseline\": \"a.json\",}",
  ]

  @Test("compare and project of studies with mistakes", arguments: badStudies.keys.sorted())
  func study(_ name: String) throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent(name).path
      try Self.badStudies[name]!.write(toFile: file, atomically: true, encoding: .utf8)
      let venlo = RepositoryPaths.root.appendingPathComponent("Scenarios/venlo-ecommerce-dc.json")
      try FileManager.default.copyItem(
        atPath: venlo.path, toPath: directory.appendingPathComponent("venlo.json").path)
      let command = name.hasPrefix("projection") ? "project" : "compare"
      Self.expectBothLanguages([command, file], names: [file, directory.path + "/"])
    }
  }

  @Test("counts and shares in projection warnings are written as each language writes them")
  func projectionWarningNumbers() throws {
    try withTemporaryDirectory { directory in
      let file = directory.appendingPathComponent("leudal.json").path
      try Self.badStudies["projection-leudal.json"]!.write(
        toFile: file, atomically: true, encoding: .utf8)
      let dutch = Run(["check", file]).stderr
      let english = Run(["check", file, "--lang", "en"]).stderr
      // 13,415 working against 36,006 inhabitants is 37.3 %; the bound is 25 % of them, 9,002.
      for figure in ["13.415", "36.006", "37,3%", "9.002"] {
        #expect(dutch.contains(figure), "\(figure) in: \(dutch)")
      }
      for figure in ["13,415", "36,006", "37.3%", "9,002"] {
        #expect(english.contains(figure), "\(figure) in: \(english)")
      }
      #expect(!dutch.contains("13415") && !dutch.contains("melding in het Engels"), "\(dutch)")
    }
    #expect(DiagnosticText.dutchNumber("9000") == "9.000")
    #expect(DiagnosticText.dutchNumber("1,234,567.25") == "1.234.567,25")
    #expect(DiagnosticText.dutchNumber("12.5%") == "12,5%")
    #expect(DiagnosticText.dutchNumber("1e+20") == "1e+20")
    #expect(DiagnosticText.dutchNumber("Venray") == "Venray")
    #expect(DiagnosticText.dutchNumber("0.5–12") == "0,5–12")
    // The Venlo example's sensitivity warning names its range ends: in Dutch with a decimal
    // comma (a decimal point is followed by one or two digits; a Dutch group by three).
    let venlo = RepositoryPaths.root.appendingPathComponent("Scenarios/venlo-ecommerce-dc.json")
    let check = Run(["check", venlo.path]).stderr
      .replacingOccurrences(of: #"'[^']*'"#, with: "'x'", options: .regularExpression)
      .replacingOccurrences(of: venlo.path, with: "FILE")
    #expect(check.contains("aanname"), "\(check)")
    #expect(
      check.range(of: #"[0-9]\.[0-9]{1,2}(?![0-9])"#, options: .regularExpression) == nil,
      "\(check)")
  }

  /// Library messages that no fixture reaches, one per emitter kind, written as the loaders
  /// write them (the JSON parser, the establishment, study and projection loaders, the CSV
  /// readers and the checks after the model).
  static let libraryMessages = [
    "The file is empty; expected a JSON value such as an object '{ … }'.",
    "A tab inside a string must be written as \\t.",
    "Curly quotes (“) are not JSON quotes; use straight double quotes (\").",
    "Numbers cannot have leading zeros ('007'); leave out the zeros at the start.",
    "'NaN' is not allowed in JSON; write a number, or null if the value is unknown.",
    "Unexpected end of file: an object opened at line 3 is not closed.",
    "Expected a value for 'jobs' but found the end of the file.",
    "The file is saved as UTF-16; save it as UTF-8 instead.",
    "A season of '14' months is outside 0.5–12: give the months a year the seasonal workers "
      + "are present, e.g. 3 for an asparagus harvest.",
    "A peak factor of '12' is outside 1–10: it is persons present at the peak per person "
      + "present on average, so 1.3 means 30 % more at the peak.",
    "The ramp-up has 70 years; at most 60 are modelled.",
    "The segments' shares add up to 0.9; they must add up to 1.",
    "Key 'jobs' appears 3 times; the last, at line 9, would silently win.",
    "Unknown key 'x'; allowed keys are 'a', 'b' and 'c'.",
    "The study has no alternatives; add at least one to compare with the baseline.",
    "Alternative 'b' builds on a chain of 12 alternatives; at most 10 are allowed.",
    "The path 'custom' needs 'projection.customPath' with 'growthRates' or 'targets'.",
    "No sourced base for 'Beesel': the region data has no count of labour migrants working in "
      + "Beesel. Give one in 'projection.bases' with its year, the number working and its "
      + "source, or project 'Limburg' instead.",
    "The establishment starts in 2045, after the last projected year 2040; it would change "
      + "nothing.",
    "The row has 3 fields but the header has 5; the row is left out.",
    "Venlo: 'twenty' is not a year like 2024.",
    "'abc' is not a number.",
    "Column 'employer_beds': beds are whole numbers.",
    "Venlo (GM0983) replaces the built-in municipality Venlo; changed: population 103789 "
      + "(2024-01-01) → 104000 (2025-01-01).",
    "The counts in 'Bevolking' add up to 0; a key needs a positive total.",
    "The start year 2045 lies outside the years the catalogue's values are dated in "
      + "(2020–2030); the figures nearest in time are used as they are. Check the start year, "
      + "or set the values that will have changed by then in 'overrides'.",
    "The custom path's cap of 9,000 working labour migrants in 'Venray' is exceeded with the "
      + "study's establishments from 2028 to 2050, up to 9,494 in 2030. A cap is not applied to "
      + "the figures; lower the path's targets or rates, or count the establishments inside the "
      + "path ('establishmentsInPaths': 'included').",
    "The results are out of range: 'housing.years[2].shortStayBeds' is infinite. Check the "
      + "sizes, shares and overrides for a value that is far too small or too large.",
  ]

  @Test("library messages that no fixture reaches have a Dutch pattern", arguments: libraryMessages)
  func libraryMessage(_ english: String) throws {
    let dutch = try #require(DiagnosticText.dutch(english), "no pattern for: \(english)")
    let quoted = dutch.replacingOccurrences(
      of: #"'[^']*'"#, with: "'x'", options: .regularExpression)
    #expect(LanguageTests.foreignLines(quoted, language: "nl").isEmpty, "\(dutch)")
    for word in Self.englishFrames { #expect(!quoted.contains(word), "\(dutch)") }
  }

  @Test("every argument error, output error and read problem has a Dutch text without English")
  func everyCase() {
    let argumentErrors: [ArgumentError] = [
      .unknownCommand("x", suggestion: "y"), .unknownOption("--x", suggestion: nil),
      .missingValue(option: "--x"), .unexpectedValue(option: "--x", value: "1"),
      .unexpectedArgument("x"), .missingArgument(Words(same: "FILE")),
      .invalidValue(option: "--x", value: "1", allowed: ["a", "b"], suggestion: "a"),
      .ambiguousValue(option: "--x", value: "1", choices: [Words("a (b)", nl: "a (c)")]),
      .invalidNumber(option: "--x", value: "1", expected: Words("a year", nl: "een jaartal")),
      .groupedNumber(option: "--x", value: "1.000", suggestion: "1000"),
      .optionBeforeCommand("--x", suggestion: nil), .conflict(Words("a", nl: "b")),
    ]
    let outputErrors: [OutputError] = [
      .wouldOverwriteInput(path: "p"), .directoryMissing(path: "p", directory: "d"),
      .notADirectory(path: "p", directory: "d"), .directoryNotWritable(path: "p", directory: "d"),
      .isADirectory(path: "p"), .writeFailed(path: "standard output", reason: "r"),
      .brokenLink(path: "p", loops: true), .brokenLink(path: "p", loops: false),
      .unsupportedTarget(path: "p", kind: "a socket"), .noReader(path: "p"),
    ]
    let problems: [InputFile.Problem] = [
      .notFound, .isDirectory, .permissionDenied, .tooLarge(isStream: true),
      .tooLarge(isStream: false), .unsupportedKind("a block device"),
    ]
    let texts =
      argumentErrors.map { ($0.text(.nl), $0.text(.en)) }
      + outputErrors.map { ($0.words.nl, $0.words.en) }
      + problems.map { ($0.reason.nl, $0.reason.en) }
    for (dutch, english) in texts {
      #expect(dutch != english || dutch == "b")
      let quoted = { (text: String) in
        text.replacingOccurrences(of: #"'[^']*'"#, with: "'x'", options: .regularExpression)
      }
      #expect(LanguageTests.foreignLines(quoted(dutch), language: "nl").isEmpty, "\(dutch)")
      #expect(LanguageTests.foreignLines(quoted(english), language: "en").isEmpty, "\(english)")
    }
  }
}
