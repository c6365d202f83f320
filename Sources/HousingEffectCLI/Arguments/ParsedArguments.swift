/// What `ArgumentList` found on a command line, keyed by descriptor.
///
/// Read it through the descriptors (`parsed.value(GlobalOptions.format)`), never by spelling a
/// name again.
struct ParsedArguments: Sendable, Equatable {
  /// Long names of the flags that were given.
  var flags: Set<String> = []
  /// Values of options by long name, in the order given.
  var options: [String: [String]] = [:]
  /// Values of positionals by placeholder name; several only for a variadic one.
  var positionals: [String: [String]] = [:]
  /// The command line as given (after the command name), for the report's "reproduce" section.
  var arguments: [String] = []

  /// Whether `flag` was given.
  func isSet(_ flag: OptionDescriptor) -> Bool {
    flags.contains(flag.long)
  }

  /// The last value given for `option`, or its default.
  func value(_ option: OptionDescriptor) -> String? {
    options[option.long]?.last ?? option.defaultValue
  }

  /// Every value given for `option`, in order; empty when it was not given.
  func values(_ option: OptionDescriptor) -> [String] {
    options[option.long] ?? []
  }

  /// The value of a single positional, or `nil` when an optional one was left out.
  func value(_ positional: PositionalDescriptor) -> String? {
    positionals[positional.name]?.first
  }

  /// The values of a variadic positional, in order.
  func values(_ positional: PositionalDescriptor) -> [String] {
    positionals[positional.name] ?? []
  }

  /// The value of `option` as a whole number within `range`, or `nil` when it was not given.
  ///
  /// - Parameter expected: what a good value looks like, for the error message, for example "a
  ///   four-digit year".
  /// - Throws: `ArgumentError.invalidNumber` for anything else.
  func integer(
    _ option: OptionDescriptor, in range: ClosedRange<Int>, expected: Words
  )
    throws(ArgumentError) -> Int?
  {
    guard let text = value(option) else { return nil }
    if let plain = ParsedArguments.withoutGrouping(text) {
      throw .groupedNumber(option: option.longName, value: text, suggestion: plain)
    }
    guard let number = Int(text), range.contains(number) else {
      throw .invalidNumber(option: option.longName, value: text, expected: expected)
    }
    return number
  }

  /// The value of `option` as a finite number within `range`, or `nil` when it was not given.
  ///
  /// A decimal comma is refused rather than guessed at: `1,200` may mean 1.2 or 1200.
  /// - Throws: `ArgumentError.invalidNumber` for anything else.
  func number(
    _ option: OptionDescriptor, in range: ClosedRange<Double>, expected: Words
  )
    throws(ArgumentError) -> Double?
  {
    guard let text = value(option) else { return nil }
    if let plain = ParsedArguments.withoutGrouping(text) {
      throw .groupedNumber(option: option.longName, value: text, suggestion: plain)
    }
    guard ParsedArguments.isDecimal(text), let number = Double(text), number.isFinite,
      range.contains(number)
    else {
      throw .invalidNumber(option: option.longName, value: text, expected: expected)
    }
    return number
  }

  /// `text` written plainly when it groups digits in threes with points or commas (`100.000`,
  /// `1.200.000`, `1,200`), or a Dutch decimal comma (`12,5` → `12.5`); `nil` otherwise.
  ///
  /// `100.000` is read as 100 by `Double(_:)`, while a Dutch reader meant a hundred thousand:
  /// a silent factor of a thousand. Such a value is refused, never guessed at; the suggestion
  /// is the reading of the separator as thousands grouping (three digits after it), or else
  /// as a decimal comma.
  static func withoutGrouping(_ text: String) -> String? {
    var body = Substring(text)
    var sign = ""
    if body.first == "-" || body.first == "+" {
      sign = String(body.first!)
      body = body.dropFirst()
    }
    let groups = body.split(separator: ".", omittingEmptySubsequences: false)
    let commaGroups = body.split(separator: ",", omittingEmptySubsequences: false)
    func isDigits(_ part: Substring) -> Bool {
      !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber }
    }
    // A leading 0 groups nothing: "0.001" is a decimal, not 1 (issue 22).
    func grouped(_ parts: [Substring]) -> Bool {
      parts.count >= 2 && isDigits(parts[0]) && parts[0].count <= 3 && parts[0].first != "0"
        && parts.dropFirst().allSatisfy { isDigits($0) && $0.count == 3 }
    }
    if grouped(groups) || grouped(commaGroups) {
      return sign + body.filter { $0 != "." && $0 != "," }
    }
    if commaGroups.count == 2, isDigits(commaGroups[0]), isDigits(commaGroups[1]) {
      return sign + commaGroups[0] + "." + commaGroups[1]
    }
    return nil
  }

  /// Whether `text` is a plain decimal number: an optional sign, digits with at most one
  /// decimal point, and an optional exponent. `Double(_:)` also reads hexadecimal (`0x10`,
  /// `0x1p3`), `inf` and `nan`, which the documentation does not promise.
  static func isDecimal(_ text: String) -> Bool {
    var characters = Substring(text)
    if characters.first == "-" || characters.first == "+" { characters = characters.dropFirst() }
    var mantissa = characters
    if let e = characters.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = characters[..<e]
      var exponent = characters[characters.index(after: e)...]
      if exponent.first == "-" || exponent.first == "+" { exponent = exponent.dropFirst() }
      guard !exponent.isEmpty, exponent.count <= 4,
        exponent.allSatisfy({ $0.isASCII && $0.isNumber })
      else { return false }
    }
    let digits = mantissa.filter { $0 != "." }
    return !digits.isEmpty && mantissa.count - digits.count <= 1
      && digits.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// Equal when they hold the same flags, options and positionals; the raw command line is kept
  /// for the reproduce section only.
  static func == (lhs: ParsedArguments, rhs: ParsedArguments) -> Bool {
    lhs.flags == rhs.flags && lhs.options == rhs.options && lhs.positionals == rhs.positionals
  }
}
