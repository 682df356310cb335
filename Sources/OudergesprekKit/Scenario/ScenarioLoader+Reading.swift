import Foundation

extension ScenarioLoader {
  /// Why a scenario file could not be read, in Dutch.
  struct ReadProblem: Error {
    var message: String
  }

  /// The bytes of a regular file of at most `maximumFileSize` bytes.
  static func readFile(_ path: String) -> Result<[UInt8], ReadProblem> {
    // Non-blocking, so that opening a named pipe does not wait for a writer.
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return .failure(openProblem(errno, path: path)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      return .failure(ReadProblem(message: "bestand kan niet gelezen worden"))
    }
    let type = info.st_mode & 0o170000
    if type == 0o040000 { return .failure(ReadProblem(message: "dit is een map, geen scenariobestand")) }
    guard type == 0o100000 else {
      return .failure(
        ReadProblem(
          message: "dit is geen gewoon bestand (maar een apparaat, pijp of socket); een scenario is een .json-bestand"))
    }
    if Int(info.st_size) > maximumFileSize { return .failure(tooLarge(Int(info.st_size))) }
    var bytes = [UInt8](repeating: 0, count: maximumFileSize + 1)
    var count = 0
    while count < bytes.count {
      let read = bytes.withUnsafeMutableBytes { buffer in
        SystemCalls.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if read == 0 { break }
      if read < 0 {
        if errno == EINTR || errno == EAGAIN { continue }
        return .failure(ReadProblem(message: "bestand kan niet gelezen worden (\(String(cString: strerror(errno))))"))
      }
      count += read
    }
    // The file may have grown since it was measured.
    if count > maximumFileSize { return .failure(tooLarge(count)) }
    return .success(Array(bytes[..<count]))
  }

  static func tooLarge(_ size: Int) -> ReadProblem {
    ReadProblem(message: "het bestand is te groot (\(size / 1024) KB, maximaal \(maximumFileSize / 1024) KB)")
  }

  private static func openProblem(_ code: Int32, path: String) -> ReadProblem {
    switch code {
    case ELOOP:
      return ReadProblem(
        message: "symbolische link die in een kring naar zichzelf terugwijst; verwijder of herstel de link")
    case ENOENT:
      var info = stat()
      if lstat(path, &info) == 0 {
        return ReadProblem(message: "symbolische link naar een bestand dat niet bestaat; verwijder of herstel de link")
      }
      return ReadProblem(message: "bestand niet gevonden")
    case EACCES, EPERM:
      return ReadProblem(message: "bestand kan niet gelezen worden (geen leesrechten)")
    case ENOTDIR:
      return ReadProblem(message: "bestand niet gevonden (een deel van het pad is geen map)")
    default:
      return ReadProblem(message: "bestand kan niet gelezen worden (\(String(cString: strerror(code))))")
    }
  }
}
