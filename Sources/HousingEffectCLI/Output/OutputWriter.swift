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

/// Writes a command's report to standard output or, with `--output PATH`, to a file.
///
/// A file is replaced atomically (see `AtomicFile`), never one of the command's input files
/// (compared after resolving symbolic links, and by inode), and a failure leaves neither a
/// partial report nor a temporary file behind.
struct OutputWriter: Sendable {
  /// The `--output` path as the user typed it; `nil` for standard output.
  let path: String?
  /// The command's input files, as typed; the output may not be any of them.
  let protectedInputs: [String]
  let io: any CommandIO
  /// The directory relative paths are taken from.
  let workingDirectory: String
  let rename: AtomicFile.Rename
  /// The file the process's standard output is (device and inode); an `--output` path that
  /// resolves to it (`/dev/stdout`, `/proc/self/fd/1`) is written through `io` in place.
  let standardOutput: FilePath.Identity?

  init(
    path: String?, protectedInputs: [String] = [], io: any CommandIO,
    workingDirectory: String = FileManager.default.currentDirectoryPath,
    rename: @escaping AtomicFile.Rename = AtomicFile.systemRename,
    standardOutput: FilePath.Identity? = OutputWriter.processStandardOutput()
  ) {
    self.standardOutput = standardOutput
    self.path = path
    self.protectedInputs = protectedInputs
    self.io = io
    self.workingDirectory = workingDirectory
    self.rename = rename
  }

  /// Checks, before any work is done, that the report could be written where asked.
  ///
  /// - Throws: the reason it could not; nothing is created.
  func checkDestination() throws(OutputError) {
    guard let path else { return }
    _ = try destination(for: path)
  }

  /// Writes `text` to standard output, or atomically to the `--output` file.
  ///
  /// A regular file (or a new one) is replaced atomically; a character device (`/dev/null`, a
  /// terminal, `/dev/stdout`) or a FIFO is written straight to, and a write error there, such
  /// as a full disk on `/dev/full`, is reported. Neither is ever replaced by a regular file.
  ///
  /// - Throws: why the file could not be written; the previous file, if any, is unchanged.
  func write(_ text: String) throws(OutputError) {
    try write(standardOutput: { io.out(text) }, bytes: { Array(text.utf8) })
  }

  /// Writes the UTF-8 bytes of a report as ``write(_:)`` writes its text: a report built as
  /// bytes (a JSON document) is never made a `String`, whose UTF-8 validation cost as much as
  /// writing a projection's bands (issue 18). Standard output gets them as they lie; a file or
  /// stream gets a copy.
  func write(buffer: UnsafeBufferPointer<UInt8>) throws(OutputError) {
    try write(standardOutput: { io.out(buffer: buffer) }, bytes: { Array(buffer) })
  }

  /// ``write(_:)`` for a report that `standardOutput` writes to standard output and `bytes`
  /// gives as bytes for a file or stream.
  private func write(
    standardOutput: () -> Void, bytes: () -> [UInt8]
  ) throws(OutputError) {
    guard let path else {
      standardOutput()
      return
    }
    switch try destination(for: path) {
    case .standardOutput: standardOutput()
    case .file(let target):
      do {
        try AtomicFile.replace(target, with: bytes(), rename: rename)
      } catch {
        throw failure(error, path: path)
      }
    case .stream(let target):
      try StreamTarget.write(bytes(), to: target, path: path)
    }
  }

  /// Writes a report made of `pieces`, in order, without putting it together first: a batch of
  /// 100,000 rows is never held whole. Standard output gets each piece as it comes; a file is
  /// still replaced in one step, and a device or FIFO written to, as by ``write(_:)``.
  ///
  /// `pieces` may be asked for twice (see ``AtomicFile``), so it must give the same pieces again.
  func write(pieces: ReportPieces) throws(OutputError) {
    func toStandardOutput() throws(OutputError) {
      do {
        try pieces.forEach { piece throws(AtomicFile.Failure) in io.out(piece) }
      } catch {
        throw .writeFailed(path: "standard output", reason: error.reason)
      }
    }
    guard let path else { return try toStandardOutput() }
    func each(_ descriptor: Int32) throws(AtomicFile.Failure) {
      try pieces.forEach { piece throws(AtomicFile.Failure) in
        try AtomicFile.writeAll(Array(piece.utf8), to: descriptor)
      }
    }
    switch try destination(for: path) {
    case .standardOutput: try toStandardOutput()
    case .file(let target):
      do {
        try AtomicFile.replace(target, rename: rename, writing: each)
      } catch {
        throw failure(error, path: path)
      }
    case .stream(let target):
      try StreamTarget.write(to: target, path: path, writing: each)
    }
  }

  /// Where a report goes: a regular file replaced in one step, or a device or FIFO written to.
  enum Destination: Equatable {
    case file(String)
    case stream(String)
    /// The process's own standard output, named by a path: written in place, as the shell
    /// expects (`>> log` appends, `2>&1` interleaves with the warnings; issue 22).
    case standardOutput
  }

  /// The device and inode of file descriptor 1; `nil` when it is closed.
  static func processStandardOutput() -> FilePath.Identity? {
    var info = stat()
    guard fstat(STDOUT_FILENO, &info) == 0 else { return nil }
    return FilePath.Identity(info)
  }

  /// The resolved file to replace, after every check that can be made without writing.
  private func destination(for path: String) throws(OutputError) -> Destination {
    let absolute = path.hasPrefix("/") ? path : workingDirectory + "/" + path
    let target = FilePath.resolved(path, in: workingDirectory)
    var info = stat()
    let exists = stat(absolute, &info) == 0
    let statError = errno
    var linkInfo = stat()
    if !exists, lstat(absolute, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK {
      throw .brokenLink(path: path, loops: statError == ELOOP)
    }
    let targetIdentity = exists ? FilePath.Identity(info) : nil
    for input in protectedInputs where input != "-" {
      let resolvedInput = FilePath.resolved(input, in: workingDirectory)
      let sameIdentity = targetIdentity != nil && FilePath.identity(resolvedInput) == targetIdentity
      if resolvedInput == target || sameIdentity {
        throw .wouldOverwriteInput(path: path)
      }
    }
    if exists, let standardOutput, targetIdentity == standardOutput {
      return .standardOutput
    }
    if exists {
      switch info.st_mode & S_IFMT {
      case S_IFDIR: throw .isADirectory(path: path)
      case S_IFREG: break
      case S_IFCHR, S_IFIFO: return .stream(absolute)
      case S_IFBLK: throw .unsupportedTarget(path: path, kind: "a block device")
      case S_IFSOCK: throw .unsupportedTarget(path: path, kind: "a socket")
      default: throw .unsupportedTarget(path: path, kind: "not a regular file")
      }
    }
    let typedDirectory = FilePath.split(path).directory
    let directory = FilePath.split(target).directory
    guard let isDirectory = FilePath.isDirectory(directory) else {
      throw .directoryMissing(path: path, directory: typedDirectory)
    }
    guard isDirectory else {
      throw .notADirectory(path: path, directory: typedDirectory)
    }
    guard access(directory, W_OK) == 0 else {
      throw .directoryNotWritable(path: path, directory: typedDirectory)
    }
    return .file(target)
  }

  private func failure(_ error: AtomicFile.Failure, path: String) -> OutputError {
    let directory = FilePath.split(path).directory
    switch error.code {
    case EACCES, EPERM, EROFS:
      return .directoryNotWritable(path: path, directory: directory)
    case ENOENT:
      return .directoryMissing(path: path, directory: directory)
    case ENOTDIR:
      return .notADirectory(path: path, directory: directory)
    case EISDIR:
      return .isADirectory(path: path)
    default:
      return .writeFailed(path: path, reason: error.reason)
    }
  }
}
