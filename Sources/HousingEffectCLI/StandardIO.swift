import Foundation

/// The real standard output and standard error of the process.
public struct StandardIO: CommandIO {
  public init() {}

  public func out(_ text: String) {
    try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
  }

  public func err(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: Data(text.utf8))
  }

  public var errorIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
