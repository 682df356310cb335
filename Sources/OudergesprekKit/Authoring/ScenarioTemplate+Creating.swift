import Foundation

extension ScenarioTemplate {
  /// Why `nieuw` wrote nothing.
  public enum CreateError: Error, Equatable {
    /// The id is not a usable scenario id.
    case invalidID(String)
    /// A file with that name is already there; it is left as it is.
    case exists(path: String)
    /// The file could not be written (the reason in Dutch).
    case unwritable(path: String, reason: String)

    /// A Dutch message naming what is wrong and what to do.
    public var message: String {
      switch self {
      case .invalidID(let id):
        "'\(TerminalText.neutralize(id))' is geen geldig scenario-id: gebruik kleine letters, cijfers en streepjes "
          + "(max. 64 tekens), bijvoorbeeld 'boze-vader-laatkomen'"
      case .exists(let path):
        "\(TerminalText.neutralize(path)) bestaat al; het wordt niet overschreven. Kies een ander id of verwijder het bestand zelf"
      case .unwritable(let path, let reason):
        "kan \(TerminalText.neutralize(path)) niet schrijven (\(reason))"
      }
    }
  }

  /// Writes the starting scenario for `id` as `ID.json` in `directory` and returns its path. Never overwrites:
  /// the name is claimed atomically, so an existing file (even one created a moment ago) stays as it is.
  public static func create(id: String, in directory: String) throws(CreateError) -> String {
    guard ScenarioValidator.isValidID(id) else { throw .invalidID(id) }
    let path = (directory as NSString).appendingPathComponent("\(id).json")
    if FileManager.default.fileExists(atPath: path) { throw .exists(path: path) }
    let temporary: String
    do {
      temporary = try TranscriptStore.writeTemporary(Data(json(id: id).utf8), near: path)
    } catch {
      throw .unwritable(path: path, reason: FileProblem.describe(error))
    }
    defer { unlink(temporary) }
    if link(temporary, path) != 0 {
      let code = errno
      if code == EEXIST { throw .exists(path: path) }
      guard code == EPERM || code == EOPNOTSUPP else {
        throw .unwritable(path: path, reason: FileProblem.describe(POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)))
      }
      // A file system without hard links: claim the name with an exclusive create, then move the text in.
      let claimed = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
      if claimed < 0 {
        let code = errno
        if code == EEXIST { throw .exists(path: path) }
        throw .unwritable(path: path, reason: FileProblem.describe(POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)))
      }
      close(claimed)
      guard rename(temporary, path) == 0 else {
        throw .unwritable(path: path, reason: FileProblem.describe(POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)))
      }
    }
    // A scenario is meant to be shared: readable by everyone, like the files in Scenarios/.
    chmod(path, 0o644)
    return path
  }
}
