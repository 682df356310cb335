import Dispatch
import Foundation

/// Finds and reads the transcripts for `groep`: files and folders (searched below, without following links to
/// folders), read only, through `TranscriptReader`. Nothing is written anywhere.
public enum GroupFiles {
  /// The most files read in one overview; more are listed as skipped.
  public static let maximumFiles = 20_000
  /// How deep folders are searched below a folder given.
  public static let maximumDepth = 8

  /// What was found: the sessions (one per session: of copies, the most complete), the files not used and why,
  /// and how many other files (not `.json`, e.g. the reports next to the transcripts) were passed by.
  public struct Result: Sendable {
    public var sessions: [GroupSession]
    public var skipped: [GroupReport.Skipped]
    public var ignored: Int
  }

  /// Reads the transcripts at `paths` (files or folders).
  public static func read(_ paths: [String]) -> Result {
    var files: [String] = []
    var skipped: [GroupReport.Skipped] = []
    var ignored = 0
    for path in paths { collect(path, depth: 0, named: true, into: &files, skipped: &skipped, ignored: &ignored) }
    var seen = Set<String>()
    files = files.filter { seen.insert(($0 as NSString).standardizingPath).inserted }
    if files.count > maximumFiles {
      for path in files[maximumFiles...] {
        skipped.append(.init(path: path, reason: "meer dan \(maximumFiles) bestanden; dit bestand is niet gelezen"))
      }
      files = Array(files.prefix(maximumFiles))
    }
    let outcomes = readAll(files)
    var found: [(path: String, transcript: Transcript)] = []
    for (path, outcome) in zip(files, outcomes) {
      switch outcome {
      case .success(let transcript): found.append((path, transcript))
      case .failure(let reason): skipped.append(.init(path: path, reason: reason.text))
      }
    }
    let sessions = TranscriptStore.mostComplete(found).map { GroupSession($0.transcript, path: $0.path) }
    return Result(sessions: sessions, skipped: skipped, ignored: ignored)
  }

  private static func collect(
    _ path: String, depth: Int, named: Bool, into files: inout [String], skipped: inout [GroupReport.Skipped],
    ignored: inout Int
  ) {
    var info = stat()
    guard (named ? stat(path, &info) : lstat(path, &info)) == 0 else {
      let code = errno
      skipped.append(.init(path: path, reason: code == ENOENT ? "bestaat niet" : FileProblem.describe(code)))
      return
    }
    let type = info.st_mode & 0o170000
    guard type == 0o040000 else {
      // A file named on the command line is read whatever its name; in a folder only `.json` files are.
      // A link to a file is read (the reader follows it); a link to a folder is not searched.
      if named || ((type == 0o100000 || type == 0o120000) && path.lowercased().hasSuffix(".json")) {
        files.append(path)
      } else {
        ignored += 1
      }
      return
    }
    guard depth <= maximumDepth else {
      skipped.append(.init(path: path, reason: "map te diep genest (meer dan \(maximumDepth) niveaus); niet doorzocht"))
      return
    }
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: path)
    } catch {
      skipped.append(
        .init(
          path: path,
          reason: "map kan niet gelezen worden (\(FileProblem.describe(FileProblem.posixCode(error) ?? EIO)))"))
      return
    }
    for name in names.sorted() where !name.hasPrefix(".") {
      collect(
        (path as NSString).appendingPathComponent(name), depth: depth + 1, named: false, into: &files,
        skipped: &skipped, ignored: &ignored)
    }
  }

  /// Each file read and checked, on all cores; the failures as Dutch reasons.
  private static func readAll(_ files: [String]) -> [Swift.Result<Transcript, ReasonText>] {
    final class Results: @unchecked Sendable {
      let lock = NSLock()
      var values: [Swift.Result<Transcript, ReasonText>?]
      init(_ count: Int) { values = Array(repeating: nil, count: count) }
    }
    let results = Results(files.count)
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      let outcome = readOne(files[index])
      results.lock.withLock { results.values[index] = outcome }
    }
    return results.values.map { $0! }
  }

  struct ReasonText: Error {
    var text: String
  }

  private static func readOne(_ path: String) -> Swift.Result<Transcript, ReasonText> {
    switch TranscriptReader.read(file: path) {
    case .success(let transcript):
      if transcript.version > Transcript.currentVersion { return .failure(newer(transcript.version)) }
      return .success(transcript)
    case .failure(let failure):
      if failure.kind == .badField, let version = version(of: path), version > Double(Transcript.currentVersion) {
        return .failure(newer(Int(version)))
      }
      switch failure.kind {
      case .badField: return .failure(ReasonText(text: "geen gesprek van oudergesprek: \(failure.message)"))
      case .notJSON: return .failure(ReasonText(text: "geen gesprek: \(failure.message)"))
      case .noInput, .unusable: return .failure(ReasonText(text: failure.message))
      }
    }
  }

  private static func newer(_ version: Int) -> ReasonText {
    ReasonText(
      text:
        "gemaakt met een nieuwere versie van oudergesprek (formaat \(version); deze versie leest tot \(Transcript.currentVersion))"
    )
  }

  /// The `version` field of a JSON file that is not a transcript of this version, if it has one.
  private static func version(of path: String) -> Double? {
    guard case .success(let bytes) = BoundedFile.read(path, limit: TranscriptReader.maximumFileSize),
      let root = try? JSONParser.parse(bytes), case .object(let members) = root.value,
      let member = members.first(where: { $0.key == "version" }), case .number(let value) = member.value.value
    else { return nil }
    return value
  }
}
