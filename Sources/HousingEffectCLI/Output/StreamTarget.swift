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

/// Writes a report straight to an `--output` that is not a regular file: a character device
/// (`/dev/null`, `/dev/full`, a terminal, `/dev/stdout`) or a FIFO.
///
/// Such a target cannot be replaced atomically and must never be replaced by a regular file, so
/// the bytes are written to it as they are, and every write error is reported: `/dev/full`
/// gives "No space left on device", a FIFO whose reader went away "Broken pipe" (SIGPIPE is
/// ignored so the tool reports it instead of dying).
enum StreamTarget {
  static func write(_ bytes: [UInt8], to target: String, path: String) throws(OutputError) {
    try write(to: target, path: path) { descriptor throws(AtomicFile.Failure) in
      try AtomicFile.writeAll(bytes, to: descriptor)
    }
  }

  /// Writes what `body` writes to the open target, in as many pieces as it likes.
  static func write(
    to target: String, path: String, writing body: (Int32) throws(AtomicFile.Failure) -> Void
  ) throws(OutputError) {
    // Without a reader, opening a FIFO for writing would wait for ever; O_NONBLOCK makes it
    // fail with ENXIO instead. The descriptor is made blocking again for the writes.
    let descriptor = open(target, O_WRONLY | O_NOCTTY | O_CLOEXEC | O_NONBLOCK)
    guard descriptor >= 0 else {
      let code = errno
      if code == ENXIO { throw .noReader(path: path) }
      throw .writeFailed(path: path, reason: String(cString: strerror(code)))
    }
    defer { _ = close(descriptor) }
    let flags = fcntl(descriptor, F_GETFL)
    if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    _ = signal(SIGPIPE, SIG_IGN)
    do {
      try body(descriptor)
    } catch {
      throw .writeFailed(path: path, reason: error.reason)
    }
  }
}
