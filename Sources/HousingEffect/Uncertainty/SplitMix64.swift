/// A small, fast, seeded pseudo-random number generator: the same seed gives the same numbers
/// on every platform and every run.
///
/// SplitMix64 (Steele, Lea and Flood 2014; the variant in Vigna's `splitmix64.c`) passes BigCrush
/// and needs 8 bytes of state. It is the generator for everything in this package that draws
/// random numbers: Monte Carlo runs and fuzzing. It is not for cryptography.
///
/// ```swift
/// var generator = SplitMix64(seed: 42)
/// let draw = Double.random(in: 0..<1, using: &generator)
/// ```
///
/// Draws made through the standard library's `random(in:using:)` are deterministic for a given
/// toolchain; code that needs the same bits across toolchains should use ``next()`` and
/// ``nextUnitInterval()`` directly.
///
/// ## References
///
/// 1. G. L. Steele, D. Lea, C. H. Flood, "Fast splittable pseudorandom number generators",
///    OOPSLA 2014.
/// 2. S. Vigna, `splitmix64.c`, https://prng.di.unimi.it/splitmix64.c
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
  /// The state: advanced by a fixed odd constant on every draw.
  public private(set) var state: UInt64

  /// A generator that starts from `seed`; any value, zero included, is a good seed.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  ///
  /// ```
  /// state += 0x9E3779B97F4A7C15
  /// z = (state ^ (state >> 30)) * 0xBF58476D1CE4E5B9
  /// z = (z ^ (z >> 27)) * 0x94D049BB133111EB
  /// return z ^ (z >> 31)
  /// ```
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in [0, 1) from the top 53 bits of the next draw, the same on every platform.
  public mutating func nextUnitInterval() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// An independent generator for stream `index` of `seed`: for parallel or replayable runs,
  /// where run `index` must not depend on how many numbers earlier runs drew.
  public static func stream(_ index: UInt64, of seed: UInt64) -> SplitMix64 {
    var mixer = SplitMix64(seed: seed ^ (index &* 0xD1B5_4A32_D192_ED03))
    return SplitMix64(seed: mixer.next())
  }
}
