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

  /// The message in English.
  var description: String { words.en }

  /// The message in both languages.
  var words: Words {
    switch self {
    case .wouldOverwriteInput(let path):
      return Words(
        "Refusing to write '\(path)': it is an input file of this command. "
          + "Choose another path for '--output'.",
        nl: "'\(path)' wordt niet geschreven: het is een invoerbestand van deze opdracht. "
          + "Kies een ander pad voor '--output'.")
    case .directoryMissing(let path, let directory):
      return Words(
        "Cannot write '\(path)': the directory '\(directory)' does not exist.",
        nl: "Kan '\(path)' niet schrijven: de map '\(directory)' bestaat niet.")
    case .notADirectory(let path, let directory):
      return Words(
        "Cannot write '\(path)': '\(directory)' is not a directory.",
        nl: "Kan '\(path)' niet schrijven: '\(directory)' is geen map.")
    case .directoryNotWritable(let path, let directory):
      return Words(
        "Cannot write '\(path)': the directory '\(directory)' is not writable.",
        nl: "Kan '\(path)' niet schrijven: in de map '\(directory)' mag niet geschreven worden.")
    case .isADirectory(let path):
      return Words(
        "Cannot write '\(path)': it is a directory.",
        nl: "Kan '\(path)' niet schrijven: het is een map.")
    case .writeFailed(let path, let reason):
      let shown =
        path == "standard output" ? Words(path, nl: "standaarduitvoer") : Words(same: path)
      return Words(
        "Cannot write '\(shown.en)': \(reason).", nl: "Kan '\(shown.nl)' niet schrijven: \(reason)."
      )
    case .brokenLink(let path, let loops):
      return Words(
        "Cannot write '\(path)': it is a symbolic link "
          + (loops ? "that leads back to itself" : "to a file that does not exist")
          + ". Write to the target itself, or remove the link.",
        nl: "Kan '\(path)' niet schrijven: het is een symbolische koppeling "
          + (loops ? "die naar zichzelf terugleidt" : "naar een bestand dat niet bestaat")
          + ". Schrijf naar het doel zelf, of verwijder de koppeling.")
    case .unsupportedTarget(let path, let kind):
      let dutch =
        [
          "a socket": "een socket", "a block device": "een blokapparaat",
          "not a regular file": "geen gewoon bestand",
        ][kind] ?? kind
      return Words(
        "Cannot write '\(path)': it is \(kind); write the report to a file, a pipe or a "
          + "terminal.",
        nl: "Kan '\(path)' niet schrijven: het is \(dutch); schrijf het rapport naar een "
          + "bestand, een pipe of een terminal.")
    case .noReader(let path):
      return Words(
        "Cannot write '\(path)': it is a FIFO that nothing is reading from.",
        nl: "Kan '\(path)' niet schrijven: het is een FIFO waar niets uit leest.")
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
