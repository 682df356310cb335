import Foundation

/// Where a session's report lives and how a transcript is read back for it.
public enum ReportFile {
  /// The report's path: the transcript's path with `.md` instead of `.json`.
  public static func path(forTranscript path: String) -> String {
    let base = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
    return base + ".md"
  }

  /// A transcript that cannot be used for a report, with a Dutch message.
  public struct LoadError: Error, Sendable, Equatable {
    public var message: String
    /// What kind of problem, for the exit code.
    public var kind: TranscriptReader.Failure.Kind = .badField
  }

  /// Reads the transcript at `path` (see `TranscriptReader`: bounded, checked, neutralised).
  public static func load(_ path: String) throws(LoadError) -> Transcript {
    let shown = TerminalText.neutralize(path)
    switch TranscriptReader.read(file: path) {
    case .success(let transcript):
      return transcript
    case .failure(let failure):
      let message: String
      switch failure.kind {
      case .noInput: message = "het gespreksbestand '\(shown)' \(failure.message)"
      case .unusable: message = "'\(shown)' \(failure.message); geef het .json-bestand van een gesprek"
      case .notJSON, .badField:
        message =
          "'\(shown)' is geen gesprek van oudergesprek: \(failure.message); geef een .json-bestand uit de map sessies"
      }
      throw LoadError(message: message, kind: failure.kind)
    }
  }

  /// Why the report may not be written to `target`, in Dutch; nil when it may.
  ///
  /// Only a new name or an existing regular file is a target, and never the transcript itself (also not
  /// through another name or a hard link). A symbolic link is refused rather than followed or replaced: the
  /// report would land somewhere the name does not say.
  public static func refusal(of target: String, input: String) -> String? {
    var info = stat()
    guard lstat(target, &info) == 0 else {
      return errno == ENOENT ? nil : FileProblem.describe(errno)
    }
    switch info.st_mode & 0o170000 {
    case 0o120000: return "dat is een symbolische link; geef een gewoon bestand of een nieuwe naam"
    case 0o040000: return "dat is een map; geef een bestandsnaam"
    case 0o100000: break
    default: return "dat is geen gewoon bestand (maar een apparaat, pijp of socket)"
    }
    var source = stat()
    if stat(input, &source) == 0, source.st_dev == info.st_dev, source.st_ino == info.st_ino {
      return "dat is het gespreksbestand zelf; het verslag zou het gesprek overschrijven"
    }
    return nil
  }
}
