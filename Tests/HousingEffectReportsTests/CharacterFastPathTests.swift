import HousingEffect
import Testing

@testable import HousingEffectReports

/// The byte and scalar fast paths of Markdown escaping and text wrapping (issue 18) give
/// exactly what the Character walks give, on every example's report texts and on texts made
/// to trip them (combining accents, CR LF, emoji, the Greek varia that Swift takes as a
/// backtick).
@Suite("Reports: escaping and wrapping without the Character walk")
struct CharacterFastPathTests {
  static let crafted = [
    "", " ", "   ", "a", "een  twee   drie ", " leading and trailing ",
    "é ë ï € – — ≤ ≥ × ÷ ² ³ ½ · • “quotes” ‘single’ … ‰ → ↔ −",
    "e\u{301} is two scalars, one Character", "a\r\nb c\r\n d", "👍🏽 thumbs 🇳🇱 flag",
    "*star* `code` <tag> [link] back\\slash", "varia \u{1FEF} is a backtick", "a|b | c",
    "a-very-long-word-that-is-longer-than-any-width-we-try-here and short ones",
    "zero\u{200D}width joiner", "non\u{00A0}breaking space", "tab\tseparated",
  ]

  /// Every line and paragraph of every example's text and Markdown report, in both languages.
  static var reportTexts: [String] {
    var texts: [String] = []
    for example in Examples.all {
      for language in Language.allCases {
        let assessment = example.assessment
        let markdown = MarkdownReport(language: language).render(assessment, command: nil)
        let text = TextReport(language: language).render(assessment, command: nil)
        for report in [markdown, text] {
          texts += report.split(separator: "\n").map(String.init)
          texts += report.split(separator: "\n\n").map(String.init)
        }
      }
    }
    return texts
  }

  @Test("scalarsAreCharacters is false for texts whose Characters join scalars")
  func joinedScalars() {
    for text in ["e\u{301}", "a\r\nb", "👍🏽", "🇳🇱", "a\u{200D}b", "\u{1FEF}"] {
      #expect(!text.scalarsAreCharacters, "\(text.unicodeScalars.map(\.value))")
    }
    #expect("é € – ≤ × ² ·".scalarsAreCharacters)
    #expect("één".scalarsAreCharacters)
  }

  @Test("where scalarsAreCharacters holds, scalars and Characters count alike")
  func countsAgree() {
    for text in Self.crafted + Self.reportTexts where text.scalarsAreCharacters {
      #expect(text.count == text.unicodeScalars.count, "\(text)")
    }
  }

  @Test("wrap by hand: widths count Characters, runs of spaces collapse")
  func wrapByHand() {
    let report = TextReport(language: .nl)
    #expect(report.wrap("aa bb cc", width: 5) == ["aa bb", "cc"])
    #expect(report.wrap("één twee", width: 8) == ["één twee"])
    #expect(report.wrap("één twee", width: 7) == ["één", "twee"])
    #expect(report.wrap("  x   y  ", width: 3) == ["x y"])
    #expect(report.wrap("", width: 10) == [""])
    #expect(report.wrap("toolongword x", width: 4) == ["toolongword", "x"])
  }

  @Test("wrap equals the Character walk on every report text and crafted text")
  func wrapAgrees() {
    let report = TextReport(language: .en)
    var fast = 0
    for text in Self.crafted + Self.reportTexts {
      if text.scalarsAreCharacters { fast += 1 }
      for width in [1, 5, 20, 40, 68, 88] {
        #expect(
          report.wrapScalars(text, width: width) == report.wrapCharacters(text, width: width)
            || !text.scalarsAreCharacters, "\(text) at \(width)")
        #expect(report.wrap(text, width: width) == report.wrapCharacters(text, width: width))
      }
    }
    // The fast path is the one the reports take.
    #expect(fast > Self.crafted.count)
  }

  @Test("escape equals the Character walk on every report text and crafted text")
  func escapeAgrees() {
    for text in Self.crafted + Self.reportTexts {
      #expect(MarkdownReport.escape(text) == MarkdownReport.escapeCharacters(text), "\(text)")
    }
    #expect(MarkdownReport.escape("a*b [c]") == "a\\*b \\[c\\]")
    #expect(MarkdownReport.escape("\u{1FEF}") == "\\\u{1FEF}")
    #expect(MarkdownReport.escapeCell("a|b*") == "a\\|b\\*")
    #expect(MarkdownReport.escapeCell("plain") == "plain")
  }

  @Test("HTML escaping and linking equal the scalar walk and the URL search")
  func markupAgrees() {
    let controls = ["a\u{0}b", "bell\u{7}", "tab\tline\nreturn\r", "x\u{1F}y"]
    for text in Self.crafted + Self.reportTexts + controls {
      #expect(Markup.escape(text) == Markup.escapeScalars(text), "\(text)")
    }
    #expect(
      Markup.escape("a & b < c > \"d\" 'e'") == "a &amp; b &lt; c &gt; &quot;d&quot; &#39;e&#39;")
    #expect(Markup.escape("a\u{1}b") == "a\u{FFFD}b")
    #expect(HTMLReport.linked("geen link: €") == "geen link: €")
    #expect(
      HTMLReport.linked("Bron: https://example.org/a. En <meer>")
        == "Bron: <a href=\"https://example.org/a\">https://example.org/a</a>. En &lt;meer&gt;")
    #expect("zie http://x".containsUTF8("://"))
    #expect(!"geen: / link".containsUTF8("://"))
    #expect(!"ab".containsUTF8("abc"))
  }
}
