import HousingEffect
import HousingEffectReports
import Testing

@testable import HousingEffectCLI

struct ValueCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  var arguments: [String]
  var expected: Result<GlobalOptions, ArgumentError>
}

struct CommandInitCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  var command: String
  var arguments: [String]
  var error: ArgumentError
}

@Suite("CLI command table and shared options")
struct CommandTableTests {
  static let valueCases: [ValueCase] = [
    ValueCase(
      testDescription: "without options: text, Dutch, standard output, no year",
      arguments: [], expected: .success(GlobalOptions())),
    ValueCase(
      testDescription: "every shared option is read",
      arguments: ["--format", "json", "--lang=en", "--output", "r.json", "--year", "2030"],
      expected: .success(
        GlobalOptions(format: .json, language: .en, outputPath: "r.json", year: 2030))),
    ValueCase(
      testDescription: "a year that is not a number is refused",
      arguments: ["--year", "20x0"],
      expected: .failure(
        .invalidNumber(
          option: "--year", value: "20x0",
          expected: Words("a four-digit year", nl: "een jaartal van vier cijfers")))),
    ValueCase(
      testDescription: "a two-digit year is refused",
      arguments: ["--year", "30"],
      expected: .failure(
        .invalidNumber(
          option: "--year", value: "30",
          expected: Words("a four-digit year", nl: "een jaartal van vier cijfers")))),
    ValueCase(
      testDescription: "a language close to one allowed is refused with a suggestion",
      arguments: ["--lang", "eng"],
      expected: .failure(
        .invalidValue(option: "--lang", value: "eng", allowed: ["nl", "en"], suggestion: "en"))),
    ValueCase(
      testDescription: "a language far from both is refused with the list only",
      arguments: ["--lang=english"],
      expected: .failure(
        .invalidValue(option: "--lang", value: "english", allowed: ["nl", "en"], suggestion: nil))),
  ]

  @Test(arguments: valueCases)
  func sharedOptions(_ testCase: ValueCase) {
    let list = ArgumentList(options: GlobalOptions.descriptors)
    let result = Result { () throws(ArgumentError) -> GlobalOptions in
      try GlobalOptions(list.parse(testCase.arguments))
    }
    #expect(result == testCase.expected)
  }

  static let initCases: [CommandInitCase] = [
    CommandInitCase(
      testDescription: "assess refuses a grouping comma in --jobs rather than guess",
      command: "assess", arguments: ["--jobs", "1,200"],
      error: .groupedNumber(option: "--jobs", value: "1,200", suggestion: "1200")
    ),
    CommandInitCase(
      testDescription:
        "assess refuses a Dutch thousands point in --floor-area (100.000 is not 100)",
      command: "assess", arguments: ["--floor-area", "100.000"],
      error: .groupedNumber(option: "--floor-area", value: "100.000", suggestion: "100000")
    ),
    CommandInitCase(
      testDescription: "assess refuses a decimal comma in --hectares, suggesting the point",
      command: "assess", arguments: ["--hectares", "12,5"],
      error: .groupedNumber(option: "--hectares", value: "12,5", suggestion: "12.5")
    ),
    CommandInitCase(
      testDescription: "a whole-number option refuses 1.000.000 with the plain number",
      command: "assess", arguments: ["FILE.json", "--draws", "1.000"],
      error: .groupedNumber(option: "--draws", value: "1.000", suggestion: "1000")
    ),
    CommandInitCase(
      testDescription: "assess refuses a negative area",
      command: "assess", arguments: ["--hectares=-3"],
      error: .invalidNumber(
        option: "--hectares", value: "-3",
        expected: Words(
          "an area in hectares, e.g. 12.5", nl: "een oppervlakte in hectare, bijvoorbeeld 12.5"))),
    CommandInitCase(
      testDescription: "assess refuses nan jobs",
      command: "assess", arguments: ["--jobs", "nan"],
      error: .invalidNumber(
        option: "--jobs", value: "nan",
        expected: Words(
          "a number of jobs, e.g. 1200", nl: "een aantal banen, bijvoorbeeld 1200"))
    ),
    CommandInitCase(
      testDescription: "project refuses a year after 2050",
      command: "project", arguments: ["study.json", "--until", "2060"],
      error: .invalidNumber(
        option: "--until", value: "2060",
        expected: Words(
          "a year up to 2050, e.g. 2040", nl: "een jaartal tot en met 2050, bijvoorbeeld 2040"))),
    CommandInitCase(
      testDescription: "assess suggests the closest establishment type",
      command: "assess", arguments: ["--sector", "data-centr"],
      error: .invalidValue(
        option: "--sector", value: "data-centr",
        allowed: EstablishmentType.allCases.map(\.rawValue), suggestion: "data-centre")),
  ]

  @Test(arguments: initCases)
  func commandArguments(_ testCase: CommandInitCase) throws {
    let command = try CommandTable.standard.command(named: testCase.command)
    #expect(throws: testCase.error) {
      let parsed = try ArgumentList(command.descriptor).parse(testCase.arguments)
      _ = try command.init(parsed)
    }
  }

  @Test("the table has every command of DESIGN.md §4, in order, then those added since")
  func everyDocumentedCommand() {
    #expect(
      CommandTable.standard.descriptors.map(\.name) == [
        "assess", "compare", "project", "sensitivity", "explain", "check", "params", "regions",
        "batch",
        // Issue 20: the reference establishments and the validation against them.
        "references", "validate",
      ])
  }

  @Test("every command has the four shared options and --help, from the one shared list")
  func sharedOptionsEverywhere() {
    for command in CommandTable.standard.descriptors {
      let names = command.allOptions.map(\.longName)
      for shared in ["--format", "--lang", "--output", "--year", "--help"] {
        #expect(names.contains(shared), "\(command.name) lacks \(shared)")
      }
    }
  }

  @Test("descriptors are consistent: unique names, positionals in a parseable order")
  func descriptorsAreConsistent() {
    let commands = CommandTable.standard.descriptors
    #expect(Set(commands.map(\.name)).count == commands.count)
    for command in commands {
      #expect(!command.abstract.isEmpty, "\(command.name) has no abstract")
      let longNames = command.allOptions.map(\.long)
      #expect(Set(longNames).count == longNames.count, "\(command.name) repeats an option")
      let shortNames = command.allOptions.compactMap(\.short)
      #expect(Set(shortNames).count == shortNames.count, "\(command.name) repeats a short name")
      for option in command.allOptions {
        #expect(!option.help.isEmpty, "\(command.name) \(option.longName) has no help")
        #expect(option.takesValue == !option.valueName.isEmpty, "\(option.longName) value name")
      }
      let positionals = command.positionals
      for (index, positional) in positionals.enumerated() {
        if positional.variadic {
          #expect(index == positionals.count - 1, "\(command.name): variadic must be last")
        }
        if !positional.optional {
          #expect(
            positionals[..<index].allSatisfy { !$0.optional },
            "\(command.name): required \(positional.name) after an optional one")
        }
      }
    }
  }

  @Test("the command lookup suggests the closest name, including help")
  func lookupSuggests() {
    #expect(throws: ArgumentError.unknownCommand("halp", suggestion: "help")) {
      try CommandTable.standard.command(named: "halp")
    }
    #expect(throws: ArgumentError.unknownCommand("asess", suggestion: "assess")) {
      try CommandTable.standard.command(named: "asess")
    }
  }
}
