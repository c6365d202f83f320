import Foundation
import Testing

@testable import HousingEffectCLI

/// A command that is available, for testing the dispatch around `run`: it writes its `--text`
/// and a newline through the context.
private struct EchoCommand: Command {
  static let file = PositionalDescriptor.optional("FILE", help: "An input file.")
  static let text = OptionDescriptor.option("text", value: "TEXT", help: "What to write.")
  static let descriptor = CommandDescriptor(
    name: "echo", abstract: "Writes its text.", options: [text], positionals: [file],
    available: true)

  var file: String?
  var text: String

  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    file = parsed.value(Self.file)
    text = parsed.value(Self.text) ?? "echo"
  }

  var inputPaths: [String] { file.map { [$0] } ?? [] }

  func run(_ context: CommandContext) -> HousingEffectCLI.ExitStatus {
    context.write("\(text) \(context.options.format.rawValue) \(context.options.year ?? 0)\n")
  }
}

/// A command that is listed but not implemented: what `project` was before it was built.
private struct PlannedCommand: Command {
  static let descriptor = CommandDescriptor(
    name: "planned", abstract: "Not built yet.", available: false)

  init(_ parsed: ParsedArguments) throws(ArgumentError) {}

  func run(_ context: CommandContext) -> HousingEffectCLI.ExitStatus {
    context.notAvailable(Self.descriptor)
  }
}

/// The result of one in-process run.
struct Run {
  var status: Int32
  var stdout: String
  var stderr: String

  init(_ arguments: [String]) {
    let io = CapturingIO()
    status = CLI.run(arguments: arguments, io: io)
    stdout = io.output
    stderr = io.errorOutput
  }

  init(_ arguments: [String], table: CommandTable) {
    let io = CapturingIO()
    status = CLI.run(arguments: arguments, io: io, table: table).rawValue
    stdout = io.output
    stderr = io.errorOutput
  }
}

struct UsageErrorCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  var arguments: [String]
  var stderr: String
}

@Suite("CLI dispatch")
struct CLITests {
  private static let echoTable = CommandTable([EchoCommand.self])
  static let commandNames = CommandTable.standard.descriptors.map(\.name)
  private static let plannedTable = CommandTable([EchoCommand.self, PlannedCommand.self])

  @Test(
    "no arguments, --help and -h print the overview to stdout and exit 0",
    arguments: [[], ["--help"], ["-h"], ["help"]])
  func topLevelHelp(_ arguments: [String]) {
    let run = Run(arguments)
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout == Help.topLevel(.standard))
    for command in CommandTable.standard.descriptors {
      #expect(run.stdout.contains("  \(command.name) "), "help lacks \(command.name)")
      #expect(run.stdout.contains("--format FORMAT"))
    }
  }

  @Test("the overview marks unavailable commands")
  func overviewMarksUnavailable() {
    let help = Help.topLevel(Self.plannedTable, language: .en)
    #expect(help.contains("(not available yet)"))
    #expect(Help.topLevel(Self.plannedTable).contains("(nog niet beschikbaar)"))
    #expect(!Help.topLevel(Self.echoTable, language: .en).contains("(not available yet)"))
  }

  @Test(
    "help COMMAND and COMMAND --help print that command's help, in Dutch unless --lang en",
    arguments: commandNames)
  func commandHelp(_ name: String) throws {
    let descriptor = try CommandTable.standard.command(named: name).descriptor
    for arguments in [["help", name], [name, "--help"], [name, "x", "--fromat", "-h"]] {
      let run = Run(arguments)
      #expect(run.status == 0, "\(arguments)")
      #expect(run.stderr.isEmpty)
      #expect(run.stdout == Help.command(descriptor, language: .nl))
      #expect(run.stdout.hasPrefix("GEBRUIK: housing-effect \(name) "))
      #expect(run.stdout.contains("ALGEMENE OPTIES:"))
    }
    for arguments in [
      ["help", name, "--lang", "en"], ["help", "--lang=en", name],
      [name, "--help", "--lang", "en"],
      [name, "--lang", "en", "-h"], ["help", name, "--lang", "nl", "--lang", "en"],
    ] {
      let run = Run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
      #expect(run.stdout == Help.command(descriptor, language: .en), "\(arguments)")
      #expect(run.stdout.hasPrefix("USAGE: housing-effect \(name) "))
      #expect(run.stdout.contains("GLOBAL OPTIONS:"))
    }
    let dutch = Run(["help", name, "--lang", "nl"])
    #expect(dutch.status == 0)
    #expect(dutch.stdout == Help.command(descriptor, language: .nl))
  }

  @Test("--help --lang en and help --lang en print the English overview")
  func topLevelHelpInEnglish() {
    for arguments in [["--help", "--lang", "en"], ["help", "--lang", "en"], ["-h", "--lang=en"]] {
      let run = Run(arguments)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
      #expect(run.stdout == Help.topLevel(.standard, language: .en), "\(arguments)")
    }
    #expect(Run(["help", "--lang", "nl"]).stdout == Help.topLevel(.standard, language: .nl))
  }

  @Test("help with a language the tool does not have is a usage error naming nl and en")
  func helpWithUnknownLanguage() {
    for arguments in [["help", "assess", "--lang", "de"], ["assess", "--help", "--lang=fr"]] {
      let run = Run(arguments)
      #expect(run.status == 64, "\(arguments)")
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.contains("--lang") && run.stderr.contains("nl, en"), "\(run.stderr)")
    }
    let missing = Run(["help", "assess", "--lang"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("--lang"))
  }

  @Test("help assess shows its arguments, its options and the shared options")
  func helpAssess() {
    let run = Run(["help", "assess"])
    #expect(run.status == 0)
    for text in [
      "FILE", "--sector TYPE", "--jobs N", "--municipality NAME", "--format FORMAT",
      "--lang LANG", "--output PATH", "--year YEAR", "-h, --help", "data-centre",
    ] {
      #expect(run.stdout.contains(text), "help assess lacks \(text)")
    }
  }

  @Test("--version prints the name and version")
  func version() {
    let run = Run(["--version"])
    #expect(run.status == 0)
    #expect(run.stdout == "housing-effect 0.1.0\n")
    #expect(run.stderr.isEmpty)
  }

  static let usageErrorCases: [UsageErrorCase] = [
    UsageErrorCase(
      testDescription: "an unknown command suggests the closest one",
      arguments: ["asess", "x.json"],
      stderr: """
        housing-effect: error: Unknown command 'asess'. Did you mean 'assess'?
        Run 'housing-effect --help' for the list of commands.

        """),
    UsageErrorCase(
      testDescription: "help for an unknown command suggests the closest one",
      arguments: ["help", "paramz"],
      stderr: """
        housing-effect: error: Unknown command 'paramz'. Did you mean 'params'?
        Run 'housing-effect --help' for the list of commands.

        """),
    UsageErrorCase(
      testDescription: "an unknown top-level option suggests the closest one",
      arguments: ["--verison"],
      stderr: """
        housing-effect: error: Unknown option '--verison'. Did you mean '--version'?
        Run 'housing-effect --help' for the list of commands.

        """),
    UsageErrorCase(
      testDescription: "--version takes no arguments",
      arguments: ["--version", "assess"],
      stderr: """
        housing-effect: error: Unexpected argument 'assess'.
        Run 'housing-effect --help' for the list of commands.

        """),
  ]

  @Test(arguments: usageErrorCases)
  func usageErrors(_ testCase: UsageErrorCase) {
    // The expected messages are English: `--lang en` (Dutch is the default, DiagnosticLanguageTests).
    let run = Run(testCase.arguments + ["--lang", "en"])
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == testCase.stderr)
  }

  static let commandUsageErrorCases: [UsageErrorCase] = [
    UsageErrorCase(
      testDescription: "an unknown option of a command suggests the closest one",
      arguments: ["echo", "--fromat", "json"],
      stderr: """
        housing-effect: error: Unknown option '--fromat'. Did you mean '--format'?
        Run 'housing-effect help echo' for its arguments and options.

        """),
    UsageErrorCase(
      testDescription: "an invalid format lists the formats and suggests one",
      arguments: ["echo", "--format", "jsn"],
      stderr: """
        housing-effect: error: Invalid value 'jsn' for '--format'. Expected one of: text, \
        markdown, csv, json, html. Did you mean 'json'?
        Run 'housing-effect help echo' for its arguments and options.

        """),
    UsageErrorCase(
      testDescription: "an invalid year says what is expected",
      arguments: ["echo", "--year", "twenty"],
      stderr: """
        housing-effect: error: Invalid value 'twenty' for '--year'. Expected a four-digit year.
        Run 'housing-effect help echo' for its arguments and options.

        """),
    UsageErrorCase(
      testDescription: "a second positional is unexpected",
      arguments: ["echo", "a.json", "b.json"],
      stderr: """
        housing-effect: error: Unexpected argument 'b.json'.
        Run 'housing-effect help echo' for its arguments and options.

        """),
  ]

  @Test(arguments: commandUsageErrorCases)
  func commandUsageErrors(_ testCase: UsageErrorCase) {
    let run = Run(testCase.arguments + ["--lang", "en"], table: Self.echoTable)
    #expect(run.status == 64)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr == testCase.stderr)
  }

  @Test(
    "a command that is not available says so on stderr and exits 1",
    arguments: ["planned"])
  func notAvailable(_ name: String) {
    for arguments in [[name], [name, "x.json", "--format", "json"], [name, "--fromat"]] {
      let run = Run(arguments, table: Self.plannedTable)
      #expect(run.status == 1)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr == "housing-effect: '\(name)' is in deze versie nog niet beschikbaar.\n")
      let english = Run(arguments + ["--lang", "en"], table: Self.plannedTable)
      #expect(
        english.stderr == "housing-effect: '\(name)' is not available yet in this version.\n")
    }
  }

  @Test("an available command runs with the shared options and writes to stdout")
  func runsCommand() {
    let run = Run(
      ["echo", "--text", "hallo", "--format=csv", "--year", "2030"], table: Self.echoTable)
    #expect(run.status == 0)
    #expect(run.stdout == "hallo csv 2030\n")
    #expect(run.stderr.isEmpty)
  }

  @Test("--output writes the report to the file and nothing to stdout")
  func writesOutputFile() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("report.csv").path
      let run = Run(["echo", "--text", "hallo", "--output", path], table: Self.echoTable)
      #expect(run.status == 0)
      #expect(run.stdout.isEmpty)
      #expect(run.stderr.isEmpty)
      let written = try String(contentsOfFile: path, encoding: .utf8)
      #expect(written == "hallo text 0\n")
      #expect(try contents(of: directory) == ["report.csv"])
    }
  }

  @Test("--output naming the input file is refused with exit 64 and the input is untouched")
  func refusesToOverwriteInput() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("in.json").path
      try Data("{}".utf8).write(to: URL(fileURLWithPath: path))
      let run = Run(["echo", path, "--output", path, "--lang", "en"], table: Self.echoTable)
      #expect(run.status == 64)
      #expect(run.stdout.isEmpty)
      #expect(
        run.stderr == "housing-effect: error: Refusing to write '\(path)': it is an input file of "
          + "this command. Choose another path for '--output'.\n")
      #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}")
      #expect(try contents(of: directory) == ["in.json"])
    }
  }

  @Test("--output into a missing directory fails with exit 1 before the command runs")
  func missingOutputDirectory() throws {
    try withTemporaryDirectory { directory in
      let path = directory.appendingPathComponent("out/report.txt").path
      let run = Run(["echo", "--output", path, "--lang", "en"], table: Self.echoTable)
      #expect(run.status == 1)
      #expect(run.stdout.isEmpty)
      #expect(
        run.stderr == "housing-effect: error: Cannot write '\(path)': the directory "
          + "'\(directory.path)/out' does not exist.\n")
      let left = try contents(of: directory)
      #expect(left.isEmpty)
    }
  }
}

extension CLITests {
  @Test("the reproduce section of assess names the command")
  func assessReproduceLine() {
    let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Scenarios/venlo-ecommerce-dc.json").path
    let run = Run(["assess", path, "--lang", "en"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("    housing-effect assess \(path) --lang en\n"))
  }

  @Test("assess and compare write one HTML page with --format html")
  func html() {
    let scenarios = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Scenarios")
    for (arguments, charts) in [
      // Jobs, housing need, temporary beds, places, registrations (facilities split by kind,
      // issue 21 item 4), and the map of where the newcomers live (issue 19, item 8).
      (["assess", scenarios.appendingPathComponent("venlo-ecommerce-dc.json").path], 5 + 1),
      (
        ["compare", scenarios.appendingPathComponent("venlo-dc-study.json").path, "--lang", "en"], 1
      ),
    ] {
      let run = Run(arguments + ["--format", "html"])
      #expect(run.status == 0, "\(run.stderr)")
      #expect(run.stderr.isEmpty)
      #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n"))
      #expect(run.stdout.hasSuffix("</html>\n"))
      #expect(run.stdout.components(separatedBy: "<svg ").count - 1 == charts)
    }
  }
}
