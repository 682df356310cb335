/// One key (or paste) the line editor acts on, decoded from the bytes a terminal sends.
public enum EditorKey: Equatable, Sendable {
  /// Printable text typed (one or more characters that arrived together).
  case text(String)
  /// Text pasted between the bracketed-paste markers: one piece, newlines included.
  case paste(String)
  case enter
  case left, right, home, end
  case wordLeft, wordRight
  case up, down
  case backspace, delete
  case deleteWordBackward, deleteWordForward
  case deleteToStart, deleteToEnd
  case yank, transpose
  case tab
  /// Ctrl-D: end of input on an empty line, otherwise delete forward.
  case controlD
  /// Ctrl-C.
  case interrupt
  /// Ctrl-Z.
  case suspend
  /// Ctrl-L.
  case redraw
  /// A key the editor does not use (F1, Page Up, a lone Escape).
  case ignored
}
