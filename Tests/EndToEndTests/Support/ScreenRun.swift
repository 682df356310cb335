import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the program with its standard output on a pseudo-terminal of a given width (as in a terminal window),
/// standard input from a script (a pipe), and returns what the window showed.
enum ScreenRun {
  struct Screen {
    /// What was written to the terminal, without carriage returns.
    var text: String
    var stderr: String
    var status: Int32

    /// The rows as the window shows them, colour codes removed.
    var rows: [String] {
      text.replacingOccurrences(of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
        .components(separatedBy: "\n")
    }
  }

  static func run(
    _ arguments: [String], input: String, columns: Int, home: URL, environment extra: [String: String] = [:]
  ) throws -> Screen {
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
      ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0
    else { throw POSIXError(.ENOTTY) }
    var size = winsize(ws_row: 45, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let slaveDescriptor = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard slaveDescriptor >= 0 else { throw POSIXError(.ENOTTY) }
    let slave = FileHandle(fileDescriptor: slaveDescriptor, closeOnDealloc: true)

    let process = Process()
    process.executableURL = Executable.url
    process.arguments = arguments
    var environment = [
      "PATH": "/usr/bin:/bin", "TERM": "xterm", "LANG": "C.UTF-8", "OUDERGESPREK_HOME": home.path, "HOME": home.path,
    ]
    for (key, value) in extra { environment[key] = value }
    process.environment = environment
    process.currentDirectoryURL = Executable.packageRoot
    let stdin = Pipe()
    let stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = slave
    process.standardError = stderr

    final class Buffer: @unchecked Sendable {
      var data = Data()
      let done = DispatchSemaphore(value: 0)
    }
    let shown = Buffer()
    Thread {
      var chunk = [UInt8](repeating: 0, count: 4096)
      while true {
        let count = chunk.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress!, $0.count) }
        if count <= 0 { break }
        shown.data.append(contentsOf: chunk[..<count])
      }
      shown.done.signal()
    }.start()
    let errors = ReadAll(stderr.fileHandleForReading)
    try process.run()
    try? slave.close()  // the child keeps its copy; the master reads EIO once the child is gone
    stdin.fileHandleForWriting.writeToProgram(Data(input.utf8))
    try? stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    _ = shown.done.wait(timeout: .now() + 10)
    close(master)
    return Screen(
      text: String(decoding: shown.data, as: UTF8.self).replacingOccurrences(of: "\r", with: ""),
      stderr: String(decoding: errors.wait(), as: UTF8.self), status: process.terminationStatus)
  }
}
