import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Switches the terminal to raw mode for the line editor and always back: after every line, and at the end
/// of the program however it ends (exit, a signal handled on its queue, or a crash).
enum RawMode {
  /// Turns off echo and line buffering and turns on bracketed paste; false when the terminal cannot be
  /// switched. With `keySignals` false (while a line is edited) Ctrl-C and Ctrl-Z come as keys; between
  /// lines they send their signals, so that Ctrl-C ends the program at once and typed-ahead keys wait.
  ///
  /// Applied every time, also when already raw: after a stop (`fg`) the shell may have changed the settings.
  static func enable(keySignals: Bool) -> Bool {
    state.lock.withLock {
      var current = termios()
      if !state.active {
        guard tcgetattr(STDIN_FILENO, &current) == 0 else { return false }
        state.original.pointee = current
      }
      var raw = state.original.pointee
      raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
      raw.c_cflag |= tcflag_t(CS8)
      raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN)
      if !keySignals { raw.c_lflag &= ~tcflag_t(ISIG) }
      withUnsafeMutableBytes(of: &raw.c_cc) { characters in
        characters[Int(VMIN)] = 1
        characters[Int(VTIME)] = 0
      }
      // TCSANOW, not TCSAFLUSH: what was typed ahead must not be thrown away.
      guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else { return false }
      if !state.active {
        state.active = true
        installCrashRestore()
        writeControl("\u{1B}[?2004h")
      }
      return true
    }
  }

  /// Puts the terminal back as it was and turns bracketed paste off; does nothing when not in raw mode.
  static func restore() {
    state.lock.withLock {
      guard state.active else { return }
      writeControl("\u{1B}[?2004l")
      _ = tcsetattr(STDIN_FILENO, TCSANOW, state.original)
      state.active = false
    }
  }

  private static func writeControl(_ text: String) {
    var bytes = Array(text.utf8)
    _ = write(STDOUT_FILENO, &bytes, bytes.count)
  }

  private final class State: @unchecked Sendable {
    let lock = NSLock()
    var active = false
    /// The settings to go back to; a fixed allocation, so that a crash handler can use it without Swift.
    let original = UnsafeMutablePointer<termios>.allocate(capacity: 1)
    var crashRestoreInstalled = false
  }

  private static let state = State()

  /// Once: restores the terminal at `exit()`, and before a crash report (the crash still happens as before).
  private static func installCrashRestore() {
    guard !state.crashRestoreInstalled else { return }
    state.crashRestoreInstalled = true
    crashOriginal = UnsafePointer(state.original)
    atexit { RawMode.restore() }
    for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGFPE, SIGABRT] {
      var action = sigaction()
      action.__sigaction_handler.sa_sigaction = restoreBeforeCrash
      action.sa_flags = SA_SIGINFO
      sigemptyset(&action.sa_mask)
      _ = sigaction(signal, &action, crashPrevious + Int(signal))
    }
  }
}

/// The terminal settings to restore in a crash, and the handlers that were there before: fixed memory,
/// set up before the handler is installed, so the handler needs no Swift runtime.
nonisolated(unsafe) private var crashOriginal: UnsafePointer<termios>?
nonisolated(unsafe) private let crashPrevious: UnsafeMutablePointer<sigaction> = {
  let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
  actions.initialize(repeating: sigaction(), count: 65)
  return actions
}()

/// Only async-signal-safe calls: put the settings back, turn bracketed paste off, then let the earlier
/// handler (the Swift backtracer) or the default action run: by returning, so that the faulting instruction
/// runs again, or, for a signal sent by a process (`kill -SEGV`, `abort()`), by raising it again.
private func restoreBeforeCrash(
  _ number: Int32, _ info: UnsafeMutablePointer<siginfo_t>?, _ context: UnsafeMutableRawPointer?
) {
  if let original = crashOriginal { _ = tcsetattr(STDIN_FILENO, TCSANOW, original) }
  let off: StaticString = "\u{1B}[?2004l"
  _ = write(STDOUT_FILENO, off.utf8Start, off.utf8CodeUnitCount)
  _ = sigaction(number, crashPrevious + Int(number), nil)
  if number == SIGABRT || (info?.pointee.si_code ?? 0) <= 0 { raise(number) }
}
