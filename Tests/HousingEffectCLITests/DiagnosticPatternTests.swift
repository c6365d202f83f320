import Testing

@testable import HousingEffect
@testable import HousingEffectReports

/// Issue 18 (design note §66): diagnostic patterns are compiled only for messages whose bytes
/// start and end as the pattern's literal ends do; those ends must never reject a real match.
struct DiagnosticPatternTests {
  /// The literal ends as text, for readable expectations.
  private func ends(_ pattern: String) -> (String, String) {
    let found = DiagnosticPattern.literalEnds(of: pattern)
    return (
      String(decoding: found.head, as: UTF8.self), String(decoding: found.tail, as: UTF8.self)
    )
  }

  @Test("literal ends stop at groups, classes, quantifiers and escapes that are classes")
  func literalEnds() {
    #expect(ends(#"^'(.*)' is negative\.$"#) == ("'", "' is negative."))
    #expect(ends(#"^the name is empty\.$"#) == ("the name is empty.", "the name is empty."))
    #expect(ends(#"^write (\S+), not (\S+)$"#) == ("write ", ""))
    // The `s` before `?` is optional, so the head ends before it.
    #expect(ends(#"^values? (\d+)$"#) == ("value", ""))
    #expect(ends(#"^a digit in \d\.$"#) == ("a digit in ", "."))
    // The letters of `\uDFFF` are not literal text.
    #expect(ends(#"^x \uDFFF$"#) == ("x ", ""))
    // An escaped backslash is a literal backslash.
    #expect(ends(#"^a\\b$"#) == (#"a\b"#, #"a\b"#))
    // A `|` outside groups and an inline flag fix neither end.
    #expect(ends(#"^a|b$"#) == ("", ""))
    #expect(ends(#"^(?i)abc$"#) == ("", ""))
    #expect(ends(#"^(a|b) c$"#) == ("", " c"))
  }

  @Test("a pattern matches and fills its groups as before; others are rejected")
  func groups() {
    let pattern = DiagnosticPattern(#"^'(.*)' is larger than (\d+)\.$"#)
    #expect(
      pattern.groups(in: "'size.jobs' is larger than 100.") == [
        "'size.jobs' is larger than 100.", "size.jobs", "100",
      ])
    #expect(pattern.groups(in: "'size.jobs' is larger than x.") == nil)
    #expect(pattern.groups(in: "The 'size.jobs' is larger than 100.") == nil)
    // A group that took no part is "".
    let optional = DiagnosticPattern(#"^a(?: \((\d+)\))?\.$"#)
    #expect(optional.groups(in: "a.") == ["a.", ""])
    #expect(optional.groups(in: "a (7).") == ["a (7).", "7"])
    #expect(DiagnosticPattern("^(unclosed$").compiles == false)
  }
}
