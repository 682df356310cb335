import Foundation

extension TranscriptStore {
  /// Writes data next to `path` and renames it into place: readers see the old file or the new one, never half.
  ///
  /// On any failure (a full disk, a file-size limit) the temporary file is removed and the old file is untouched.
  public static func writeAtomically(_ data: Data, to path: String) throws {
    let temporary = try writeTemporary(data, near: path)
    if rename(temporary, path) != 0 {
      let code = errno
      unlink(temporary)
      throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
    }
  }

  /// Writes data to a new temporary file in the folder of `path` (readable by the owner only) and returns its path.
  static func writeTemporary(_ data: Data, near path: String) throws -> String {
    let base = "\(path).tmp-\(ProcessInfo.processInfo.processIdentifier)-"
    for _ in 0..<100 {
      let temporary = base + String(UInt32.random(in: 0...UInt32.max), radix: 36)
      let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
      if descriptor < 0 {
        if errno == EEXIST { continue }
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
      }
      do {
        try writeAll(data, to: descriptor)
      } catch {
        close(descriptor)
        unlink(temporary)
        throw error
      }
      if close(descriptor) != 0 {
        let code = errno
        unlink(temporary)
        throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
      }
      return temporary
    }
    throw POSIXError(.EEXIST)
  }

  /// Writes all of `data` to an open file; throws on the first failure (`ENOSPC` on a full disk).
  static func writeAll(_ data: Data, to descriptor: Int32) throws {
    try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) throws in
      var offset = 0
      while offset < buffer.count {
        let written = SystemCalls.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        offset += written
      }
    }
  }
}
