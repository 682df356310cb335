import Dispatch
import Foundation

/// Turns Ctrl-C into a clean end: a handler on its own queue (the main thread is blocked in `readLine()`).
final class InterruptHandler: @unchecked Sendable {
  private let queue = DispatchQueue(label: "oudergesprek.sigint")
  private var source: DispatchSourceSignal?

  /// Installs `action` for SIGINT; it runs on a private queue and must end the process itself.
  func install(_ action: @escaping @Sendable () -> Void) {
    signal(SIGINT, SIG_IGN)
    let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: queue)
    source.setEventHandler(handler: action)
    source.resume()
    self.source = source
  }
}
