/// The UTF-8 bytes of a plain-text report, written line by line: every line ends in a line
/// feed and loses its trailing spaces.
///
/// ``TextReport`` lays its lines out straight into these bytes: building a `String` per line,
/// per cell and per padding, then an array of lines and their join, took about half of a text
/// report's instructions (issue 18).
struct TextLines {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []
  /// Where the line being written starts in ``bytes``.
  private var lineStart = 0

  init(capacity: Int = 0) {
    bytes.reserveCapacity(capacity)
  }

  /// The text written, every line ended.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  /// The lines written, without their line feeds.
  var lines: [String] {
    bytes.split(separator: Self.lineFeed, omittingEmptySubsequences: false).dropLast().map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// Appends `text` to the line being written.
  mutating func append(_ text: some StringProtocol) {
    bytes.append(contentsOf: text.utf8)
  }

  /// Appends the bytes of `word` to the line being written.
  mutating func append(bytes word: some Collection<UInt8>) {
    // A copy of contiguous bytes rather than the generic element-by-element append.
    let copied: Void? = word.withContiguousStorageIfAvailable { bytes.append(contentsOf: $0) }
    if copied == nil { bytes.append(contentsOf: word) }
  }

  /// Appends `count` copies of the ASCII character `byte` (nothing when `count` ≤ 0).
  mutating func append(repeating byte: UInt8, count: Int) {
    // Byte by byte: mostly one space between words, where appending a `Repeated` collection
    // cost about 60 instructions a call.
    var left = count
    while left > 0 {
      bytes.append(byte)
      left -= 1
    }
  }

  /// Ends the line being written, without its trailing spaces.
  ///
  /// A space byte at the end is a space Character of its own: no grapheme rule joins a space
  /// to what precedes it except a prepended mark (Arabic number signs and the like), which no
  /// report text holds.
  mutating func endLine() {
    while bytes.count > lineStart, bytes[bytes.count - 1] == Self.space { bytes.removeLast() }
    bytes.append(Self.lineFeed)
    lineStart = bytes.count
  }

  /// Writes `text` as a whole line.
  mutating func line(_ text: some StringProtocol) {
    append(text)
    endLine()
  }

  static let space = UInt8(ascii: " ")
  static let lineFeed = UInt8(ascii: "\n")
}
