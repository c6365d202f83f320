import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file's contents all at once: readers see the old file or the new one, never a
/// part.
///
/// The bytes go to a new temporary file in the same directory (same file system), which is
/// flushed to disk and then renamed over the target. On any failure the temporary file is
/// removed and the target is untouched.
enum AtomicFile {
  /// Renames `from` to `to`, returning 0 or the `errno` of the failure.
  ///
  /// A seam for tests, which inject a failing rename.
  typealias Rename = @Sendable (_ from: String, _ to: String) -> Int32

  /// `rename(2)`.
  static let systemRename: Rename = { from, to in
    rename(from, to) == 0 ? 0 : errno
  }

  /// A failed system call, by its `errno`.
  struct Failure: Error, Sendable, Equatable {
    var code: Int32

    /// The system's wording, such as "No space left on device".
    var reason: String { String(cString: strerror(code)) }
  }

  /// Writes `bytes` to `path`, replacing any file there.
  ///
  /// An existing file keeps its permission bits. `path` should already be resolved: a
  /// symbolic link at `path` would be replaced by a regular file.
  /// - Throws: the `errno` of the first call that failed.
  static func replace(
    _ path: String, with bytes: [UInt8], rename renameFile: Rename = systemRename
  )
    throws(Failure)
  {
    let (directory, name) = FilePath.split(path)
    let (descriptor, temporaryPath) = try createTemporaryFile(in: directory, for: name)
    var committed = false
    var isOpen = true
    defer {
      if isOpen { _ = close(descriptor) }
      if !committed { _ = unlink(temporaryPath) }
    }
    var existing = stat()
    if stat(path, &existing) == 0 {
      _ = fchmod(descriptor, existing.st_mode & 0o7777)
    }
    try writeAll(bytes, to: descriptor)
    guard fsync(descriptor) == 0 else { throw Failure(code: errno) }
    isOpen = false
    guard close(descriptor) == 0 else { throw Failure(code: errno) }
    let renamed = renameFile(temporaryPath, path)
    guard renamed == 0 else { throw Failure(code: renamed) }
    committed = true
    syncDirectory(directory)
  }

  /// The hidden name a temporary file gets: `.NAME.RANDOM.tmp`, so a listing shows whose it is.
  static func isTemporaryName(_ candidate: String, for name: String) -> Bool {
    candidate.hasPrefix("." + name + ".") && candidate.hasSuffix(".tmp")
  }

  private static func createTemporaryFile(
    in directory: String, for name: String
  )
    throws(Failure) -> (descriptor: Int32, path: String)
  {
    var lastError = EEXIST
    for _ in 0..<16 {
      let random = String(UInt64.random(in: UInt64.min...UInt64.max), radix: 36)
      let candidate = directory + "/." + name + "." + random + ".tmp"
      let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 { return (descriptor, candidate) }
      lastError = errno
      if lastError != EEXIST { break }
    }
    throw Failure(code: lastError)
  }

  private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
    var remaining = bytes[...]
    while !remaining.isEmpty {
      let written = remaining.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(code: errno)
      }
      remaining = remaining.dropFirst(written)
    }
  }

  /// Makes the rename itself durable; a failure here does not undo a completed write.
  private static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    _ = fsync(descriptor)
    _ = close(descriptor)
  }
}
