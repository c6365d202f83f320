import HousingEffect
import Testing

@Suite("SplitMix64")
struct SplitMix64Tests {
  @Test("matches the reference implementation (splitmix64.c, seed 1234567)")
  func referenceValues() {
    var generator = SplitMix64(seed: 1_234_567)
    let draws = (0..<5).map { _ in generator.next() }
    #expect(
      draws == [
        6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
        4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
      ])
  }

  @Test("the same seed gives the same numbers; unit draws lie in [0, 1)")
  func repeatable() {
    var a = SplitMix64(seed: 42)
    var b = SplitMix64(seed: 42)
    for _ in 0..<1_000 {
      let x = a.nextUnitInterval()
      #expect(x == b.nextUnitInterval())
      #expect(x >= 0 && x < 1)
    }
  }

  @Test("streams of one seed are independent of each other and repeatable")
  func streams() {
    var first = SplitMix64.stream(0, of: 7)
    var second = SplitMix64.stream(1, of: 7)
    var again = SplitMix64.stream(1, of: 7)
    let a = first.next()
    let b = second.next()
    #expect(a != b)
    #expect(b == again.next())
  }
}
