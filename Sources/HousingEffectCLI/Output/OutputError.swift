/// Why a report could not be written to the `--output` path.
///
/// Each case carries the path as the user typed it, so messages quote what they wrote.
enum OutputError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The output path names one of the command's own input files.
  case wouldOverwriteInput(path: String)
  /// The directory the file would go in does not exist.
  case directoryMissing(path: String, directory: String)
  /// What should be the directory is a file.
  case notADirectory(path: String, directory: String)
  /// The directory exists but the process may not create files in it.
  case directoryNotWritable(path: String, directory: String)
  /// The output path is itself a directory.
  case isADirectory(path: String)
  /// Any other failure of the file system, with the system's reason.
  case writeFailed(path: String, reason: String)
  /// A symbolic link whose target does not exist (or whose chain of links does not end).
  case brokenLink(path: String, loops: Bool)
  /// A socket, block device or other file that a report cannot go to.
  case unsupportedTarget(path: String, kind: String)
  /// A FIFO that no process has open for reading.
  case noReader(path: String)

  var description: String {
    switch self {
    case .wouldOverwriteInput(let path):
      return "Refusing to write '\(path)': it is an input file of this command. "
        + "Choose another path for '--output'."
    case .directoryMissing(let path, let directory):
      return "Cannot write '\(path)': the directory '\(directory)' does not exist."
    case .notADirectory(let path, let directory):
      return "Cannot write '\(path)': '\(directory)' is not a directory."
    case .directoryNotWritable(let path, let directory):
      return "Cannot write '\(path)': the directory '\(directory)' is not writable."
    case .isADirectory(let path):
      return "Cannot write '\(path)': it is a directory."
    case .writeFailed(let path, let reason):
      return "Cannot write '\(path)': \(reason)."
    case .brokenLink(let path, let loops):
      return "Cannot write '\(path)': it is a symbolic link "
        + (loops ? "that leads back to itself" : "to a file that does not exist")
        + ". Write to the target itself, or remove the link."
    case .unsupportedTarget(let path, let kind):
      return "Cannot write '\(path)': it is \(kind); write the report to a file, a pipe or a "
        + "terminal."
    case .noReader(let path):
      return "Cannot write '\(path)': it is a FIFO that nothing is reading from."
    }
  }

  /// Naming an input as the output is a bad command line; the rest are runtime failures.
  var exitStatus: ExitStatus {
    switch self {
    case .wouldOverwriteInput: .usage
    case .directoryMissing, .notADirectory, .directoryNotWritable, .isADirectory, .writeFailed,
      .brokenLink, .unsupportedTarget, .noReader:
      .failure
    }
  }
}
