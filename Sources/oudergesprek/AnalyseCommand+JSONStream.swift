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
  /// With `topics`, each line also lists the topic ids that function finds in the reply.
  static func streamJSON(_ analyzer: some ReplyAnalyzer, topics: ((_ line: String) -> [String])? = nil) {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    var filled = 0
    var start = 0
    // The answers as UTF-8 bytes, written out as one String per block.
    var output: [UInt8] = []
    output.reserveCapacity(1 << 17)
    func flush() {
      guard !output.isEmpty else { return }
      Terminal.prompt(String(decoding: output, as: UTF8.self))
      output.removeAll(keepingCapacity: true)
    }
    func answer(_ line: ArraySlice<UInt8>) {
      let bytes = line.last == 0x0D ? line.dropLast() : line
      let text = String(decoding: bytes, as: UTF8.self)
      analyzer.analyzeBounded(text).appendJSONLine(to: &output, topics: topics?(text))
      output.append(0x0A)
      if output.count >= 1 << 16 { flush() }
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
