extension EditorLayout {
  /// The bytes that draw this layout over the previous one, whose cursor stood on `previousCursorRow`:
  /// back to the prompt's row, clear to the end of the screen, write every row, put the cursor in place.
  public func redraw(fromCursorRow previousCursorRow: Int) -> String {
    var output = "\r"
    if previousCursorRow > 0 { output += "\u{1B}[\(previousCursorRow)A" }
    output += "\u{1B}[J"
    for (index, row) in rows.enumerated() {
      if index > 0 && startsWithBreak[index - 1] { output += "\r\n" }
      output += row
    }
    let up = rows.count - 1 - cursorRow
    if up > 0 { output += "\u{1B}[\(up)A" }
    output += "\r"
    if cursorColumn > 0 { output += "\u{1B}[\(cursorColumn)C" }
    return output
  }

  /// The bytes that move the cursor from where this layout left it to below the last row (for Enter), or,
  /// without `newline`, to the end of the last row (the host's next message starts its own line).
  public func leave(newline: Bool = true) -> String {
    let down = rows.count - 1 - cursorRow
    let column = DisplayWidth.of(rows.last ?? "")
    let toLastRow = down > 0 ? "\u{1B}[\(down)B" : ""
    return newline ? toLastRow + "\r\n" : toLastRow + "\r" + (column > 0 ? "\u{1B}[\(column)C" : "")
  }
}
