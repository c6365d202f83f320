import Foundation

/// The real standard output and standard error of the process.
public struct StandardIO: CommandIO {
  /// The process's standard output and standard error.
  public init() {}

  /// Writes `text` to standard output, unbuffered.
  public func out(_ text: String) {
    try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
  }

  /// Writes `text` to standard error, unbuffered.
  public func err(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }

  /// Whether standard error is a terminal (`isatty`), so long runs show progress.
  public var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
