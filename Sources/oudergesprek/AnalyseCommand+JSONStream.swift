import OudergesprekKit

#if canImport(Glibc)
  import Glibc
#endif

extension AnalyseCommand {
  /// `analyseer --json`: one JSON line per input line, streaming.
  ///
  /// Input is read in large blocks and output written in large blocks, but every line that has arrived is
  /// answered before the program waits for more input, so a program that writes one reply and waits for its
  /// analysis gets it. A reply longer than `ReplyAnalysis.analysedLength` characters is analysed in part, as in
  /// a conversation, and echoed whole.
  static func streamJSON(
    _ analyzer: some ReplyAnalyzer, decorate: (_ line: String, _ json: String) -> String = { $1 }
  ) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var filled = 0
    var start = 0
    var output = ""
    output.reserveCapacity(1 << 17)
    func flush() {
      guard !output.isEmpty else { return }
      Terminal.prompt(output)
      output.removeAll(keepingCapacity: true)
    }
    func answer(_ line: ArraySlice<UInt8>) {
      let bytes = line.last == 0x0D ? line.dropLast() : line
      let text = String(decoding: bytes, as: UTF8.self)
      output += decorate(text, analyzer.analyzeBounded(text).jsonLine)
      output += "\n"
      if output.utf8.count >= 1 << 16 { flush() }
    }
    while true {
      while let newline = buffer[start..<filled].firstIndex(of: 0x0A) {
        answer(buffer[start..<newline])
        start = newline + 1
      }
      flush()
      // Keep the unfinished line at the front; grow the buffer for a line longer than it.
      if start > 0 {
        buffer.withUnsafeMutableBufferPointer { pointer in
          _ = memmove(pointer.baseAddress!, pointer.baseAddress! + start, filled - start)
        }
        filled -= start
        start = 0
      }
      if filled == buffer.count { buffer += [UInt8](repeating: 0, count: buffer.count) }
      let count = buffer.withUnsafeMutableBufferPointer { pointer in
        read(STDIN_FILENO, pointer.baseAddress! + filled, pointer.count - filled)
      }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        if filled > 0 { answer(buffer[0..<filled]) }
        flush()
        return
      }
      filled += count
    }
  }
}
