import Dispatch
import Foundation

/// Turns Ctrl-C, SIGTERM (`kill`) and SIGHUP (a closed terminal window) into a clean end: a handler on its
/// own queue (the main thread is blocked reading input) that puts the terminal back and runs the action.
///
/// There is one handler for the whole program; `install` replaces the action, so that a session's
/// handler takes over from the default one and two handlers never race to end the program.
final class InterruptHandler: @unchecked Sendable {
  private static let lock = NSLock()
  private static let queue = DispatchQueue(label: "oudergesprek.sigint")
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []
  nonisolated(unsafe) private static var action: (@Sendable (Int32) -> Void)?
  nonisolated(unsafe) private static var ending = false

  /// The signals that end the program this way.
  static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

  /// Whether a signal's action is running (it ends the program); the reader then must not end it too.
  static var isEnding: Bool { lock.withLock { ending } }

  /// The exit code for a signal: 128 + its number (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP).
  static func exitCode(for signal: Int32) -> Int32 { 128 + signal }

  /// How the user knows the signal, for the message at the end: "Ctrl-C", "SIGTERM", "SIGHUP".
  static func name(of signal: Int32) -> String {
    switch signal {
    case SIGTERM: "SIGTERM"
    case SIGHUP: "SIGHUP"
    default: "Ctrl-C"
    }
  }

  /// Installs `action` for the signals; it gets the signal, runs on a private queue and must end the process.
  func install(_ action: @escaping @Sendable (Int32) -> Void) {
    Self.lock.withLock {
      Self.action = action
      guard Self.sources.isEmpty else { return }
      for number in Self.signals {
        signal(number, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: number, queue: Self.queue)
        source.setEventHandler {
          let action = Self.lock.withLock { () -> (@Sendable (Int32) -> Void)? in
            // A second signal while the first is being handled changes nothing.
            guard !Self.ending else { return nil }
            Self.ending = true
            return Self.action
          }
          RawMode.restore()
          action?(number)
        }
        source.resume()
        Self.sources.append(source)
      }
    }
  }

  /// Outside a session (at the scenario choice, while checking files): end at once with 128 + the signal,
  /// after a newline so that the shell's prompt starts on a line of its own.
  func installDefault() {
    install { signal in
      Terminal.say("")
      exit(Self.exitCode(for: signal))
    }
  }
}
