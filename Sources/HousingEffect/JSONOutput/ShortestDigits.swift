/// The shortest decimal digits that read back as the same `Double`, for the numbers a report
/// writes most: finite, not integral, with a magnitude from 2⁻¹⁰ up to 2⁵³. In that range
/// `Double.description` writes plain decimal notation ("91284.995596252", "0.0123"), and these
/// are the same bytes made without the standard library's text stream (issue 18: a projection
/// writes thousands of bands, and `write(to:)` cost about 650 instructions a number).
///
/// The digits are Ryu's (Ulf Adams, "Ryū: fast float-to-string conversion", PLDI 2018): the
/// shortest digits inside the interval of decimals that round to the number (its ends included
/// when the significand is even, as round-half-even reading does), and of those the closest to
/// the number, a tie going to the even digit. That is the choice `description` makes too;
/// `ShortestDigitsTests` compares the two on many numbers. In this range the binary exponent is
/// negative and small, so the power of five Ryu multiplies by fits in 64 bits and needs no table.
enum ShortestDigits {
  /// Writes `value`'s digits as `description` writes them, without a trailing ".0" (the
  /// caller's integers never come here), and returns `true`; returns `false` and writes nothing
  /// for a value outside the range above, which the caller writes another way.
  static func write(_ value: Double, into writer: inout ByteWriter) -> Bool {
    let magnitude = value.magnitude
    // 2⁻¹⁰ ≥ 1e-4, where `description` still writes decimal notation; 2⁵³ is where it
    // switches to an exponent. An integral value is the caller's.
    guard magnitude >= 0x1p-10, magnitude < 0x1p53, magnitude.rounded(.towardZero) != magnitude
    else { return false }
    let (digits, exponent) = shortest(magnitude)
    // The shortest digits of a fraction are never a whole number (a whole number lies at least
    // one unit in the last place away); should they be, `description` decides.
    guard exponent < 0 else { return false }
    // A sign, 17 digits, the point and up to three zeros after it: 48 bytes leave room.
    writer.write(atMost: 48) { buffer in
      writeDecimal(digits, exponent: exponent, negative: value < 0, into: buffer)
    }
    return true
  }

  /// The shortest round-trip digits of a positive normal `value` below 2⁵⁴ as `digits × 10^exponent`.
  static func shortest(_ value: Double) -> (digits: UInt64, exponent: Int) {
    let ieeeMantissa = value.significandBitPattern
    let ieeeExponent = Int(value.exponentBitPattern)
    // The number is m2 × 2^e2, with two more bits below for the interval's ends.
    let e2 = ieeeExponent - 1023 - 52 - 2
    let m2 = (1 << 52) | ieeeMantissa
    let acceptBounds = m2 & 1 == 0
    let mv = 4 * m2
    // The lower end is closer when the significand is a power of two (the gap below is half).
    let mmShift: UInt64 = ieeeMantissa != 0 || ieeeExponent <= 1 ? 1 : 0
    // e2 < 0 here: multiply by 5^i and shift, so that vr, vp, vm are the number and the ends
    // of its interval times 10^-e10.
    let q = log10Pow5(-e2) - (-e2 > 1 ? 1 : 0)
    let e10 = q + e2
    let i = -e2 - q
    let (multiplierHigh, multiplierLow) = pow5Split(i)
    let j = q - (pow5Bits(i) - 125)
    var vr = mulShift(mv, multiplierHigh, multiplierLow, j)
    var vp = mulShift(mv + 2, multiplierHigh, multiplierLow, j)
    var vm = mulShift(mv - 1 - mmShift, multiplierHigh, multiplierLow, j)
    var vrIsTrailingZeros = false
    var vmIsTrailingZeros = false
    if q <= 1 {
      // mv has at least q trailing zero bits, so the product is exact.
      vrIsTrailingZeros = true
      if acceptBounds {
        vmIsTrailingZeros = mmShift == 1
      } else {
        vp -= 1
      }
    } else if q < 63 {
      vrIsTrailingZeros = mv & ((1 << UInt64(q)) - 1) == 0
    }

    // Remove digits while the interval still holds two candidates.
    var removed = 0
    var lastRemovedDigit: UInt64 = 0
    let output: UInt64
    if vmIsTrailingZeros || vrIsTrailingZeros {
      while vp / 10 > vm / 10 {
        vmIsTrailingZeros = vmIsTrailingZeros && vm % 10 == 0
        vrIsTrailingZeros = vrIsTrailingZeros && lastRemovedDigit == 0
        lastRemovedDigit = vr % 10
        vr /= 10
        vp /= 10
        vm /= 10
        removed += 1
      }
      if vmIsTrailingZeros {
        while vm % 10 == 0 {
          vrIsTrailingZeros = vrIsTrailingZeros && lastRemovedDigit == 0
          lastRemovedDigit = vr % 10
          vr /= 10
          vp /= 10
          vm /= 10
          removed += 1
        }
      }
      if vrIsTrailingZeros && lastRemovedDigit == 5 && vr % 2 == 0 {
        // Exactly halfway: round to even.
        lastRemovedDigit = 4
      }
      let outside = vr == vm && (!acceptBounds || !vmIsTrailingZeros)
      output = vr + (outside || lastRemovedDigit >= 5 ? 1 : 0)
    } else {
      var roundUp = false
      if vp / 100 > vm / 100 {
        roundUp = vr % 100 >= 50
        vr /= 100
        vp /= 100
        vm /= 100
        removed += 2
      }
      while vp / 10 > vm / 10 {
        roundUp = vr % 10 >= 5
        vr /= 10
        vp /= 10
        vm /= 10
        removed += 1
      }
      output = vr + (vr == vm || roundUp ? 1 : 0)
    }
    return (output, e10 + removed)
  }

  /// Writes `digits × 10^exponent` (`exponent` < 0) in plain decimal notation ("0.00ddd" or
  /// "dd.ddd"), with a minus sign when `negative`, at the start of `buffer` and returns its
  /// length: the −`exponent` digits after the point, then the point, then the whole part, from
  /// the end, two digits a step.
  private static func writeDecimal(
    _ digits: UInt64, exponent: Int, negative: Bool, into buffer: UnsafeMutableBufferPointer<UInt8>
  ) -> Int {
    let fractionCount = -exponent
    // Below 2⁵³ a number has at most 17 significant digits, so more than 17 digits after the
    // point leave no whole part; from 2⁻¹⁰ on there are at most 20.
    var whole: UInt64 = 0
    var fraction = digits
    if fractionCount <= 17 {
      let scale = powerOfTen(fractionCount)
      whole = digits / scale
      fraction = digits &- whole &* scale
    }
    var wholeCount = 1
    var limit: UInt64 = 10
    while wholeCount < 17 && whole >= limit {
      wholeCount &+= 1
      limit &*= 10
    }
    let length = (negative ? 1 : 0) &+ wholeCount &+ 1 &+ fractionCount
    var end = length
    // The digits after the point, their leading zeros included.
    var written = 0
    while written &+ 2 <= fractionCount {
      let pair = fraction % 100
      fraction /= 100
      writePair(pair, at: end &- 2, in: buffer)
      end &-= 2
      written &+= 2
    }
    if written < fractionCount {
      end &-= 1
      buffer[end] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: fraction)
    }
    end &-= 1
    buffer[end] = UInt8(ascii: ".")
    // The whole part: "0" when there is none.
    while whole >= 100 {
      let pair = whole % 100
      whole /= 100
      writePair(pair, at: end &- 2, in: buffer)
      end &-= 2
    }
    if whole >= 10 {
      writePair(whole, at: end &- 2, in: buffer)
    } else {
      buffer[end &- 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: whole)
    }
    if negative { buffer[0] = UInt8(ascii: "-") }
    return length
  }

  /// Writes the two digits of `pair` (below 100) at `position` and the place after it.
  @inline(__always)
  private static func writePair(
    _ pair: UInt64, at position: Int, in buffer: UnsafeMutableBufferPointer<UInt8>
  ) {
    // ⌊x × 205 / 2¹¹⌋ = ⌊x / 10⌋ for every x below 1,029.
    let tens = (pair &* 205) >> 11
    buffer[position] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: tens)
    buffer[position &+ 1] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: pair &- tens &* 10)
  }

  /// 10^`n` for 0 ≤ `n` ≤ 17, as literals: a table in a `static let` cost a
  /// one-time-initialisation check on every use, a loop up to 17 multiplications.
  private static func powerOfTen(_ n: Int) -> UInt64 {
    switch n {
    case 0: return 1
    case 1: return 10
    case 2: return 100
    case 3: return 1_000
    case 4: return 10_000
    case 5: return 100_000
    case 6: return 1_000_000
    case 7: return 10_000_000
    case 8: return 100_000_000
    case 9: return 1_000_000_000
    case 10: return 10_000_000_000
    case 11: return 100_000_000_000
    case 12: return 1_000_000_000_000
    case 13: return 10_000_000_000_000
    case 14: return 100_000_000_000_000
    case 15: return 1_000_000_000_000_000
    case 16: return 10_000_000_000_000_000
    case 17: return 100_000_000_000_000_000
    default: preconditionFailure("10^\(n) is outside the range of ShortestDigits")
    }
  }

  /// ⌊log₁₀ 5^e⌋ for 0 ≤ e ≤ 2620.
  private static func log10Pow5(_ e: Int) -> Int { (e * 732_923) >> 20 }

  /// The bit length of 5^e (1 for e = 0), for 0 ≤ e ≤ 3528.
  private static func pow5Bits(_ e: Int) -> Int { ((e * 1_217_359) >> 19) + 1 }

  /// 5^i scaled to 125 bits (Ryu's `DOUBLE_POW5_SPLIT[i]`), as its high and low 64 bits; 5^i
  /// itself fits in 64 bits for every i this range needs (at most 21; the bound is 27).
  private static func pow5Split(_ i: Int) -> (high: UInt64, low: UInt64) {
    // Literals, not a loop (up to 21 multiplications a number) nor a table in a `static let`
    // (a one-time-initialisation check a number).
    let power: UInt64
    switch i {
    case 0: power = 1
    case 1: power = 5
    case 2: power = 25
    case 3: power = 125
    case 4: power = 625
    case 5: power = 3_125
    case 6: power = 15_625
    case 7: power = 78_125
    case 8: power = 390_625
    case 9: power = 1_953_125
    case 10: power = 9_765_625
    case 11: power = 48_828_125
    case 12: power = 244_140_625
    case 13: power = 1_220_703_125
    case 14: power = 6_103_515_625
    case 15: power = 30_517_578_125
    case 16: power = 152_587_890_625
    case 17: power = 762_939_453_125
    case 18: power = 3_814_697_265_625
    case 19: power = 19_073_486_328_125
    case 20: power = 95_367_431_640_625
    case 21: power = 476_837_158_203_125
    case 22: power = 2_384_185_791_015_625
    case 23: power = 11_920_928_955_078_125
    case 24: power = 59_604_644_775_390_625
    case 25: power = 298_023_223_876_953_125
    case 26: power = 1_490_116_119_384_765_625
    case 27: power = 7_450_580_596_923_828_125
    default: preconditionFailure("5^\(i) is outside the range of ShortestDigits")
    }
    let shift = 125 - pow5Bits(i)  // 62 or more
    if shift >= 64 { return (power << UInt64(shift - 64), 0) }
    return (power >> UInt64(64 - shift), power << UInt64(shift))
  }

  /// ⌊m × multiplier / 2^j⌋ for a 128-bit multiplier, where the result fits in 64 bits.
  @inline(__always)
  private static func mulShift(_ m: UInt64, _ high: UInt64, _ low: UInt64, _ j: Int) -> UInt64 {
    let lowProduct = m.multipliedFullWidth(by: low)
    let highProduct = m.multipliedFullWidth(by: high)
    // (lowProduct >> 64) + highProduct, a 128-bit sum.
    let (sumLow, carry) = highProduct.low.addingReportingOverflow(lowProduct.high)
    let sumHigh = highProduct.high &+ (carry ? 1 : 0)
    let shift = j - 64
    if shift == 0 { return sumLow }
    if shift >= 64 { return sumHigh >> UInt64(shift - 64) }
    return (sumLow >> UInt64(shift)) | (sumHigh << UInt64(64 - shift))
  }
}
