import Foundation
import HousingEffect
import HousingEffectCLI

/// The oracle of issue 10 for the whole tool: a generated input is written to a file and one
/// command runs on it in-process, as a user would run it.
///
/// It must exit with a documented status for such an input (0, 64, 65 or 66; 1 is a runtime
/// failure that no input file may cause when writing to standard output); a non-zero status
/// must name the file on standard error; standard output must hold no non-finite number
/// (`nan`, `inf`, `infinity` as words that the input does not contain); and the command must
/// finish within ``slowSeconds`` of processor time on its thread and ``stuckSeconds`` of wall
/// time. A trap kills the process and is caught by the fuzz tool.
public enum CLIOracle {
  public enum Outcome: Sendable, Equatable {
    case ok(status: Int32)
    case violated(String)
  }

  /// A command that uses more processor time than this on its thread counts as a hang.
  ///
  /// Processor time rather than wall time, because long fuzz runs share a busy machine: at a load
  /// of 15–20 a 20-draw projection of the 35-area Limburg study took over 10 s of wall time while
  /// doing far less work. Ensembles of up to `Ensemble.blockSize` draws and single files run on
  /// the calling thread, so its processor time is the command's work.
  public static let slowSeconds = 10.0

  /// Wall time after which a command counts as a hang however busy the machine is: catches a
  /// command that waits instead of computing, or computes on worker threads.
  public static let stuckSeconds = 120.0

  /// Every command and format an input of `kind` can go through; the fuzz run rotates through
  /// them. `FILE` stands for the input file, `EXAMPLE` for an example establishment file.
  public static func commands(for kind: FuzzCase.Kind) -> [[String]] {
    switch kind {
    case .establishment, .parameterEdge:
      // Ranges with few draws: the draws take the same code path as the default 2,000.
      return [
        ["check", "FILE"], ["assess", "FILE", "--draws", "40"],
        ["assess", "FILE", "--format", "markdown", "--draws", "40"],
        ["assess", "FILE", "--format", "html", "--lang", "en", "--draws", "40"],
        ["assess", "FILE", "--format", "csv", "--draws", "40"],
        ["assess", "FILE", "--format", "json", "--draws", "40"],
        ["sensitivity", "FILE", "--draws", "20", "--top", "5"],
        ["sensitivity", "FILE", "--draws", "0", "--format", "json"],
        ["explain", "housing.shortStayBeds", "FILE"],
        ["explain", "housing.midStayRooms", "FILE", "--format", "json"],
        ["explain", "housing.longStayDwellings", "FILE", "--format", "markdown"],
      ]
    case .study:
      return [
        ["check", "FILE"], ["compare", "FILE", "--draws", "40"],
        ["compare", "FILE", "--format", "markdown", "--draws", "40"],
        ["compare", "FILE", "--format", "html", "--draws", "40"],
        ["compare", "FILE", "--format", "csv", "--draws", "40"],
        ["compare", "FILE", "--format", "json", "--lang", "en", "--draws", "40"],
      ]
    case .region:
      return [
        ["check", "FILE"], ["assess", "EXAMPLE", "--region-file", "FILE"],
        ["assess", "EXAMPLE", "--region-file", "FILE", "--format", "json"],
        ["regions", "--region-file", "FILE"],
        ["check", "EXAMPLE", "--region-file", "FILE"],
      ]
    case .projection:
      return [
        ["check", "FILE"], ["project", "FILE", "--draws", "20"],
        ["project", "FILE", "--draws", "20", "--format", "csv"],
        ["project", "FILE", "--draws", "20", "--format", "json", "--lang", "en"],
        ["project", "FILE", "--draws", "20", "--format", "markdown"],
        ["project", "FILE", "--draws", "0", "--format", "html"],
      ]
    case .batch:
      return [
        ["batch", "FILE", "--format", "csv"],
        ["batch", "FILE", "--skip-invalid", "--format", "csv"],
        ["batch", "FILE", "--skip-invalid", "--draws", "5", "--format", "json"],
        ["batch", "FILE", "--skip-invalid", "--totals", "--format", "csv"],
        ["batch", "FILE", "--skip-invalid"], ["batch", "FILE", "--format", "html", "--lang", "en"],
      ]
    case .options:
      return [["help"]]
    }
  }

  /// Runs command `choice` (modulo the list) of `input`'s kind with the input written to
  /// `directory`.
  public static func check(
    _ input: FuzzCase, choice: Int, directory: String, example: String
  ) -> Outcome {
    let path = directory + "/" + input.fileName
    guard write(input.bytes, to: path) else {
      return .violated("could not write the input to \(path)")
    }
    let list = commands(for: input.kind)
    let arguments = (input.arguments ?? list[choice % list.count]).map {
      $0 == "FILE" ? path : $0 == "EXAMPLE" ? example : $0
    }
    let io = CapturingIO()
    let start = Date()
    let startCPU = threadProcessorSeconds()
    let status = CLI.run(arguments: arguments, io: io)
    let cpu = threadProcessorSeconds() - startCPU
    let seconds = Date().timeIntervalSince(start)
    let command = arguments.joined(separator: " ")
    if cpu > slowSeconds || seconds > stuckSeconds {
      return .violated(
        "'\(command)' took \(Int(cpu)) s of processor time, \(Int(seconds)) s of wall time (a hang)"
      )
    }
    guard [0, 64, 65, 66].contains(status) else {
      return .violated("'\(command)' exited \(status): \(io.errorOutput.prefix(500))")
    }
    // An option error is about the option, not a file.
    if status != 0, input.kind != .options, !io.errorOutput.contains(path) {
      return .violated(
        "'\(command)' exited \(status) without naming the file: \(io.errorOutput.prefix(500))")
    }
    for forbidden in ["Fatal error", "Swift.", "Error Domain"]
    where io.errorOutput.contains(forbidden) {
      return .violated("'\(command)' printed '\(forbidden)': \(io.errorOutput.prefix(500))")
    }
    if let word = nonFiniteWord(in: io.output, input: input.bytes) {
      return .violated("'\(command)' wrote '\(word)' to standard output")
    }
    return .ok(status: status)
  }

  /// Processor time used so far by the calling thread, in seconds.
  static func threadProcessorSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// Writes the input file without the flush to disk that an atomic write would add.
  static func write(_ bytes: [UInt8], to path: String) -> Bool {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    var offset = 0
    while offset < bytes.count {
      let written = bytes[offset...].withUnsafeBytes { buffer in
        Foundation.write(descriptor, buffer.baseAddress, buffer.count)
      }
      if written <= 0 { return false }
      offset += written
    }
    return true
  }

  /// The words `nan`, `inf` and `infinity` (any case) as bits 1, 2 and 4.
  static func nonFiniteWords(_ bytes: some Sequence<UInt8>) -> Int {
    var found = 0
    var word: [UInt8] = []
    var length = 0
    func finish() {
      if length == 3 {
        if word == [0x6E, 0x61, 0x6E] { found |= 1 }
        if word == [0x69, 0x6E, 0x66] { found |= 2 }
      } else if length == 8, word == Array("infinity".utf8) {
        found |= 4
      }
      length = 0
      word.removeAll(keepingCapacity: true)
    }
    for byte in bytes {
      switch byte {
      case 0x41...0x5A, 0x61...0x7A, 0x80...0xFF:
        length += 1
        if length <= 8 { word.append(byte | (byte < 0x80 ? 0x20 : 0)) }
      default:
        if length > 0 { finish() }
      }
    }
    if length > 0 { finish() }
    return found
  }

  /// A word of `text` that is `nan`, `inf` or `infinity` (any case) and not a word of the input.
  public static func nonFiniteWord(in text: String, input: [UInt8]) -> String? {
    let found = nonFiniteWords(text.utf8)
    guard found != 0 else { return nil }
    let new = found & ~nonFiniteWords(input)
    if new & 1 != 0 { return "nan" }
    if new & 2 != 0 { return "inf" }
    if new & 4 != 0 { return "infinity" }
    return nil
  }
}
