import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads standard input line by line with its own buffer, so that it can also tell whether more input is
/// already waiting: lines that arrive together on a terminal are a paste, not separate replies.
final class LineReader: @unchecked Sendable {
  private let descriptor: Int32
  private var buffer: [UInt8] = []
  private var atEnd = false

  init(descriptor: Int32 = STDIN_FILENO) {
    self.descriptor = descriptor
  }

  /// The next line without its line ending (`\n` or `\r\n`); nil at end of input.
  ///
  /// Invalid UTF-8 is repaired (replacement characters), never dropped, so what was typed is kept.
  func readLine() -> String? {
    var searched = 0
    while true {
      if let newline = buffer[searched...].firstIndex(of: 0x0A) {
        let line = decode(buffer[..<newline])
        buffer.removeSubrange(...newline)
        return line
      }
      searched = buffer.count
      if atEnd {
        guard !buffer.isEmpty else { return nil }
        defer { buffer.removeAll() }
        return decode(buffer[...])
      }
      fill()
    }
  }

  /// Puts bytes read elsewhere (while asking the terminal a question) in front of what comes next.
  func unread(_ bytes: [UInt8]) {
    buffer.insert(contentsOf: bytes, at: 0)
  }

  /// Whether another line is ready now or arrives within `milliseconds`: on a terminal that means a paste,
  /// because nobody types a whole next line that fast after Enter.
  func moreInputWaiting(milliseconds: Int32 = 25) -> Bool {
    if buffer.contains(0x0A) { return true }
    guard !atEnd else { return !buffer.isEmpty }
    var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
    return poll(&request, 1, milliseconds) > 0 && request.revents & Int16(POLLIN) != 0
  }

  private func fill() {
    var chunk = [UInt8](repeating: 0, count: 64 * 1024)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress!, $0.count) }
      if count > 0 {
        buffer.append(contentsOf: chunk[..<count])
        return
      }
      if count < 0 && errno == EINTR { continue }
      // 0: end of input; an error (a terminal that hung up): nothing more will come either.
      atEnd = true
      return
    }
  }

  private func decode(_ bytes: ArraySlice<UInt8>) -> String {
    let line = bytes.last == 0x0D ? bytes.dropLast() : bytes
    return String(decoding: line, as: UTF8.self)
  }
}
