import HousingEffectReports

/// What a running command gets: where to write, the shared options, and the output writer.
struct CommandContext: Sendable {
  let io: any CommandIO
  /// `--format`, `--lang`, `--output`, `--year`.
  let options: GlobalOptions
  /// Standard output or the `--output` file.
  let output: OutputWriter

  /// Writes the finished report through `output` and reports a failure on standard error.
  ///
  /// - Returns: `.ok`, or the status for the failure.
  func write(_ report: String) -> ExitStatus {
    do {
      try output.write(report)
      return .ok
    } catch {
      self.error(error.description)
      return error.exitStatus
    }
  }

  /// Writes a report made of pieces (``OutputWriter/write(pieces:)``), as ``write(_:)``.
  func write(pieces: ReportPieces) -> ExitStatus {
    do {
      try output.write(pieces: pieces)
      return .ok
    } catch {
      self.error(error.description)
      return error.exitStatus
    }
  }

  /// Writes `housing-effect: error: MESSAGE` to standard error.
  func error(_ message: String) {
    CLI.error(message, io: io)
  }

  /// What an unimplemented command does: says so on standard error and fails.
  func notAvailable(_ command: CommandDescriptor) -> ExitStatus {
    CLI.notAvailable(command, io: io)
  }

  /// A format this command does not offer yet: a usage error that says so.
  /// Refuses `--format FORMAT` for a command, listing only the formats it does write.
  func unsupportedFormat(
    _ format: ReportFormat, command: CommandDescriptor,
    accepted: [ReportFormat] = [.text, .markdown, .csv, .json]
  ) -> ExitStatus {
    let names = accepted.map(\.rawValue)
    let list =
      names.count > 1
      ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
    error("'\(command.name)' cannot write --format \(format.rawValue); use \(list).")
    return .usage
  }
}
