import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The width of the terminal that standard output shows in, kept up to date when the window is resized
/// (SIGWINCH, handled on its own queue). For wrapping text to the window and for the line editor.
enum TerminalWidth {
  /// The terminal's columns now; nil when standard output is not a terminal or the terminal gives no width.
  static var columns: Int? { Watcher.shared.columns }

  /// A descriptor that becomes readable after every resize, for a reader waiting in `poll`; read it empty
  /// with `drainResizes()`.
  static var resizeDescriptor: Int32 { Watcher.shared.wakeRead }

  /// Empties `resizeDescriptor`; true when the window was resized since the last call.
  static func drainResizes() -> Bool {
    var byte: UInt8 = 0
    var resized = false
    while read(Watcher.shared.wakeRead, &byte, 1) == 1 { resized = true }
    return resized
  }

  /// Asks the terminal for its size (TIOCGWINSZ); nil when it gives none.
  static func measure(_ descriptor: Int32 = STDOUT_FILENO) -> Int? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  private final class Watcher: @unchecked Sendable {
    static let shared = Watcher()
    private let lock = NSLock()
    private var current: Int?
    private var source: DispatchSourceSignal?
    let wakeRead: Int32
    private let wakeWrite: Int32

    init() {
      var ends: [Int32] = [-1, -1]
      if pipe(&ends) == 0 {
        for end in ends { _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK) }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
      }
      (wakeRead, wakeWrite) = (ends[0], ends[1])
      current = TerminalWidth.measure()
      guard isatty(STDOUT_FILENO) == 1 else { return }
      let source = DispatchSource.makeSignalSource(
        signal: SIGWINCH, queue: DispatchQueue(label: "oudergesprek.sigwinch"))
      source.setEventHandler { [self] in
        let width = TerminalWidth.measure()
        lock.withLock { current = width }
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
      }
      source.resume()
      self.source = source
    }

    var columns: Int? { lock.withLock { current } }
  }
}
