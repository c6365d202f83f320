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

/// Replaces a file's contents all at once: readers see the old file or the new one, never a
/// part.
///
/// The bytes go to a new temporary file in the same directory (same file system), which is
/// flushed to disk and then renamed over the target. On any failure the temporary file is
/// removed and the target is untouched.
///
/// On Linux the temporary file is unnamed (`O_TMPFILE`) while it is written: a run killed
/// during the write leaves nothing behind. It gets a short name (`.housing-effect-XXXXXXXXXXXX.tmp`,
/// 33 characters, so a 255-character target name still works) only for the moment between
/// `linkat` and `rename`. Where the platform or file system has no unnamed files, the named file
/// is written instead; such names older than ``staleAge`` are this tool's leftovers from a
/// killed run, and are removed from the target directory before each write.
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
    /// Giving the unnamed temporary file a name failed; a named one may still work.
    var isUnnamedLinkFailure = false

    /// The system's wording, such as "No space left on device".
    var reason: String { String(cString: strerror(code)) }
  }

  /// The prefix of every temporary file this tool makes.
  static let temporaryPrefix = ".housing-effect-"
  static let temporarySuffix = ".tmp"
  /// A temporary file older than this is a leftover of a killed run (10 minutes; writing a
  /// report takes milliseconds).
  static let staleAge = 600

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
    try replace(path, rename: renameFile) { descriptor throws(Failure) in
      try writeAll(bytes, to: descriptor)
    }
  }

  /// Replaces `path` with what `body` writes to the descriptor it is given, in pieces if it
  /// likes (a long batch is never held whole). `body` may run twice: when the unnamed
  /// temporary file cannot be named, a named one is written from the start.
  static func replace(
    _ path: String, rename renameFile: Rename = systemRename,
    writing body: (Int32) throws(Failure) -> Void
  )
    throws(Failure)
  {
    let (directory, _) = FilePath.split(path)
    removeStaleTemporaryFiles(in: directory)
    do {
      try replace(path, in: directory, unnamed: true, rename: renameFile, writing: body)
    } catch let failure where failure.isUnnamedLinkFailure {
      // The unnamed file could not be given a name (no /proc, say): write a named one.
      try replace(path, in: directory, unnamed: false, rename: renameFile, writing: body)
    }
  }

  /// One attempt, with an unnamed temporary file (Linux) or a named one.
  static func replace(
    _ path: String, in directory: String, unnamed: Bool, rename renameFile: Rename,
    writing body: (Int32) throws(Failure) -> Void
  )
    throws(Failure)
  {
    var temporary = try createTemporaryFile(in: directory, unnamed: unnamed)
    var committed = false
    var isOpen = true
    defer {
      if isOpen { _ = close(temporary.descriptor) }
      if !committed, let name = temporary.path { _ = unlink(name) }
    }
    var existing = stat()
    if stat(path, &existing) == 0 {
      _ = fchmod(temporary.descriptor, existing.st_mode & 0o7777)
    }
    try body(temporary.descriptor)
    guard fsync(temporary.descriptor) == 0 else { throw Failure(code: errno) }
    if temporary.path == nil {
      do {
        temporary.path = try link(temporary.descriptor, in: directory)
      } catch {
        throw Failure(code: error.code, isUnnamedLinkFailure: true)
      }
    }
    isOpen = false
    guard close(temporary.descriptor) == 0 else { throw Failure(code: errno) }
    guard let temporaryPath = temporary.path else { throw Failure(code: EIO) }
    let renamed = renameFile(temporaryPath, path)
    guard renamed == 0 else { throw Failure(code: renamed) }
    committed = true
    syncDirectory(directory)
  }

  /// Whether `candidate` is the name of one of this tool's temporary files.
  static func isTemporaryName(_ candidate: String) -> Bool {
    candidate.hasPrefix(temporaryPrefix) && candidate.hasSuffix(temporarySuffix)
      && candidate.count == temporaryPrefix.count + 12 + temporarySuffix.count
  }

  /// A fresh temporary name: the prefix, 12 random base-36 characters, the suffix.
  static func temporaryName() -> String {
    let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
    let random = (0..<12).map { _ in alphabet[Int.random(in: 0..<alphabet.count)] }
    return temporaryPrefix + String(random) + temporarySuffix
  }

  /// Removes this tool's temporary files older than ``staleAge`` from `directory`: what a run
  /// killed during a write left. Failures are ignored; the write itself does not depend on it.
  static func removeStaleTemporaryFiles(in directory: String, now: time_t = time(nil)) {
    guard let stream = opendir(directory) else { return }
    defer { closedir(stream) }
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      guard isTemporaryName(name) else { continue }
      let full = directory + "/" + name
      var info = stat()
      guard lstat(full, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_uid == getuid()
      else { continue }
      #if os(Linux)
        let modified = Int(info.st_mtim.tv_sec)
      #else
        let modified = Int(info.st_mtimespec.tv_sec)
      #endif
      guard Int(now) - modified > staleAge else { continue }
      _ = unlink(full)
    }
  }

  private static func createTemporaryFile(
    in directory: String, unnamed: Bool
  )
    throws(Failure) -> (descriptor: Int32, path: String?)
  {
    #if os(Linux)
      guard unnamed else { return try createNamedFile(in: directory) }
      // O_TMPFILE is (__O_TMPFILE | O_DIRECTORY); Glibc's macro does not import.
      let unnamed = open(directory, 0o20_000_000 | O_DIRECTORY | O_WRONLY | O_CLOEXEC, 0o666)
      if unnamed >= 0 { return (unnamed, nil) }
      if ![EOPNOTSUPP, EISDIR, EINVAL, ENOENT].contains(errno) { throw Failure(code: errno) }
    #endif
    return try createNamedFile(in: directory)
  }

  private static func createNamedFile(
    in directory: String
  ) throws(Failure) -> (descriptor: Int32, path: String?) {
    var lastError = EEXIST
    for _ in 0..<16 {
      let candidate = directory + "/" + temporaryName()
      let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if descriptor >= 0 { return (descriptor, candidate) }
      lastError = errno
      if lastError != EEXIST { break }
    }
    throw Failure(code: lastError)
  }

  /// Gives the unnamed file `descriptor` a temporary name in `directory`.
  private static func link(_ descriptor: Int32, in directory: String) throws(Failure) -> String {
    var lastError = EEXIST
    for _ in 0..<16 {
      let candidate = directory + "/" + temporaryName()
      if linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, candidate, AT_SYMLINK_FOLLOW)
        == 0
      {
        return candidate
      }
      lastError = errno
      if lastError != EEXIST { break }
    }
    throw Failure(code: lastError)
  }

  /// Writes every byte to `descriptor`, retrying after interruptions and short writes.
  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(Failure) {
    var remaining = bytes[...]
    while !remaining.isEmpty {
      let written = remaining.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress, buffer.count)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(code: errno)
      }
      if written == 0 { throw Failure(code: EIO) }
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
