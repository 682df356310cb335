import Dispatch
import Foundation

/// Turns Ctrl-C into a clean end: a handler on its own queue (the main thread is blocked in `readLine()`).
///
/// There is one SIGINT handler for the whole program; `install` replaces the action, so that a session's
/// handler takes over from the default one and two handlers never race to end the program.
final class InterruptHandler: @unchecked Sendable {
  private static let lock = NSLock()
  private static let queue = DispatchQueue(label: "oudergesprek.sigint")
  nonisolated(unsafe) private static var source: DispatchSourceSignal?
  nonisolated(unsafe) private static var action: (@Sendable () -> Void)?

  /// Installs `action` for SIGINT; it runs on a private queue and must end the process itself.
  func install(_ action: @escaping @Sendable () -> Void) {
    Self.lock.withLock {
      Self.action = action
      guard Self.source == nil else { return }
      signal(SIGINT, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: Self.queue)
      source.setEventHandler { Self.lock.withLock { Self.action }?() }
      source.resume()
      Self.source = source
    }
  }

  /// Outside a session (at the scenario choice, while checking files): end at once with 130,
  /// after a newline so that the shell's prompt starts on a line of its own.
  func installDefault() {
    install {
      Terminal.say("")
      exit(ExitCode.interrupted.rawValue)
    }
  }
}
