import Testing

@testable import HousingEffect

/// The byte walk of `NameKey.fold` for ASCII names against the scalar walk it skips.
@Suite("Region: municipality names folded by their bytes when ASCII")
struct NameKeyTests {
  @Test("hand cases: case, punctuation, digits and a/d")
  func handCases() {
    #expect(NameKey.foldASCII("Sittard-Geleen") == "sittardgeleen")
    #expect(NameKey.foldASCII("Bergen (L.)") == "bergenl")
    #expect(NameKey.foldASCII("Alphen a/d Rijn") == "alphenaanderijn")
    #expect(NameKey.foldASCII("Alphen A.D. Rijn") == "alphenaanderijn")
    #expect(NameKey.foldASCII("Nuth\t2") == "nuth2")
    #expect(NameKey.foldASCII("Écht") == nil)
    #expect(NameKey.fold("Écht-Susteren") == "echtsusteren")
  }

  @Test("every built-in municipality's name and random ASCII texts: the same as the scalar walk")
  func sameAsScalars() {
    var texts = RegionData.limburg.municipalities.flatMap { [$0.name, $0.code] }
    var state: UInt64 = 42
    let alphabet = Array("aAzZ09 \t./-()'&\u{1}\u{7f}ad".unicodeScalars)
    for _ in 0..<2_000 {
      var text = String.UnicodeScalarView()
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      for _ in 0..<(state >> 60) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text.append(alphabet[Int(state >> 33) % alphabet.count])
      }
      texts.append(String(text))
    }
    texts += ["a/d", "x a.d y", "a.d.", "A/D", " a/d ", "a/dd"]
    for text in texts {
      #expect(NameKey.foldASCII(text) == NameKey.foldScalars(text), "\(text)")
    }
  }
}
