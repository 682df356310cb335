import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The program running in the background, for tests that type, wait, interrupt or stop reading halfway.
///
/// Standard input is a pipe, or a pseudo-terminal when `terminal` is true (then the program believes a
/// person is typing: it offers the scenario choice and treats lines that arrive together as a paste).
final class RunningProgram: @unchecked Sendable {
  let process = Process()
  let home: URL
  private let output = Pipe()
  private let errors: ReadAll
  private var seen = Data()
  private var input: FileHandle?
  private var terminal: PseudoTerminal?

  init(_ arguments: [String], home: URL = Executable.temporaryDirectory(), terminal: Bool = false) throws {
    self.home = home
    process.executableURL = Executable.url
    process.arguments = arguments
    process.environment = [
      "OUDERGESPREK_HOME": home.path, "HOME": home.path, "TERM": "dumb", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
      // Set but empty: no name, so the trainee's name is not asked on the pseudo-terminal.
      "OUDERGESPREK_NAAM": "",
    ]
    process.currentDirectoryURL = Executable.packageRoot
    process.standardOutput = output
    let errorPipe = Pipe()
    process.standardError = errorPipe
    if terminal {
      let pty = try PseudoTerminal()
      process.standardInput = pty.slave
      self.terminal = pty
    } else {
      let pipe = Pipe()
      process.standardInput = pipe
      input = pipe.fileHandleForWriting
    }
    errors = ReadAll(errorPipe.fileHandleForReading)
    try process.run()
  }

  /// The terminal's local modes (echo, line editing); nil when input is a pipe.
  var terminalModes: tcflag_t? { terminal?.localModes }

  /// Types text (on a terminal: as keystrokes, so `\u{04}` is Ctrl-D at the start of a line).
  func type(_ text: String) {
    if let terminal {
      terminal.type(text)
    } else {
      input?.writeToProgram(Data(text.utf8))
    }
  }

  /// Closes standard input (end of input on a pipe).
  func closeInput() {
    try? input?.close()
    input = nil
  }

  /// Reads standard output until `text` occurs `times` times (counting from the start); false at the end of
  /// the output or after `timeout` seconds.
  @discardableResult
  func waitForOutput(_ text: String, times: Int = 1, timeout: TimeInterval = 10) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while String(decoding: seen, as: UTF8.self).components(separatedBy: text).count <= times {
      // Wait for output with a deadline: a program that waits for input must fail the test, not hang it.
      let left = Int32(max(0, deadline.timeIntervalSinceNow) * 1000)
      var request = pollfd(fd: output.fileHandleForReading.fileDescriptor, events: Int16(POLLIN), revents: 0)
      guard left > 0, poll(&request, 1, left) > 0 else { return false }
      let chunk = output.fileHandleForReading.availableData
      if chunk.isEmpty { return false }
      seen.append(chunk)
    }
    return true
  }

  /// Stops reading standard output, like `| head` does when it has enough.
  func stopReadingOutput() {
    try? output.fileHandleForReading.close()
  }

  /// Waits for the program to end (it must end by itself: standard input stays open unless `closeInput()`);
  /// returns its exit status, everything it printed and its standard error. After `timeout` seconds the
  /// program is killed, so that a hang fails the test instead of blocking the test run.
  func finish(timeout: TimeInterval = 20) -> (status: Int32, stdout: String, stderr: String) {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    process.waitUntilExit()
    closeInput()
    var text = seen
    if let rest = try? output.fileHandleForReading.readToEnd() { text.append(rest) }
    return (
      process.terminationStatus, String(decoding: text, as: UTF8.self), String(decoding: errors.wait(), as: UTF8.self)
    )
  }

  deinit {
    terminal?.close()
  }

  /// The session files written so far.
  func transcripts() -> [String] {
    let folder = home.appendingPathComponent("sessies").path
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".json") }
    return names.sorted().compactMap { try? String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8) }
  }
}

/// A pseudo-terminal pair: the program reads from the slave side, the test types on the master side.
final class PseudoTerminal: @unchecked Sendable {
  let master: Int32
  let slave: FileHandle
  private let drained = DispatchSemaphore(value: 0)

  init() throws {
    // posix_openpt and friends are not visible from Swift; /dev/ptmx with two ioctls does the same.
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
      ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0
    else { throw POSIXError(.ENOTTY) }
    let descriptor = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard descriptor >= 0 else { throw POSIXError(.ENOTTY) }
    slave = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    // The terminal echoes what is typed; read it away so the echo never fills up and blocks.
    Thread { [master, drained] in
      var buffer = [UInt8](repeating: 0, count: 4096)
      while buffer.withUnsafeMutableBytes({ Glibc.read(master, $0.baseAddress!, $0.count) }) > 0 {}
      drained.signal()
    }.start()
  }

  /// The local modes of the terminal (echo, line editing), to check that the program leaves them as they were.
  var localModes: tcflag_t {
    var settings = termios()
    tcgetattr(slave.fileDescriptor, &settings)
    return settings.c_lflag
  }

  func type(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress!, $0.count) }
  }

  func close() {
    try? slave.close()
    drained.wait()
    Glibc.close(master)
  }
}
