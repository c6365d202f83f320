/// Where a command writes: standard output for results and help, standard error for
/// diagnostics.
///
/// Text is written exactly as given; callers end lines with `"\n"` themselves.
public protocol CommandIO: Sendable {
  /// Writes `text` to standard output (reports, help, version).
  func out(_ text: String)
  /// Writes UTF-8 `bytes` to standard output: a report built as bytes (a projection's JSON)
  /// goes out without being made a `String` first.
  func out(bytes: [UInt8])
  /// Writes the UTF-8 bytes in `buffer` to standard output: a document written into memory of
  /// its own (a JSON document) goes out without being copied into an array first.
  func out(buffer: UnsafeBufferPointer<UInt8>)
  /// Writes `text` to standard error (errors, warnings, hints).
  func err(_ text: String)
  /// Whether standard error is a terminal someone watches: only then do long runs show
  /// progress, so logs and pipes never fill with it.
  var errorIsTerminal: Bool { get }
}

extension CommandIO {
  /// Not a terminal, unless the conforming type says otherwise: no progress output.
  public var errorIsTerminal: Bool { false }

  /// The bytes as text through ``out(_:)``, unless the conforming type writes bytes itself.
  public func out(bytes: [UInt8]) { out(String(decoding: bytes, as: UTF8.self)) }

  /// The bytes as an array through ``out(bytes:)``, unless the conforming type writes them
  /// itself.
  public func out(buffer: UnsafeBufferPointer<UInt8>) { out(bytes: Array(buffer)) }
}
