#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The real standard output and standard error of the process.
public struct StandardIO: CommandIO {
  /// The process's standard output and standard error.
  public init() {}

  /// Writes `text` to standard output, unbuffered.
  public func out(_ text: String) { Self.write(text, to: STDOUT_FILENO) }

  /// Writes `bytes` to standard output, unbuffered, as they are.
  public func out(bytes: [UInt8]) {
    bytes.withUnsafeBufferPointer { Self.write($0, to: STDOUT_FILENO) }
  }

  /// Writes the bytes in `buffer` to standard output, unbuffered, as they are.
  public func out(buffer: UnsafeBufferPointer<UInt8>) { Self.write(buffer, to: STDOUT_FILENO) }

  /// Writes `text` to standard error, unbuffered.
  public func err(_ text: String) { Self.write(text, to: STDERR_FILENO) }

  /// Whether standard error is a terminal (`isatty`), so long runs show progress.
  public var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

  /// Writes the UTF-8 bytes of `text` with `write(2)`, retrying after an interrupt and after a
  /// partial write; stops silently at an error (a closed pipe), as `FileHandle` did with `try?`.
  /// Straight from the string's storage: no `Data` copy, no Foundation.
  static func write(_ text: String, to descriptor: Int32) {
    var text = text
    text.withUTF8 { write($0, to: descriptor) }
  }

  /// Writes `buffer` with `write(2)`, as ``write(_:to:)`` writes a string's bytes.
  static func write(_ buffer: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
    guard let base = buffer.baseAddress else { return }
    var offset = 0
    while offset < buffer.count {
      #if canImport(Darwin)
        let written = Darwin.write(descriptor, base + offset, buffer.count - offset)
      #elseif canImport(Musl)
        let written = Musl.write(descriptor, base + offset, buffer.count - offset)
      #else
        let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
      #endif
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}
