import Foundation

extension TranscriptStore {
  /// The folder sessions are saved in when the data folder fails: one of this user's own in the temporary
  /// folder, so that `voortgang` can find them there too.
  public static func fallbackDirectory(temporary: String = NSTemporaryDirectory()) -> String {
    (temporary as NSString).appendingPathComponent("oudergesprek-\(getuid())")
  }

  /// The store for sessions when the data folder fails. The folder is made readable by the owner only; when it
  /// exists but is not this user's own folder (a link, another owner), the temporary folder itself is used.
  public static func fallback(temporary: String = NSTemporaryDirectory()) -> TranscriptStore {
    let folder = fallbackDirectory(temporary: temporary)
    mkdir(folder, 0o700)
    return TranscriptStore(directory: isOwnFolder(folder) ? folder : temporary)
  }

  /// Whether `path` is a real folder (not a link) of this user that no one else can write in.
  public static func isOwnFolder(_ path: String) -> Bool {
    var info = stat()
    guard lstat(path, &info) == 0 else { return false }
    return info.st_mode & 0o170000 == 0o040000 && info.st_uid == getuid() && info.st_mode & 0o022 == 0
  }

  /// The sessions found, and what could not be read.
  public struct Listing: Sendable {
    /// The transcripts, oldest first; of two copies of one session (the same scenario, seed and start) only
    /// the most complete one.
    public var transcripts: [(path: String, transcript: Transcript)]
    /// The folder that exists but cannot be read, and why (Dutch); nil when all could be read.
    public var unreadableFolder: (path: String, reason: String)?
    /// Session files that could not be read as a transcript.
    public var skipped: Int
  }

  /// The sessions in this store and in `others` (the fallback folder), each session once.
  public func listing(alsoIn others: [TranscriptStore] = []) -> Listing {
    var found: [(path: String, transcript: Transcript)] = []
    var unreadable: (String, String)?
    var skipped = 0
    for store in [self] + others {
      let names: [String]
      do {
        names = try FileManager.default.contentsOfDirectory(atPath: store.directory)
      } catch {
        let code = FileProblem.posixCode(error) ?? EIO
        // No folder yet means no sessions yet; any other failure is said.
        if code != ENOENT && unreadable == nil { unreadable = (store.directory, FileProblem.describe(code)) }
        continue
      }
      for name in names.filter({ $0.hasSuffix(".json") }).sorted() {
        let path = (store.directory as NSString).appendingPathComponent(name)
        switch TranscriptReader.read(file: path) {
        case .success(let transcript): found.append((path, transcript))
        case .failure: skipped += 1
        }
      }
    }
    return Listing(transcripts: Self.mostComplete(found), unreadableFolder: unreadable, skipped: skipped)
  }

  /// One copy per session: the one with an outcome, else the one with the most turns; oldest session first.
  static func mostComplete(_ found: [(path: String, transcript: Transcript)]) -> [(
    path: String, transcript: Transcript
  )] {
    struct Key: Hashable {
      var scenario: String
      var seed: UInt64
      var startedAt: Date
    }
    func rank(_ transcript: Transcript) -> (Int, Int) { (transcript.outcome == nil ? 0 : 1, transcript.turns.count) }
    var best: [Key: (path: String, transcript: Transcript)] = [:]
    var order: [Key] = []
    for entry in found {
      let key = Key(
        scenario: entry.transcript.scenario, seed: entry.transcript.seed, startedAt: entry.transcript.startedAt)
      if let current = best[key] {
        if rank(entry.transcript) > rank(current.transcript) { best[key] = entry }
      } else {
        best[key] = entry
        order.append(key)
      }
    }
    return order.compactMap { best[$0] }.sorted { $0.transcript.startedAt < $1.transcript.startedAt }
  }
}
