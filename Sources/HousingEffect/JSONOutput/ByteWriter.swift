#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The growing byte buffer `JSONWriter` writes a document into: its own memory, so appending a
/// byte or a run of bytes is a store or a copy behind one capacity check, and a number is
/// written in place (``write(atMost:_:)``) rather than built elsewhere and appended.
///
/// An `[UInt8]` cost 70–100 instructions per `append(contentsOf:)` (a uniqueness check, the
/// generic copy) and the writer appends five to ten runs per number of a projection's bands
/// (issue 18). Not copyable: one owner, which frees the memory.
struct ByteWriter: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  /// The bytes written so far.
  private(set) var count = 0

  init(capacity: Int = 1 << 14) {
    self.capacity = max(64, capacity)
    base = ByteWriter.allocate(self.capacity)
  }

  deinit { free(base) }

  /// `malloc`'s memory, so that growing is `realloc`, which extends a large block in place or
  /// remaps its pages instead of copying the document written so far.
  private static func allocate(_ capacity: Int) -> UnsafeMutablePointer<UInt8> {
    guard let memory = malloc(capacity) else { fatalError("out of memory for \(capacity) bytes") }
    return memory.assumingMemoryBound(to: UInt8.self)
  }

  /// Room for `extra` more bytes.
  @inline(__always)
  private mutating func reserve(_ extra: Int) {
    if count &+ extra > capacity { grow(count + extra) }
  }

  private mutating func grow(_ needed: Int) {
    var newCapacity = capacity * 2
    while newCapacity < needed { newCapacity *= 2 }
    guard let memory = realloc(base, newCapacity) else {
      fatalError("out of memory for \(newCapacity) bytes")
    }
    base = memory.assumingMemoryBound(to: UInt8.self)
    capacity = newCapacity
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    base[count] = byte
    count &+= 1
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress else { return }
    reserve(bytes.count)
    (base + count).update(from: source, count: bytes.count)
    count &+= bytes.count
  }

  mutating func append(_ bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { append($0) }
  }

  /// The UTF-8 of a `StaticString` literal (no `String` made).
  mutating func append(_ text: StaticString) {
    append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// `count` times `byte`.
  mutating func append(repeating byte: UInt8, count repeats: Int) {
    guard repeats > 0 else { return }
    reserve(repeats)
    (base + count).initialize(repeating: byte, count: repeats)
    count &+= repeats
  }

  /// Lets `body` write at most `limit` bytes at the end and keeps the number it returns.
  @inline(__always)
  mutating func write(
    atMost limit: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int
  ) {
    reserve(limit)
    count &+= body(UnsafeMutableBufferPointer(start: base + count, count: limit))
  }

  /// Calls `body` with the bytes written, where they lie.
  func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// The bytes written, as an array.
  func bytes() -> [UInt8] {
    [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      if count > 0 { buffer.baseAddress!.initialize(from: base, count: count) }
      initialized = count
    }
  }
}
