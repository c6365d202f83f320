import HousingEffect

/// Deterministic number formatting for human-readable reports, without Foundation `Locale`.
///
/// Dutch: `1.234`, `12,5`, `13 %`, `€ 20,8 mln`. English: `1,234`, `12.5`, `13%`,
/// `€ 20.8 million`. Negative numbers use a real minus sign (`−12`); deltas can ask for an
/// explicit plus (`+12`). Non-finite input shows as `–`; a value that rounds to zero never
/// shows a sign, so `-0` cannot appear.
///
/// Rounding is half away from zero on the binary value, so `2.675` (stored as 2.67499…)
/// rounds to `2.67`.
///
/// The rounding policy of every human-readable output (text, Markdown, HTML, CSV for people;
/// JSON stays unrounded), so the same value prints the same way in every section and command
/// (Docs/methodology.md, "Rounding in reports"):
/// - persons, households, beds, rooms, dwellings and jobs: whole numbers, or "< 1" between 0
///   and 1 (`.count`, `.staffing`);
/// - FTE loads on facilities: by size — at most two decimals below 1 (`0,08`), two significant
///   figures from 1 (`1,3`), whole numbers from 10 — or "verwaarloosbaar"/"negligible" below
///   `negligibleFTE` (`.load`);
/// - shares: percentages by size — whole from 10 % (`50 %`), at most one decimal below
///   (`5,5 %`), "< 0,1 %" for a share too small to show; Dutch with a space before `%`;
/// - norm quantities (bedrooms, toilets, showers): rounded up, since half a toilet must be
///   built whole (`.roundedUp`);
/// - money totals from a million in millions to three significant figures (`€ 20,8 mln`),
///   below it to the thousand euros (`.euros`); amounts per job or per person whole euros
///   (`.eurosWhole`).
public struct NumberFormat: Sendable, Hashable {
  /// How many decimals a value gets, and how it is decorated.
  public enum Precision: Sendable, Hashable {
    /// Whole numbers: `1.234`.
    case whole
    /// Whole numbers; "< 1" between 0 and 1 so that a small number stays visible without a
    /// false precision ("5,5 kennismigranten"); a true zero is `0`. For persons, beds,
    /// dwellings, rooms, households.
    case count
    /// A fixed number of decimals: `12,5` for `.decimals(1)`.
    case decimals(Int)
    /// Jobs in FTE: whole numbers, as `.count` ("546 banen", not "545,5").
    case staffing
    /// An FTE load on a facility: two significant figures below 10 (`0,08`, `1,3`), whole
    /// numbers from 10 (`12`, `545`), and "verwaarloosbaar"/"negligible" below
    /// `negligibleFTE`; a true zero is `0`.
    case load
    /// A quantity a norm asks for, rounded up to a whole: `5,2` toilets are `6`.
    case roundedUp
    /// Euros per unit (a wage per job): whole euros with the euro sign, `€ 42.340`.
    case eurosWhole
    /// At most this many decimals, trailing zeros dropped: `1,27`, `1,1`, `60`.
    case upTo(Int)
    /// A ratio: two significant figures, trailing zeros dropped, whole numbers from 10:
    /// `1,3`, `0,49`, `0,005`, `12`.
    case ratio
    /// A share 0–1 shown as a percentage with this many decimals: `12,5%`.
    case percent(Int)
    /// A money total to the thousand euros with the euro sign: `€ 20.765.000`.
    case euros
    /// A calendar year, without thousands separator: `2030`.
    case calendarYear
  }

  /// Shown for NaN and infinite values.
  public static let notANumber = "–"
  /// FTE loads below this are "verwaarloosbaar"/"negligible": 0.05 FTE is under two hours a
  /// week of a 36-hour post, less than any municipality or practice can plan or staff.
  public static let negligibleFTE = 0.05
  /// U+2212 MINUS SIGN.
  public static let minus = "\u{2212}"

  /// The language whose separators and words the formatter uses.
  public let language: Language

  /// A formatter for `language`: Dutch writes 1.234,5, English 1,234.5.
  public init(language: Language) {
    self.language = language
  }

  /// The decimal separator: a comma in Dutch, a full stop in English.
  public var decimalSeparator: String { language == .nl ? "," : "." }
  /// The thousands separator: a full stop in Dutch, a comma in English.
  public var groupingSeparator: String { language == .nl ? "." : "," }

  /// The precision reports use for a unit.
  ///
  /// Counts of people and housing are whole (one decimal below 10), FTE one decimal, shares
  /// percentages with one decimal, euros whole euros, areas and weights whole, ratios at most
  /// two decimals.
  public static func precision(for unit: Unit) -> Precision {
    switch unit {
    case .persons, .households, .dwellings, .beds, .rooms, .jobs, .count, .thousandPersons,
      .tenThousandPersons:
      .count
    case .fte: .load
    case .hectares: .decimals(1)
    case .share: .percent(1)
    case .euros: .euros
    case .squareMetres, .kilograms, .tonnes: .whole
    case .months, .years: .upTo(1)
    case .year: .calendarYear
    case .per(.euros, _): .eurosWhole
    case .per: .ratio
    }
  }

  /// `value` in the unit's precision; `signed` adds `+` to positive values (for deltas).
  public func format(_ value: Double, unit: Unit, signed: Bool = false) -> String {
    format(value, NumberFormat.precision(for: unit), signed: signed)
  }

  /// `value` in the given precision; `signed` adds `+` to positive values (for deltas).
  public func format(_ value: Double, _ precision: Precision, signed: Bool = false) -> String {
    guard value.isFinite else { return NumberFormat.notANumber }
    switch precision {
    case .whole:
      return number(value, decimals: 0, signed: signed)
    case .count, .staffing:
      let magnitude = abs(value)
      if magnitude < NumberFormat.zeroTolerance { return "0" }
      if magnitude < 1 { return lessThanOne(negative: value < 0, signed: signed) }
      return number(value, decimals: 0, signed: signed)
    case .decimals(let decimals):
      return number(value, decimals: max(0, decimals), signed: signed)
    case .load:
      let magnitude = abs(value)
      if magnitude < NumberFormat.zeroTolerance { return "0" }
      if magnitude < NumberFormat.negligibleFTE {
        return language == .nl ? "verwaarloosbaar" : "negligible"
      }
      // From 10 up whole numbers: 545 jobs stay 545 (the trace shows jobs in FTE too).
      if magnitude >= 9.5 { return number(value, decimals: 0, signed: signed) }
      // Below 1 at most two decimals: 0,08 fte (not 0,078), 0,13; a reader plans no finer.
      if magnitude < 0.995 { return number(value, decimals: 2, signed: signed, trimZeros: true) }
      return significant(value, figures: 2, signed: signed)
    case .roundedUp:
      let magnitude = abs(value)
      if magnitude < NumberFormat.zeroTolerance { return "0" }
      // Up, away from zero; a noise-sized excess over a whole (5.000000001) stays 5.
      let whole = NumberFormat.truncated(magnitude)
      let up = magnitude - whole > 1e-6 ? whole + 1 : whole
      return number(value < 0 ? -up : up, decimals: 0, signed: signed)
    case .eurosWhole:
      let text = number(abs(value), decimals: 0, signed: false)
      let sign = self.sign(value, zero: text.allSatisfy { !$0.isNumber || $0 == "0" }, signed)
      return sign + "€ " + text
    case .upTo(let decimals):
      return number(value, decimals: max(0, decimals), signed: signed, trimZeros: true)
    case .ratio:
      // Two significant figures, whole from 10: 1,25 and 1,246 both read 1,2 or 1,3 wherever
      // they appear (issue 21, item 3: compare gave 1,25 in one section and 1,2 in another).
      if abs(value) < NumberFormat.zeroTolerance { return "0" }
      if abs(value) >= 9.5 { return number(value, decimals: 0, signed: signed) }
      return significant(value, figures: 2, signed: signed)
    case .percent(let decimals):
      let percentage = value * 100
      guard percentage.isFinite else { return NumberFormat.notANumber }
      let suffix = language == .nl ? " %" : "%"
      let magnitude = abs(percentage)
      if magnitude < NumberFormat.zeroTolerance * 100 { return "0" + suffix }
      // By size: whole from 10 % (50 %, 13 %), at most `decimals` below it (5,5 %, 3 %),
      // trailing zeros dropped; a share too small to show is "< 0,1 %", never "0 %".
      let shown = magnitude >= 9.95 ? 0 : min(max(0, decimals), 1)
      if shown > 0, magnitude < 0.05 {
        let tenth = number(0.1, decimals: 1, signed: false)
        return (value < 0 ? "> " + NumberFormat.minus : (signed ? "< +" : "< ")) + tenth + suffix
      }
      return number(percentage, decimals: shown, signed: signed, trimZeros: true) + suffix
    case .euros:
      let magnitude = abs(value)
      // From a million: three significant figures in millions (€ 20,8 mln, € 1,25 mln);
      // below it to the thousand euros (€ 765.000).
      if magnitude >= 999_500 {
        let millions = significant(magnitude / 1_000_000, figures: 3, signed: false)
        let sign = value < 0 ? NumberFormat.minus : (signed ? "+" : "")
        return sign + "€ " + millions + (language == .nl ? " mln" : " million")
      }
      let thousands = NumberFormat.roundedHalfAway(magnitude / 1_000)
      let text = number(thousands * 1_000, decimals: 0, signed: false)
      let sign = self.sign(value, zero: text.allSatisfy { !$0.isNumber || $0 == "0" }, signed)
      return sign + "€ " + text
    case .calendarYear:
      let rounded = NumberFormat.roundedHalfAway(abs(value))
      guard rounded < 1e15 else { return number(value, decimals: 0, signed: signed) }
      return (value < 0 && rounded > 0 ? NumberFormat.minus : "") + String(Int64(rounded))
    }
  }

  /// "< 1" for a value strictly between 0 and 1, "> −1" between −1 and 0; a delta asks for
  /// "< +1".
  private func lessThanOne(negative: Bool, signed: Bool) -> String {
    negative ? "> " + NumberFormat.minus + "1" : (signed ? "< +1" : "< 1")
  }

  /// `value` to `figures` significant figures: `0,083` → `0,08` (2), `123` → `120`.
  private func significant(_ value: Double, figures: Int, signed: Bool) -> String {
    let magnitude = abs(value)
    var decimals = figures - 1
    var scaled = magnitude
    // Count the digits before the point (or the zeros after it) without libm's log10.
    while scaled >= 10, decimals > -15 {
      scaled /= 10
      decimals -= 1
    }
    while scaled < 1, scaled > 0, decimals < 9 {
      scaled *= 10
      decimals += 1
    }
    if decimals >= 0 {
      // Trailing zeros dropped: 0,08 rather than 0,080, 1 rather than 1,0.
      return number(value, decimals: decimals, signed: signed, trimZeros: true)
    }
    var unit = 1.0
    for _ in 0..<(-decimals) { unit *= 10 }
    let rounded = NumberFormat.roundedHalfAway(magnitude / unit) * unit
    return number(value < 0 ? -rounded : rounded, decimals: 0, signed: signed)
  }

  /// A count of things in running text, grammatical for a reader: "geen kennismigranten",
  /// "minder dan 1 kennismigrant", "1 plaats", "12 plaatsen" (English "no …", "less than 1 …").
  /// The number follows `.count`; `one` and `many` are the singular and plural in the
  /// report's language.
  public func counted(_ value: Double, one: String, many: String) -> String {
    let number = format(value, .count)
    switch number {
    case "0": return (language == .nl ? "geen " : "no ") + many
    case "< 1": return (language == .nl ? "minder dan 1 " : "less than 1 ") + one
    case "1": return "1 " + one
    default: return number + " " + many
    }
  }

  /// Whole numbers for `parts` that add up to their rounded total (largest-remainder
  /// rounding), so that a table showing the parts beside their total adds up for a reader
  /// (issue 21: "totals equal the sum of their shown parts"). Each part is rounded down, then
  /// the units still missing go to the parts with the largest remainders (ties to the earlier
  /// part); a part therefore differs from its own rounding by less than 1. Negative or
  /// non-finite parts are returned rounded on their own.
  public static func partsAddingUp(_ parts: [Double]) -> [Double] {
    guard parts.allSatisfy({ $0.isFinite && $0 >= 0 }) else {
      return parts.map { $0.isFinite ? roundedHalfAway($0) : $0 }
    }
    let total = roundedHalfAway(parts.reduce(0, +))
    var shown = parts.map { ($0 + zeroTolerance).rounded(.down) }
    var missing = Int(total - shown.reduce(0, +))
    let order = parts.indices.sorted { a, b in
      let left = parts[a] - shown[a]
      let right = parts[b] - shown[b]
      return left != right ? left > right : a < b
    }
    for index in order where missing > 0 {
      shown[index] += 1
      missing -= 1
    }
    return shown
  }

  /// A whole number with thousands separators: `1.234`.
  public func integer(_ value: Int, signed: Bool = false) -> String {
    let digits = String(value.magnitude)
    let sign = value < 0 ? NumberFormat.minus : (signed && value > 0 ? "+" : "")
    return sign + grouped(digits)
  }

  /// A share 0–1 as a percentage with one decimal: `12,5%`.
  public func percent(_ share: Double, signed: Bool = false) -> String {
    format(share, .percent(1), signed: signed)
  }

  /// Values closer to zero than this are a true zero (floating-point noise), shown as `0`.
  static let zeroTolerance = 1e-9

  private func sign(_ value: Double, zero: Bool, _ signed: Bool) -> String {
    if zero { return "" }
    if value < 0 { return NumberFormat.minus }
    return signed ? "+" : ""
  }

  /// The rounded digits of `value` with separators and sign.
  private func number(
    _ value: Double, decimals: Int, signed: Bool, trimZeros: Bool = false
  ) -> String {
    // `value × 100` of a percentage can overflow even when the value itself is finite.
    guard value.isFinite else { return NumberFormat.notANumber }
    let (integerDigits, fractionDigits) = NumberFormat.digits(abs(value), decimals: decimals)
    var fraction = fractionDigits
    if trimZeros {
      while fraction.last == "0" { fraction.removeLast() }
    }
    let isZero = integerDigits.allSatisfy { $0 == "0" } && fraction.allSatisfy { $0 == "0" }
    var text = grouped(integerDigits)
    if !fraction.isEmpty { text += decimalSeparator + fraction }
    return sign(value, zero: isZero, signed) + text
  }

  private func grouped(_ digits: String) -> String {
    guard digits.count > 3 else { return digits }
    var result = ""
    for (offset, character) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { result += groupingSeparator }
      result.append(character)
    }
    return result
  }

  /// Integer and fraction digits of a finite, non-negative `magnitude` rounded to `decimals`.
  static func digits(_ magnitude: Double, decimals requested: Int) -> (String, String) {
    let decimals = min(max(requested, 0), 9)
    guard magnitude.isFinite, magnitude >= 0 else {
      return ("0", String(repeating: "0", count: decimals))
    }
    var scale = 1.0
    var divisor: UInt64 = 1
    for _ in 0..<decimals {
      scale *= 10
      divisor *= 10
    }
    let scaled = roundedHalfAway(magnitude * scale)
    if scaled < 1.8e19 {
      let whole = UInt64(scaled)
      let integerPart = String(whole / divisor)
      guard decimals > 0 else { return (integerPart, "") }
      let fraction = String(whole % divisor)
      return (integerPart, String(repeating: "0", count: decimals - fraction.count) + fraction)
    }
    // Beyond UInt64 the value is a whole number; only about 17 digits are significant. Expand
    // the shortest round-trip form ("1.2345e+35") instead of dividing, which loses exactness and
    // could produce a digit outside 0–9.
    return (integerDigits(of: magnitude), String(repeating: "0", count: decimals))
  }

  /// The decimal digits of a finite whole `magnitude` of at least 1.8e19, from its shortest
  /// round-trip representation: significant digits, then zeros. Never traps.
  static func integerDigits(of magnitude: Double) -> String {
    guard magnitude.isFinite, magnitude >= 1 else { return "0" }
    let text = "\(magnitude)"
    var mantissa = Substring(text)
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      mantissa = text[..<e]
      let exponentText = text[text.index(after: e)...].filter { $0 != "+" }
      exponent = Int(exponentText) ?? 0
    }
    var digits = ""
    var pointOffset: Int?
    for character in mantissa {
      if character == "." {
        pointOffset = digits.count
      } else if character.isASCII, character.isNumber {
        digits.append(character)
      }
    }
    let integerCount = (pointOffset ?? digits.count) + exponent
    guard integerCount > 0 else { return "0" }
    if integerCount <= digits.count {
      let kept = String(digits.prefix(integerCount))
      let trimmed = kept.drop { $0 == "0" }
      return trimmed.isEmpty ? "0" : String(trimmed)
    }
    let padded = digits + String(repeating: "0", count: min(integerCount - digits.count, 400))
    let trimmed = padded.drop { $0 == "0" }
    return trimmed.isEmpty ? "0" : String(trimmed)
  }

  /// `value` (finite, non-negative) rounded half away from zero.
  ///
  /// Written without `Double.rounded`, which needs libm at link time on Linux.
  static func roundedHalfAway(_ value: Double) -> Double {
    let whole = truncated(value)
    return value - whole >= 0.5 ? whole + 1 : whole
  }

  /// `value` (finite, non-negative) without its fraction; values from 2^52 up are integral.
  static func truncated(_ value: Double) -> Double {
    guard value.isFinite, value > 0 else { return value.isNaN ? 0 : max(value, 0) }
    return value >= 4_503_599_627_370_496 ? value : Double(UInt64(value))
  }
}
