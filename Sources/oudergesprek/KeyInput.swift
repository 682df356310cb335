import Foundation
import OudergesprekKit

#if canImport(Glibc)
  import Glibc
#endif

/// The keys typed on the terminal, read from standard input in raw mode, with window resizes in between.
final class KeyInput: @unchecked Sendable {
  /// What one wait brought.
  enum Event {
    case keys([EditorKey])
    case resized(Int)
  }

  private let descriptor: Int32
  private var decoder = KeyDecoder()
  /// Whether the terminal has sent a bracketed paste (then it marks every paste).
  private(set) var marksPastes = false
  /// Keys decoded but not used by the previous line (typed ahead), for the next one.
  private var ahead: [EditorKey] = []

  init(descriptor: Int32 = STDIN_FILENO) {
    self.descriptor = descriptor
  }

  /// Keys the previous line did not use: they are the start of the next line.
  func keep(_ keys: [EditorKey]) {
    ahead = keys + ahead
  }

  /// Bytes read before the editor started (while asking the terminal a question), to decode first.
  func prepend(_ bytes: [UInt8]) {
    ahead += decoder.feed(bytes)
  }

  /// The next keys or resize; nil when the terminal is gone.
  func next() -> Event? {
    if !ahead.isEmpty {
      defer { ahead.removeAll() }
      return .keys(ahead)
    }
    while true {
      // A lone Escape waits a moment for the rest of a sequence; otherwise wait for input as long as it takes.
      let timeout: Int32 = decoder.isWaiting ? 100 : -1
      var requests = [
        pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0),
        pollfd(fd: TerminalWidth.resizeDescriptor, events: Int16(POLLIN), revents: 0),
      ]
      let ready = poll(&requests, 2, timeout)
      if ready < 0 {
        if errno == EINTR { continue }
        return nil
      }
      if ready == 0 {
        let keys = decoder.flush()
        if !keys.isEmpty { return .keys(keys) }
        continue
      }
      if requests[1].revents & Int16(POLLIN) != 0, TerminalWidth.drainResizes(), let width = TerminalWidth.columns {
        return .resized(width)
      }
      guard requests[0].revents & Int16(POLLIN | POLLHUP | POLLERR) != 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 4096)
      let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
      if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      if count <= 0 { return nil }
      let keys = decoder.feed(chunk[..<count])
      if keys.contains(where: { if case .paste = $0 { true } else { false } }) { marksPastes = true }
      if !keys.isEmpty { return .keys(keys) }
    }
  }

  /// Whether more input arrives within a few milliseconds (a paste on a terminal without bracketed paste).
  /// Once the terminal has sent a bracketed paste it is known to mark its pastes, and this is always false.
  func moreWaiting(milliseconds: Int32 = 25) -> Bool {
    if marksPastes { return false }
    if !ahead.isEmpty || decoder.isPasting { return true }
    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&request, 1, milliseconds) > 0 && request.revents & Int16(POLLIN) != 0
  }

  /// After a hang-up: give the SIGHUP handler time to save and end the program, so that the loop does not
  /// end the session a second time as end of input. Returns when no handler came.
  func waitForHangupHandler() {
    for _ in 0..<20 where !InterruptHandler.isEnding {
      usleep(50_000)
    }
    while InterruptHandler.isEnding { sleep(60) }
  }
}
