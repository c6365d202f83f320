import HousingEffect

/// Standard output and standard error captured in memory, for in-process tests.
public final class CapturingIO: CommandIO, @unchecked Sendable {
  // @unchecked: every access to the two strings goes through `lock`.
  private let lock = PlainLock()
  private var stdout = ""
  private var stderr = ""

  /// What ``errorIsTerminal`` answers: tests of progress output pretend to be a terminal.
  public let errorIsTerminal: Bool

  /// An empty capture; `errorIsTerminal` makes progress output appear as on a terminal.
  public init(errorIsTerminal: Bool = false) {
    self.errorIsTerminal = errorIsTerminal
  }

  /// Everything written to standard output so far.
  public var output: String { lock.withLock { stdout } }

  /// Everything written to standard error so far.
  public var errorOutput: String { lock.withLock { stderr } }

  /// Appends `text` to ``output``.
  public func out(_ text: String) {
    lock.withLock { stdout += text }
  }

  /// Appends `text` to ``errorOutput``.
  public func err(_ text: String) {
    lock.withLock { stderr += text }
  }
}
