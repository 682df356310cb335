import Foundation

/// Writes session transcripts to the data folder, one file per session, atomically after every turn.
public struct TranscriptStore: Sendable {
  /// The folder for session files: `$OUDERGESPREK_HOME/sessies`.
  public let directory: String

  public init(directory: String) {
    self.directory = directory
  }

  /// The data folder: `$OUDERGESPREK_HOME`, else `$XDG_DATA_HOME/oudergesprek`, else `~/.local/share/oudergesprek`.
  public static func dataDirectory(environment: [String: String]) -> String {
    if let home = environment["OUDERGESPREK_HOME"], !home.isEmpty { return home }
    if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
      return (xdg as NSString).appendingPathComponent("oudergesprek")
    }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return (home as NSString).appendingPathComponent(".local/share/oudergesprek")
  }

  /// The store for sessions under the data folder.
  public static func sessions(environment: [String: String]) -> TranscriptStore {
    TranscriptStore(directory: (dataDirectory(environment: environment) as NSString).appendingPathComponent("sessies"))
  }

  /// A new, unused file name for a session: date, time, scenario id and seed.
  ///
  /// Only a name: another process may take it before it is written. `create` claims a name for good.
  public func newPath(for transcript: Transcript) -> String {
    var path = (directory as NSString).appendingPathComponent("\(stem(for: transcript)).json")
    var counter = 2
    while FileManager.default.fileExists(atPath: path) {
      path = (directory as NSString).appendingPathComponent("\(stem(for: transcript))-\(counter).json")
      counter += 1
    }
    return path
  }

  /// Writes a new session file under a name no other session has, and returns its path.
  ///
  /// The name is claimed atomically (a hard link that fails when the name exists), so two sessions started
  /// in the same second, even in two processes, get two files.
  public func create(_ transcript: Transcript) throws -> String {
    try create(encoded: try transcript.encoded(), for: transcript)
  }

  /// Writes `data`, the encoded `transcript`, to a new session file, as `create(_:)` does.
  func create(encoded data: Data, for transcript: Transcript) throws -> String {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let stem = stem(for: transcript)
    let temporary = try Self.writeTemporary(data, near: "\(directory)/\(stem).json")
    defer { unlink(temporary) }
    for counter in 1...10_000 {
      let name = counter == 1 ? "\(stem).json" : "\(stem)-\(counter).json"
      let path = (directory as NSString).appendingPathComponent(name)
      if link(temporary, path) == 0 { return path }
      if errno == EPERM || errno == EOPNOTSUPP {
        // A file system without hard links: claim the name with an exclusive create, then move the text in.
        let claimed = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        if claimed < 0 && errno == EEXIST { continue }
        guard claimed >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        close(claimed)
        guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        return path
      }
      if errno != EEXIST { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }
    throw POSIXError(.EEXIST)
  }

  /// Writes `transcript` to `path` via a temporary file and a rename, so a crash never leaves half a file.
  public func write(_ transcript: Transcript, to path: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Self.writeAtomically(try transcript.encoded(), to: path)
  }

  /// Date, time, scenario id and seed. The id is reduced to `a-z 0-9 -`, so that whatever a scenario file says,
  /// the name stays one plain file name inside the folder.
  func stem(for transcript: Transcript) -> String {
    "\(UTCTimestamp.fileStamp(transcript.startedAt))-\(Self.fileNamePart(transcript.scenario))-\(transcript.seed)"
  }

  /// `id` when it is a valid scenario id (so a safe file-name part), else `scenario`.
  static func fileNamePart(_ id: String) -> String {
    ScenarioValidator.isValidID(id) ? id : "scenario"
  }

  /// All transcripts in the store, oldest first; files that cannot be read are skipped.
  public func all() -> [(path: String, transcript: Transcript)] {
    listing().transcripts
  }
}
