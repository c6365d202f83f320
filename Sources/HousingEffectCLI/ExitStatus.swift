/// The process exit status, following BSD `sysexits.h` where one fits.
///
/// `Docs/cli.md` documents these; scripts rely on them.
enum ExitStatus: Int32, Sendable, Hashable, CaseIterable, Error {
  /// The command did what was asked.
  case ok = 0
  /// A model or runtime failure, including output that could not be written.
  case failure = 1
  /// `EX_USAGE`: a bad command line (unknown command or option, missing or invalid value).
  case usage = 64
  /// `EX_DATAERR`: an input file with invalid data.
  case dataError = 65
  /// `EX_NOINPUT`: an input file that does not exist or cannot be read.
  case noInput = 66
}
