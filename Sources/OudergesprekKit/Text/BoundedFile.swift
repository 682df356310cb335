import Foundation

/// Reads a regular file of bounded size: never a device, pipe or socket (opened without blocking, so a named
/// pipe gives a message instead of a hang), never more than the limit, whatever the file claims or becomes.
public enum BoundedFile {
  /// Why a file could not be read.
  public enum Problem: Error, Sendable, Equatable {
    case notFound
    /// A symbolic link to something that does not exist.
    case danglingLink
    /// A symbolic link that points back to itself.
    case linkLoop
    /// No permission to read.
    case noPermission
    /// A part of the path is a file, not a folder.
    case pathThroughFile
    case isDirectory
    /// A device, pipe or socket.
    case notRegularFile
    /// Larger than the limit: the size found.
    case tooLarge(Int)
    /// Another system error, by errno.
    case system(Int32)
  }

  /// The bytes of the regular file at `path`, at most `limit` of them.
  public static func read(_ path: String, limit: Int) -> Result<[UInt8], Problem> {
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(openProblem(errno, path: path)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return .failure(.system(errno)) }
    let type = info.st_mode & 0o170000
    if type == 0o040000 { return .failure(.isDirectory) }
    guard type == 0o100000 else { return .failure(.notRegularFile) }
    if Int(info.st_size) > limit { return .failure(.tooLarge(Int(info.st_size))) }
    // Read up to one byte past the limit: the file may have grown since it was measured.
    var bytes = [UInt8](repeating: 0, count: min(limit, max(Int(info.st_size), 4096)) + 1)
    var count = 0
    while true {
      if count == bytes.count {
        guard bytes.count <= limit else { break }
        bytes += [UInt8](repeating: 0, count: min(limit + 1, bytes.count * 2) - bytes.count)
      }
      let read = bytes.withUnsafeMutableBytes { buffer in
        SystemCalls.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if read == 0 { break }
      if read < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .failure(.system(errno))
      }
      count += read
    }
    if count > limit { return .failure(.tooLarge(count)) }
    return .success(Array(bytes[..<count]))
  }

  private static func openProblem(_ code: Int32, path: String) -> Problem {
    switch code {
    case ELOOP: return .linkLoop
    case ENOENT:
      var info = stat()
      return lstat(path, &info) == 0 ? .danglingLink : .notFound
    case EACCES, EPERM: return .noPermission
    case ENOTDIR: return .pathThroughFile
    default: return .system(code)
    }
  }
}
