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
      self.error(error.words)
      return error.exitStatus
    }
  }

  /// Writes a report given as UTF-8 bytes in memory of its own (``OutputWriter/write(buffer:)``),
  /// as ``write(_:)``.
  func write(buffer: UnsafeBufferPointer<UInt8>) -> ExitStatus {
    do {
      try output.write(buffer: buffer)
      return .ok
    } catch {
      self.error(error.words)
      return error.exitStatus
    }
  }

  /// Writes a report made of pieces (``OutputWriter/write(pieces:)``), as ``write(_:)``.
  func write(pieces: ReportPieces) -> ExitStatus {
    do {
      try output.write(pieces: pieces)
      return .ok
    } catch {
      self.error(error.words)
      return error.exitStatus
    }
  }

  /// The report language, in which every message on standard error is written too.
  var language: Language { options.language }

  /// Writes `housing-effect: error: MESSAGE` (Dutch: `housing-effect: fout: …`) to standard
  /// error, in the report language.
  func error(_ message: Words) {
    CLI.error(message(language), io: io, language: language)
  }

  /// Writes `housing-effect: warning: MESSAGE` (Dutch: `… waarschuwing: …`) to standard error.
  func warning(_ message: Words) {
    io.err("\(CLI.name): \(Words.warning(language)): \(message(language))\n")
  }

  /// What an unimplemented command does: says so on standard error and fails.
  func notAvailable(_ command: CommandDescriptor) -> ExitStatus {
    CLI.notAvailable(command, io: io, language: language)
  }

  /// A format this command does not offer yet: a usage error that says so.
  /// Refuses `--format FORMAT` for a command, listing only the formats it does write.
  func unsupportedFormat(
    _ format: ReportFormat, command: CommandDescriptor,
    accepted: [ReportFormat] = [.text, .markdown, .csv, .json]
  ) -> ExitStatus {
    let names = accepted.map(\.rawValue)
    let head = names.dropLast().joined(separator: ", ")
    let list =
      names.count > 1
      ? Words(head + " or " + names.last!, nl: head + " of " + names.last!)
      : Words(same: names.joined())
    error(
      Words(
        "'\(command.name)' cannot write --format \(format.rawValue); use \(list.en).",
        nl: "'\(command.name)' kan geen --format \(format.rawValue) schrijven; gebruik "
          + "\(list.nl)."))
    return .usage
  }
}
