/// Helpers for turning byte offsets in a UTF-8 file into lines and columns people can find.
public enum SourceText {
  /// The location of the first invalid UTF-8 sequence, or nil when the bytes are valid UTF-8.
  public static func firstInvalidUTF8(in bytes: [UInt8]) -> SourceLocation? {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    var offset = 0
    var line = 1
    var lineStart = 0
    var consumed = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        let length = UTF8.width(scalar)
        consumed += length
        if scalar == "\n" {
          line += 1
          lineStart = consumed
        }
        offset = consumed
      case .emptyInput:
        return nil
      case .error:
        return SourceLocation(line: line, column: column(of: offset, lineStart: lineStart, in: bytes))
      }
    }
  }

  /// The 1-based column, in characters, of a byte offset on a line starting at `lineStart`.
  static func column(of offset: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
    let end = min(offset, bytes.count)
    guard lineStart < end else { return 1 }
    return String(decoding: bytes[lineStart..<end], as: UTF8.self).count + 1
  }

  /// The text of line `number` (1-based) of `text`, without its line ending.
  ///
  /// Walks the bytes once up to the line and copies only that line, so showing a few lines of a large file
  /// costs no more than reading it.
  public static func line(_ number: Int, of text: String) -> String? {
    guard number >= 1 else { return nil }
    let utf8 = text.utf8
    var current = 1
    var start = utf8.startIndex
    while current < number {
      guard let newline = utf8[start...].firstIndex(of: 0x0A) else { return nil }
      start = utf8.index(after: newline)
      current += 1
    }
    let end = utf8[start...].firstIndex(of: 0x0A) ?? utf8.endIndex
    var line = Substring(text[start..<end])
    if line.hasSuffix("\r") { line = line.dropLast() }
    return String(line)
  }
}
