#if canImport(Darwin)
  import Foundation
#endif

/// One compiled sentence pattern of `DiagnosticText`: a regular expression whose capture groups
/// the Dutch template fills in.
///
/// On Linux it is a Swift `Regex` matched by Unicode scalars, as ICU's `NSRegularExpression`
/// matches by code points: `NSRegularExpression` lives in the full Foundation, whose start-up
/// every run would pay although patterns are only compiled when a message is translated
/// (design note §66). On Apple platforms, where `Regex` needs macOS 13, it stays
/// `NSRegularExpression`.
struct DiagnosticPattern: @unchecked Sendable {
  #if canImport(Darwin)
    private let regex: NSRegularExpression
  #else
    private let regex: Regex<AnyRegexOutput>
  #endif

  /// The pattern compiled, or `nil` when it is not a valid regular expression.
  init?(_ pattern: String) {
    #if canImport(Darwin)
      guard let regex = try? NSRegularExpression(pattern: pattern) else { return nil }
    #else
      guard let regex = try? Regex(pattern).matchingSemantics(.unicodeScalar) else { return nil }
    #endif
    self.regex = regex
  }

  /// The whole match and every capture group of the first match in `text` (a group that took
  /// no part is ""), or `nil` when the pattern does not match.
  func groups(in text: String) -> [String]? {
    #if canImport(Darwin)
      guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
      else { return nil }
      return (0..<match.numberOfRanges).map { index in
        let found = match.range(at: index)
        return found.location == NSNotFound
          ? "" : Range(found, in: text).map { String(text[$0]) } ?? ""
      }
    #else
      guard let match = try? regex.firstMatch(in: text) else { return nil }
      return match.output.map { $0.substring.map(String.init) ?? "" }
    #endif
  }
}
