#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Text kept aside in an unnamed temporary file while a long report is being made, so that its
/// size does not count against memory: `batch` writes the rows of each chunk here and the
/// totals, which come first in the report, only at the end.
///
/// The file has no name (`tmpfile(3)`), so it disappears when the process ends, however it
/// ends.
final class Spool {
  private let file: UnsafeMutablePointer<FILE>

  /// - Throws: why no temporary file could be made.
  init() throws(AtomicFile.Failure) {
    guard let file = tmpfile() else { throw AtomicFile.Failure(code: errno) }
    self.file = file
  }

  deinit { fclose(file) }

  /// Adds `text` at the end.
  func append(_ text: String) throws(AtomicFile.Failure) {
    var text = text
    let written = text.withUTF8 { buffer in
      buffer.isEmpty ? 0 : fwrite(buffer.baseAddress, 1, buffer.count, file)
    }
    guard written == text.utf8.count else { throw AtomicFile.Failure(code: errno) }
  }

  /// Adds `bytes` (UTF-8 text) at the end.
  func append(bytes: [UInt8]) throws(AtomicFile.Failure) {
    let written = bytes.withUnsafeBufferPointer { buffer in
      buffer.isEmpty ? 0 : fwrite(buffer.baseAddress, 1, buffer.count, file)
    }
    guard written == bytes.count else { throw AtomicFile.Failure(code: errno) }
  }

  /// Everything appended, from the start, in pieces of about `size` bytes that end at a line
  /// break (so no character is cut in two).
  func forEachPiece(
    size: Int = 1 << 20, _ body: (String) throws(AtomicFile.Failure) -> Void
  ) throws(AtomicFile.Failure) {
    guard fflush(file) == 0, fseek(file, 0, SEEK_SET) == 0 else {
      throw AtomicFile.Failure(code: errno)
    }
    defer { fseek(file, 0, SEEK_END) }
    var buffer = [UInt8](repeating: 0, count: size)
    var carried: [UInt8] = []
    while true {
      let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, size, file) }
      if count == 0 {
        guard ferror(file) == 0 else { throw AtomicFile.Failure(code: EIO) }
        break
      }
      carried += buffer[..<count]
      guard let lastBreak = carried.lastIndex(of: UInt8(ascii: "\n")) else { continue }
      try body(String(decoding: carried[...lastBreak], as: UTF8.self))
      carried.removeSubrange(...lastBreak)
    }
    if !carried.isEmpty { try body(String(decoding: carried, as: UTF8.self)) }
  }
}

/// A report in three parts, the middle one kept in a ``Spool``: what ``OutputWriter`` writes
/// piece by piece.
struct ReportPieces {
  var head: String
  var middle: Spool?
  var tail: String

  func forEach(_ body: (String) throws(AtomicFile.Failure) -> Void) throws(AtomicFile.Failure) {
    try body(head)
    try middle?.forEachPiece(body)
    try body(tail)
  }
}
