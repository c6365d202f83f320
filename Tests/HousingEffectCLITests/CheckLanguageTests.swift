import Foundation
import HousingEffect
import Testing

@testable import HousingEffectReports

/// Issue 21: `check` reports in the report language, Dutch by default and English with
/// `--lang en`; codes, files, lines and field paths stay the same in both.
@Suite("check: diagnostics in Dutch and English")
struct CheckLanguageTests {
  static let fixtures: [String] = {
    let folder = RepositoryPaths.root.appendingPathComponent(
      "Tests/HousingEffectTests/Fixtures/Invalid")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.sorted().map { folder.appendingPathComponent($0).path }
  }()

  /// `[code]` at the end of every diagnostic line, in order.
  static func codes(_ stderr: String) -> [String] {
    stderr.split(separator: "\n").compactMap { line in
      guard line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
      return String(line[open...])
    }
  }

  @Test(
    "every invalid fixture and every example: Dutch lines fully translated, same codes as English",
    arguments: fixtures + RepositoryPaths.scenarios)
  func bothLanguages(_ file: String) {
    let dutch = Run(["check", file])
    let english = Run(["check", file, "--lang", "en"])
    #expect(dutch.status == english.status)
    #expect(Self.codes(dutch.stderr) == Self.codes(english.stderr))
    #expect(!dutch.stderr.contains("melding in het Engels"), "untranslated: \(dutch.stderr)")
    // The file's name and the codes ("shares-do-not-sum-to-one") are ids, not sentences.
    func sentences(_ text: String) -> String {
      text.replacingOccurrences(of: file, with: "FILE").replacingOccurrences(
        of: #"\[[a-z-]+\]"#, with: "", options: .regularExpression)
    }
    let foreign = LanguageTests.foreignLines(sentences(dutch.stderr), language: "nl")
    #expect(foreign.isEmpty, "English in Dutch check output: \(foreign)")
    let dutchFound = LanguageTests.foreignLines(sentences(english.stderr), language: "en")
    #expect(dutchFound.isEmpty, "Dutch in English check output: \(dutchFound)")
    for word in [": error: ", ": warning: ", " at ", "Did you mean", " errors", " warning"] {
      #expect(!dutch.stderr.contains(word), "'\(word)' in \(dutch.stderr)")
    }
    for word in [": fout: ", ": waarschuwing: ", " bij ", "Bedoelde u", " fouten"] {
      #expect(!english.stderr.contains(word), "'\(word)' in \(english.stderr)")
    }
  }

  @Test("a Dutch line: severity, path, message, suggestion and code")
  func dutchLine() {
    let diagnostic = Diagnostic(
      .error, .unknownKey, at: "descripton", "Unknown key 'descripton'.", file: "a.json",
      line: 8, column: 3, suggestion: "description")
    #expect(
      DiagnosticText(.nl).line(diagnostic)
        == "a.json:8:3: fout: bij descripton: Onbekende sleutel 'descripton'. Bedoelde u "
        + "'description'? [unknown-key]")
    #expect(DiagnosticText(.en).line(diagnostic) == diagnostic.description)
  }

  @Test("a message no pattern knows keeps its English, after the Dutch meaning of its code")
  func fallback() {
    let diagnostic = Diagnostic.error(.inputTooLarge, at: "", "Something new happened.")
    #expect(
      DiagnosticText(.nl).message(diagnostic)
        == "De invoer is te groot. (melding in het Engels: \"Something new happened.\")")
  }

  @Test("every pattern compiles, and every code has a Dutch meaning")
  func patterns() {
    for (pattern, _) in DiagnosticText.dutchRules + DiagnosticText.rowRules {
      #expect(pattern.compiles, "\(pattern.pattern)")
    }
    let meanings = Set(DiagnosticCode.allCases.map(DiagnosticText.meaning))
    #expect(meanings.count == DiagnosticCode.allCases.count)
  }

  @Test("the summary line in Dutch")
  func summary() {
    let venray = RepositoryPaths.root.appendingPathComponent(
      "Scenarios/venray-meat-processing.json"
    )
    .path
    let run = Run(["check", "--strict", venray])
    #expect(run.stderr.contains("\(venray): 2 waarschuwingen; faalt met --strict"), "\(run.stderr)")
  }
}
