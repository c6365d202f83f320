// Text helpers that Foundation used to give us. On Linux the libraries import only
// FoundationEssentials (design note §66), which lacks `trimmingCharacters(in:)`,
// `replacingOccurrences(of:with:)`, `range(of:)` and `padding(toLength:withPad:startingAt:)`;
// the standard library's `replacing` and `firstRange(of:)` need macOS 13, so these do the work
// for every platform. Every search here compares UTF-8 bytes, which for the ASCII and Dutch
// phrases we search for finds what Foundation's search found.

extension String {
  /// The text without leading and trailing spaces and tabs: what Foundation's
  /// `trimmingCharacters(in: .whitespaces)` removes (Unicode category Zs and U+0009).
  package func trimmingSpacesAndTabs() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start].isSpaceOrTab { start = scalars.index(after: start) }
    while end > start, scalars[scalars.index(before: end)].isSpaceOrTab {
      end = scalars.index(before: end)
    }
    if start == scalars.startIndex && end == scalars.endIndex { return self }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }

  /// The text padded with spaces, or cut, to `length` UTF-16 code units: what Foundation's
  /// `padding(toLength: length, withPad: " ", startingAt: 0)` gives.
  package func paddedWithSpaces(toLength length: Int) -> String {
    let units = utf16.count
    if units >= length {
      guard units > length else { return self }
      return String(decoding: Array(utf16.prefix(length)), as: UTF16.self)
    }
    return self + String(repeating: " ", count: length - units)
  }
}

extension StringProtocol {
  /// The first place `target` occurs, comparing UTF-8 bytes; `nil` when it does not occur or is
  /// empty.
  package func firstRange(ofText target: String) -> Range<String.Index>? {
    ranges(ofText: target, stopAtFirst: true).first
  }

  /// The last place `target` occurs, comparing UTF-8 bytes; `nil` when it does not occur.
  package func lastRange(ofText target: String) -> Range<String.Index>? {
    ranges(ofText: target, stopAtFirst: false).last
  }

  /// The text with every occurrence of `target` (left to right, not overlapping) replaced.
  package func replacingText(_ target: String, with replacement: String) -> String {
    let found = ranges(ofText: target, stopAtFirst: false)
    guard !found.isEmpty else { return String(self) }
    var out = ""
    var start = startIndex
    for range in found {
      out += self[start..<range.lowerBound]
      out += replacement
      start = range.upperBound
    }
    out += self[start..<endIndex]
    return out
  }

  /// The places `target` occurs, left to right and not overlapping.
  private func ranges(ofText target: String, stopAtFirst: Bool) -> [Range<String.Index>] {
    let needle = Array(target.utf8)
    guard let first = needle.first else { return [] }
    let bytes = utf8
    var found: [Range<String.Index>] = []
    var index = bytes.startIndex
    while index != bytes.endIndex {
      if bytes[index] == first {
        var end = bytes.index(after: index)
        var matched = 1
        while matched < needle.count, end != bytes.endIndex, bytes[end] == needle[matched] {
          end = bytes.index(after: end)
          matched += 1
        }
        if matched == needle.count {
          found.append(index..<end)
          if stopAtFirst { return found }
          index = end
          continue
        }
      }
      index = bytes.index(after: index)
    }
    return found
  }
}

extension Unicode.Scalar {
  /// A tab or a space separator (Unicode general category Zs).
  fileprivate var isSpaceOrTab: Bool {
    self == "\t" || properties.generalCategory == .spaceSeparator
  }
}
