import Testing

@testable import HousingEffectCLI

/// A parser with one option of each kind, like a real command's table.
private enum Sample {
  static let format = OptionDescriptor.option(
    "format", value: "FORMAT", help: "", allowed: ["text", "markdown", "csv", "json", "html"],
    default: "text")
  static let output = OptionDescriptor.option("output", value: "PATH", help: "")
  static let alternative = OptionDescriptor.repeatable("alternative", value: "NAME", help: "")
  static let strict = OptionDescriptor.flag("strict", help: "")
  static let help = OptionDescriptor.flag("help", short: "h", help: "")
  static let file = PositionalDescriptor.required("FILE", help: "")
  static let extra = PositionalDescriptor.optional("EXTRA", help: "")
  static let files = PositionalDescriptor.variadic("FILE", help: "")

  static let list = ArgumentList(
    options: [format, output, alternative, strict, help], positionals: [file, extra])
  static let variadicList = ArgumentList(options: [strict], positionals: [files])
}

struct ParseCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  var arguments: [String]
  var list: ArgumentList = Sample.list
  var flags: Set<String> = []
  var options: [String: [String]] = [:]
  var positionals: [String: [String]] = [:]

  var expected: ParsedArguments {
    ParsedArguments(flags: flags, options: options, positionals: positionals)
  }
}

struct ParseErrorCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  var arguments: [String]
  var list: ArgumentList = Sample.list
  var error: ArgumentError
}

struct MessageCase: CustomTestStringConvertible, Sendable {
  var testDescription: String
  var error: ArgumentError
  var message: String
}

@Suite("CLI argument parsing")
struct ArgumentListTests {
  static let parseCases: [ParseCase] = [
    ParseCase(
      testDescription: "--option value takes the next argument",
      arguments: ["a.json", "--format", "json"], options: ["format": ["json"]],
      positionals: ["FILE": ["a.json"]]),
    ParseCase(
      testDescription: "--option=value takes the text after the equals sign",
      arguments: ["--format=csv", "a.json"], options: ["format": ["csv"]],
      positionals: ["FILE": ["a.json"]]),
    ParseCase(
      testDescription: "only the first equals sign separates name and value",
      arguments: ["a.json", "--output=x=y.txt"], options: ["output": ["x=y.txt"]],
      positionals: ["FILE": ["a.json"]]),
    ParseCase(
      testDescription: "-- ends the options: what follows is positional",
      arguments: ["--strict", "--", "--format", "-h"], flags: ["strict"],
      positionals: ["FILE": ["--format"], "EXTRA": ["-h"]]),
    ParseCase(
      testDescription: "a repeatable option collects its values in order",
      arguments: ["a.json", "--alternative", "b", "--alternative=a", "--alternative", "c"],
      options: ["alternative": ["b", "a", "c"]], positionals: ["FILE": ["a.json"]]),
    ParseCase(
      testDescription: "a single-valued option given twice keeps the last value",
      arguments: ["a.json", "--format", "csv", "--format", "json"],
      options: ["format": ["json"]], positionals: ["FILE": ["a.json"]]),
    ParseCase(
      testDescription: "-h is the short name of --help",
      arguments: ["-h", "a.json"], flags: ["help"], positionals: ["FILE": ["a.json"]]),
    ParseCase(
      testDescription: "a lone dash and a negative number are positionals",
      arguments: ["-", "-5"], positionals: ["FILE": ["-"], "EXTRA": ["-5"]]),
    ParseCase(
      testDescription: "an optional positional may be left out",
      arguments: ["a.json"], positionals: ["FILE": ["a.json"]]),
    ParseCase(
      testDescription: "options may come before, between and after positionals",
      arguments: ["--strict", "a.json", "--output", "r.txt", "b.json"], flags: ["strict"],
      options: ["output": ["r.txt"]], positionals: ["FILE": ["a.json"], "EXTRA": ["b.json"]]),
    ParseCase(
      testDescription: "a variadic positional takes every remaining argument",
      arguments: ["a.json", "--strict", "b.json", "c.json"], list: Sample.variadicList,
      flags: ["strict"], positionals: ["FILE": ["a.json", "b.json", "c.json"]]),
  ]

  @Test(arguments: parseCases)
  func parses(_ testCase: ParseCase) throws {
    let parsed = try testCase.list.parse(testCase.arguments)
    #expect(parsed == testCase.expected)
  }

  static let errorCases: [ParseErrorCase] = [
    ParseErrorCase(
      testDescription: "an option without its value at the end is a missing value",
      arguments: ["a.json", "--output"], error: .missingValue(option: "--output")),
    ParseErrorCase(
      testDescription: "an option followed by another option is a missing value",
      arguments: ["a.json", "--output", "--format", "json"],
      error: .missingValue(option: "--output")),
    ParseErrorCase(
      testDescription: "an empty value after = is a missing value",
      arguments: ["a.json", "--output="], error: .missingValue(option: "--output")),
    ParseErrorCase(
      testDescription: "a misspelt option suggests the closest one",
      arguments: ["a.json", "--fromat", "json"],
      error: .unknownOption("--fromat", suggestion: "--format")),
    ParseErrorCase(
      testDescription: "a misspelt option with = suggests by its name only",
      arguments: ["a.json", "--ouptut=r.txt"],
      error: .unknownOption("--ouptut", suggestion: "--output")),
    ParseErrorCase(
      testDescription: "a single dash before a long name suggests the double dash",
      arguments: ["a.json", "-strict"], error: .unknownOption("-strict", suggestion: "--strict")),
    ParseErrorCase(
      testDescription: "an unknown short option suggests nothing",
      arguments: ["a.json", "-x"], error: .unknownOption("-x", suggestion: nil)),
    ParseErrorCase(
      testDescription: "a value outside the allowed set lists them and suggests the closest",
      arguments: ["a.json", "--format", "jsn"],
      error: .invalidValue(
        option: "--format", value: "jsn", allowed: ["text", "markdown", "csv", "json", "html"],
        suggestion: "json")),
    ParseErrorCase(
      testDescription: "a value far from every allowed one suggests nothing",
      arguments: ["a.json", "--format=docx"],
      error: .invalidValue(
        option: "--format", value: "docx", allowed: ["text", "markdown", "csv", "json", "html"],
        suggestion: nil)),
    ParseErrorCase(
      testDescription: "a flag given a value with = is refused",
      arguments: ["a.json", "--strict=yes"],
      error: .unexpectedValue(option: "--strict", value: "yes")),
    ParseErrorCase(
      testDescription: "a positional beyond those declared is unexpected",
      arguments: ["a.json", "b.json", "c.json"], error: .unexpectedArgument("c.json")),
    ParseErrorCase(
      testDescription: "a required positional that is missing is named",
      arguments: ["--strict"], error: .missingArgument(Words(same: "FILE"))),
    ParseErrorCase(
      testDescription: "a variadic positional needs at least one value unless optional",
      arguments: ["--strict"], list: Sample.variadicList,
      error: .missingArgument(Words(same: "FILE"))),
  ]

  @Test(arguments: errorCases)
  func rejects(_ testCase: ParseErrorCase) {
    #expect(throws: testCase.error) {
      try testCase.list.parse(testCase.arguments)
    }
  }

  static let messageCases: [MessageCase] = [
    MessageCase(
      testDescription: "unknown option with a suggestion",
      error: .unknownOption("--fromat", suggestion: "--format"),
      message: "Unknown option '--fromat'. Did you mean '--format'?"),
    MessageCase(
      testDescription: "unknown command with a suggestion",
      error: .unknownCommand("asess", suggestion: "assess"),
      message: "Unknown command 'asess'. Did you mean 'assess'?"),
    MessageCase(
      testDescription: "unknown command without a suggestion",
      error: .unknownCommand("frobnicate", suggestion: nil),
      message: "Unknown command 'frobnicate'."),
    MessageCase(
      testDescription: "missing value", error: .missingValue(option: "--output"),
      message: "Missing value for '--output'."),
    MessageCase(
      testDescription: "unexpected value for a flag",
      error: .unexpectedValue(option: "--strict", value: "yes"),
      message: "Option '--strict' takes no value, but was given 'yes'."),
    MessageCase(
      testDescription: "unexpected argument", error: .unexpectedArgument("c.json"),
      message: "Unexpected argument 'c.json'."),
    MessageCase(
      testDescription: "missing argument", error: .missingArgument(Words(same: "STUDY")),
      message: "Missing argument STUDY."),
    MessageCase(
      testDescription: "invalid value lists the allowed values before the suggestion",
      error: .invalidValue(option: "--lang", value: "de", allowed: ["nl", "en"], suggestion: nil),
      message: "Invalid value 'de' for '--lang'. Expected one of: nl, en."),
    MessageCase(
      testDescription: "invalid number says what was expected",
      error: .invalidNumber(
        option: "--year", value: "20x0",
        expected: Words("a four-digit year", nl: "een jaartal van vier cijfers")),
      message: "Invalid value '20x0' for '--year'. Expected a four-digit year."),
  ]

  @Test(arguments: messageCases)
  func message(_ testCase: MessageCase) {
    #expect(testCase.error.description == testCase.message)
  }
}
