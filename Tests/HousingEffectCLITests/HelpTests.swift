import Foundation
import HousingEffectReports
import Testing
import _TestSupport

@testable import HousingEffectCLI

@Suite("CLI help text")
struct HelpTests {
  static let commandNames = CommandTable.standard.descriptors.map(\.name)

  /// Snapshot name suffix: `help-assess.txt` in English, `help-assess.nl.txt` in Dutch.
  static func snapshotName(_ base: String, _ language: Language) -> String {
    language == .en ? "\(base).txt" : "\(base).\(language.rawValue).txt"
  }

  @Test(
    "the overview matches Snapshots/help.txt (English) and help.nl.txt (Dutch)",
    arguments: Language.allCases)
  func topLevelSnapshot(_ language: Language) throws {
    let page = Help.topLevel(.standard, language: language)
    if let failure = Snapshot.verify(page, named: Self.snapshotName("help", language)) {
      Issue.record("\(failure)")
    }
  }

  @Test(
    "each command's help matches Snapshots/help-COMMAND.txt and help-COMMAND.nl.txt",
    arguments: commandNames, Language.allCases)
  func commandSnapshot(_ name: String, _ language: Language) throws {
    let descriptor = try CommandTable.standard.command(named: name).descriptor
    let page = Help.command(descriptor, language: language)
    if let failure = Snapshot.verify(page, named: Self.snapshotName("help-\(name)", language)) {
      Issue.record("\(failure)")
    }
  }

  @Test("no help line is wider than 80 columns or ends in a space", arguments: Language.allCases)
  func width(_ language: Language) throws {
    var pages = [Help.topLevel(.standard, language: language)]
    for name in Self.commandNames {
      pages.append(
        Help.command(try CommandTable.standard.command(named: name).descriptor, language: language))
    }
    for page in pages {
      for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(line.count <= Help.width, "too wide: \(line)")
        #expect(!line.hasSuffix(" "), "trailing space: \(line)")
      }
    }
  }

  /// The option and argument labels a help page lists: every row that starts with two spaces
  /// and a dash or a placeholder, cut at the first double space.
  static func labels(_ page: String) -> [String] {
    page.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("  "), !line.hasPrefix("   ") else { return nil }
      let label = line.dropFirst(2).components(separatedBy: "  ").first ?? ""
      return label.isEmpty ? nil : label
    }
  }

  @Test(
    "Dutch and English help list the same commands, arguments, options and allowed values",
    arguments: commandNames)
  func sameOptionsInBothLanguages(_ name: String) throws {
    let descriptor = try CommandTable.standard.command(named: name).descriptor
    let english = Help.command(descriptor, language: .en)
    let dutch = Help.command(descriptor, language: .nl)
    let expected =
      descriptor.positionals.map(\.usage) + descriptor.allOptions.map(Help.optionLabel)
    #expect(Self.labels(english) == expected)
    #expect(Self.labels(dutch) == expected)
    // The allowed values and defaults are generated from the same tables in both languages.
    for option in descriptor.allOptions {
      for value in option.allowedValues + [option.defaultValue].compactMap({ $0 }) {
        #expect(english.contains(value), "\(name) en lacks \(value)")
        #expect(dutch.contains(value), "\(name) nl lacks \(value)")
      }
    }
    #expect(
      Self.labels(Help.topLevel(.standard, language: .en))
        == Self.labels(Help.topLevel(.standard, language: .nl)))
  }

  @Test("every command, argument and option of the tool has its Dutch help text")
  func everyTextHasDutch() {
    var missing: [String] = []
    for command in CommandTable.standard.descriptors {
      if command.dutchAbstract.isEmpty { missing.append("\(command.name): abstract") }
      if command.dutchDiscussion.isEmpty != command.discussion.isEmpty {
        missing.append("\(command.name): discussion")
      }
      let english = command.discussion.components(separatedBy: "\n\n").count
      let dutch = command.dutchDiscussion.components(separatedBy: "\n\n").count
      if english != dutch { missing.append("\(command.name): \(dutch) of \(english) paragraphs") }
      for positional in command.positionals where positional.dutchHelp.isEmpty {
        missing.append("\(command.name) \(positional.name)")
      }
      for option in command.allOptions {
        if option.dutchHelp.isEmpty { missing.append("\(command.name) \(option.longName)") }
        if option.aliasNote != nil, (option.dutchAliasNote ?? "").isEmpty {
          missing.append("\(command.name) \(option.longName): alias note")
        }
      }
    }
    #expect(missing.isEmpty, "no Dutch help for \(missing)")
  }

  struct WrapCase: CustomTestStringConvertible, Sendable {
    var testDescription: String
    var text: String
    var width: Int
    var lines: [String]
  }

  static let wrapCases: [WrapCase] = [
    WrapCase(
      testDescription: "words move to the next line at the width",
      text: "een twee drie vier", width: 9, lines: ["een twee", "drie vier"]),
    WrapCase(
      testDescription: "a word longer than the width stays whole on its own line",
      text: "a huisvestingseffectrapportage b", width: 10,
      lines: ["a", "huisvestingseffectrapportage", "b"]),
    WrapCase(
      testDescription: "runs of spaces and newlines collapse", text: "a  b\nc", width: 80,
      lines: ["a b c"]),
    WrapCase(testDescription: "empty text gives no lines", text: "", width: 80, lines: []),
  ]

  @Test(arguments: wrapCases)
  func wrap(_ testCase: WrapCase) {
    #expect(Help.wrap(testCase.text, width: testCase.width) == testCase.lines)
  }
}

@Suite("CLI documentation")
struct CLIDocumentationTests {
  @Test("Docs/cli.md embeds the current overview")
  func docsEmbedHelp() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Docs/cli.md")
    var document = try String(contentsOf: url, encoding: .utf8)
    // The English overview (`--help --lang en`): the documentation is in English.
    let overview = Help.topLevel(.standard, language: .en)
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1",
      let start = document.range(of: "```\nhousing-effect: what"),
      let end = document.range(of: "```\n", range: start.upperBound..<document.endIndex)
    {
      document.replaceSubrange(
        start.lowerBound..<end.upperBound, with: "```\n" + overview + "```\n")
      try document.write(to: url, atomically: true, encoding: .utf8)
    }
    #expect(
      document.contains("```\n" + overview + "```\n"),
      "Docs/cli.md is stale: paste Tests/HousingEffectCLITests/Snapshots/help.txt into it")
  }
}
