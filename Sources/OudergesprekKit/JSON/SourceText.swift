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
  public static func line(_ number: Int, of text: String) -> String? {
    var current = 1
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      if current == number { return String(line.hasSuffix("\r") ? line.dropLast() : line) }
      current += 1
    }
    return nil
  }
}
