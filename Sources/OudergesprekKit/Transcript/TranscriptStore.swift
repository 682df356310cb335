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

  /// A new, unused file name for a session: date, time, scenario id and seed. Never overwrites another session.
  public func newPath(for transcript: Transcript) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyyMMdd-HHmmss"
    let stem = "\(formatter.string(from: transcript.startedAt))-\(transcript.scenario)-\(transcript.seed)"
    var path = (directory as NSString).appendingPathComponent("\(stem).json")
    var counter = 2
    while FileManager.default.fileExists(atPath: path) {
      path = (directory as NSString).appendingPathComponent("\(stem)-\(counter).json")
      counter += 1
    }
    return path
  }

  /// Writes `transcript` to `path` via a temporary file and a rename, so a crash never leaves half a file.
  public func write(_ transcript: Transcript, to path: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Self.writeAtomically(try transcript.encoded(), to: path)
  }

  /// Writes data next to `path` and renames it into place.
  public static func writeAtomically(_ data: Data, to path: String) throws {
    let temporary = path + ".tmp-\(ProcessInfo.processInfo.processIdentifier)"
    guard FileManager.default.createFile(atPath: temporary, contents: data) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: temporary])
    }
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
  }

  /// All transcripts in the store, oldest first; files that cannot be read are skipped.
  public func all() -> [(path: String, transcript: Transcript)] {
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
    return names.compactMap { name in
      let path = (directory as NSString).appendingPathComponent(name)
      guard let data = FileManager.default.contents(atPath: path), let transcript = try? Transcript.decode(data) else {
        return nil
      }
      return (path, transcript)
    }
  }
}
