extension StringProtocol {
  /// Whether every Unicode scalar of the text is a Character (grapheme cluster) by itself, so
  /// that counting or splitting its scalars at an ASCII space gives exactly what counting or
  /// splitting its Characters gives.
  ///
  /// True when every scalar is one that no grapheme rule joins to a neighbour: below U+0300
  /// except the carriage return (which joins a following line feed), general punctuation
  /// U+2010–U+2027 and U+2030–U+205E, currency signs U+20A0–U+20C0, and arrows and
  /// mathematical operators U+2190–U+22FF. None of these is an extending mark, a zero-width
  /// joiner, a spacing mark, a prepended mark, a Hangul jamo or a regional indicator, so
  /// between two of them Unicode's grapheme rules always break. Any other scalar (an accent
  /// as a combining mark, an emoji sequence) makes this false and callers take the
  /// Character walk.
  var scalarsAreCharacters: Bool {
    if let answer = utf8.withContiguousStorageIfAvailable(utf8ScalarsAreCharacters(_:)) {
      return answer
    }
    var text = String(self)
    text.makeContiguousUTF8()
    return text.utf8.withContiguousStorageIfAvailable(utf8ScalarsAreCharacters(_:)) ?? false
  }

  /// Whether the UTF-8 bytes of `pattern` occur in the text's UTF-8 bytes, a byte search.
  /// Whenever a Character search would find `pattern`, this finds it too.
  func containsUTF8(_ pattern: String) -> Bool {
    // Over the contiguous bytes when there are some: walking the `UTF8View` and building an
    // array of the pattern cost about 6 k instructions a call in an HTML report.
    var patternText = pattern
    if let found = utf8.withContiguousStorageIfAvailable({ bytes in
      patternText.withUTF8 { wanted in
        guard let first = wanted.first else { return true }
        guard wanted.count <= bytes.count else { return false }
        var index = 0
        while index <= bytes.count - wanted.count {
          if bytes[index] == first, bytes[index..<index + wanted.count].elementsEqual(wanted) {
            return true
          }
          index += 1
        }
        return false
      }
    }) {
      return found
    }
    let pattern = Array(pattern.utf8)
    guard let first = pattern.first else { return true }
    let bytes = utf8
    var index = bytes.startIndex
    while let found = bytes[index...].firstIndex(of: first) {
      if bytes[found...].starts(with: pattern) { return true }
      index = bytes.index(after: found)
    }
    return false
  }
}

/// ``StringProtocol/scalarsAreCharacters`` of valid UTF-8 `bytes`, the scalars decoded here:
/// walking `unicodeScalars` cost about 0.9 M instructions of a text report.
private func utf8ScalarsAreCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
  var value: UInt32 = 0
  var continuations = 0
  for byte in bytes {
    if continuations > 0 {
      value = value << 6 | UInt32(byte & 0x3F)
      continuations -= 1
      if continuations > 0 { continue }
    } else if byte < 0x80 {
      if byte == 0x0D { return false }
      continue
    } else if byte >= 0xF0 {
      return false  // beyond U+FFFF: none of the ranges below
    } else if byte >= 0xE0 {
      (value, continuations) = (UInt32(byte & 0x0F), 2)
      continue
    } else {
      (value, continuations) = (UInt32(byte & 0x1F), 1)
      continue
    }
    guard
      value < 0x300 || (0x2010...0x2027).contains(value) || (0x2030...0x205E).contains(value)
        || (0x20A0...0x20C0).contains(value) || (0x2190...0x22FF).contains(value)
    else { return false }
  }
  return true
}
