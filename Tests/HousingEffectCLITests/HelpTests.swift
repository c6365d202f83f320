import Foundation
import Testing
import _TestSupport

@testable import HousingEffectCLI

@Suite("CLI help text")
struct HelpTests {
  static let commandNames = CommandTable.standard.descriptors.map(\.name)

  @Test("the overview matches Snapshots/help.txt")
  func topLevelSnapshot() throws {
    if let failure = Snapshot.verify(Help.topLevel(.standard), named: "help.txt") {
      Issue.record("\(failure)")
    }
  }

  @Test("each command's help matches Snapshots/help-COMMAND.txt", arguments: commandNames)
  func commandSnapshot(_ name: String) throws {
    let descriptor = try CommandTable.standard.command(named: name).descriptor
    if let failure = Snapshot.verify(Help.command(descriptor), named: "help-\(name).txt") {
      Issue.record("\(failure)")
    }
  }

  @Test("no help line is wider than 80 columns or ends in a space")
  func width() throws {
    var pages = [Help.topLevel(.standard)]
    for name in Self.commandNames {
      pages.append(Help.command(try CommandTable.standard.command(named: name).descriptor))
    }
    for page in pages {
      for line in page.split(separator: "\n", omittingEmptySubsequences: false) {
        #expect(line.count <= Help.width, "too wide: \(line)")
        #expect(!line.hasSuffix(" "), "trailing space: \(line)")
      }
    }
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
    if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1",
      let start = document.range(of: "```\nhousing-effect: what"),
      let end = document.range(of: "```\n", range: start.upperBound..<document.endIndex)
    {
      document.replaceSubrange(
        start.lowerBound..<end.upperBound, with: "```\n" + Help.topLevel(.standard) + "```\n")
      try document.write(to: url, atomically: true, encoding: .utf8)
    }
    #expect(
      document.contains("```\n" + Help.topLevel(.standard) + "```\n"),
      "Docs/cli.md is stale: paste Tests/HousingEffectCLITests/Snapshots/help.txt into it")
  }
}
