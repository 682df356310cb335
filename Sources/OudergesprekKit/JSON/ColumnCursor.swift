/// Counts columns (in characters) on from the last place asked for, so that a parser asking for the column of
/// every value on one long line counts each byte once instead of decoding the line again from its start.
///
/// A count may only be carried on from a byte offset that is a character boundary in the whole line. Between two
/// ASCII bytes (other than CR before LF) there always is one: no ASCII character extends, joins or prepends to its
/// neighbour. The cursor only moves to such offsets; elsewhere it stays, and the next count starts from it.
struct ColumnCursor {
  private var lineStart = -1
  private var offset = 0
  private var column = 1

  /// The 1-based column of byte `target` on the line that starts at byte `lineStart`.
  mutating func column(of target: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
    let target = min(target, bytes.count)
    if lineStart != self.lineStart || target < offset {
      self.lineStart = lineStart
      offset = lineStart
      column = 1
    }
    guard offset < target else { return column }
    let result = column + String(decoding: bytes[offset..<target], as: UTF8.self).count
    if target < bytes.count, Self.isBoundary(at: target, in: bytes) {
      offset = target
      column = result
    }
    return result
  }

  /// Whether a character boundary lies before byte `index`: both neighbours are ASCII and not CR LF.
  private static func isBoundary(at index: Int, in bytes: [UInt8]) -> Bool {
    guard index > 0 else { return true }
    let before = bytes[index - 1]
    let after = bytes[index]
    return before < 0x80 && after < 0x80 && !(before == 0x0D && after == 0x0A)
  }
}
