import Testing

@testable import HousingEffect

/// `ShortestDigits` against the standard library's `description`, which the JSON writer used for
/// every fraction before: the same bytes on numbers of every exponent of its range, on the ends
/// of each binade (where the interval below is half as wide), on decimal-looking numbers and on
/// percentiles of the kind a projection writes, and the range's edges left to `description`.
@Suite("Shortest digits: the same bytes as Double.description")
struct ShortestDigitsTests {
  /// `description` without the trailing ".0" the JSON writer drops.
  static func expected(_ value: Double) -> String {
    let text = value.description
    return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
  }

  static func written(_ value: Double) -> String? {
    var writer = ByteWriter()
    writer.append(UInt8(ascii: "["))
    guard ShortestDigits.write(value, into: &writer) else {
      #expect(writer.count == 1, "nothing written for \(value)")
      return nil
    }
    // Written after what was there, which stays.
    let bytes = writer.bytes()
    #expect(bytes.first == UInt8(ascii: "["))
    return String(decoding: bytes.dropFirst(), as: UTF8.self)
  }

  @Test("random numbers at every binary exponent of the range, both signs")
  func everyExponent() {
    var generator = SplitMix64(seed: 20_261_207)
    var checked = 0
    for exponent in UInt64(1013)...1075 {
      for _ in 0..<1500 {
        let bits = exponent << 52 | generator.next() >> 12
        for value in [Double(bitPattern: bits), -Double(bitPattern: bits)] {
          guard let text = Self.written(value) else { continue }
          #expect(text == Self.expected(value), "bit pattern \(value.bitPattern)")
          checked += 1
        }
      }
    }
    // Only the whole numbers of the top binades fall outside.
    #expect(checked > 180_000)
  }

  @Test("the ends of each binade, and decimal-looking numbers")
  func edgesAndDecimals() {
    var generator = SplitMix64(seed: 7)
    var values: [Double] = [0.1, 0.2, 0.3, 0.30000000000000004, 1.0 / 3, 2.0 / 3, 4.35, 100.5, 0.5]
    for exponent in UInt64(1013)...1075 {
      let power = Double(bitPattern: exponent << 52)
      values += [power, power.nextUp, power.nextDown, power.nextUp.nextUp, -power.nextUp]
    }
    for _ in 0..<20_000 {
      let whole = Double(generator.next() % 100_000_000)
      values += [whole / 1000, whole / 7, whole * 0.01, whole / 1e6, whole + 0.5, whole / 3]
    }
    for value in values {
      guard let text = Self.written(value) else { continue }
      #expect(text == Self.expected(value), "bit pattern \(value.bitPattern)")
    }
  }

  @Test("outside the range nothing is written: whole numbers, tiny and huge numbers, non-finite")
  func outside() {
    for value in [
      0, -0.0, 1, -42, 1e15, 0x1p53 + 2, 1e16, 1e300, 1e-4, 0x1p-10.nextDown, 5e-324,
      .infinity, -.infinity, .nan,
    ] {
      #expect(Self.written(value) == nil, "\(value)")
    }
    #expect(Self.written(0x1p-10) == "0.0009765625")
    #expect(Self.written(-4503599627370495.5) == "-4503599627370495.5")
  }
}
