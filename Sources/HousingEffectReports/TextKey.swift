/// A report text as a dictionary key by its UTF-8 bytes. `String` hashes and compares by
/// canonical equivalence, normalising any text that is not ASCII: about 10 k instructions
/// for one of the annex's long Dutch explanations, paid again on every resize. The texts
/// keyed here come from the catalogue and the report strings, where two texts with
/// different bytes are different texts.
struct TextKey: Hashable {
  let text: String

  init(_ text: String) { self.text = text }

  static func == (left: TextKey, right: TextKey) -> Bool {
    var left = left.text
    var right = right.text
    guard left.utf8.count == right.utf8.count else { return false }
    return left.withUTF8 { l in right.withUTF8 { r in l.elementsEqual(r) } }
  }

  /// The byte count and at most 32 bytes from each end: equal texts give equal hashes, and
  /// hashing all of a long explanation cost about 2 k instructions.
  func hash(into hasher: inout Hasher) {
    var text = text
    text.withUTF8 { bytes in
      hasher.combine(bytes.count)
      let ends = UnsafeRawBufferPointer(bytes)
      if ends.count <= 64 {
        hasher.combine(bytes: ends)
      } else {
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: ends.prefix(32)))
        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: ends.suffix(32)))
      }
    }
  }
}
