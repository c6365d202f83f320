import HousingEffectReports

/// The options every report command shares, parsed once for all commands.
///
/// `descriptors` is the single list the parser and the help text read; commands do not copy
/// it.
struct GlobalOptions: Sendable, Equatable {
  var format: ReportFormat = .text
  var language: Language = .nl
  /// The `--output` path as typed; `nil` means standard output.
  var outputPath: String?
  /// The `--year` to report on; `nil` leaves the choice to the command.
  var year: Int?

  static let format = OptionDescriptor.option(
    "format", value: "FORMAT", help: "Output format.", nl: "Uitvoerformaat.",
    allowed: ReportFormat.allCases.map(\.rawValue), default: ReportFormat.text.rawValue)

  static let language = OptionDescriptor.option(
    "lang", value: "LANG",
    help: "Language of the report, of help and of check's messages: Dutch or English.",
    nl: "Taal van het rapport, van de hulp en van de meldingen van check: Nederlands of Engels.",
    allowed: Language.allCases.map(\.rawValue), default: Language.nl.rawValue)

  static let output = OptionDescriptor.option(
    "output", value: "PATH",
    help: "Write the report to PATH instead of standard output. The file is replaced in one "
      + "step; an input file is never overwritten.",
    nl: "Schrijf het rapport naar PATH in plaats van naar de standaarduitvoer. Het bestand "
      + "wordt in één stap vervangen; een invoerbestand wordt nooit overschreven.")

  static let year = OptionDescriptor.option(
    "year", value: "YEAR", help: "The year to report on, as four digits.",
    nl: "Het jaar waarover gerapporteerd wordt, in vier cijfers.")

  static let help = OptionDescriptor.flag(
    "help", short: "h", help: "Show help for the tool or for a command.",
    nl: "Toon hulp bij het programma of bij een opdracht.")

  /// The shared report options, in help order.
  static let descriptors = [format, language, output, year]

  init(
    format: ReportFormat = .text, language: Language = .nl, outputPath: String? = nil,
    year: Int? = nil
  ) {
    self.format = format
    self.language = language
    self.outputPath = outputPath
    self.year = year
  }

  /// The shared options from a command line parsed with `descriptors`.
  init(_ parsed: ParsedArguments) throws(ArgumentError) {
    let formatText = parsed.value(Self.format) ?? ""
    guard let format = ReportFormat(rawValue: formatText) else {
      throw .invalidValue(
        option: Self.format.longName, value: formatText, allowed: Self.format.allowedValues)
    }
    let languageText = parsed.value(Self.language) ?? ""
    guard let language = Language(rawValue: languageText) else {
      throw .invalidValue(
        option: Self.language.longName, value: languageText,
        allowed: Self.language.allowedValues)
    }
    self.format = format
    self.language = language
    self.outputPath = parsed.value(Self.output)
    self.year = try parsed.integer(
      Self.year, in: 1000...9999,
      expected: Words("a four-digit year", nl: "een jaartal van vier cijfers"))
  }
}
