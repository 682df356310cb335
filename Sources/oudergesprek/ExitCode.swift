/// The program's exit codes (sysexits where one fits).
enum ExitCode: Int32, Error {
  case success = 0
  /// `controleer` found a fout.
  case checkFailed = 1
  /// The session was cut off by the end of the input before the conversation ended.
  case endOfInput = 2
  /// Wrong command-line words (EX_USAGE).
  case usage = 64
  /// A scenario file that cannot be used (EX_DATAERR).
  case dataError = 65
  /// A file that was asked for does not exist (EX_NOINPUT).
  case noInput = 66
  /// An output file that may not be written: the input itself, a link, a device (EX_CANTCREAT).
  case cannotCreate = 73
  /// A file could not be read or written (EX_IOERR).
  case ioError = 74
  /// Ctrl-C (128 + SIGINT).
  case interrupted = 130
}
