/// Where the prompt and the line being edited fall on the screen at a given terminal width: which rows,
/// and the row and column of the cursor. A line longer than the terminal wraps over several rows; a newline
/// in the line (from a paste) starts a new row.
public struct EditorLayout: Equatable, Sendable {
  /// The text of each row, as it is written.
  public private(set) var rows: [String] = [""]
  /// For each row after the first, whether it starts after a newline or a full last row (written as a line
  /// break) rather than because the row before was full (left to the terminal's own wrapping, so that a
  /// terminal that reflows its lines on a resize keeps the line whole).
  public private(set) var startsWithBreak: [Bool] = []
  /// The cursor's row (0 is the prompt's row) and column.
  public private(set) var cursorRow = 0
  public private(set) var cursorColumn = 0

  /// Lays out `prompt` followed by `buffer` in `columns` columns.
  public init(prompt: String, buffer: LineBuffer, columns: Int) {
    let columns = max(columns, 1)
    var column = 0
    // The prompt may hold colour codes: written as is, measured without them.
    for character in Self.promptPieces(prompt) {
      let width = DisplayWidth.of(character)
      if column + width > columns { newRow(hard: false, &column) }
      rows[rows.count - 1] += character
      column += width
    }
    for (index, character) in buffer.characters.enumerated() {
      if character == "\n" {
        if index == buffer.cursor { (cursorRow, cursorColumn) = (rows.count - 1, min(column, columns - 1)) }
        newRow(hard: true, &column)
        continue
      }
      let shown = Self.shown(character)
      let width = DisplayWidth.of(shown)
      if column + width > columns { newRow(hard: false, &column) }
      if index == buffer.cursor { (cursorRow, cursorColumn) = (rows.count - 1, column) }
      rows[rows.count - 1] += String(shown)
      column += width
    }
    if column >= columns {
      // The last row is full: the cursor after it stands at the start of a row of its own.
      newRow(hard: true, &column)
    }
    if buffer.cursor == buffer.characters.count { (cursorRow, cursorColumn) = (rows.count - 1, column) }
  }

  private mutating func newRow(hard: Bool, _ column: inout Int) {
    rows.append("")
    startsWithBreak.append(hard)
    column = 0
  }

  /// How a character of the line is shown: a tab as one space, other control characters as `�`.
  static func shown(_ character: Character) -> Character {
    if character == "\t" { return " " }
    if character.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) {
      return "\u{FFFD}"
    }
    return character
  }

  /// The prompt split into pieces: escape sequences whole (width 0), other characters one by one.
  private static func promptPieces(_ prompt: String) -> [String] {
    var pieces: [String] = []
    var escape: String?
    for character in prompt {
      if var sequence = escape {
        sequence.append(character)
        let isFinal = character.isASCII && character != "[" && (character.asciiValue! >= 0x40)
        if isFinal && sequence.count > 2 || sequence.count == 2 && character != "[" {
          pieces.append(sequence)
          escape = nil
        } else {
          escape = sequence
        }
      } else if character == "\u{1B}" {
        escape = "\u{1B}"
      } else if character != "\n" && character != "\r" {
        pieces.append(String(character))
      }
    }
    if let escape { pieces.append(escape) }
    return pieces
  }
}
