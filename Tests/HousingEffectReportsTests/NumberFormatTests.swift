import HousingEffect
import HousingEffectReports
import Testing

@Suite("Reports: number format")
struct NumberFormatTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var value: Double
    var unit: Unit
    var signed = false
    var nl: String
    var en: String

    var testDescription: String {
      "\(unit.symbol) \(value) is '\(nl)' in Dutch and '\(en)' in English"
    }
  }

  static let cases: [Case] = [
    // Persons, beds, dwellings, rooms, households: whole, "< 1" between 0 and 1.
    Case(value: 1234, unit: .persons, nl: "1.234", en: "1,234"),
    Case(value: 1234.5, unit: .persons, nl: "1.235", en: "1,235"),
    Case(value: 999.4, unit: .beds, nl: "999", en: "999"),
    Case(value: 12.5, unit: .dwellings, nl: "13", en: "13"),
    Case(value: 9.96, unit: .rooms, nl: "10", en: "10"),
    Case(value: 9.94, unit: .rooms, nl: "10", en: "10"),
    Case(value: 5.5, unit: .persons, nl: "6", en: "6"),
    Case(value: 0.08, unit: .households, nl: "< 1", en: "< 1"),
    Case(value: 0.6, unit: .beds, nl: "< 1", en: "< 1"),
    Case(value: 1.4, unit: .beds, nl: "1", en: "1"),
    Case(value: 0, unit: .persons, nl: "0", en: "0"),
    Case(value: 1e-12, unit: .persons, nl: "0", en: "0"),
    Case(value: 1_234_567, unit: .persons, nl: "1.234.567", en: "1,234,567"),
    // FTE loads by size: at most two decimals below 1, two significant figures from 1, whole
    // from 10, "verwaarloosbaar" below 0.05.
    Case(value: 0.08, unit: .fte, nl: "0,08", en: "0.08"),
    Case(value: 0.0794, unit: .fte, nl: "0,08", en: "0.08"),
    Case(value: 0.078, unit: .fte, nl: "0,08", en: "0.08"),
    Case(value: 0.13, unit: .fte, nl: "0,13", en: "0.13"),
    Case(value: 0.5, unit: .fte, nl: "0,5", en: "0.5"),
    Case(value: 0.049, unit: .fte, nl: "verwaarloosbaar", en: "negligible"),
    Case(value: 0.05, unit: .fte, nl: "0,05", en: "0.05"),
    Case(value: 0.996, unit: .fte, nl: "1", en: "1"),
    Case(value: 1.34, unit: .fte, nl: "1,3", en: "1.3"),
    Case(value: 600, unit: .fte, nl: "600", en: "600"),
    Case(value: 1234.56, unit: .fte, nl: "1.235", en: "1,235"),
    Case(value: 9.46, unit: .fte, nl: "9,5", en: "9.5"),
    Case(value: 12.4, unit: .fte, nl: "12", en: "12"),
    // Shares by size: whole from 10 %, one decimal below, "< 0,1 %" for a tiny share.
    Case(value: 0.125, unit: .share, nl: "13 %", en: "13%"),
    Case(value: 0.5, unit: .share, nl: "50 %", en: "50%"),
    Case(value: 0.055, unit: .share, nl: "5,5 %", en: "5.5%"),
    Case(value: 0.03, unit: .share, nl: "3 %", en: "3%"),
    Case(value: 0.0004, unit: .share, nl: "< 0,1 %", en: "< 0.1%"),
    Case(value: 0, unit: .share, nl: "0 %", en: "0%"),
    Case(value: 1, unit: .share, nl: "100 %", en: "100%"),
    // Money totals: from a million three significant figures in millions, below it to the
    // thousand euros; amounts per unit: whole euros.
    Case(
      value: 20_765_455.4, unit: .euros(priceYear: 2023), nl: "€ 20,8 mln",
      en: "€ 20.8 million"),
    Case(
      value: 1_254_000, unit: .euros(priceYear: 2023), nl: "€ 1,25 mln", en: "€ 1.25 million"),
    Case(value: 765_455, unit: .euros(priceYear: 2023), nl: "€ 765.000", en: "€ 765,000"),
    Case(value: 499.9, unit: .euros(priceYear: 2023), nl: "€ 0", en: "€ 0"),
    Case(value: 42_340, unit: .per(.euros(priceYear: 2023), .jobs), nl: "€ 42.340", en: "€ 42,340"),
    // Areas and weights: whole.
    Case(value: 12_345.6, unit: .squareMetres, nl: "12.346", en: "12,346"),
    Case(value: 0.4, unit: .tonnes, nl: "0", en: "0"),
    Case(value: 1_500.5, unit: .tonnes, nl: "1.501", en: "1,501"),
    // Ratios: two significant figures, trailing zeros dropped, whole from 10.
    Case(value: 1.27, unit: .per(.fte, .fte), nl: "1,3", en: "1.3"),
    Case(value: 1.246, unit: .per(.persons, .thousandPersons), nl: "1,2", en: "1.2"),
    Case(value: 12.4, unit: .per(.persons, .thousandPersons), nl: "12", en: "12"),
    Case(value: 1.1, unit: .per(.persons, .fte), nl: "1,1", en: "1.1"),
    Case(value: 60, unit: .per(.squareMetres, .jobs), nl: "60", en: "60"),
    Case(value: 2350, unit: .per(.persons, .fte), nl: "2.350", en: "2,350"),
    Case(value: 0.005, unit: .per(.dwellings, .dwellings), nl: "0,005", en: "0.005"),
    Case(value: 0.0123, unit: .per(.persons, .persons), nl: "0,012", en: "0.012"),
    Case(value: 0.49, unit: .per(.persons, .persons), nl: "0,49", en: "0.49"),
    // Calendar years have no grouping.
    Case(value: 2030, unit: .year, nl: "2030", en: "2030"),
    Case(value: 1.5, unit: .years, nl: "1,5", en: "1.5"),
    // Negative numbers use a real minus sign; deltas may carry an explicit plus.
    Case(value: -12, unit: .persons, nl: "−12", en: "−12"),
    Case(value: -1234.4, unit: .beds, nl: "−1.234", en: "−1,234"),
    Case(value: -0.125, unit: .share, nl: "−13 %", en: "−13%"),
    Case(value: -20_000, unit: .euros(priceYear: 2023), nl: "−€ 20.000", en: "−€ 20,000"),
    Case(value: 12, unit: .persons, signed: true, nl: "+12", en: "+12"),
    Case(value: 0.125, unit: .share, signed: true, nl: "+13 %", en: "+13%"),
    Case(value: -0.4, unit: .squareMetres, signed: true, nl: "0", en: "0"),
    Case(value: -0.0, unit: .fte, nl: "0", en: "0"),
    Case(value: -0.01, unit: .fte, nl: "verwaarloosbaar", en: "negligible"),
    Case(value: -0.5, unit: .persons, nl: "> −1", en: "> −1"),
    Case(value: 0.5, unit: .persons, signed: true, nl: "< +1", en: "< +1"),
    Case(value: 0, unit: .persons, signed: true, nl: "0", en: "0"),
    // Non-finite input never prints nan or inf.
    Case(value: .nan, unit: .persons, nl: "–", en: "–"),
    Case(value: .infinity, unit: .share, nl: "–", en: "–"),
    Case(value: -.infinity, unit: .euros(priceYear: 2023), nl: "–", en: "–"),
  ]

  @Test("formats per unit in Dutch and English", arguments: cases)
  func formats(_ testCase: Case) {
    let nl = NumberFormat(language: .nl).format(
      testCase.value, unit: testCase.unit, signed: testCase.signed)
    let en = NumberFormat(language: .en).format(
      testCase.value, unit: testCase.unit, signed: testCase.signed)
    #expect(nl == testCase.nl)
    #expect(en == testCase.en)
  }

  @Test("explicit precisions round half away from zero")
  func precisions() {
    let nl = NumberFormat(language: .nl)
    #expect(nl.format(12.25, .decimals(1)) == "12,3")
    #expect(nl.format(-12.25, .decimals(1)) == "−12,3")
    #expect(nl.format(0.5, .whole) == "1")
    #expect(nl.format(1.005, .upTo(2)) == "1")
    #expect(nl.format(1.2, .decimals(3)) == "1,200")
    #expect(nl.format(1e20, .whole) == "100.000.000.000.000.000.000")
    #expect(nl.integer(-1_234_567) == "−1.234.567")
    #expect(NumberFormat(language: .en).integer(1_234, signed: true) == "+1,234")
  }

  @Test("precision follows the unit")
  func precisionByUnit() {
    #expect(NumberFormat.precision(for: .persons) == .count)
    #expect(NumberFormat.precision(for: .fte) == .load)
    #expect(NumberFormat.precision(for: .share) == .percent(1))
    #expect(NumberFormat.precision(for: .euros(priceYear: 2023)) == .euros)
    #expect(NumberFormat.precision(for: .per(.euros(priceYear: 2023), .jobs)) == .eurosWhole)
    #expect(NumberFormat.precision(for: .squareMetres) == .whole)
    #expect(NumberFormat.precision(for: .tonnes) == .whole)
    #expect(NumberFormat.precision(for: .year) == .calendarYear)
  }

  /// Issue 10: the formatter trapped ("Double value cannot be converted to Int") beyond 1e35.
  static let specialValues: [Double] = [
    .infinity, -.infinity, .nan, -.nan, .signalingNaN, .greatestFiniteMagnitude,
    -.greatestFiniteMagnitude, 1e308, 1e300, 1e35, 1.2345678901234567e35, 9.3e18, 1.8e19,
    1.85e19, 9.223372036854775807e18, 1e20, 4.503599627370497e15, .leastNonzeroMagnitude,
    -.leastNonzeroMagnitude, .leastNormalMagnitude, 5e-324, 1e-300, 1e-9, 0, -0.0, 0.5,
    -0.5, 0.995, 1e15, 2035,
  ]

  static let allPrecisions: [NumberFormat.Precision] = [
    .whole, .count, .decimals(0), .decimals(1), .decimals(9), .decimals(12), .decimals(-3),
    .staffing, .load, .roundedUp, .eurosWhole, .upTo(2), .upTo(9), .ratio, .percent(0),
    .percent(1), .percent(5), .euros,
    .calendarYear,
  ]

  @Test("no precision traps on any special Double, and none shows nan or inf")
  func specialDoubles() {
    for language in Language.allCases {
      let format = NumberFormat(language: language)
      for value in Self.specialValues {
        for precision in Self.allPrecisions {
          for signed in [false, true] {
            let text = format.format(value, precision, signed: signed)
            #expect(!text.isEmpty)
            #expect(!text.lowercased().contains("nan") && !text.lowercased().contains("inf"))
            if !value.isFinite { #expect(text == NumberFormat.notANumber) }
          }
        }
      }
    }
  }

  @Test("huge values keep their significant digits")
  func hugeValues() {
    let nl = NumberFormat(language: .nl)
    #expect(
      nl.format(1e35, .whole) == "100." + Array(repeating: "000", count: 11).joined(separator: "."))
    #expect(nl.format(1.5e19, .whole) == "15.000.000.000.000.000.000")
    #expect(nl.format(1e308, .count).count > 308)
    #expect(nl.format(1e300, .percent(1)).hasSuffix("%"))
    #expect(nl.format(1e307, .percent(1)) == NumberFormat.notANumber)
  }
}
