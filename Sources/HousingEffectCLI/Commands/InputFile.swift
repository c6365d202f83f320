import HousingEffectReports

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

/// Reads one input file with POSIX calls, so that every way it can fail gets its own message
/// and no input costs more than ``maximumBytes`` of memory.
///
/// Regular files are read whole. Pipes (`/dev/stdin` from a pipe), FIFOs and character devices
/// are read as a stream up to the limit: `/dev/null` is an empty file, `/dev/zero` is too large.
/// A FIFO without a writer reads as empty instead of waiting. Sockets and block devices are
/// refused.
enum InputFile {
  /// The largest input file: 10 MiB, a hundred times the largest realistic study.
  static let maximumBytes = 10 * 1024 * 1024

  enum Problem: Error, Equatable {
    case notFound
    case isDirectory
    case permissionDenied
    case tooLarge(isStream: Bool)
    case unsupportedKind(String)
    case system(String)

    /// The end of "Cannot read 'PATH': …".
    /// In both languages; the system's own reason (`.system`) is passed on as it comes.
    var reason: Words {
      let limit = InputFile.maximumBytes / 1024 / 1024
      switch self {
      case .notFound: return Words("there is no such file", nl: "dat bestand bestaat niet")
      case .isDirectory:
        return Words("it is a directory, not a file", nl: "het is een map, geen bestand")
      case .permissionDenied: return Words("permission denied", nl: "geen toestemming")
      case .tooLarge(let isStream):
        return Words(
          (isStream ? "it gives more than" : "it is larger than")
            + " \(limit) MiB, the most an input file may be",
          nl: (isStream ? "het geeft meer dan" : "het is groter dan")
            + " \(limit) MiB, het meeste wat een invoerbestand mag zijn")
      case .unsupportedKind(let kind):
        let dutch = ["a socket": "een socket", "a block device": "een blokapparaat"][kind] ?? kind
        return Words("it is \(kind), not a file", nl: "het is \(dutch), geen bestand")
      case .system(let reason): return Words(same: reason)
      }
    }
  }

  static func read(_ path: String) -> Result<[UInt8], Problem> {
    var info = stat()
    guard stat(path, &info) == 0 else { return .failure(problem(errno)) }
    let kind = info.st_mode & S_IFMT
    switch kind {
    case S_IFDIR: return .failure(.isDirectory)
    case S_IFSOCK: return .failure(.unsupportedKind("a socket"))
    case S_IFBLK: return .failure(.unsupportedKind("a block device"))
    case S_IFREG:
      if info.st_size > maximumBytes { return .failure(.tooLarge(isStream: false)) }
    default: break
    }
    let isStream = kind != S_IFREG
    // O_NONBLOCK so that opening a FIFO without a writer does not wait; reads block again.
    let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | (isStream ? O_NONBLOCK : 0))
    guard descriptor >= 0 else { return .failure(problem(errno)) }
    defer { _ = close(descriptor) }
    if isStream {
      let flags = fcntl(descriptor, F_GETFL)
      if flags >= 0 { _ = fcntl(descriptor, F_SETFL, flags & ~O_NONBLOCK) }
    }
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { buffer in
        readChunk(descriptor, buffer.baseAddress, buffer.count)
      }
      if count < 0 {
        if errno == EINTR { continue }
        if errno == EAGAIN { break }
        return .failure(problem(errno))
      }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > maximumBytes { return .failure(.tooLarge(isStream: isStream)) }
    }
    return .success(bytes)
  }

  private static func problem(_ code: Int32) -> Problem {
    switch code {
    case ENOENT, ENOTDIR: .notFound
    case EACCES, EPERM: .permissionDenied
    case EISDIR: .isDirectory
    default: .system(String(cString: strerror(code)))
    }
  }
}

/// `read(2)`, outside `InputFile` whose own `read` would hide it.
private func readChunk(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int
{
  read(descriptor, buffer, count)
}
