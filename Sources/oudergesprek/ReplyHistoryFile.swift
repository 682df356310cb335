import Foundation
import OudergesprekKit

#if canImport(Glibc)
  import Glibc
#endif

/// The replies typed in earlier sessions, for Up in the line editor: `geschiedenis` in the data folder,
/// readable by the owner only (like the transcripts), at most `EditHistory` limit entries and 1 MiB.
struct ReplyHistoryFile {
  let path: String

  init(environment: [String: String]) {
    path = (TranscriptStore.dataDirectory(environment: environment) as NSString).appendingPathComponent("geschiedenis")
  }

  /// The history in the file; empty when there is none, or it cannot be read (then nothing is lost but Up).
  func load() -> EditHistory {
    let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return EditHistory() }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return EditHistory() }
    let limit = 1 << 20
    // Only the end of an oversized file: the newest entries.
    let size = Int(status.st_size)
    if size > limit { lseek(descriptor, off_t(size - limit), SEEK_SET) }
    var bytes = [UInt8](repeating: 0, count: min(size, limit))
    var filled = 0
    while filled < bytes.count {
      let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { break }
      filled += count
    }
    return EditHistory(fileText: String(decoding: bytes[..<filled], as: UTF8.self))
  }

  /// Writes the history (atomically, owner-only); a failure only costs the history, never the session.
  func save(_ history: EditHistory) {
    let folder = (path as NSString).deletingLastPathComponent
    try? FileManager.default.createDirectory(
      atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try? TranscriptStore.writeAtomically(Data(history.fileText.utf8), to: path)
  }
}
