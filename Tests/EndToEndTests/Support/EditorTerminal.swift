import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The program on a pseudo-terminal of its own, as in a terminal window: standard input, output and error
/// are the terminal, it is the controlling terminal (so resizes and hang-ups send their signals), and the
/// test reads what the program draws and types keys as a user does.
final class EditorTerminal: @unchecked Sendable {
  let process = Process()
  let home: URL
  private let master: Int32
  private let slave: FileHandle
  private let lock = NSLock()
  private var received: [UInt8] = []
  private var reader: Thread?
  private let readerDone = DispatchSemaphore(value: 0)
  /// Whether the test answers the program's question where the cursor is (a terminal that answers).
  private let answersCursorQuestions: Bool
  private(set) var columns: Int

  /// Starts `oudergesprek arguments` on a terminal `columns` wide (0: a terminal that reports no size).
  init(
    _ arguments: [String], home: URL = Executable.temporaryDirectory(), columns: Int = 80, rows: Int = 24,
    term: String = "xterm", answersCursorQuestions: Bool = true, environment extra: [String: String] = [:]
  ) throws {
    self.home = home
    self.columns = columns
    self.answersCursorQuestions = answersCursorQuestions
    master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431 /* TIOCSPTLCK */, &unlock) == 0,
      ioctl(master, 0x8004_5430 /* TIOCGPTN */, &number) == 0
    else { throw POSIXError(.ENOTTY) }
    let descriptor = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    guard descriptor >= 0 else { throw POSIXError(.ENOTTY) }
    slave = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    setSize(columns: columns, rows: rows)
    // setsid -c -w: a session of its own with this terminal as its controlling terminal, as a shell would;
    // setsid waits for the program and exits with its status.
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
    process.arguments = ["-c", "-w", Executable.url.path] + arguments
    process.environment = [
      "OUDERGESPREK_HOME": home.path, "HOME": home.path, "TERM": term, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin",
      // Set but empty: no name, so the trainee's name is not asked on the pseudo-terminal.
      "OUDERGESPREK_NAAM": "",
    ]
    for (key, value) in extra { process.environment?[key] = value }
    process.currentDirectoryURL = Executable.packageRoot
    process.standardInput = slave
    process.standardOutput = slave
    process.standardError = slave
    let thread = Thread { [self] in readLoop() }
    reader = thread
    thread.start()
    try process.run()
  }

  /// The terminal settings as `stty -g` prints them, to compare before and after the program ran.
  func sttySettings() -> String {
    let stty = Process()
    stty.executableURL = URL(fileURLWithPath: "/bin/stty")
    stty.arguments = ["-g"]
    stty.standardInput = slave
    let output = Pipe()
    stty.standardOutput = output
    try? stty.run()
    stty.waitUntilExit()
    return String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
  }

  /// Sets the window size; the kernel sends SIGWINCH to the program.
  func setSize(columns: Int, rows: Int = 24) {
    self.columns = columns
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
  }

  /// Types keys (text and escape sequences, `\r` for Enter, `\u{3}` for Ctrl-C).
  func type(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { Glibc.write(master, $0.baseAddress! + offset, $0.count - offset) }
      if written <= 0 { return }
      offset += written
    }
  }

  /// Pastes text as a terminal with bracketed paste sends it.
  func paste(_ text: String) {
    type("\u{1B}[200~" + text + "\u{1B}[201~")
  }

  /// Everything the program wrote so far.
  var output: String {
    lock.withLock { String(decoding: received, as: UTF8.self) }
  }

  /// How many bytes the program wrote so far, to wait for output after a point.
  var outputCount: Int { lock.withLock { received.count } }

  /// Waits until `text` occurs `times` times in the output after byte `start`; false after `timeout` seconds.
  /// Generous on purpose: a loaded machine is slow, and a passing test returns as soon as the text is there.
  @discardableResult
  func waitFor(_ text: String, times: Int = 1, after start: Int = 0, timeout: TimeInterval = 30) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      let seen = lock.withLock { String(decoding: received[min(start, received.count)...], as: UTF8.self) }
      if seen.components(separatedBy: text).count > times { return true }
      if !process.isRunning { return false }
      Thread.sleep(forTimeInterval: 0.02)
    }
    return false
  }

  /// What the screen shows after everything written since byte `start`, on a screen of the current width.
  func screen(after start: Int = 0, rows: Int = 24) -> TerminalScreen {
    var screen = TerminalScreen(columns: columns, rows: rows)
    screen.apply(lock.withLock { String(decoding: received[min(start, received.count)...], as: UTF8.self) })
    return screen
  }

  /// Waits for the program to end (killed after `timeout` seconds, so a hang fails the test); its exit status.
  func finish(timeout: TimeInterval = 30) -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    if process.isRunning {
      send(SIGKILL)
      kill(process.processIdentifier, SIGKILL)
    }
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// The program's own process id (a child of `setsid`), for sending it a signal.
  var programID: pid_t? {
    let path = "/proc/\(process.processIdentifier)/task/\(process.processIdentifier)/children"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return text.split(separator: " ").first.flatMap { pid_t($0) }
  }

  /// Sends a signal to the program (`kill -TERM`).
  func send(_ signal: Int32) {
    if let programID { kill(programID, signal) }
  }

  /// Closes the terminal as a closed window does (the program gets SIGHUP).
  func hangUp() {
    stopReading()
    close(master)
    masterClosed = true
  }

  private var stopped = false
  private var masterClosed = false

  private func stopReading() {
    guard
      lock.withLock({ () -> Bool in
        defer { stopped = true }
        return !stopped
      })
    else { return }
    readerDone.wait()
  }

  /// The replies (the teacher's turns) in the one transcript of the session.
  func replies() throws -> [String] {
    let json = try SessionFolder(home: home).onlyTranscriptJSON()
    let turns = json["turns"] as? [[String: Any]] ?? []
    return turns.filter { $0["speaker"] as? String == "docent" }.compactMap { $0["text"] as? String }
  }

  /// Waits until the transcript holds `count` replies (it is saved before anything is shown).
  @discardableResult
  func waitForReplies(_ count: Int, timeout: TimeInterval = 30) -> Bool {
    waitUntil(timeout: timeout) { ((try? replies()) ?? []).count >= count }
  }

  private func readLoop() {
    var buffer = [UInt8](repeating: 0, count: 4096)
    while !lock.withLock({ stopped }) {
      var request = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&request, 1, 50) > 0 else { continue }
      let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress!, $0.count) }
      if count <= 0 { break }
      let chunk = buffer[..<count]
      lock.withLock { received.append(contentsOf: chunk) }
      if answersCursorQuestions && String(decoding: chunk, as: UTF8.self).contains("\u{1B}[6n") {
        type("\u{1B}[1;\(columns > 0 ? columns : 72)R")
      }
    }
    readerDone.signal()
  }

  deinit {
    if process.isRunning {
      send(SIGKILL)
      kill(process.processIdentifier, SIGKILL)
    }
    stopReading()
    if !masterClosed { close(master) }
    try? slave.close()
  }
}
