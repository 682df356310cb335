import OudergesprekKit

/// A small terminal emulator for tests: it applies what the program writes (text, CR, LF, cursor moves,
/// clearing) to a grid of cells, so a test can check what a user would see, wrapping included.
struct TerminalScreen {
  private(set) var columns: Int
  let rowCount: Int
  private var cells: [[String]]
  private(set) var row = 0
  private(set) var column = 0
  /// The cursor stands after the last column: the next character goes to the next row (as in xterm).
  private var pendingWrap = false
  private var saved = (0, 0)
  private var escape: [Character]?

  init(columns: Int, rows: Int) {
    self.columns = columns
    rowCount = rows
    cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
  }

  /// The text of every row, trailing spaces removed.
  var lines: [String] {
    cells.map { cellsRow in
      var text = cellsRow.joined()
      while text.hasSuffix(" ") { text.removeLast() }
      return text
    }
  }

  /// The rows from the last one that contains `text` to the last row with something on it.
  func lines(fromLastContaining text: String) -> [String] {
    let all = lines
    guard let start = all.lastIndex(where: { $0.contains(text) }) else { return [] }
    let end = all.lastIndex(where: { !$0.isEmpty }) ?? start
    return Array(all[start...max(start, end)])
  }

  mutating func apply(_ text: String) {
    for character in text {
      if var sequence = escape {
        sequence.append(character)
        if let done = finish(sequence) {
          escape = nil
          if done { perform(sequence) }
        } else {
          escape = sequence
        }
        continue
      }
      switch character {
      case "\u{1B}": escape = ["\u{1B}"]
      case "\r": (column, pendingWrap) = (0, false)
      case "\n": lineFeed()
      case "\r\n":
        (column, pendingWrap) = (0, false)
        lineFeed()
      case "\u{7}": break
      case "\u{8}": column = max(0, column - 1)
      default: put(character)
      }
    }
  }

  /// Whether an escape sequence is complete (true), meaningless (false) or goes on (nil).
  private func finish(_ sequence: [Character]) -> Bool? {
    if sequence.count == 2 { return sequence[1] == "[" ? nil : true }
    guard let last = sequence.last?.asciiValue else { return false }
    return (0x40...0x7E).contains(last) ? true : nil
  }

  private mutating func perform(_ sequence: [Character]) {
    if sequence.count == 2 {
      if sequence[1] == "7" { saved = (row, column) }
      if sequence[1] == "8" { (row, column) = saved }
      return
    }
    let body = String(sequence.dropFirst(2).dropLast())
    let number = Int(body) ?? 1
    pendingWrap = false
    switch sequence.last {
    case "A": row = max(0, row - number)
    case "B": row = min(rowCount - 1, row + number)
    case "C": column = min(columns - 1, column + number)
    case "D": column = max(0, column - number)
    case "H": (row, column) = (0, 0)
    case "K": for index in column..<columns { cells[row][index] = " " }
    case "J":
      if body == "2" || body == "3" {
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rowCount)
      } else {
        for index in column..<columns { cells[row][index] = " " }
        for below in (row + 1)..<rowCount { cells[below] = Array(repeating: " ", count: columns) }
      }
    default: break  // colours, bracketed paste on/off, cursor position questions
    }
  }

  private mutating func put(_ character: Character) {
    let width = DisplayWidth.of(character)
    guard width > 0 else { return }
    if pendingWrap || column + width > columns {
      column = 0
      lineFeed()
    }
    pendingWrap = false
    cells[row][column] = String(character)
    if width == 2 { cells[row][column + 1] = "" }
    column += width
    if column >= columns {
      column = columns - 1
      pendingWrap = true
    }
  }

  private mutating func lineFeed() {
    pendingWrap = false
    if row == rowCount - 1 {
      cells.removeFirst()
      cells.append(Array(repeating: " ", count: columns))
    } else {
      row += 1
    }
  }
}
