import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Asks a terminal that reports no size (TIOCGWINSZ) how wide it is, by moving the cursor far right and
/// asking where it is. A terminal that does not answer within a second gets plain line reading (and its settings back).
enum TerminalProbe {
  /// The width the terminal answered, or nil; and the bytes typed meanwhile, which belong to the input.
  static func askWidth(timeout milliseconds: Int = 1000) -> (Int?, [UInt8]) {
    guard RawMode.enable(keySignals: true) else { return (nil, []) }
    // Save the cursor, go far right, ask for the position, go back.
    Terminal.writeRaw("\u{1B}7\u{1B}[999C\u{1B}[6n\u{1B}8")
    var received: [UInt8] = []
    let deadline = Date().addingTimeInterval(Double(milliseconds) / 1000)
    while deadline.timeIntervalSinceNow > 0 {
      var request = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
      let left = Int32(max(1, deadline.timeIntervalSinceNow * 1000))
      guard poll(&request, 1, left) > 0 else { continue }
      var chunk = [UInt8](repeating: 0, count: 256)
      let count = chunk.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress!, $0.count) }
      guard count > 0 else { break }
      received += chunk[..<count]
      if let (width, range) = answer(in: received) {
        received.removeSubrange(range)
        return (width, received)
      }
    }
    RawMode.restore()
    return (nil, received)
  }

  /// The column in a cursor position report `ESC [ row ; column R`, and where it is in the bytes.
  static func answer(in bytes: [UInt8]) -> (Int, Range<Int>)? {
    var start = 0
    while let escape = bytes[start...].firstIndex(of: 0x1B) {
      start = escape + 1
      guard escape + 1 < bytes.count, bytes[escape + 1] == UInt8(ascii: "[") else { continue }
      var index = escape + 2
      while index < bytes.count && (bytes[index] == UInt8(ascii: ";") || (0x30...0x39).contains(bytes[index])) {
        index += 1
      }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "R") else { continue }
      let fields = String(decoding: bytes[(escape + 2)..<index], as: UTF8.self).split(separator: ";")
      guard fields.count == 2, let column = Int(fields[1]), column > 0 else { continue }
      return (column, escape..<(index + 1))
    }
    return nil
  }
}
